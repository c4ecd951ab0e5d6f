// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * statistic: match a random share of packets, or every nth one.  The
 * payload is the kernel's struct xt_statistic_info (the probability as a
 * fraction of 2^31, every as n - 1), written as the compat match.
 */
#include <math.h>
#include <stdio.h>
#include <linux/netfilter/xt_statistic.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_MODE, O_PROBABILITY, O_EVERY, O_PACKET,
};

static const struct ext_opt statistic_opts[] = {
	{ .name = "mode", .id = O_MODE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "probability", .id = O_PROBABILITY, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT,
	  .excl = (1 << O_EVERY) | (1 << O_PACKET) },
	{ .name = "every", .id = O_EVERY, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .min = 1,
	  .excl = 1 << O_PROBABILITY, .also = 1 << O_PACKET,
	  .off = offsetof(struct xt_statistic_info, u.nth.every) },
	{ .name = "packet", .id = O_PACKET, .type = EXT_T_U32,
	  .flags = EXT_O_PUT,
	  .excl = 1 << O_PROBABILITY, .also = 1 << O_EVERY,
	  .off = offsetof(struct xt_statistic_info, u.nth.packet) },
	EXT_OPT_END
};

#define PROB_SCALE 2147483648.0		/* 0x80000000 */

/* round(p * 2^31), halves away from zero; NaN passes the range check of
 * iptables and becomes 0 */
static uint32_t prob_scale(double p)
{
	double x = p * PROB_SCALE;
	uint64_t r;

	if (isnan(x) || x <= 0)
		return 0;
	r = (uint64_t)x;
	if (x - (double)r >= 0.5)
		r++;
	return (uint32_t)r;
}

static int statistic_parse(struct ext_parse *p)
{
	struct xt_statistic_info *s = ext_data(p->self);
	char *end;
	double v;

	if (p->invert)
		s->flags |= XT_STATISTIC_INVERT;
	switch (p->opt->id) {
	case O_MODE:
		if (!strcmp(p->arg, "random"))
			s->mode = XT_STATISTIC_MODE_RANDOM;
		else if (!strcmp(p->arg, "nth"))
			s->mode = XT_STATISTIC_MODE_NTH;
		else
			return erec_param(p->err, p->loc, "Bad mode \"%s\"",
					  p->arg);
		break;
	case O_PROBABILITY:
		v = strtod(p->arg, &end);
		if (end == p->arg || *end || v < 0 || v > 1)
			return erec_param(p->err, p->loc,
				"statistic: bad value for option \"--probability\", or out of range (0-1).\n");
		s->u.random.probability = prob_scale(v);
		break;
	case O_EVERY:
		s->u.nth.every--;
		break;
	}
	return 0;
}

/* before the generic checks (mandatory, also, excl), as iptables does */
static int statistic_check(struct ext_check *c)
{
	struct xt_statistic_info *s = ext_data(c->self);
	const struct ir_ext *e = c->self;

	if (s->mode == XT_STATISTIC_MODE_RANDOM &&
	    !ext_given(e, O_PROBABILITY))
		return erec_param(c->err, c->loc,
			"--probability must be specified when using random mode");
	if (s->mode == XT_STATISTIC_MODE_NTH &&
	    !(ext_given(e, O_EVERY) || ext_given(e, O_PACKET)))
		return erec_param(c->err, c->loc,
			"--every and --packet must be specified when using nth mode");
	if (s->u.nth.packet > s->u.nth.every)
		return erec_param(c->err, c->loc,
				  "the --packet p must be 0 <= p <= n-1");
	s->u.nth.count = s->u.nth.every - s->u.nth.packet;
	return 0;
}

static void statistic_out(const struct ext_print *p, const char *pfx)
{
	const struct xt_statistic_info *s = ext_data(p->self);
	const char *inv = s->flags & XT_STATISTIC_INVERT ? "! " : "";
	char prob[32];

	switch (s->mode) {
	case XT_STATISTIC_MODE_RANDOM:
		/* "%.11f" of probability / 2^31, without printf's cost */
		str_fixed(prob, sizeof(prob), s->u.random.probability, 31, 11);
		strbuf_addf(p->out, " %smode random %s%sprobability %s",
			    pfx, inv, pfx, prob);
		break;
	case XT_STATISTIC_MODE_NTH:
		strbuf_addf(p->out, " %smode nth %s%severy %u", pfx, inv, pfx,
			    s->u.nth.every + 1);
		if (s->u.nth.packet || *pfx)
			strbuf_addf(p->out, " %spacket %u", pfx,
				    s->u.nth.packet);
		break;
	}
}

static void statistic_save(const struct ext_print *p)
{
	statistic_out(p, "--");
}

static void statistic_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " statistic");
	statistic_out(p, "");
}

static void statistic_help(struct strbuf *out)
{
	strbuf_adds(out,
		"statistic match options:\n"
		" --mode mode                    Match mode (random, nth)\n"
		" random mode:\n"
		"[!] --probability p\t\t Probability\n"
		" nth mode:\n"
		"[!] --every n\t\t\t Match every nth packet\n"
		" --packet p\t\t\t Initial counter value (0 <= p <= n-1, default 0)\n");
}

/* ---- iptables-translate ---- */

static int statistic_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_statistic_info *s = ext_data(self);

	if (s->mode != XT_STATISTIC_MODE_RANDOM)
		return xl_unsupported(xl,
			"statistic: --mode nth keeps a counter nft has no equivalent of");
	/* the match draws 31 random bits */
	xl_add(xl, "meta random & 2147483647 %s %u",
	       s->flags & XT_STATISTIC_INVERT ? ">=" : "<",
	       s->u.random.probability);
	return 0;
}

const struct ext ext_statistic = {
	.name = "statistic",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_statistic_info),
	.xt_size = sizeof(struct xt_statistic_info),
	.opts = statistic_opts,
	.parse = statistic_parse,
	.check = statistic_check,
	.save = statistic_save,
	.print = statistic_print,
	.help = statistic_help,
	.xlate = statistic_xlate,
};
