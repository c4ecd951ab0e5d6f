// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * tos: the TOS / traffic class byte under a mask, or by symbolic name.
 * The payload is the kernel's struct xt_tos_match_info (revision 1),
 * written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_dscp.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_TOS,
};

static const struct ext_opt tos_opts[] = {
	{ .name = "tos", .id = O_TOS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

static int tos_parse(struct ext_parse *p)
{
	struct xt_tos_match_info *t = ext_data(p->self);

	if (xt_tos_parse(p->arg, 0x3F, &t->tos_value, &t->tos_mask, p->err,
			 p->loc) < 0)
		return -1;
	t->invert = p->invert;
	return 0;
}

static void tos_save(const struct ext_print *p)
{
	const struct xt_tos_match_info *t = ext_data(p->self);

	strbuf_addf(p->out, "%s --tos 0x%02x/0x%02x", t->invert ? " !" : "",
		    t->tos_value, t->tos_mask);
}

static void tos_print(const struct ext_print *p)
{
	const struct xt_tos_match_info *t = ext_data(p->self);

	strbuf_adds(p->out, t->invert ? " tos match!" : " tos match");
	if (p->numeric || !xt_tos_symbolic(p->out, t->tos_value, t->tos_mask))
		strbuf_addf(p->out, "0x%02x/0x%02x", t->tos_value,
			    t->tos_mask);
}

static void tos_help(struct strbuf *out)
{
	strbuf_adds(out,
		"tos match options:\n"
		"[!] --tos value[/mask]    Match Type of Service/Priority field value\n"
		"[!] --tos symbol          Match TOS field (IPv4 only) by symbol\n"
		"                          Accepted symbolic names for value are:\n"
		"                          (0x10) 16 Minimize-Delay\n"
		"                          (0x08)  8 Maximize-Throughput\n"
		"                          (0x04)  4 Maximize-Reliability\n"
		"                          (0x02)  2 Minimize-Cost\n"
		"                          (0x00)  0 Normal-Service\n"
		"\n");
}

const struct ext ext_tos = {
	.name = "tos",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_tos_match_info),
	.xt_size = sizeof(struct xt_tos_match_info),
	.opts = tos_opts,
	.parse = tos_parse,
	.save = tos_save,
	.print = tos_print,
	.help = tos_help,
};
