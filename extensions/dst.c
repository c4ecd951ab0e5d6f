// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * dst: the IPv6 destination options header (length, option types and
 * lengths).  The payload is the kernel's struct ip6t_opts, written as the
 * compat match.  hbh (extensions/hbh.c) has the same layout and options
 * under its own prefix: the callbacks here serve both, by the extension's
 * name.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_opts.h>

#include <iptnft/ext.h>

#include "helpers.h"

static const struct ext_opt dst_opts[] = {
	{ .name = "dst-len", .id = IP6OPTS_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_opts, hdrlen) },
	{ .name = "dst-opts", .id = IP6OPTS_OPTS, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

int ip6opts_parse(struct ext_parse *p)
{
	struct ip6t_opts *o = ext_data(p->self);
	const char *name = p->self->ext->name;
	int n;

	if (p->opt->id == IP6OPTS_LEN) {
		if (p->invert)
			o->invflags |= IP6T_OPTS_INV_LEN;
		o->flags |= IP6T_OPTS_LEN;
		return 0;
	}
	/* the two say it differently */
	n = xt_ip6_opts_parse(p, name, strcmp(name, "dst") ?
			      "PAD0 has not got length" :
			      "PAD0 hasn't got length", o->opts);
	if (n < 0)
		return n;
	o->optsnr = n;
	o->flags |= IP6T_OPTS_OPTS;
	return 0;
}

void ip6opts_save(const struct ext_print *p)
{
	const struct ip6t_opts *o = ext_data(p->self);
	const char *name = p->self->ext->name;

	if (o->flags & IP6T_OPTS_LEN)
		strbuf_addf(p->out, "%s --%s-len %u",
			    o->invflags & IP6T_OPTS_INV_LEN ? " !" : "",
			    name, o->hdrlen);
	if (o->flags & IP6T_OPTS_OPTS)
		strbuf_addf(p->out, " --%s-opts", name);
	xt_ip6_opts_out(p->out, o->opts, o->optsnr);
}

void ip6opts_print(const struct ext_print *p)
{
	const struct ip6t_opts *o = ext_data(p->self);

	strbuf_addf(p->out, " %s", p->self->ext->name);
	if (o->flags & IP6T_OPTS_LEN)
		strbuf_addf(p->out, " length:%s%u",
			    o->invflags & IP6T_OPTS_INV_LEN ? "!" : "",
			    o->hdrlen);
	if (o->flags & IP6T_OPTS_OPTS)
		strbuf_adds(p->out, " opts");
	xt_ip6_opts_out(p->out, o->opts, o->optsnr);
	if (o->invflags & ~IP6T_OPTS_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    o->invflags & ~IP6T_OPTS_INV_MASK);
}

static void dst_help(struct strbuf *out)
{
	strbuf_adds(out,
		"dst match options:\n"
		"[!] --dst-len length            total length of this header\n"
		"  --dst-opts TYPE[:LEN][,TYPE[:LEN]...]\n"
		"                                Options and its length (list, max: 16)\n");
}

const struct ext ext_dst = {
	.name = "dst",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_opts),
	.xt_size = sizeof(struct ip6t_opts),
	.opts = dst_opts,
	.parse = ip6opts_parse,
	.save = ip6opts_save,
	.print = ip6opts_print,
	.help = dst_help,
};
