// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * rateest: compare the rates of estimators made by the RATEEST target,
 * with each other or with given rates.  The payload is the kernel's
 * struct xt_rateest_match_info, written as the compat match; the
 * kernel's estimator pointers at its end are not compared.
 *
 * As in iptables, the bps and pps options take an optional rate in the
 * next word, and the match prints in an order of its own: the options a
 * rule was written with do not all come back the same way.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_rateest.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_NAME1, O_NAME2, O_DELTA, O_BPS1, O_PPS1, O_BPS2, O_PPS2,
	O_LT, O_GT, O_EQ,
};

#define F_ALL (EXT_O_INVERT | EXT_O_MULTI)

static const struct ext_opt rateest_opts[] = {
	{ .name = "rateest1", .id = O_NAME1, .type = EXT_T_CUSTOM,
	  .flags = F_ALL },
	{ .name = "rateest", .id = O_NAME1, .type = EXT_T_CUSTOM,
	  .flags = F_ALL },
	{ .name = "rateest2", .id = O_NAME2, .type = EXT_T_CUSTOM,
	  .flags = F_ALL },
	{ .name = "rateest-delta", .id = O_DELTA, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-bps1", .id = O_BPS1, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-pps1", .id = O_PPS1, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-bps2", .id = O_BPS2, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-pps2", .id = O_PPS2, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-bps", .id = O_BPS2, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-pps", .id = O_PPS2, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-lt", .id = O_LT, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-gt", .id = O_GT, .type = EXT_T_NONE,
	  .flags = F_ALL },
	{ .name = "rateest-eq", .id = O_EQ, .type = EXT_T_NONE,
	  .flags = F_ALL },
	EXT_OPT_END
};

/* rate units, in bits per second */
static const struct {
	const char *name;
	double bits;
} rate_units[] = {
	{ "bit", 1. },
	{ "Kibit", 1024. },
	{ "kbit", 1000. },
	{ "mibit", 1024. * 1024. },
	{ "mbit", 1000000. },
	{ "gibit", 1024. * 1024. * 1024. },
	{ "gbit", 1000000000. },
	{ "tibit", 1024. * 1024. * 1024. * 1024. },
	{ "tbit", 1000000000000. },
	{ "Bps", 8. },
	{ "KiBps", 8. * 1024. },
	{ "KBps", 8000. },
	{ "MiBps", 8. * 1024. * 1024. },
	{ "MBps", 8000000. },
	{ "GiBps", 8. * 1024. * 1024. * 1024. },
	{ "GBps", 8000000000. },
	{ "TiBps", 8. * 1024. * 1024. * 1024. * 1024. },
	{ "TBps", 8000000000000. },
};

/*
 * The byte rate of "NUMBER[unit]" (no unit: bits), cut to 32 bits the
 * way a C conversion on x86-64 does it.
 */
static int rate_parse(const char *s, uint32_t *bytes)
{
	double v, mult = 1.;
	unsigned int i;
	char *end;

	v = strtod(s, &end);
	if (end == s)
		return -1;
	if (*end) {
		for (i = 0; i < ARRAY_SIZE(rate_units); i++)
			if (!strcasecmp(end, rate_units[i].name))
				break;
		if (i == ARRAY_SIZE(rate_units))
			return -1;
		mult = rate_units[i].bits;
	}
	v = v * mult / 8.;
	if (!(v > -9223372036854775808. && v < 9223372036854775808.))
		*bytes = 0;
	else
		*bytes = (uint32_t)(int64_t)v;
	return 0;
}

/* as iptables: longer names are cut to IFNAMSIZ - 1 characters */
static void name_copy(char *dst, const char *src)
{
	size_t len = strnlen(src, IFNAMSIZ - 1);

	memset(dst, 0, IFNAMSIZ);
	memcpy(dst, src, len);
}

static int rateest_parse(struct ext_parse *p)
{
	struct xt_rateest_match_info *r = ext_data(p->self);
	unsigned int id = p->opt->id;
	const char *what;
	uint32_t *val = NULL;
	bool bps = false;

	if (p->invert && id < O_LT) {
		what = id <= O_NAME2 ? "rateest" :
		       id == O_DELTA ? "rateest-delta" :
		       id == O_BPS1 || id == O_BPS2 ? "rateest-bps" :
		       "rateest-pps";
		return erec_param(p->err, p->loc,
				  "rateest: %s can't be inverted", what);
	}
	if (ext_given(p->self, id)) {
		if (id >= O_LT)
			return erec_param(p->err, p->loc,
				"rateest: can't specify lt/gt/eq twice");
		return erec_param(p->err, p->loc,
				  "rateest: can't specify --%s twice",
				  ext_opt_name(p->self->ext, p->opt));
	}
	switch (id) {
	case O_NAME1:
		name_copy(r->name1, p->arg);
		return 0;
	case O_NAME2:
		name_copy(r->name2, p->arg);
		r->flags |= XT_RATEEST_MATCH_REL;
		return 0;
	case O_DELTA:
		r->flags |= XT_RATEEST_MATCH_DELTA;
		return 0;
	case O_BPS1:
		val = &r->bps1;
		bps = true;
		break;
	case O_BPS2:
		val = &r->bps2;
		bps = true;
		break;
	case O_PPS1:
		val = &r->pps1;
		break;
	case O_PPS2:
		val = &r->pps2;
		break;
	default:
		r->mode = id == O_LT ? XT_RATEEST_MATCH_LT :
			  id == O_GT ? XT_RATEEST_MATCH_GT :
			  XT_RATEEST_MATCH_EQ;
		if (p->invert)
			r->flags |= XT_RATEEST_MATCH_INVERT;
		return 0;
	}
	r->flags |= bps ? XT_RATEEST_MATCH_BPS : XT_RATEEST_MATCH_PPS;
	/* the rate is optional: a following word that is no option */
	if (!p->nwords)
		return 0;
	p->used_words = 1;
	if (bps && rate_parse(p->words[0], val) < 0)
		return erec_param(p->err, p->loc,
				  "rateest: could not parse rate `%s'",
				  p->words[0]);
	if (!bps && !xt_strtoui(p->words[0], NULL, 0, UINT32_MAX, val))
		return erec_param(p->err, p->loc,
				  "rateest: could not parse pps `%s'",
				  p->words[0]);
	return 0;
}

static int rateest_check(struct ext_check *c)
{
	struct xt_rateest_match_info *r = ext_data(c->self);

	if (!(r->flags & XT_RATEEST_MATCH_REL))
		r->flags |= XT_RATEEST_MATCH_ABS;
	return 0;
}

/* A byte rate: bytes for -L -n, else bits with a unit. */
static void rate_out(struct strbuf *out, uint32_t bytes, bool numeric)
{
	double bits = bytes * 8.;

	if (numeric)
		strbuf_addf(out, " %u", bytes);
	else if (bits >= 1000000000.)
		strbuf_addf(out, " %.0fMbit", bits / 1000000.);
	else if (bits >= 1000000.)
		strbuf_addf(out, " %.0fKbit", bits / 1000.);
	else
		strbuf_addf(out, " %.0fbit", bits);
}

static const char *mode_name(uint16_t mode)
{
	switch (mode) {
	case XT_RATEEST_MATCH_LT:
		return "lt";
	case XT_RATEEST_MATCH_GT:
		return "gt";
	case XT_RATEEST_MATCH_EQ:
		return "eq";
	}
	return NULL;
}

/* " [!] lt" (-L) or " [!] --rateest-lt" (save) */
static void mode_out(struct strbuf *out, const struct xt_rateest_match_info *r,
		     bool save)
{
	const char *m = mode_name(r->mode);

	if (r->flags & XT_RATEEST_MATCH_INVERT)
		strbuf_adds(out, " !");
	if (m)
		strbuf_addf(out, save ? " --rateest-%s" : " %s", m);
}

static void rateest_save(const struct ext_print *p)
{
	const struct xt_rateest_match_info *r = ext_data(p->self);
	bool delta = r->flags & XT_RATEEST_MATCH_DELTA;
	bool abs = r->flags & XT_RATEEST_MATCH_ABS;

	if (delta)
		strbuf_adds(p->out, " --rateest-delta");
	strbuf_addf(p->out, " --rateest%s %.*s",
		    r->flags & XT_RATEEST_MATCH_REL ? "1" : "",
		    (int)sizeof(r->name1), r->name1);
	if (r->flags & XT_RATEEST_MATCH_BPS) {
		if (delta) {
			strbuf_adds(p->out, " --rateest-bps1");
			rate_out(p->out, r->bps1, false);
		}
		mode_out(p->out, r, true);
		strbuf_adds(p->out, delta ? " --rateest-bps2" :
			    " --rateest-bps");
		if (delta || abs)
			rate_out(p->out, r->bps2, false);
	}
	if (r->flags & XT_RATEEST_MATCH_PPS) {
		if (delta)
			strbuf_addf(p->out, " --rateest-pps1 %u", r->pps1);
		mode_out(p->out, r, true);
		strbuf_adds(p->out, delta ? " --rateest-pps2" :
			    " --rateest-pps");
		if (delta || abs)
			strbuf_addf(p->out, " %u", r->pps2);
	}
	if (r->flags & XT_RATEEST_MATCH_REL)
		strbuf_addf(p->out, " --rateest2 %.*s",
			    (int)sizeof(r->name2), r->name2);
}

/*
 * -L: against a given rate the operator comes after the bps rate but
 * before the pps one; against a second estimator it comes once, before
 * that estimator's name.
 */
static void rateest_print(const struct ext_print *p)
{
	const struct xt_rateest_match_info *r = ext_data(p->self);
	bool delta = r->flags & XT_RATEEST_MATCH_DELTA;
	bool abs = r->flags & XT_RATEEST_MATCH_ABS;

	strbuf_addf(p->out, " rateest match %.*s", (int)sizeof(r->name1),
		    r->name1);
	if (delta)
		strbuf_adds(p->out, " delta");
	if (r->flags & XT_RATEEST_MATCH_BPS) {
		strbuf_adds(p->out, " bps");
		if (delta)
			rate_out(p->out, r->bps1, p->numeric);
		if (abs) {
			rate_out(p->out, r->bps2, p->numeric);
			mode_out(p->out, r, false);
		}
	}
	if (r->flags & XT_RATEEST_MATCH_PPS) {
		strbuf_adds(p->out, " pps");
		if (delta)
			strbuf_addf(p->out, " %u", r->pps1);
		if (abs) {
			mode_out(p->out, r, false);
			strbuf_addf(p->out, " %u", r->pps2);
		}
	}
	if (!(r->flags & XT_RATEEST_MATCH_REL))
		return;
	mode_out(p->out, r, false);
	strbuf_addf(p->out, " %.*s", (int)sizeof(r->name2), r->name2);
	if (r->flags & XT_RATEEST_MATCH_BPS) {
		strbuf_adds(p->out, " bps");
		if (delta)
			rate_out(p->out, r->bps2, p->numeric);
	}
	if (r->flags & XT_RATEEST_MATCH_PPS) {
		strbuf_adds(p->out, " pps");
		if (delta)
			strbuf_addf(p->out, " %u", r->pps2);
	}
}

static bool rateest_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_rateest_match_info, est1));
}

static void rateest_help(struct strbuf *out)
{
	strbuf_adds(out,
		"rateest match options:\n"
		" --rateest1 name\t\tRate estimator name\n"
		" --rateest2 name\t\tRate estimator name\n"
		" --rateest-delta\t\tCompare difference(s) to given rate(s)\n"
		" --rateest-bps1 [bps]\t\tCompare bps\n"
		" --rateest-pps1 [pps]\t\tCompare pps\n"
		" --rateest-bps2 [bps]\t\tCompare bps\n"
		" --rateest-pps2 [pps]\t\tCompare pps\n"
		" [!] --rateest-lt\t\tMatch if rate is less than given "
		"rate/estimator\n"
		" [!] --rateest-gt\t\tMatch if rate is greater than given "
		"rate/estimator\n"
		" [!] --rateest-eq\t\tMatch if rate is equal to given "
		"rate/estimator\n");
}

const struct ext ext_rateest = {
	.name = "rateest",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_rateest_match_info),
	.xt_size = sizeof(struct xt_rateest_match_info),
	.opts = rateest_opts,
	.parse = rateest_parse,
	.check = rateest_check,
	.save = rateest_save,
	.print = rateest_print,
	.help = rateest_help,
	.equal = rateest_equal,
};
