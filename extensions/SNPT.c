// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SNPT (IPv6): stateless source network prefix translation (RFC 6296).
 * The payload is the kernel's struct ip6t_npt_tginfo (compat target
 * revision 0); the code is DNPT's (extensions/DNPT.c).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_NPT.h>

#include <iptnft/ext.h>

#include "helpers.h"

static void SNPT_help(struct strbuf *out)
{
	strbuf_adds(out, "SNPT");
	npt_help(out);
}

const struct ext ext_SNPT = {
	.name = "SNPT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_npt_tginfo),
	.xt_size = sizeof(struct ip6t_npt_tginfo),
	.opts = npt_opts,
	.parse = npt_parse,
	.save = npt_save,
	.print = npt_print,
	.help = SNPT_help,
};
