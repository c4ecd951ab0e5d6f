// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * u32: tests on 32-bit words at computed packet offsets.  The payload is
 * the kernel's struct xt_u32, written as the compat match.
 *
 * The argument is "location=values[&&location=values...]": a location is
 * numbers joined by &, <<, >> and @; values are numbers or a:b ranges
 * joined by ','.  At most XT_U32_MAXSIZE of each.
 */
#include <netinet/in.h>
#include <ctype.h>
#include <stdio.h>
#include <linux/netfilter/xt_u32.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_U32,
};

static const struct ext_opt u32_opts[] = {
	{ .name = "u32", .id = O_U32, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

struct u32_reader {
	struct ext_parse *p;
	const char *start, *s;
};

static unsigned int u32_pos(const struct u32_reader *r)
{
	return r->s - r->start;
}

static int u32_err(const struct u32_reader *r, const char *what)
{
	return erec_param(r->p->err, r->p->loc, "u32: at char %u: %s",
			  u32_pos(r), what);
}

static int u32_number(struct u32_reader *r, uint32_t *v)
{
	unsigned int pos = u32_pos(r);
	char *end;

	if (!xt_strtoui(r->s, &end, 0, UINT32_MAX, v))
		return erec_param(r->p->err, r->p->loc,
			"u32: at char %u: not a number or out of range", pos);
	r->s = end;
	return 0;
}

static void skip_space(struct u32_reader *r)
{
	while (isspace((unsigned char)*r->s))
		r->s++;
}

/* one "location=values"; *last tells whether the input ended there */
static int u32_test(struct u32_reader *r, struct xt_u32_test *t, bool *last)
{
	struct xt_u32_location_element *loc;
	struct xt_u32_value_element *val;
	unsigned int nloc = 0, nval = 0;
	char op;

	for (;;) {
		skip_space(r);
		if (*r->s == '\0')
			return erec_param(r->p->err, r->p->loc,
				"u32: abrupt end of input after location specifier");
		if (*r->s == '=') {
			if (!nloc)
				return u32_err(r, "location spec missing");
			r->s++;
			break;
		}
		loc = &t->location[nloc];
		if (nloc) {
			switch (*r->s) {
			case '&':
				loc->nextop = XT_U32_AND;
				break;
			case '<':
			case '>':
				op = *r->s++;
				if (*r->s != op)
					return u32_err(r, op == '<' ?
						"a second '<' was expected" :
						"a second '>' was expected");
				loc->nextop = op == '<' ? XT_U32_LEFTSH :
					      XT_U32_RIGHTSH;
				break;
			case '@':
				loc->nextop = XT_U32_AT;
				break;
			default:
				return u32_err(r, "operator expected");
			}
			r->s++;
		}
		if (u32_number(r, &loc->number) < 0)
			return -1;
		if (++nloc > XT_U32_MAXSIZE)
			return u32_err(r, "too many operators");
	}
	for (;;) {
		skip_space(r);
		if (*r->s == '\0') {
			if (!nval)
				return erec_param(r->p->err, r->p->loc,
					"u32: test ended with no value specified");
			*last = true;
			break;
		}
		if (*r->s == '&') {
			r->s++;
			if (*r->s != '&')
				return u32_err(r, "a second '&' was expected");
			if (!nval)
				return u32_err(r, "value spec missing");
			*last = false;
			break;
		}
		if (nval) {
			if (*r->s != ',')
				return u32_err(r, "expected \",\" or \"&&\"");
			r->s++;
		}
		val = &t->value[nval];
		if (u32_number(r, &val->min) < 0)
			return -1;
		skip_space(r);
		if (*r->s == ':') {
			r->s++;
			if (u32_number(r, &val->max) < 0)
				return -1;
		} else {
			val->max = val->min;
		}
		if (++nval > XT_U32_MAXSIZE)
			return u32_err(r, "too many \",\"s");
	}
	t->nnums = nloc;
	t->nvalues = nval;
	return 0;
}

static int u32_parse(struct ext_parse *p)
{
	struct xt_u32 *u = ext_data(p->self);
	struct u32_reader r = { .p = p, .start = p->arg, .s = p->arg };
	bool last = false;

	u->invert = p->invert;
	for (;;) {
		if (u32_test(&r, &u->tests[u->ntests], &last) < 0)
			return -1;
		u->ntests++;
		if (u->ntests > XT_U32_MAXSIZE)
			return u32_err(&r, "too many \"&&\"s");
		if (last)
			return 0;
		r.s++;	/* the second '&' */
	}
}

static void u32_dump(struct strbuf *out, const struct xt_u32 *u)
{
	static const char *const ops[] = {
		[XT_U32_AND] = "&", [XT_U32_LEFTSH] = "<<",
		[XT_U32_RIGHTSH] = ">>", [XT_U32_AT] = "@",
	};
	const struct xt_u32_test *t;
	unsigned int i, j;

	strbuf_adds(out, " \"");
	for (i = 0; i < u->ntests && i <= XT_U32_MAXSIZE; i++) {
		t = &u->tests[i];
		if (i)
			strbuf_adds(out, "&&");
		strbuf_addf(out, "0x%x", t->location[0].number);
		for (j = 1; j < t->nnums && j <= XT_U32_MAXSIZE; j++) {
			if (t->location[j].nextop < ARRAY_SIZE(ops))
				strbuf_adds(out, ops[t->location[j].nextop]);
			strbuf_addf(out, "0x%x", t->location[j].number);
		}
		strbuf_addc(out, '=');
		for (j = 0; j < t->nvalues && j <= XT_U32_MAXSIZE; j++) {
			if (j)
				strbuf_addc(out, ',');
			if (t->value[j].min == t->value[j].max)
				strbuf_addf(out, "0x%x", t->value[j].min);
			else
				strbuf_addf(out, "0x%x:0x%x", t->value[j].min,
					    t->value[j].max);
		}
	}
	strbuf_addc(out, '"');
}

static void u32_save(const struct ext_print *p)
{
	const struct xt_u32 *u = ext_data(p->self);

	ext_save_opt(p->out, u->invert, "u32");
	u32_dump(p->out, u);
}

static void u32_print(const struct ext_print *p)
{
	const struct xt_u32 *u = ext_data(p->self);

	strbuf_adds(p->out, u->invert ? " u32 !" : " u32");
	u32_dump(p->out, u);
}

static void u32_help(struct strbuf *out)
{
	strbuf_adds(out,
		"u32 match options:\n"
		"[!] --u32 tests\n"
		"\t\ttests := location \"=\" value | tests \"&&\" location \"=\" value\n"
		"\t\tvalue := range | value \",\" range\n"
		"\t\trange := number | number \":\" number\n"
		"\t\tlocation := number | location operator number\n"
		"\t\toperator := \"&\" | \"<<\" | \">>\" | \"@\"\n");
}

const struct ext ext_u32 = {
	.name = "u32",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_u32),
	.xt_size = sizeof(struct xt_u32),
	.opts = u32_opts,
	.parse = u32_parse,
	.save = u32_save,
	.print = u32_print,
	.help = u32_help,
};
