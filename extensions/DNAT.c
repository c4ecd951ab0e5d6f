// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * DNAT: rewrite the destination address and/or port.  The payload is the
 * kernel's struct nf_nat_range2, written as the compat target revision 2
 * (the one that knows port shifts), for both families.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "nat.h"

static const struct ext_opt DNAT_opts[] = {
	{ .name = "to-destination", .id = NAT_O_TO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "random", .id = NAT_O_RANDOM, .type = EXT_T_NONE },
	{ .name = "persistent", .id = NAT_O_PERSISTENT, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void DNAT_save(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "--to-destination ", "--", false);
}

static void DNAT_print(const struct ext_print *p)
{
	struct nf_nat_range2 r;

	nat_range_get(p->self, &r);
	nat_print(p->out, &r, p->family, "to:", "", false);
}

static void DNAT_help(struct strbuf *out)
{
	strbuf_adds(out,
		"DNAT target options:\n"
		" --to-destination [<ipaddr>[-<ipaddr>]][:port[-port[/port]]]\n"
		"\t\t\t\tAddress to map destination to.\n"
		"[--random] [--persistent]\n");
}

/* ---- iptables-translate ---- */

static int DNAT_xlate(struct xlate *xl, const struct ir_ext *self)
{
	return nat_xlate(xl, self, "dnat");
}

const struct ext ext_DNAT = {
	.name = "DNAT",
	.kind = EXT_TARGET,
	.revision = 2,
	.size = sizeof(struct nf_nat_range2),
	.xt_size = sizeof(struct nf_nat_range2),
	.opts = DNAT_opts,
	.parse = nat_parse,
	.save = DNAT_save,
	.print = DNAT_print,
	.help = DNAT_help,
	.xlate = DNAT_xlate,
};
