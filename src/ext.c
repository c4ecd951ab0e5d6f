// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The generic half of every extension: options checked and stored from
 * their typed descriptions (with the messages iptables' option layer
 * prints), the final check, and small printing helpers.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/parse.h>

const struct ext *ext_find(const char *name, enum ext_kind kind,
			   uint8_t family)
{
	const struct ext *const *x;

	for (x = ext_all; *x; x++) {
		if ((*x)->kind != kind || strcmp((*x)->name, name))
			continue;
		if ((*x)->family == 0 || (*x)->family == family)
			return *x;
	}
	return NULL;
}

static uint64_t type_max(uint8_t type)
{
	switch (type) {
	case EXT_T_U8:
		return UINT8_MAX;
	case EXT_T_U16:
	case EXT_T_U16RANGE:
		return UINT16_MAX;
	case EXT_T_U32:
	case EXT_T_U32RANGE:
	case EXT_T_MARKMASK:
		return UINT32_MAX;
	default:
		return UINT64_MAX;
	}
}

static uint64_t opt_max(const struct ext_opt *o)
{
	return o->max ? o->max : type_max(o->type);
}

static void store_uint(void *dst, uint8_t type, uint64_t v)
{
	switch (type) {
	case EXT_T_U8:
		*(uint8_t *)dst = v;
		break;
	case EXT_T_U16:
	case EXT_T_U16RANGE:
		*(uint16_t *)dst = v;
		break;
	case EXT_T_U32:
	case EXT_T_U32RANGE:
	case EXT_T_MARKMASK:
		*(uint32_t *)dst = v;
		break;
	default:
		*(uint64_t *)dst = v;
		break;
	}
}

static size_t type_width(uint8_t type)
{
	switch (type) {
	case EXT_T_U8:
		return 1;
	case EXT_T_U16:
	case EXT_T_U16RANGE:
		return 2;
	case EXT_T_U32:
	case EXT_T_U32RANGE:
	case EXT_T_MARKMASK:
		return 4;
	default:
		return 8;
	}
}

static int bad_uint(struct ext_parse *p)
{
	return erec_param(p->err, p->loc,
		"%s: bad value for option \"--%s\", or out of range (%" PRIu64
		"-%" PRIu64 ").\n", p->self->ext->name, p->opt->name,
		p->opt->min, opt_max(p->opt));
}

/*
 * iptables' number reading: leading blanks and '+' allowed, no '-', any C
 * base; *end is where the number stopped.
 */
static bool xt_strtoul(const char *s, char **end, uint64_t max, uint64_t *v)
{
	const char *p = s;
	unsigned long long n;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-')
		return false;
	errno = 0;
	n = strtoull(s, end, 0);
	if (*end == s || errno == ERANGE || n > max)
		return false;
	*v = n;
	return true;
}

bool ext_strtoul(const char *s, char **end, uint64_t min, uint64_t max,
		 uint64_t *v)
{
	char *e;
	uint64_t n;

	if (!xt_strtoul(s, &e, max, &n) || n < min)
		return false;
	if (end)
		*end = e;
	else if (*e)
		return false;
	*v = n;
	return true;
}

static int parse_uint(struct ext_parse *p, void *dst)
{
	uint64_t v;

	if (!ext_strtoul(p->arg, NULL, p->opt->min, opt_max(p->opt), &v))
		return bad_uint(p);
	store_uint(dst, p->opt->type, v);
	return 0;
}

/*
 * "a", "a:b", ":b", "a:" as iptables reads ranges: at most two parts, a
 * missing first part is 0 and a missing second one the type's maximum;
 * one part alone is both ends.
 */
static int parse_range(struct ext_parse *p, void *dst)
{
	const struct ext_opt *o = p->opt;
	size_t w = type_width(o->type);
	uint64_t max = opt_max(o), v[2] = { 0, 0 };
	const char *arg = p->arg;
	char *end;
	unsigned int n;

	for (n = 0;; n++, arg = end + 1) {
		if (n == 2)
			return erec_param(p->err, p->loc,
				"%s: Too many components for option \"--%s\" (max: 2)\n",
				p->self->ext->name, o->name);
		if (*arg == '\0' || *arg == ':') {
			end = (char *)arg;
			v[n] = n == 1 ? max : 0;
		} else {
			if (!xt_strtoul(arg, &end, max, &v[n]))
				return erec_param(p->err, p->loc,
					"%s: bad value for option \"--%s\" near \"%s\", or out of range (0-%" PRIu64 ").\n",
					p->self->ext->name, o->name, arg, max);
			if (*end != '\0' && *end != ':')
				return erec_param(p->err, p->loc,
					"%s: Argument to \"--%s\" has unexpected characters near \"%s\".\n",
					p->self->ext->name, o->name, end);
		}
		if (*end == '\0')
			break;
	}
	if (n == 0)
		v[1] = v[0];
	store_uint(dst, o->type, v[0]);
	store_uint((char *)dst + w, o->type, v[1]);
	return 0;
}

/* "v[/m]": v[0] = v, v[1] = m (~0 if absent) */
static int parse_markmask(struct ext_parse *p, void *dst)
{
	uint32_t *v = dst;
	char *end;
	unsigned long long n;

	errno = 0;
	n = strtoull(p->arg, &end, 0);
	if (errno || end == p->arg || n > UINT32_MAX || p->arg[0] == '-')
		goto bad;
	v[0] = n;
	v[1] = UINT32_MAX;
	if (*end == '/') {
		const char *m = end + 1;

		errno = 0;
		n = strtoull(m, &end, 0);
		if (errno || end == m || n > UINT32_MAX || *m == '-')
			goto bad;
		v[1] = n;
	}
	if (*end)
		return erec_param(p->err, p->loc,
			"%s: trailing garbage after value for option \"--%s\".\n",
			p->self->ext->name, p->opt->name);
	return 0;
bad:
	return erec_param(p->err, p->loc,
		"%s: bad integer value for option \"--%s\", or out of range.\n",
		p->self->ext->name, p->opt->name);
}

/* min and max are the allowed lengths; longer text is cut to size - 1 */
static int parse_string(struct ext_parse *p, char *dst)
{
	size_t len = strlen(p->arg);

	if (p->opt->min && len < p->opt->min)
		return erec_param(p->err, p->loc,
			"Argument must have a minimum length of %u characters\n",
			(unsigned int)p->opt->min);
	if (p->opt->max && len > p->opt->max)
		return erec_param(p->err, p->loc,
			"Argument must have a maximum length of %u characters\n",
			(unsigned int)p->opt->max);
	snprintf(dst, p->opt->size, "%s", p->arg);
	return 0;
}

int ext_markmask(struct ext_parse *p, uint32_t *value, uint32_t *mask)
{
	uint32_t v[2];
	int ret = parse_markmask(p, v);

	if (ret < 0)
		return ret;
	*value = v[0];
	*mask = v[1];
	return 0;
}

/* The first entry of the table with this id (aliases share ids). */
static const struct ext_opt *opt_by_id(const struct ext *x, unsigned int id)
{
	const struct ext_opt *o;

	for (o = x->opts; o && o->name; o++)
		if (o->id == id)
			return o;
	return NULL;
}

int ext_parse_option(struct ext_parse *p)
{
	const struct ext_opt *o = p->opt;
	struct ir_ext *e = p->self;
	void *dst = e->data + o->off;
	int ret = 0;

	/* iptables names an option by the first entry with its id */
	if (ext_given(e, o->id) && !(o->flags & EXT_O_MULTI))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" can only be used once.\n",
			e->ext->name, opt_by_id(e->ext, o->id)->name);
	if (p->invert && !(o->flags & EXT_O_INVERT))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" cannot be inverted.\n",
			e->ext->name, opt_by_id(e->ext, o->id)->name);
	if (o->flags & EXT_O_PUT) {
		switch (o->type) {
		case EXT_T_U8:
		case EXT_T_U16:
		case EXT_T_U32:
		case EXT_T_U64:
			ret = parse_uint(p, dst);
			break;
		case EXT_T_U16RANGE:
		case EXT_T_U32RANGE:
			ret = parse_range(p, dst);
			break;
		case EXT_T_STRING:
			ret = parse_string(p, dst);
			break;
		case EXT_T_MARKMASK:
			ret = parse_markmask(p, dst);
			break;
		default:
			break;
		}
		if (ret < 0)
			return ret;
	}
	/* parse() still sees the options given before this one */
	if (e->ext->parse) {
		ret = e->ext->parse(p);
		if (ret < 0)
			return ret;
	}
	e->given |= 1ULL << o->id;
	if (p->invert)
		e->inverted |= 1ULL << o->id;
	return 0;
}

/*
 * As iptables' final check: the extension's own check first, then for
 * each option in table order whether it is mandatory, needs others, or
 * conflicts with others (by id order).
 */
int ext_final_check(struct ext_check *c)
{
	const struct ext *x = c->self->ext;
	const struct ext_opt *o, *other;
	unsigned int i;
	int ret;

	if (x->check) {
		ret = x->check(c);
		if (ret < 0)
			return ret;
	}
	for (o = x->opts; o && o->name; o++) {
		if ((o->flags & EXT_O_MAND) && !ext_given(c->self, o->id))
			return erec_param(c->err, c->loc,
				"%s: option \"--%s\" must be specified\n",
				x->name, o->name);
		if (!ext_given(c->self, o->id))
			continue;
		for (i = 0; i < 64; i++) {
			if (i == o->id)
				continue;
			other = opt_by_id(x, i);
			if (!other)
				continue;
			if ((o->also & (1ULL << i)) && !ext_given(c->self, i))
				return erec_param(c->err, c->loc,
					"%s: option \"--%s\" also requires \"--%s\".\n",
					x->name, o->name, other->name);
			if ((o->excl & (1ULL << i)) && ext_given(c->self, i))
				return erec_param(c->err, c->loc,
					"%s: option \"--%s\" cannot be used together with \"--%s\".\n",
					x->name, o->name, other->name);
		}
	}
	return 0;
}

void ext_save_opt(struct strbuf *out, bool inv, const char *name)
{
	strbuf_addf(out, "%s --%s", inv ? " !" : "", name);
}
