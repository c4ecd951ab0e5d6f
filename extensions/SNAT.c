// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SNAT: rewrite the source address and/or port.  iptables-nft 1.8.9
 * writes the compat target revision 0 (the IPv4 multi-range struct) for
 * IPv4 and revision 1 (struct nf_nat_range) for IPv6; those are the
 * payloads.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "nat.h"

static const struct ext_opt SNAT_opts[] = {
	{ .name = "to-source", .id = NAT_O_TO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "random", .id = NAT_O_RANDOM, .type = EXT_T_NONE },
	{ .name = "random-fully", .id = NAT_O_RANDOM_FULLY,
	  .type = EXT_T_NONE },
	{ .name = "persistent", .id = NAT_O_PERSISTENT, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void SNAT_save(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "--to-source ", "--", false);
}

static void SNAT_print(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "to:", "", false);
}

static void SNAT_help(struct strbuf *out)
{
	strbuf_adds(out,
		"SNAT target options:\n"
		" --to-source [<ipaddr>[-<ipaddr>]][:port[-port]]\n"
		"\t\t\t\tAddress to map source to.\n"
		"[--random] [--random-fully] [--persistent]\n");
}

/* ---- iptables-translate ---- */

static int SNAT_xlate(struct xlate *xl, const struct ir_ext *self)
{
	return nat_xlate(xl, self, "snat");
}

const struct ext ext_SNAT4 = {
	.name = "SNAT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.revision = 0,
	.size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.xt_size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.opts = SNAT_opts,
	.init = nat_init_mrc,
	.parse = nat_parse,
	.save = SNAT_save,
	.print = SNAT_print,
	.help = SNAT_help,
	.xlate = SNAT_xlate,
};

const struct ext ext_SNAT6 = {
	.name = "SNAT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.revision = 1,
	.size = sizeof(struct nf_nat_range),
	.xt_size = sizeof(struct nf_nat_range),
	.opts = SNAT_opts,
	.parse = nat_parse,
	.save = SNAT_save,
	.print = SNAT_print,
	.help = SNAT_help,
	.xlate = SNAT_xlate,
};
