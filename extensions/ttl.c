// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ttl: the IPv4 time to live compared with a value (==, !=, <, >).  The
 * payload is the kernel's struct ipt_ttl_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_ttl.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_EQ, O_LT, O_GT,
};

#define O_ANY ((1 << O_EQ) | (1 << O_LT) | (1 << O_GT))

static const struct ext_opt ttl_opts[] = {
	{ .name = "ttl-eq", .id = O_EQ, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ipt_ttl_info, ttl) },
	{ .name = "ttl-lt", .id = O_LT, .type = EXT_T_U8, .flags = EXT_O_PUT,
	  .excl = O_ANY, .off = offsetof(struct ipt_ttl_info, ttl) },
	{ .name = "ttl-gt", .id = O_GT, .type = EXT_T_U8, .flags = EXT_O_PUT,
	  .excl = O_ANY, .off = offsetof(struct ipt_ttl_info, ttl) },
	/* the old name of --ttl-eq (messages use the new one) */
	{ .name = "ttl", .id = O_EQ, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ipt_ttl_info, ttl) },
	EXT_OPT_END
};

static int ttl_parse(struct ext_parse *p)
{
	struct ipt_ttl_info *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_EQ:
		t->mode = p->invert ? IPT_TTL_NE : IPT_TTL_EQ;
		break;
	case O_LT:
		t->mode = IPT_TTL_LT;
		break;
	case O_GT:
		t->mode = IPT_TTL_GT;
		break;
	}
	return 0;
}

static int ttl_check(struct ext_check *c)
{
	if (!(c->self->given & O_ANY))
		return erec_param(c->err, c->loc,
			"TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt");
	return 0;
}

static const char *const ttl_save_ops[] = {
	[IPT_TTL_EQ] = " --ttl-eq", [IPT_TTL_NE] = " ! --ttl-eq",
	[IPT_TTL_LT] = " --ttl-lt", [IPT_TTL_GT] = " --ttl-gt",
};

static const char *const ttl_list_ops[] = {
	[IPT_TTL_EQ] = "TTL == ", [IPT_TTL_NE] = "TTL != ",
	[IPT_TTL_LT] = "TTL < ", [IPT_TTL_GT] = "TTL > ",
};

static void ttl_save(const struct ext_print *p)
{
	const struct ipt_ttl_info *t = ext_data(p->self);

	if (t->mode < ARRAY_SIZE(ttl_save_ops))
		strbuf_adds(p->out, ttl_save_ops[t->mode]);
	strbuf_addf(p->out, " %u", t->ttl);
}

static void ttl_print(const struct ext_print *p)
{
	const struct ipt_ttl_info *t = ext_data(p->self);

	strbuf_adds(p->out, " TTL match ");
	if (t->mode < ARRAY_SIZE(ttl_list_ops))
		strbuf_adds(p->out, ttl_list_ops[t->mode]);
	strbuf_addf(p->out, "%u", t->ttl);
}

static void ttl_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ttl match options:\n"
		"[!] --ttl-eq value\tMatch time to live value\n"
		"  --ttl-lt value\tMatch TTL < value\n"
		"  --ttl-gt value\tMatch TTL > value\n");
}

/* ---- iptables-translate ---- */

static int ttl_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const ops[] = {
		[IPT_TTL_EQ] = "", [IPT_TTL_NE] = "!= ",
		[IPT_TTL_LT] = "lt ", [IPT_TTL_GT] = "gt ",
	};
	const struct ipt_ttl_info *t = ext_data(self);

	if (t->mode >= ARRAY_SIZE(ops))
		return xl_unsupported(xl, "ttl: an unknown mode");
	xl_add(xl, "ip ttl %s%u", ops[t->mode], t->ttl);
	return 0;
}

const struct ext ext_ttl = {
	.name = "ttl",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_ttl_info),
	.xt_size = sizeof(struct ipt_ttl_info),
	.opts = ttl_opts,
	.parse = ttl_parse,
	.check = ttl_check,
	.save = ttl_save,
	.print = ttl_print,
	.help = ttl_help,
	.xlate = ttl_xlate,
};
