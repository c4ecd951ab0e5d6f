// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * RATEEST: a named rate estimator.  The payload starts with the kernel's
 * struct xt_rateest_target_info (compat target revision 0, the part sent
 * to the kernel); after it the parser keeps the times it read, which the
 * final check turns into the kernel's interval and ewma_log exponents
 * and then clears, so that rules compare by the kernel part alone.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <linux/netfilter/xt_RATEEST.h>

#include <iptnft/ext.h>

#define USEC_PER_SEC 1000000

struct rateest {
	struct xt_rateest_target_info info;
	/* parser scratch, zero outside of parsing */
	uint32_t interval_us, ewma_us;
};

enum {
	O_NAME, O_INTERVAL, O_EWMALOG,
};

static const struct ext_opt RATEEST_opts[] = {
	{ .name = "rateest-name", .id = O_NAME, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT | EXT_O_MAND,
	  .off = offsetof(struct rateest, info.name),
	  .size = sizeof(((struct xt_rateest_target_info *)0)->name) },
	{ .name = "rateest-interval", .id = O_INTERVAL, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "rateest-ewmalog", .id = O_EWMALOG, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

/* "N[s|sec|secs|ms|msec|msecs|us|usec|usecs]" in microseconds (s if no unit) */
static int time_parse(const char *s, uint32_t *us)
{
	static const struct {
		const char *unit;
		double scale;
	} units[] = {
		{ "s", USEC_PER_SEC }, { "sec", USEC_PER_SEC },
		{ "secs", USEC_PER_SEC }, { "ms", 1000 }, { "msec", 1000 },
		{ "msecs", 1000 }, { "us", 1 }, { "usec", 1 }, { "usecs", 1 },
	};
	char *end;
	double t;
	size_t i;

	t = strtod(s, &end);
	if (end == s)
		return -1;
	if (*end) {
		for (i = 0; i < ARRAY_SIZE(units); i++)
			if (!strcasecmp(end, units[i].unit))
				break;
		if (i == ARRAY_SIZE(units))
			return -1;
		t *= units[i].scale;
	}
	/*
	 * As iptables converts, through a 64-bit integer: modulo 2^32, and 0
	 * beyond that integer's range and for NaN (a negative time then
	 * reads as a huge one, as in 1.8.9); without undefined behaviour.
	 */
	if (t >= -9223372036854775808.0 && t < 9223372036854775808.0)
		*us = (uint32_t)(int64_t)t;
	else
		*us = 0;
	return 0;
}

static int RATEEST_parse(struct ext_parse *p)
{
	struct rateest *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_INTERVAL:
		if (time_parse(p->arg, &t->interval_us) < 0)
			return erec_param(p->err, p->loc,
					  "RATEEST: bad interval value \"%s\"",
					  p->arg);
		break;
	case O_EWMALOG:
		if (time_parse(p->arg, &t->ewma_us) < 0)
			return erec_param(p->err, p->loc,
					  "RATEEST: bad ewmalog value \"%s\"",
					  p->arg);
		break;
	}
	return 0;
}

/* -ln(1 - 2^-k) = sum over n >= 1 of 2^(-k n) / n, without libm */
static double neg_log_w(unsigned int k)
{
	double x = 1.0 / (1U << k), xn = x, sum = 0;
	unsigned int n;

	for (n = 1; n < 200 && xn > 0; n++, xn *= x)
		sum += xn / n;
	return sum;
}

/*
 * The interval is 2^(i-2) seconds (i from 0 to 5), the smallest one that
 * is not shorter than asked; ewma_log the largest exponent whose time
 * constant interval / -ln(1 - 2^-e) stays within the one asked for.
 */
static int RATEEST_check(struct ext_check *c)
{
	struct rateest *t = ext_data(c->self);
	unsigned int i, e;

	for (i = 0; i <= 5; i++)
		if (t->interval_us <= (1U << i) * (USEC_PER_SEC / 4))
			break;
	if (i > 5)
		return erec_param(c->err, c->loc,
				  "RATEEST: interval value is too large");
	t->info.interval = (int8_t)(i - 2);
	for (e = 1; e < 32; e++)
		if (t->interval_us / neg_log_w(e) > t->ewma_us)
			break;
	e--;
	if (e == 0 || e >= 31)
		return erec_param(c->err, c->loc,
				  "RATEEST: ewmalog value is out of range");
	t->info.ewma_log = e;
	t->interval_us = t->ewma_us = 0;
	return 0;
}

static void time_print(struct strbuf *out, unsigned int us)
{
	double t = us;

	if (t >= USEC_PER_SEC)
		strbuf_addf(out, " %.1fs", t / USEC_PER_SEC);
	else if (t >= USEC_PER_SEC / 1000)
		strbuf_addf(out, " %.1fms", t / (USEC_PER_SEC / 1000));
	else
		strbuf_addf(out, " %uus", us);
}

static void rateest_print(const struct ext_print *p, const char *prefix)
{
	const struct rateest *t = ext_data(p->self);
	unsigned int interval, ewma;

	interval = (USEC_PER_SEC << (t->info.interval + 2)) / 4;
	ewma = interval * (1U << t->info.ewma_log);
	strbuf_addf(p->out, " %sname %.*s", prefix,
		    (int)sizeof(t->info.name), t->info.name);
	strbuf_addf(p->out, " %sinterval", prefix);
	time_print(p->out, interval);
	strbuf_addf(p->out, " %sewmalog", prefix);
	time_print(p->out, ewma);
}

static void RATEEST_save(const struct ext_print *p)
{
	rateest_print(p, "--rateest-");
}

static void RATEEST_print(const struct ext_print *p)
{
	rateest_print(p, "");
}

/* the kernel's estimator pointer after the user part reads back as 0 */
static int RATEEST_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	const struct rateest *t = ext_data(self);

	if (len < offsetof(struct xt_rateest_target_info, est))
		return -1;
	memcpy(ext_data(self), xt,
	       offsetof(struct xt_rateest_target_info, est));
	/* what the kernel's estimator accepts (the printer shifts by them) */
	if (t->info.interval < -2 || t->info.interval > 3 ||
	    t->info.ewma_log == 0 || t->info.ewma_log >= 31)
		return -1;
	return 0;
}

static void RATEEST_help(struct strbuf *out)
{
	strbuf_adds(out,
		"RATEEST target options:\n"
		"  --rateest-name name\t\tRate estimator name\n"
		"  --rateest-interval sec\tRate measurement interval in seconds\n"
		"  --rateest-ewmalog value\tRate measurement averaging time constant\n");
}

const struct ext ext_RATEEST = {
	.name = "RATEEST",
	.kind = EXT_TARGET,
	.size = sizeof(struct rateest),
	.xt_size = sizeof(struct xt_rateest_target_info),
	.opts = RATEEST_opts,
	.parse = RATEEST_parse,
	.check = RATEEST_check,
	.save = RATEEST_save,
	.print = RATEEST_print,
	.from_xt = RATEEST_from_xt,
	.help = RATEEST_help,
};
