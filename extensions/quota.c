// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * quota: match until a number of bytes has passed.  The payload is the
 * kernel's struct xt_quota_info, written as the compat match; the
 * kernel's private pointer at its end is not compared.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_quota.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_QUOTA,
};

static const struct ext_opt quota_opts[] = {
	{ .name = "quota", .id = O_QUOTA, .type = EXT_T_U64,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_quota_info, quota) },
	EXT_OPT_END
};

static int quota_parse(struct ext_parse *p)
{
	struct xt_quota_info *q = ext_data(p->self);

	if (p->invert)
		q->flags |= XT_QUOTA_INVERT;
	return 0;
}

static void quota_save(const struct ext_print *p)
{
	const struct xt_quota_info *q = ext_data(p->self);

	strbuf_addf(p->out, "%s --quota %llu",
		    q->flags & XT_QUOTA_INVERT ? " !" : "",
		    (unsigned long long)q->quota);
}

/* iptables does not show "!" here */
static void quota_print(const struct ext_print *p)
{
	const struct xt_quota_info *q = ext_data(p->self);

	strbuf_addf(p->out, " quota: %llu bytes",
		    (unsigned long long)q->quota);
}

static bool quota_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data, offsetof(struct xt_quota_info, master));
}

static void quota_help(struct strbuf *out)
{
	strbuf_adds(out,
		"quota match options:\n"
		"[!] --quota quota\t\tquota (bytes)\n");
}

const struct ext ext_quota = {
	.name = "quota",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_quota_info),
	.xt_size = sizeof(struct xt_quota_info),
	.opts = quota_opts,
	.parse = quota_parse,
	.save = quota_save,
	.print = quota_print,
	.help = quota_help,
	.equal = quota_equal,
};
