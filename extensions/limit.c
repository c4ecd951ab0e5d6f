// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * limit: a token bucket, --limit rate[/unit] and --limit-burst.  The
 * payload is the user part of the kernel's struct xt_rateinfo (the mean
 * interval between packets, in 1/10000 s, and the burst); iptables-nft
 * writes it as the native limit expression (packets, rate per unit).
 */
#include <stdio.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/xt_limit.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/xlate.h>

struct limit_info {
	uint32_t avg;	/* period between packets, XT_LIMIT_SCALE units */
	uint32_t burst;
};

enum {
	O_LIMIT, O_BURST,
};

static const struct ext_opt limit_opts[] = {
	{ .name = "limit", .id = O_LIMIT, .type = EXT_T_CUSTOM },
	{ .name = "limit-burst", .id = O_BURST, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .max = 10000,
	  .off = offsetof(struct limit_info, burst) },
	EXT_OPT_END
};

#define LIMIT_BURST_DEFAULT	5

static const struct {
	const char *name;	/* as printed */
	const char *word;	/* as read: any leading part of it */
	uint32_t mult;
} limit_units[] = {
	{ "day", "day", XT_LIMIT_SCALE * 24 * 60 * 60 },
	{ "hour", "hour", XT_LIMIT_SCALE * 60 * 60 },
	{ "min", "minute", XT_LIMIT_SCALE * 60 },
	{ "sec", "second", XT_LIMIT_SCALE },
};

/* "N[/unit]": 0 bad, -1 too fast, 1 with *avg set */
static int rate_parse(const char *s, uint32_t *avg)
{
	const char *slash = strchr(s, '/');
	uint32_t mult = XT_LIMIT_SCALE, n;
	size_t i, len;

	if (slash) {
		len = strlen(slash + 1);
		if (!len)
			return 0;
		for (i = 0; i < ARRAY_SIZE(limit_units); i++)
			if (!strncasecmp(slash + 1, limit_units[i].word, len))
				break;
		if (i == ARRAY_SIZE(limit_units))
			return 0;
		mult = limit_units[i].mult;
	}
	n = (uint32_t)atoi(s);
	if (!n)
		return 0;
	*avg = mult / n;
	return *avg ? 1 : -1;
}

static void limit_init(struct ir_ext *self)
{
	struct limit_info *l = ext_data(self);

	rate_parse("3/hour", &l->avg);
	l->burst = LIMIT_BURST_DEFAULT;
}

static int limit_parse(struct ext_parse *p)
{
	struct limit_info *l = ext_data(p->self);

	if (p->opt->id != O_LIMIT)
		return 0;
	switch (rate_parse(p->arg, &l->avg)) {
	case 0:
		return erec_param(p->err, p->loc, "bad rate \"%s\"'", p->arg);
	case -1:
		return erec_param(p->err, p->loc, "Rate too fast \"%s\"",
				  p->arg);
	}
	return 0;
}

/* The unit whose count is exact enough: the first one that is too coarse
 * stops the search, the one before it is used. */
static size_t limit_unit(uint32_t avg)
{
	size_t i;

	for (i = 1; i < ARRAY_SIZE(limit_units); i++)
		if (avg > limit_units[i].mult ||
		    limit_units[i].mult / avg < limit_units[i].mult % avg)
			break;
	return i - 1;
}

static void rate_out(struct strbuf *out, uint32_t avg)
{
	size_t i;

	if (!avg) {
		strbuf_adds(out, " inf");
		return;
	}
	i = limit_unit(avg);
	strbuf_addf(out, " %u/%s", limit_units[i].mult / avg,
		    limit_units[i].name);
}

static void limit_save(const struct ext_print *p)
{
	const struct limit_info *l = ext_data(p->self);

	strbuf_adds(p->out, " --limit");
	rate_out(p->out, l->avg);
	if (l->burst != LIMIT_BURST_DEFAULT)
		strbuf_addf(p->out, " --limit-burst %u", l->burst);
}

static void limit_print(const struct ext_print *p)
{
	const struct limit_info *l = ext_data(p->self);

	strbuf_adds(p->out, " limit: avg");
	rate_out(p->out, l->avg);
	strbuf_addf(p->out, " burst %u", l->burst);
}

static int limit_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	const struct limit_info *l = ext_data(self);
	size_t i = limit_unit(l->avg ? l->avg : 1);

	lin_limit(c, limit_units[i].mult / (l->avg ? l->avg : 1),
		  limit_units[i].mult / XT_LIMIT_SCALE, l->burst,
		  NFT_LIMIT_PKTS, 0);
	return 0;
}

static void limit_help(struct strbuf *out)
{
	strbuf_adds(out,
		"limit match options:\n"
		"--limit avg\t\t\tmax average match rate: default 3/hour\n"
		"                                [Packets per second unless followed by \n"
		"                                /sec /minute /hour /day postfixes]\n"
		"--limit-burst number\t\tnumber to match in a burst, default 5\n");
}

extern const struct ext ext_limit;

/* limit (packets, not inverted): the inverse */
static int limit_dlin(struct dlin_ctx *c)
{
	const struct dexpr *d = dlin_peek(c, 0);
	struct limit_info *l;
	struct ir_ext *e;

	if (d->kind != DX_LIMIT || d->limit.type != NFT_LIMIT_PKTS ||
	    d->limit.flags || !d->limit.rate)
		return 0;
	e = ir_ext_alloc(&ext_limit);
	list_add_tail(&e->list, &c->rule->matches);
	l = ext_data(e);
	l->avg = XT_LIMIT_SCALE * d->limit.unit / d->limit.rate;
	l->burst = d->limit.burst;
	return 1;
}

/* ---- iptables-translate ---- */

static int limit_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const units[] = {
		"day", "hour", "minute", "second",
	};
	const struct limit_info *l = ext_data(self);
	size_t i;

	if (!l->avg)
		return xl_unsupported(xl, "limit: an infinite rate");
	/* the same rate iptables-nft gives the kernel's limit */
	i = limit_unit(l->avg);
	xl_add(xl, "limit rate %u/%s burst %u packets",
	       limit_units[i].mult / l->avg, units[i], l->burst);
	xl->stateful = true;
	return 0;
}

const struct ext ext_limit = {
	.name = "limit",
	.kind = EXT_MATCH,
	.size = sizeof(struct limit_info),
	.opts = limit_opts,
	.init = limit_init,
	.parse = limit_parse,
	.save = limit_save,
	.print = limit_print,
	.lin = limit_lin,
	.dlin = limit_dlin,
	.help = limit_help,
	.xlate = limit_xlate,
};
