// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * hl: the IPv6 hop limit compared with a value (==, !=, <, >).  The
 * payload is the kernel's struct ip6t_hl_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_hl.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_EQ, O_LT, O_GT,
};

#define O_ANY ((1 << O_EQ) | (1 << O_LT) | (1 << O_GT))

static const struct ext_opt hl_opts[] = {
	{ .name = "hl-eq", .id = O_EQ, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_hl_info, hop_limit) },
	{ .name = "hl-lt", .id = O_LT, .type = EXT_T_U8, .flags = EXT_O_PUT,
	  .excl = O_ANY, .off = offsetof(struct ip6t_hl_info, hop_limit) },
	{ .name = "hl-gt", .id = O_GT, .type = EXT_T_U8, .flags = EXT_O_PUT,
	  .excl = O_ANY, .off = offsetof(struct ip6t_hl_info, hop_limit) },
	/* the old name of --hl-eq (messages use the new one) */
	{ .name = "hl", .id = O_EQ, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_hl_info, hop_limit) },
	EXT_OPT_END
};

static int hl_parse(struct ext_parse *p)
{
	struct ip6t_hl_info *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_EQ:
		t->mode = p->invert ? IP6T_HL_NE : IP6T_HL_EQ;
		break;
	case O_LT:
		t->mode = IP6T_HL_LT;
		break;
	case O_GT:
		t->mode = IP6T_HL_GT;
		break;
	}
	return 0;
}

static int hl_check(struct ext_check *c)
{
	if (!(c->self->given & O_ANY))
		return erec_param(c->err, c->loc,
			"HL match: You must specify one of `--hl-eq', `--hl-lt', `--hl-gt'");
	return 0;
}

static const char *const hl_save_ops[] = {
	[IP6T_HL_EQ] = " --hl-eq", [IP6T_HL_NE] = " ! --hl-eq",
	[IP6T_HL_LT] = " --hl-lt", [IP6T_HL_GT] = " --hl-gt",
};

static const char *const hl_list_ops[] = {
	[IP6T_HL_EQ] = "HL == ", [IP6T_HL_NE] = "HL != ",
	[IP6T_HL_LT] = "HL < ", [IP6T_HL_GT] = "HL > ",
};

static void hl_save(const struct ext_print *p)
{
	const struct ip6t_hl_info *t = ext_data(p->self);

	if (t->mode < ARRAY_SIZE(hl_save_ops))
		strbuf_adds(p->out, hl_save_ops[t->mode]);
	strbuf_addf(p->out, " %u", t->hop_limit);
}

static void hl_print(const struct ext_print *p)
{
	const struct ip6t_hl_info *t = ext_data(p->self);

	strbuf_adds(p->out, " HL match ");
	if (t->mode < ARRAY_SIZE(hl_list_ops))
		strbuf_adds(p->out, hl_list_ops[t->mode]);
	strbuf_addf(p->out, "%u", t->hop_limit);
}

static void hl_help(struct strbuf *out)
{
	strbuf_adds(out,
		"hl match options:\n"
		"[!] --hl-eq value\tMatch hop limit value\n"
		"  --hl-lt value\tMatch HL < value\n"
		"  --hl-gt value\tMatch HL > value\n");
}

/* ---- iptables-translate ---- */

static int hl_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const ops[] = {
		[IP6T_HL_EQ] = "", [IP6T_HL_NE] = "!= ",
		[IP6T_HL_LT] = "lt ", [IP6T_HL_GT] = "gt ",
	};
	const struct ip6t_hl_info *h = ext_data(self);

	if (h->mode >= ARRAY_SIZE(ops))
		return xl_unsupported(xl, "hl: an unknown mode");
	xl_add(xl, "ip6 hoplimit %s%u", ops[h->mode], h->hop_limit);
	return 0;
}

const struct ext ext_hl = {
	.name = "hl",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_hl_info),
	.xt_size = sizeof(struct ip6t_hl_info),
	.opts = hl_opts,
	.parse = hl_parse,
	.check = hl_check,
	.save = hl_save,
	.print = hl_print,
	.help = hl_help,
	.xlate = hl_xlate,
};
