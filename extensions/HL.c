// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * HL (IPv6): sets, decrements or increments the hop limit.  The payload
 * is the kernel's struct ip6t_HL_info (compat target revision 0); the
 * callbacks are TTL's (extensions/TTL.c), which has the same layout.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_HL.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

#define F_ANY ((1 << TTLHL_SET) | (1 << TTLHL_DEC) | (1 << TTLHL_INC))

/* in mode order: set, dec, inc (ttlhl_save relies on it) */
static const struct ext_opt HL_opts[] = {
	{ .name = "hl-set", .id = TTLHL_SET, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY,
	  .off = offsetof(struct ip6t_HL_info, hop_limit) },
	{ .name = "hl-dec", .id = TTLHL_DEC, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY, .min = 1,
	  .off = offsetof(struct ip6t_HL_info, hop_limit) },
	{ .name = "hl-inc", .id = TTLHL_INC, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY, .min = 1,
	  .off = offsetof(struct ip6t_HL_info, hop_limit) },
	EXT_OPT_END
};

static void HL_help(struct strbuf *out)
{
	strbuf_adds(out,
		"HL target options\n"
		"  --hl-set value\t\tSet HL to <value 0-255>\n"
		"  --hl-dec value\t\tDecrement HL by <value 1-255>\n"
		"  --hl-inc value\t\tIncrement HL by <value 1-255>\n");
}

/* ---- iptables-translate ---- */

static int HL_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct ip6t_HL_info *h = ext_data(self);

	/* nft cannot add to a field and stop at 0 or 255 */
	if (h->mode != IP6T_HL_SET)
		return xl_unsupported(xl,
			"HL: only setting a value is translated");
	xl_add(xl, "ip6 hoplimit set %u", h->hop_limit);
	return 0;
}

const struct ext ext_HL = {
	.name = "HL",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_HL_info),
	.xt_size = sizeof(struct ip6t_HL_info),
	.opts = HL_opts,
	.parse = ttlhl_parse,
	.check = ttlhl_check,
	.save = ttlhl_save,
	.print = ttlhl_print,
	.help = HL_help,
	.xlate = HL_xlate,
};
