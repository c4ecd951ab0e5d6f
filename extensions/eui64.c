// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * eui64: the IPv6 source address is the EUI-64 of the source MAC.  No
 * options; the payload (an unused int, as iptables sends) goes to the
 * compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>

#include <iptnft/ext.h>

static void eui64_help(struct strbuf *out)
{
	strbuf_adds(out, "eui64 does not take any options\n");
}

const struct ext ext_eui64 = {
	.name = "eui64",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(int),
	.xt_size = sizeof(int),
	.help = eui64_help,
};
