// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * hbh: the IPv6 hop-by-hop options header (length, option types and
 * lengths).  The payload is the kernel's struct ip6t_opts, written as the
 * compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_opts.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_LEN, O_OPTS,
};

static const struct ext_opt hbh_opts[] = {
	{ .name = "hbh-len", .id = O_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_opts, hdrlen) },
	{ .name = "hbh-opts", .id = O_OPTS, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

static int hbh_parse(struct ext_parse *p)
{
	struct ip6t_opts *o = ext_data(p->self);
	int n;

	if (p->opt->id == O_LEN) {
		if (p->invert)
			o->invflags |= IP6T_OPTS_INV_LEN;
		o->flags |= IP6T_OPTS_LEN;
		return 0;
	}
	n = xt_ip6_opts_parse(p, "hbh", "PAD0 has not got length", o->opts);
	if (n < 0)
		return n;
	o->optsnr = n;
	o->flags |= IP6T_OPTS_OPTS;
	return 0;
}

static void hbh_save(const struct ext_print *p)
{
	const struct ip6t_opts *o = ext_data(p->self);

	if (o->flags & IP6T_OPTS_LEN)
		strbuf_addf(p->out, "%s --hbh-len %u",
			    o->invflags & IP6T_OPTS_INV_LEN ? " !" : "",
			    o->hdrlen);
	if (o->flags & IP6T_OPTS_OPTS)
		strbuf_adds(p->out, " --hbh-opts");
	xt_ip6_opts_out(p->out, o->opts, o->optsnr);
}

static void hbh_print(const struct ext_print *p)
{
	const struct ip6t_opts *o = ext_data(p->self);

	strbuf_adds(p->out, " hbh");
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

static void hbh_help(struct strbuf *out)
{
	strbuf_adds(out,
		"hbh match options:\n"
		"[!] --hbh-len length            total length of this header\n"
		"  --hbh-opts TYPE[:LEN][,TYPE[:LEN]...] \n"
		"                                Options and its length (list, max: 16)\n");
}

const struct ext ext_hbh = {
	.name = "hbh",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_opts),
	.xt_size = sizeof(struct ip6t_opts),
	.opts = hbh_opts,
	.parse = hbh_parse,
	.save = hbh_save,
	.print = hbh_print,
	.help = hbh_help,
};
