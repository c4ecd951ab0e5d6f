// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * MASQUERADE: source NAT to the outgoing interface's address.  The
 * payload is the compat target revision 0's: the IPv4 multi-range struct,
 * or struct nf_nat_range for IPv6.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "nat.h"

static const struct ext_opt MASQUERADE_opts[] = {
	{ .name = "to-ports", .id = NAT_O_TO_PORTS, .type = EXT_T_CUSTOM },
	{ .name = "random", .id = NAT_O_RANDOM, .type = EXT_T_NONE },
	{ .name = "random-fully", .id = NAT_O_RANDOM_FULLY,
	  .type = EXT_T_NONE },
	EXT_OPT_END
};

static void MASQUERADE_save(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "--to-ports ", "--", true);
}

static void MASQUERADE_print(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "masq ports: ", "", true);
}

static void MASQUERADE_help(struct strbuf *out)
{
	strbuf_adds(out,
		"MASQUERADE target options:\n"
		" --to-ports <port>[-<port>]\n"
		"\t\t\t\tPort (range) to map to.\n"
		" --random\n"
		"\t\t\t\tRandomize source port.\n"
		" --random-fully\n"
		"\t\t\t\tFully randomize source port.\n");
}

/* ---- iptables-translate ---- */

static int MASQUERADE_xlate(struct xlate *xl, const struct ir_ext *self)
{
	return nat_xlate(xl, self, "masquerade");
}

const struct ext ext_MASQUERADE4 = {
	.name = "MASQUERADE",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.xt_size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.opts = MASQUERADE_opts,
	.init = nat_init_mrc,
	.parse = nat_parse,
	.save = MASQUERADE_save,
	.print = MASQUERADE_print,
	.help = MASQUERADE_help,
	.xlate = MASQUERADE_xlate,
};

const struct ext ext_MASQUERADE6 = {
	.name = "MASQUERADE",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct nf_nat_range),
	.xt_size = sizeof(struct nf_nat_range),
	.opts = MASQUERADE_opts,
	.parse = nat_parse,
	.save = MASQUERADE_save,
	.print = MASQUERADE_print,
	.help = MASQUERADE_help,
	.xlate = MASQUERADE_xlate,
};
