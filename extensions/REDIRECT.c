// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * REDIRECT: destination NAT to the local machine.  The payload is the
 * compat target revision 0's: the IPv4 multi-range struct, or struct
 * nf_nat_range for IPv6; neither has room for a port shift.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "nat.h"

static const struct ext_opt REDIRECT_opts[] = {
	{ .name = "to-ports", .id = NAT_O_TO_PORTS, .type = EXT_T_CUSTOM },
	{ .name = "random", .id = NAT_O_RANDOM, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void REDIRECT_save(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "--to-ports ", "--", true);
}

static void REDIRECT_print(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "redir ports ", "", true);
}

static void REDIRECT_help(struct strbuf *out)
{
	strbuf_adds(out,
		"REDIRECT target options:\n"
		" --to-ports <port>[-<port>]\n"
		"\t\t\t\tPort (range) to map to.\n"
		" [--random]\n");
}

/* ---- iptables-translate ---- */

static int REDIRECT_xlate(struct xlate *xl, const struct ir_ext *self)
{
	return nat_xlate(xl, self, "redirect");
}

const struct ext ext_REDIRECT4 = {
	.name = "REDIRECT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.xt_size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.opts = REDIRECT_opts,
	.init = nat_init_mrc,
	.parse = nat_parse,
	.check = nat_check_no_shift,
	.save = REDIRECT_save,
	.print = REDIRECT_print,
	.help = REDIRECT_help,
	.xlate = REDIRECT_xlate,
};

const struct ext ext_REDIRECT6 = {
	.name = "REDIRECT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct nf_nat_range),
	.xt_size = sizeof(struct nf_nat_range),
	.opts = REDIRECT_opts,
	.parse = nat_parse,
	.check = nat_check_no_shift,
	.save = REDIRECT_save,
	.print = REDIRECT_print,
	.help = REDIRECT_help,
	.xlate = REDIRECT_xlate,
};
