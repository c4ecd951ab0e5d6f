// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * hashlimit: rate limits per address/port group.  The payload is the
 * kernel's struct xt_hashlimit_mtinfo3 (revision 3), written as the compat
 * match, followed by what the final check needs from parsing (the rate's
 * time unit); only the part iptables compares is compared.
 *
 * Packet rates are stored as the time between packets (in millionths of a
 * second), byte rates as a cost per byte; the defaults of the address
 * masks depend on the family, hence one registration per family.
 */
#include <netinet/in.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_hashlimit.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"

#define BURST_DEFAULT	5
#define BURST_MAX	1000000
#define BYTE_EXPIRE	15	/* seconds */
#define BYTE_EXPIRE_BURST 60
#define GC_INTERVAL	1000	/* milliseconds */

struct hashlimit_data {
	struct xt_hashlimit_mtinfo3 info;
	uint32_t mult;		/* parse state: seconds per rate unit */
};

enum {
	O_UPTO, O_ABOVE, O_LIMIT, O_MODE, O_SRCMASK, O_DSTMASK, O_NAME,
	O_BURST, O_HTABLE_SIZE, O_HTABLE_MAX, O_HTABLE_GCINT,
	O_HTABLE_EXPIRE, O_RATEMATCH, O_INTERVAL,
};

#define CFG(f) (offsetof(struct xt_hashlimit_mtinfo3, cfg) + \
		offsetof(struct hashlimit_cfg3, f))

static const struct ext_opt hashlimit_opts[] = {
	{ .name = "hashlimit-upto", .id = O_UPTO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_ABOVE },
	{ .name = "hashlimit-above", .id = O_ABOVE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_UPTO },
	{ .name = "hashlimit", .id = O_UPTO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_ABOVE },
	{ .name = "hashlimit-srcmask", .id = O_SRCMASK,
	  .type = EXT_T_PLENMASK },
	{ .name = "hashlimit-dstmask", .id = O_DSTMASK,
	  .type = EXT_T_PLENMASK },
	{ .name = "hashlimit-burst", .id = O_BURST, .type = EXT_T_CUSTOM },
	{ .name = "hashlimit-htable-size", .id = O_HTABLE_SIZE,
	  .type = EXT_T_U32, .flags = EXT_O_PUT, .off = CFG(size) },
	{ .name = "hashlimit-htable-max", .id = O_HTABLE_MAX,
	  .type = EXT_T_U32, .flags = EXT_O_PUT, .off = CFG(max) },
	{ .name = "hashlimit-htable-gcinterval", .id = O_HTABLE_GCINT,
	  .type = EXT_T_U32, .flags = EXT_O_PUT, .off = CFG(gc_interval) },
	{ .name = "hashlimit-htable-expire", .id = O_HTABLE_EXPIRE,
	  .type = EXT_T_U32, .flags = EXT_O_PUT, .off = CFG(expire) },
	{ .name = "hashlimit-mode", .id = O_MODE, .type = EXT_T_CUSTOM },
	{ .name = "hashlimit-name", .id = O_NAME, .type = EXT_T_STRING,
	  .flags = EXT_O_MAND | EXT_O_PUT, .min = 1, .size = NAME_MAX,
	  .off = offsetof(struct xt_hashlimit_mtinfo3, name) },
	{ .name = "hashlimit-rate-match", .id = O_RATEMATCH,
	  .type = EXT_T_NONE },
	{ .name = "hashlimit-rate-interval", .id = O_INTERVAL,
	  .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

static void init_masks(struct ir_ext *self, uint8_t plen)
{
	struct hashlimit_data *d = ext_data(self);

	d->info.cfg.burst = BURST_DEFAULT;
	d->info.cfg.gc_interval = GC_INTERVAL;
	d->info.cfg.srcmask = plen;
	d->info.cfg.dstmask = plen;
}

static void hashlimit4_init(struct ir_ext *self)
{
	init_masks(self, 32);
}

static void hashlimit6_init(struct ir_ext *self)
{
	init_masks(self, 128);
}

/* bytes per second <-> the kernel's cost per byte */
static uint64_t cost_to_bytes(uint64_t cost)
{
	uint64_t r = cost ? UINT32_MAX / cost : UINT32_MAX;

	return (r - 1) << XT_HASHLIMIT_BYTE_SHIFT;
}

/* 0 for a rate beyond the largest (1.8.9 divides by zero there) */
static uint64_t bytes_to_cost(uint64_t bytes)
{
	uint32_t r = bytes >> XT_HASHLIMIT_BYTE_SHIFT;

	return r == UINT32_MAX ? 0 : UINT32_MAX / (r + 1);
}

static uint32_t unit_factor(char c)
{
	return c == 'm' ? 1024 * 1024 : c == 'k' ? 1024 : 1;
}

static int bad_value(struct ext_parse *p, const char *opt)
{
	return erec_param(p->err, p->loc,
			  "hashlimit: Bad value for \"%s\" option: \"%s\"",
			  opt, p->arg);
}

/* "N[k|m]b/s": 1 when it is a byte rate, 0 when not, -1 on error */
static int bytes_parse(struct ext_parse *p, struct hashlimit_data *d)
{
	const char *unit = strstr(p->arg, "b/s");
	uint64_t n, cost;

	if (!unit || unit == p->arg)
		return 0;
	n = strtoull(p->arg, NULL, 10);
	if (!n)
		return 0;
	cost = bytes_to_cost(n * unit_factor(unit[-1]));
	if (!cost)
		return erec_param(p->err, p->loc, "Rate too high \"%s\"",
				  p->arg);
	d->mult = BYTE_EXPIRE;
	d->info.cfg.avg = cost;
	return 1;
}

/* "N[/second|minute|hour|day]" (any prefix of the unit): 0 or -1 */
static int rate_parse(struct ext_parse *p, struct hashlimit_data *d,
		      const char *opt)
{
	static const struct {
		const char *name;
		uint32_t mult;
	} units[] = {
		{ "second", 1 }, { "minute", 60 }, { "hour", 3600 },
		{ "day", 86400 },
	};
	const char *slash = strchr(p->arg, '/');
	uint64_t n, avg;
	size_t i;

	d->mult = 1;
	if (slash) {
		const char *u = slash + 1;

		if (!*u)
			return bad_value(p, opt);
		for (i = 0; i < ARRAY_SIZE(units); i++)
			if (!strncasecmp(u, units[i].name, strlen(u)))
				break;
		if (i == ARRAY_SIZE(units))
			return bad_value(p, opt);
		d->mult = units[i].mult;
	}
	n = strtoull(p->arg, NULL, 10);
	if (!n)
		return bad_value(p, opt);
	avg = XT_HASHLIMIT_SCALE_v2 * d->mult / n;
	if (!avg)
		return erec_param(p->err, p->loc, "Rate too fast \"%s\"",
				  p->arg);
	d->info.cfg.avg = avg;
	return 0;
}

static int limit_parse(struct ext_parse *p, struct hashlimit_data *d,
		       bool above)
{
	const char *opt = above ? "--hashlimit-above" : "--hashlimit-upto";
	int ret;

	if (above != p->invert)
		d->info.cfg.mode |= XT_HASHLIMIT_INVERT;
	ret = bytes_parse(p, d);
	if (ret < 0)
		return ret;
	if (ret) {
		d->info.cfg.mode |= XT_HASHLIMIT_BYTES;
		return 0;
	}
	return rate_parse(p, d, opt);
}

static int burst_parse(struct ext_parse *p, struct hashlimit_data *d)
{
	uint64_t v;
	char *end;

	if (!xt_strtoull(p->arg, &end, 1, UINT64_MAX, &v) ||
	    (!*end && v > BURST_MAX))
		return erec_param(p->err, p->loc,
			"bad value for option \"--hashlimit-burst\", or out of range (1-%u).",
			BURST_MAX);
	/* a factor may wrap it, as in iptables */
	d->info.cfg.burst = v * unit_factor(*end);
	return 0;
}

static int mode_parse(struct ext_parse *p, uint32_t *mode)
{
	static const struct {
		const char *name;
		uint32_t bit;
	} modes[] = {
		{ "dstip", XT_HASHLIMIT_HASH_DIP },
		{ "srcip", XT_HASHLIMIT_HASH_SIP },
		{ "srcport", XT_HASHLIMIT_HASH_SPT },
		{ "dstport", XT_HASHLIMIT_HASH_DPT },
	};
	char *copy = xstrdup(p->arg), *tok, *save = NULL;
	size_t i;
	int ret = 0;

	for (tok = strtok_r(copy, ",|", &save); tok;
	     tok = strtok_r(NULL, ",|", &save)) {
		for (i = 0; i < ARRAY_SIZE(modes); i++)
			if (!strcmp(tok, modes[i].name))
				break;
		if (i == ARRAY_SIZE(modes)) {
			ret = bad_value(p, "--hashlimit-mode");
			break;
		}
		*mode |= modes[i].bit;
	}
	free(copy);
	return ret;
}

static int hashlimit_parse(struct ext_parse *p)
{
	struct hashlimit_data *d = ext_data(p->self);
	struct hashlimit_cfg3 *cfg = &d->info.cfg;
	int v;

	switch (p->opt->id) {
	case O_UPTO:
	case O_ABOVE:
		return limit_parse(p, d, p->opt->id == O_ABOVE);
	case O_BURST:
		return burst_parse(p, d);
	case O_MODE:
		return mode_parse(p, &cfg->mode);
	case O_SRCMASK:
		cfg->srcmask = p->plen;
		break;
	case O_DSTMASK:
		cfg->dstmask = p->plen;
		break;
	case O_RATEMATCH:
		cfg->mode |= XT_HASHLIMIT_RATE_MATCH;
		break;
	case O_INTERVAL:
		v = atoi(p->arg);
		if (v <= 0)
			return bad_value(p, "--hashlimit-rate-interval");
		cfg->interval = v;
		break;
	}
	return 0;
}

static int hashlimit_check(struct ext_check *c)
{
	struct hashlimit_data *d = ext_data(c->self);
	struct hashlimit_cfg3 *cfg = &d->info.cfg;
	bool expire = ext_given(c->self, O_HTABLE_EXPIRE);
	uint64_t unit;
	uint32_t burst = 0;

	if (!ext_given(c->self, O_UPTO) && !ext_given(c->self, O_ABOVE))
		return erec_param(c->err, c->loc,
				  "You have to specify --hashlimit");
	if (!expire)
		cfg->expire = d->mult * 1000;
	if (cfg->mode & XT_HASHLIMIT_BYTES) {
		if (ext_given(c->self, O_BURST)) {
			unit = cost_to_bytes(cfg->avg);
			if (cfg->burst < unit)
				return erec_param(c->err, c->loc,
					"burst cannot be smaller than %" PRIu64 "b",
					unit);
			burst = cfg->burst / unit;
			if (cfg->burst % unit)
				burst++;
			if (!expire)
				cfg->expire = BYTE_EXPIRE_BURST * 1000;
		}
		cfg->burst = burst;
	} else if (cfg->burst > BURST_MAX) {
		return erec_param(c->err, c->loc,
			"bad value for option \"--hashlimit-burst\", or out of range (1-%u).",
			BURST_MAX);
	}
	if (ext_given(c->self, O_RATEMATCH)) {
		if (!(cfg->mode & XT_HASHLIMIT_BYTES))
			cfg->avg /= d->mult;
		if (!cfg->interval)
			cfg->interval = cfg->mode & XT_HASHLIMIT_BYTES ? 1 :
					d->mult;
	}
	return 0;
}

/* " N/unit" in the largest unit that shows it; returns the unit in ms */
static uint32_t rate_out(struct strbuf *out, uint64_t period)
{
	static const struct {
		const char *name;
		uint64_t mult;
	} units[] = {
		{ "day", XT_HASHLIMIT_SCALE_v2 * 24 * 60 * 60 },
		{ "hour", XT_HASHLIMIT_SCALE_v2 * 60 * 60 },
		{ "min", XT_HASHLIMIT_SCALE_v2 * 60 },
		{ "sec", XT_HASHLIMIT_SCALE_v2 },
	};
	size_t i;

	if (!period) {
		strbuf_addf(out, " %f", INFINITY);
		return 0;
	}
	for (i = 1; i < ARRAY_SIZE(units); i++)
		if (period > units[i].mult ||
		    units[i].mult / period < units[i].mult % period)
			break;
	strbuf_addf(out, " %" PRIu64 "/%s", units[i - 1].mult / period,
		    units[i - 1].name);
	return units[i - 1].mult / XT_HASHLIMIT_SCALE_v2 * 1000;
}

static const struct {
	const char *name;
	uint32_t thresh;
} byte_units[] = {
	{ "m", 1024 * 1024 }, { "k", 1024 }, { "", 1 },
};

static uint32_t bytes_out(struct strbuf *out, uint64_t avg, uint64_t burst,
			  const char *pfx)
{
	uint64_t r = cost_to_bytes(avg);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(byte_units) - 1; i++)
		if (r >= byte_units[i].thresh &&
		    bytes_to_cost(r & ~(uint64_t)(byte_units[i].thresh - 1)) ==
		    avg)
			break;
	strbuf_addf(out, " %" PRIu64 "%sb/s", r / byte_units[i].thresh,
		    byte_units[i].name);
	if (!burst)
		return BYTE_EXPIRE * 1000;
	r *= burst;
	for (i = 0; i < ARRAY_SIZE(byte_units) - 1; i++)
		if (r >= byte_units[i].thresh)
			break;
	strbuf_addf(out, " %sburst %" PRIu64 "%sb", pfx,
		    r / byte_units[i].thresh, byte_units[i].name);
	return BYTE_EXPIRE_BURST * 1000;
}

static void mode_out(struct strbuf *out, uint32_t mode, char sep)
{
	static const struct {
		uint32_t bit;
		const char *name;
	} order[] = {
		{ XT_HASHLIMIT_HASH_SIP, "srcip" },
		{ XT_HASHLIMIT_HASH_SPT, "srcport" },
		{ XT_HASHLIMIT_HASH_DIP, "dstip" },
		{ XT_HASHLIMIT_HASH_DPT, "dstport" },
	};
	bool first = true;
	size_t i;

	strbuf_addc(out, ' ');
	for (i = 0; i < ARRAY_SIZE(order); i++) {
		if (!(mode & order[i].bit))
			continue;
		if (!first)
			strbuf_addc(out, sep);
		strbuf_adds(out, order[i].name);
		first = false;
	}
}

#define HASH_MODES (XT_HASHLIMIT_HASH_SIP | XT_HASHLIMIT_HASH_SPT | \
		    XT_HASHLIMIT_HASH_DIP | XT_HASHLIMIT_HASH_DPT)

static void hashlimit_out(const struct ext_print *p, bool save)
{
	const struct hashlimit_data *d = ext_data(p->self);
	const struct hashlimit_cfg3 *cfg = &d->info.cfg;
	unsigned int dmask = p->family == NFPROTO_IPV6 ? 128 : 32;
	const char *pfx = save ? "--hashlimit-" : "";
	bool rate_match = cfg->mode & XT_HASHLIMIT_RATE_MATCH;
	uint64_t period = cfg->avg;
	uint32_t quantum;

	if (save)
		strbuf_adds(p->out, cfg->mode & XT_HASHLIMIT_INVERT ?
			    " --hashlimit-above" : " --hashlimit-upto");
	else
		strbuf_adds(p->out, cfg->mode & XT_HASHLIMIT_INVERT ?
			    " limit: above" : " limit: up to");
	if (cfg->mode & XT_HASHLIMIT_BYTES) {
		quantum = bytes_out(p->out, cfg->avg, cfg->burst, pfx);
	} else {
		if (!save && cfg->interval)
			period *= cfg->interval;
		quantum = rate_out(p->out, period);
		strbuf_addf(p->out, " %sburst %llu", pfx,
			    (unsigned long long)cfg->burst);
	}
	if (cfg->mode & HASH_MODES) {
		strbuf_addf(p->out, " %smode", pfx);
		mode_out(p->out, cfg->mode, save ? ',' : '-');
	}
	if (save)
		strbuf_addf(p->out, " --hashlimit-name %.*s", NAME_MAX,
			    d->info.name);
	if (cfg->size)
		strbuf_addf(p->out, " %shtable-size %u", pfx, cfg->size);
	if (cfg->max)
		strbuf_addf(p->out, " %shtable-max %u", pfx, cfg->max);
	if (cfg->gc_interval != GC_INTERVAL)
		strbuf_addf(p->out, " %shtable-gcinterval %u", pfx,
			    cfg->gc_interval);
	if (cfg->expire != quantum)
		strbuf_addf(p->out, " %shtable-expire %u", pfx, cfg->expire);
	if (cfg->srcmask != dmask)
		strbuf_addf(p->out, " %ssrcmask %u", pfx, cfg->srcmask);
	if (cfg->dstmask != dmask)
		strbuf_addf(p->out, " %sdstmask %u", pfx, cfg->dstmask);
	if (rate_match) {
		strbuf_addf(p->out, " %srate-match", pfx);
		if (cfg->interval != 1)
			strbuf_addf(p->out, " %srate-interval %u", pfx,
				    cfg->interval);
	}
}

static void hashlimit_save(const struct ext_print *p)
{
	hashlimit_out(p, true);
}

static void hashlimit_print(const struct ext_print *p)
{
	hashlimit_out(p, false);
}

static bool hashlimit_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_hashlimit_mtinfo3, hinfo));
}

static void hashlimit_help(struct strbuf *out)
{
	strbuf_adds(out,
		"hashlimit match options:\n"
		"  --hashlimit-upto <avg>           max average match rate\n"
		"                                   [Packets per second unless followed by \n"
		"                                   /sec /minute /hour /day postfixes]\n"
		"  --hashlimit-above <avg>          min average match rate\n"
		"  --hashlimit-mode <mode>          mode is a comma-separated list of\n"
		"                                   dstip,srcip,dstport,srcport (or none)\n"
		"  --hashlimit-srcmask <length>     source address grouping prefix length\n"
		"  --hashlimit-dstmask <length>     destination address grouping prefix length\n"
		"  --hashlimit-name <name>          name for /proc/net/ipt_hashlimit\n"
		"  --hashlimit-burst <num>\t    number to match in a burst, default 5\n"
		"  --hashlimit-htable-size <num>    number of hashtable buckets\n"
		"  --hashlimit-htable-max <num>     number of hashtable entries\n"
		"  --hashlimit-htable-gcinterval    interval between garbage collection runs\n"
		"  --hashlimit-htable-expire        after which time are idle entries expired?\n"
		"  --hashlimit-rate-match           rate match the flow without rate-limiting it\n"
		"  --hashlimit-rate-interval        interval in seconds for hashlimit-rate-match\n"
		"\n");
}

const struct ext ext_hashlimit = {
	.name = "hashlimit",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.revision = 3,
	.size = sizeof(struct hashlimit_data),
	.xt_size = sizeof(struct xt_hashlimit_mtinfo3),
	.opts = hashlimit_opts,
	.init = hashlimit4_init,
	.parse = hashlimit_parse,
	.check = hashlimit_check,
	.save = hashlimit_save,
	.print = hashlimit_print,
	.help = hashlimit_help,
	.equal = hashlimit_equal,
};

const struct ext ext_hashlimit6 = {
	.name = "hashlimit",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.revision = 3,
	.size = sizeof(struct hashlimit_data),
	.xt_size = sizeof(struct xt_hashlimit_mtinfo3),
	.opts = hashlimit_opts,
	.init = hashlimit6_init,
	.parse = hashlimit_parse,
	.check = hashlimit_check,
	.save = hashlimit_save,
	.print = hashlimit_print,
	.help = hashlimit_help,
	.equal = hashlimit_equal,
};
