// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * hbh: the IPv6 hop-by-hop options header (length, option types and
 * lengths).  The payload is the kernel's struct ip6t_opts, written as the
 * compat match; the callbacks are dst's (extensions/dst.c).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_opts.h>

#include <iptnft/ext.h>

#include "helpers.h"

static const struct ext_opt hbh_opts[] = {
	{ .name = "hbh-len", .id = IP6OPTS_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_opts, hdrlen) },
	{ .name = "hbh-opts", .id = IP6OPTS_OPTS, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

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
	.parse = ip6opts_parse,
	.save = ip6opts_save,
	.print = ip6opts_print,
	.help = hbh_help,
};
