// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * DNPT (IPv6): stateless destination network prefix translation (RFC
 * 6296).  The payload is the kernel's struct ip6t_npt_tginfo (compat
 * target revision 0); the prefixes are kept as given, unmasked, and the
 * kernel checks them.  SNPT (extensions/SNPT.c) shares this code.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_NPT.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

enum {
	O_SRC_PFX, O_DST_PFX,
};

const struct ext_opt npt_opts[] = {
	{ .name = "src-pfx", .id = O_SRC_PFX, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "dst-pfx", .id = O_DST_PFX, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

int npt_parse(struct ext_parse *p)
{
	struct ip6t_npt_tginfo *t = ext_data(p->self);
	bool src = p->opt->id == O_SRC_PFX;
	union ir_addr a, m;
	unsigned int len;

	if (xt_parse_hostmask(p->family, p->arg, &a, &m, &len,
			      p->self->ext->name, p->opt->name, p->err,
			      p->loc) < 0)
		return -1;
	memcpy(src ? &t->src_pfx : &t->dst_pfx, &a, sizeof(t->src_pfx));
	if (src)
		t->src_pfx_len = len;
	else
		t->dst_pfx_len = len;
	return 0;
}

static void npt_prefix(const struct ext_print *p, const char *name,
		       const union nf_inet_addr *pfx, unsigned int len)
{
	char buf[INET6_ADDRSTRLEN];
	union ir_addr a;

	memcpy(&a, pfx, sizeof(a));
	strbuf_addf(p->out, " %s %s/%u", name,
		    addr_str(NFPROTO_IPV6, &a, buf, sizeof(buf)), len);
}

void npt_save(const struct ext_print *p)
{
	const struct ip6t_npt_tginfo *t = ext_data(p->self);

	npt_prefix(p, "--src-pfx", &t->src_pfx, t->src_pfx_len);
	npt_prefix(p, "--dst-pfx", &t->dst_pfx, t->dst_pfx_len);
}

void npt_print(const struct ext_print *p)
{
	const struct ip6t_npt_tginfo *t = ext_data(p->self);

	strbuf_addf(p->out, " %s", p->self->ext->name);
	npt_prefix(p, "src-pfx", &t->src_pfx, t->src_pfx_len);
	npt_prefix(p, "dst-pfx", &t->dst_pfx, t->dst_pfx_len);
}

/* "DNPT target options:" / "SNPT ...": the caller adds the name */
void npt_help(struct strbuf *out)
{
	strbuf_adds(out,
		" target options:\n"
		" --src-pfx prefix/length\n"
		" --dst-pfx prefix/length\n"
		"\n");
}

static void DNPT_help(struct strbuf *out)
{
	strbuf_adds(out, "DNPT");
	npt_help(out);
}

const struct ext ext_DNPT = {
	.name = "DNPT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_npt_tginfo),
	.xt_size = sizeof(struct ip6t_npt_tginfo),
	.opts = npt_opts,
	.parse = npt_parse,
	.save = npt_save,
	.print = npt_print,
	.help = DNPT_help,
};
