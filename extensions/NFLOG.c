// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * NFLOG: hands the packet to nfnetlink_log.  iptables-nft 1.8.9 writes it
 * as a native "log group N" expression, so the payload is our own: the
 * fields of struct xt_nflog_info with room for the whole prefix the log
 * expression keeps (127 characters, not the xt struct's 63).
 */
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/nf_log.h>
#include <linux/netfilter/xt_NFLOG.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/xlate.h>

#include "helpers.h"

struct nflog {
	uint32_t len;
	uint16_t group;
	uint16_t threshold;
	uint16_t flags;			/* XT_NFLOG_F_COPY_LEN */
	char prefix[NF_LOG_PREFIXLEN];
};

enum {
	O_GROUP, O_PREFIX, O_RANGE, O_SIZE, O_THRESHOLD,
};

static const struct ext_opt NFLOG_opts[] = {
	{ .name = "nflog-group", .id = O_GROUP, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(struct nflog, group) },
	{ .name = "nflog-prefix", .id = O_PREFIX, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .min = 1, .off = offsetof(struct nflog, prefix),
	  .size = NF_LOG_PREFIXLEN },
	{ .name = "nflog-range", .id = O_RANGE, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = 1 << O_SIZE,
	  .off = offsetof(struct nflog, len) },
	{ .name = "nflog-size", .id = O_SIZE, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = 1 << O_RANGE,
	  .off = offsetof(struct nflog, len) },
	{ .name = "nflog-threshold", .id = O_THRESHOLD, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(struct nflog, threshold) },
	EXT_OPT_END
};

static int NFLOG_parse(struct ext_parse *p)
{
	if (p->opt->id == O_PREFIX && strchr(p->arg, '\n'))
		return erec_param(p->err, p->loc,
				  "Newlines not allowed in --log-prefix");
	return 0;
}

/*
 * The log expression has no room for a length without XT_NFLOG_F_COPY_LEN,
 * so --nflog-range only warns and is gone from the rule.
 */
static int NFLOG_check(struct ext_check *c)
{
	struct nflog *t = ext_data(c->self);

	if (ext_given(c->self, O_RANGE))
		strbuf_adds(&c->err->warn,
			    "warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n");
	if (ext_given(c->self, O_SIZE))
		t->flags |= XT_NFLOG_F_COPY_LEN;
	else
		t->len = 0;
	return 0;
}

static void nflog_print(const struct ext_print *p, const char *dashes)
{
	const struct nflog *t = ext_data(p->self);

	if (t->prefix[0]) {
		strbuf_addf(p->out, " %snflog-prefix", dashes);
		xt_save_string(p->out, t->prefix);
	}
	if (t->group)
		strbuf_addf(p->out, " %snflog-group %u", dashes, t->group);
	if (t->flags & XT_NFLOG_F_COPY_LEN)
		strbuf_addf(p->out, " %snflog-size %u", dashes, t->len);
	else if (t->len)
		strbuf_addf(p->out, " %snflog-range %u", dashes, t->len);
	if (t->threshold != XT_NFLOG_DEFAULT_THRESHOLD)
		strbuf_addf(p->out, " %snflog-threshold %u", dashes,
			    t->threshold);
}

static void NFLOG_save(const struct ext_print *p)
{
	nflog_print(p, "--");
}

static void NFLOG_print(const struct ext_print *p)
{
	nflog_print(p, "");
}

/* log [prefix P] group G [snaplen L] [queue-threshold T] */
static int NFLOG_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	const struct nflog *t = ext_data(self);
	struct dx_log l = {
		.present = DX_LOG_GROUP,
		.prefix = t->prefix,
		.group = t->group,
		.snaplen = t->len,
		.qthreshold = t->threshold,
	};

	if (t->prefix[0])
		l.present |= DX_LOG_PREFIX;
	if (t->flags & XT_NFLOG_F_COPY_LEN)
		l.present |= DX_LOG_SNAPLEN;
	if (t->threshold)
		l.present |= DX_LOG_QTHRESH;
	lin_log(c, &l);
	return 0;
}

extern const struct ext ext_NFLOG;

static int NFLOG_dlin(struct dlin_ctx *c)
{
	const struct dexpr *d = dlin_peek(c, 0);
	const struct dx_log *l = &d->log;
	struct ir_ext *e;
	struct nflog *t;

	if (d->kind != DX_LOG || !(l->present & DX_LOG_GROUP) ||
	    (l->present & (DX_LOG_LEVEL | DX_LOG_FLAGS)) ||
	    c->rule->verdict != IR_V_NONE)
		return 0;
	e = ir_ext_alloc(&ext_NFLOG);
	t = ext_data(e);
	t->group = l->group;
	t->threshold = l->qthreshold;
	if (l->present & DX_LOG_SNAPLEN) {
		t->len = l->snaplen;
		t->flags = XT_NFLOG_F_COPY_LEN;
	}
	if (l->present & DX_LOG_PREFIX)
		snprintf(t->prefix, sizeof(t->prefix), "%s", l->prefix);
	c->rule->target = e;
	c->rule->verdict = IR_V_EXT;
	return 1;
}

/* A compat NFLOG target written by another tool. */
static int NFLOG_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	const struct xt_nflog_info *info = xt;
	struct nflog *t = ext_data(self);

	if (len < sizeof(*info))
		return -1;
	t->len = info->len;
	t->group = info->group;
	t->threshold = info->threshold;
	t->flags = info->flags;
	snprintf(t->prefix, sizeof(t->prefix), "%.*s",
		 (int)sizeof(info->prefix), info->prefix);
	return 0;
}

static void NFLOG_help(struct strbuf *out)
{
	strbuf_adds(out,
		"NFLOG target options:\n"
		" --nflog-group NUM\t\tNETLINK group used for logging\n"
		" --nflog-range NUM\t\tThis option has no effect, use --nflog-size\n"
		" --nflog-size NUM\t\tNumber of bytes to copy\n"
		" --nflog-threshold NUM\t\tMessage threshold of in-kernel queue\n"
		" --nflog-prefix STRING\t\tPrefix string for log messages\n");
}

/* ---- iptables-translate ---- */

/* the same log statement NFLOG_lin gives the kernel */
static int NFLOG_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct nflog *t = ext_data(self);
	struct strbuf sb = STRBUF_INIT;
	char prefix[sizeof(t->prefix) + 1];

	snprintf(prefix, sizeof(prefix), "%.*s", (int)sizeof(t->prefix),
		 t->prefix);
	if (strpbrk(prefix, "\"\\\n"))
		return xl_unsupported(xl,
			"NFLOG: a prefix with a quote or \\ cannot be written in nft");
	strbuf_adds(&sb, "log");
	if (prefix[0])
		strbuf_addf(&sb, " prefix \"%s\"", prefix);
	if (t->flags & XT_NFLOG_F_COPY_LEN)
		strbuf_addf(&sb, " snaplen %u", t->len);
	if (t->threshold)
		strbuf_addf(&sb, " queue-threshold %u", t->threshold);
	strbuf_addf(&sb, " group %u", t->group);
	xl_add(xl, "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_NFLOG = {
	.name = "NFLOG",
	.kind = EXT_TARGET,
	.size = sizeof(struct nflog),
	.opts = NFLOG_opts,
	.parse = NFLOG_parse,
	.check = NFLOG_check,
	.save = NFLOG_save,
	.print = NFLOG_print,
	.lin = NFLOG_lin,
	.dlin = NFLOG_dlin,
	.from_xt = NFLOG_from_xt,
	.help = NFLOG_help,
	.xlate = NFLOG_xlate,
};
