// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * time: daytime, weekdays, days of the month and a date range.  The
 * payload is the kernel's struct xt_time_info, written as the compat
 * match.  Dates are UTC seconds; "!" of weekdays and monthdays stores the
 * complement, so only the days are shown afterwards.
 */
#include <netinet/in.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <linux/netfilter/xt_time.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <iptnft/ext.h>

enum {
	O_DATE_START, O_DATE_STOP, O_TIME_START, O_TIME_STOP, O_WEEKDAYS,
	O_MONTHDAYS, O_LOCAL_TZ, O_UTC, O_KERNEL_TZ, O_CONTIGUOUS,
};

static const struct ext_opt time_opts[] = {
	{ .name = "datestart", .id = O_DATE_START, .type = EXT_T_CUSTOM },
	{ .name = "datestop", .id = O_DATE_STOP, .type = EXT_T_CUSTOM },
	{ .name = "timestart", .id = O_TIME_START, .type = EXT_T_CUSTOM },
	{ .name = "timestop", .id = O_TIME_STOP, .type = EXT_T_CUSTOM },
	{ .name = "weekdays", .id = O_WEEKDAYS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "monthdays", .id = O_MONTHDAYS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "localtz", .id = O_LOCAL_TZ, .type = EXT_T_NONE,
	  .excl = 1 << O_UTC },
	{ .name = "utc", .id = O_UTC, .type = EXT_T_NONE,
	  .excl = (1 << O_LOCAL_TZ) | (1 << O_KERNEL_TZ) },
	{ .name = "kerneltz", .id = O_KERNEL_TZ, .type = EXT_T_NONE,
	  .excl = 1 << O_UTC },
	{ .name = "contiguous", .id = O_CONTIGUOUS, .type = EXT_T_NONE },
	EXT_OPT_END
};

static const char *const week_days[] = {
	NULL, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
};

static void time_init(struct ir_ext *self)
{
	struct xt_time_info *t = ext_data(self);

	t->monthdays_match = XT_TIME_ALL_MONTHDAYS;
	t->weekdays_match = XT_TIME_ALL_WEEKDAYS;
	t->daytime_start = XT_TIME_MIN_DAYTIME;
	t->daytime_stop = XT_TIME_MAX_DAYTIME;
	t->date_stop = INT_MAX;
}

/* the next ','-separated part of *arg, cut to size - 1 characters */
static const char *segment(char *buf, size_t size, const char **arg)
{
	const char *comma;

	if (!*arg || !**arg)
		return NULL;
	comma = strchr(*arg, ',');
	if (!comma) {
		snprintf(buf, size, "%s", *arg);
		*arg = NULL;
		return buf;
	}
	snprintf(buf, size, "%.*s", (int)(comma - *arg), *arg);
	*arg = comma + 1;
	return buf;
}

/* numbers shift modulo 32 and are cut to the field, as in iptables */
static int weekdays_parse(struct ext_parse *p, uint8_t *out)
{
	const char *arg = p->arg;
	uint32_t mask = 0;
	unsigned int i;
	char day[4], *end;
	bool valid;

	while (segment(day, sizeof(day), &arg)) {
		i = strtoul(day, &end, 0);
		if (*end == '\0') {
			if (i == 0)
				return erec_param(p->err, p->loc,
					"No, the week does NOT begin with Sunday.");
			mask |= 1U << (i & 31);
			continue;
		}
		valid = false;
		for (i = 1; i < ARRAY_SIZE(week_days); i++) {
			if (!strncmp(day, week_days[i], 2)) {
				mask |= 1U << i;
				valid = true;
			}
		}
		if (!valid)
			return erec_param(p->err, p->loc,
					  "%s is not a valid day specifier",
					  day);
	}
	*out = mask;
	return 0;
}

static int monthdays_parse(struct ext_parse *p, uint32_t *out)
{
	const char *arg = p->arg;
	unsigned int i;
	char day[3], *end;

	*out = 0;
	while (segment(day, sizeof(day), &arg)) {
		i = strtoul(day, &end, 0);
		if ((*end != ',' && *end != '\0') || i > 31)
			return erec_param(p->err, p->loc,
				"%s is not a valid day for --monthdays", day);
		*out |= 1U << i;
	}
	return 0;
}

static int bad_time(struct ext_parse *p, const char *s)
{
	return erec_param(p->err, p->loc,
		"invalid time \"%s\" specified, should be hh:mm[:ss] format and within the boundaries",
		s);
}

/* "hh:mm[:ss]" into seconds of the day */
static int daytime_parse(struct ext_parse *p, uint32_t *out)
{
	unsigned int hour, minute, second = 0;
	const char *s = p->arg;
	char *e;

	hour = strtoul(s, &e, 10);
	if (*e != ':' || hour > 23)
		return bad_time(p, s);
	s = e + 1;
	minute = strtoul(s, &e, 10);
	if ((*e != ':' && *e != '\0') || minute > 59)
		return bad_time(p, s);
	if (*e == ':') {
		s = e + 1;
		second = strtoul(s, &e, 10);
		if (*e != '\0' || second > 59)
			return bad_time(p, s);
	}
	*out = 3600 * hour + 60 * minute + second;
	return 0;
}

/*
 * One numeric part of a date: the value, then the character that must
 * follow it (or the end).  false when it is out of range.
 */
static bool date_part(const char **s, unsigned int max, char next,
		      unsigned int *v, bool *done)
{
	char *e;

	*v = strtoul(*s, &e, 10);
	if ((*e != next && *e != '\0') || *v > max)
		return false;
	*done = *e == '\0';
	*s = e + 1;
	return true;
}

/* "YYYY[-MM[-DD[Thh[:mm[:ss]]]]]" as UTC seconds */
static int date_parse(struct ext_parse *p, uint32_t *out)
{
	static const struct {
		unsigned int max;
		char next;
	} parts[] = {
		{ 2038, '-' }, { 12, '-' }, { 31, 'T' }, { 23, ':' },
		{ 59, ':' }, { 59, '\0' },
	};
	unsigned int v[6] = { 0, 1, 1, 0, 0, 0 };
	const char *s = p->arg;
	bool done = false;
	struct tm tm = { 0 };
	time_t t;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(parts) && !done; i++) {
		if (!date_part(&s, parts[i].max, parts[i].next, &v[i], &done) ||
		    (i == 0 && v[0] < 1970))
			return erec_param(p->err, p->loc,
				"Invalid date \"%s\" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]",
				p->arg);
	}
	tm.tm_year = v[0] - 1900;
	tm.tm_mon = (int)v[1] - 1;
	tm.tm_mday = v[2];
	tm.tm_hour = v[3];
	tm.tm_min = v[4];
	tm.tm_sec = v[5];
	t = timegm(&tm);
	if (t < 0) {
		strbuf_addf(&p->err->warn, "mktime: %s\n", strerror(ENOENT));
		return erec_other(p->err, p->loc, "mktime returned an error");
	}
	*out = t;
	return 0;
}

static int time_parse(struct ext_parse *p)
{
	struct xt_time_info *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_DATE_START:
		return date_parse(p, &t->date_start);
	case O_DATE_STOP:
		return date_parse(p, &t->date_stop);
	case O_TIME_START:
		return daytime_parse(p, &t->daytime_start);
	case O_TIME_STOP:
		return daytime_parse(p, &t->daytime_stop);
	case O_CONTIGUOUS:
		t->flags |= XT_TIME_CONTIGUOUS;
		break;
	case O_LOCAL_TZ:
		strbuf_adds(&p->err->warn,
			"WARNING: --localtz is being replaced by --kerneltz, since \"local\" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n");
		/* fallthrough */
	case O_KERNEL_TZ:
		t->flags |= XT_TIME_LOCAL_TZ;
		break;
	case O_MONTHDAYS:
		if (monthdays_parse(p, &t->monthdays_match) < 0)
			return -1;
		if (p->invert)
			t->monthdays_match ^= XT_TIME_ALL_MONTHDAYS;
		break;
	case O_WEEKDAYS:
		if (weekdays_parse(p, &t->weekdays_match) < 0)
			return -1;
		if (p->invert)
			t->weekdays_match ^= XT_TIME_ALL_WEEKDAYS;
		break;
	}
	return 0;
}

static int time_check(struct ext_check *c)
{
	const struct xt_time_info *t = ext_data(c->self);

	if ((t->flags & XT_TIME_CONTIGUOUS) &&
	    t->daytime_start < t->daytime_stop)
		return erec_param(c->err, c->loc,
			"time: --contiguous only makes sense when stoptime is smaller than starttime");
	return 0;
}

static void daytime_out(struct strbuf *out, uint32_t s)
{
	strbuf_addf(out, "%02u:%02u:%02u", s / 3600, s / 60 % 60, s % 60);
}

static void weekdays_out(struct strbuf *out, uint8_t mask)
{
	bool first = true;
	unsigned int i;

	for (i = 1; i <= 7; i++) {
		if (!(mask & (1U << i)))
			continue;
		strbuf_addf(out, "%s%s", first ? "" : ",", week_days[i]);
		first = false;
	}
}

static void monthdays_out(struct strbuf *out, uint32_t mask, bool human)
{
	static const char *const sfx[] = {
		"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th",
	};
	bool first = true;
	unsigned int i;

	for (i = 1; i <= 31; i++) {
		if (!(mask & (1U << i)))
			continue;
		strbuf_addf(out, "%s%u%s", first ? "" : ",", i,
			    human ? sfx[i % 10] : "");
		first = false;
	}
}

/* 0 is no date; the save form joins date and time with 'T' */
static void date_out(struct strbuf *out, uint32_t date, const char *opt)
{
	time_t t = date;
	struct tm tm;

	if (!date)
		return;
	gmtime_r(&t, &tm);
	if (opt)
		strbuf_addf(out, " %s %04d-%02d-%02dT%02d:%02d:%02d", opt,
			    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
			    tm.tm_hour, tm.tm_min, tm.tm_sec);
	else
		strbuf_addf(out, " %04d-%02d-%02d %02d:%02d:%02d",
			    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
			    tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static bool daytime_set(const struct xt_time_info *t)
{
	return t->daytime_start != XT_TIME_MIN_DAYTIME ||
	       t->daytime_stop != XT_TIME_MAX_DAYTIME;
}

static void time_save(const struct ext_print *p)
{
	const struct xt_time_info *t = ext_data(p->self);

	if (daytime_set(t)) {
		strbuf_adds(p->out, " --timestart ");
		daytime_out(p->out, t->daytime_start);
		strbuf_adds(p->out, " --timestop ");
		daytime_out(p->out, t->daytime_stop);
	}
	if (t->monthdays_match != XT_TIME_ALL_MONTHDAYS) {
		strbuf_adds(p->out, " --monthdays ");
		monthdays_out(p->out, t->monthdays_match, false);
	}
	if (t->weekdays_match != XT_TIME_ALL_WEEKDAYS) {
		strbuf_adds(p->out, " --weekdays ");
		weekdays_out(p->out, t->weekdays_match);
	}
	date_out(p->out, t->date_start, "--datestart");
	date_out(p->out, t->date_stop, "--datestop");
	if (t->flags & XT_TIME_LOCAL_TZ)
		strbuf_adds(p->out, " --kerneltz");
	if (t->flags & XT_TIME_CONTIGUOUS)
		strbuf_adds(p->out, " --contiguous");
}

static void time_print(const struct ext_print *p)
{
	const struct xt_time_info *t = ext_data(p->self);

	strbuf_adds(p->out, " TIME");
	if (daytime_set(t)) {
		strbuf_adds(p->out, " from ");
		daytime_out(p->out, t->daytime_start);
		strbuf_adds(p->out, " to ");
		daytime_out(p->out, t->daytime_stop);
	}
	if (t->weekdays_match != XT_TIME_ALL_WEEKDAYS) {
		strbuf_adds(p->out, " on ");
		weekdays_out(p->out, t->weekdays_match);
	}
	if (t->monthdays_match != XT_TIME_ALL_MONTHDAYS) {
		strbuf_adds(p->out, " on ");
		monthdays_out(p->out, t->monthdays_match, true);
	}
	if (t->date_start) {
		strbuf_adds(p->out, " starting from");
		date_out(p->out, t->date_start, NULL);
	}
	if (t->date_stop != INT_MAX) {
		strbuf_adds(p->out, " until date");
		date_out(p->out, t->date_stop, NULL);
	}
	if (!(t->flags & XT_TIME_LOCAL_TZ))
		strbuf_adds(p->out, " UTC");
	if (t->flags & XT_TIME_CONTIGUOUS)
		strbuf_adds(p->out, " contiguous");
}

static void time_help(struct strbuf *out)
{
	strbuf_adds(out,
		"time match options:\n"
		"    --datestart time     Start and stop time, to be given in ISO 8601\n"
		"    --datestop time      (YYYY[-MM[-DD[Thh[:mm[:ss]]]]])\n"
		"    --timestart time     Start and stop daytime (hh:mm[:ss])\n"
		"    --timestop time      (between 00:00:00 and 23:59:59)\n"
		"[!] --monthdays value    List of days on which to match, separated by comma\n"
		"                         (Possible days: 1 to 31; defaults to all)\n"
		"[!] --weekdays value     List of weekdays on which to match, sep. by comma\n"
		"                         (Possible days: Mon,Tue,Wed,Thu,Fri,Sat,Sun or 1 to 7\n"
		"                         Defaults to all weekdays.)\n"
		"    --kerneltz           Work with the kernel timezone instead of UTC\n");
}

const struct ext ext_time = {
	.name = "time",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_time_info),
	.xt_size = sizeof(struct xt_time_info),
	.opts = time_opts,
	.init = time_init,
	.parse = time_parse,
	.check = time_check,
	.save = time_save,
	.print = time_print,
	.help = time_help,
};
