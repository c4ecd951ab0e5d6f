// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The generic half of every extension: options checked and stored from
 * their typed descriptions (with the messages iptables' option layer
 * prints), the final check, and small printing helpers.
 */
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

static int parse_uint(struct ext_parse *p, void *dst)
{
	uint64_t v;

	if (str_to_u64(p->arg, 0, p->opt->min, opt_max(p->opt), &v) < 0)
		return bad_uint(p);
	store_uint(dst, p->opt->type, v);
	return 0;
}

/* "a", "a:b", ":b", "a:" (missing ends are the range's ends) */
static int parse_range(struct ext_parse *p, void *dst)
{
	const struct ext_opt *o = p->opt;
	size_t w = type_width(o->type);
	uint64_t lo = o->min, hi = opt_max(o);
	const char *colon = strchr(p->arg, ':');
	char first[64];
	const char *bad;

	if (!colon) {
		if (str_to_u64(p->arg, 0, o->min, hi, &lo) < 0) {
			bad = p->arg;
			goto err;
		}
		hi = lo;
	} else {
		snprintf(first, sizeof(first), "%.*s",
			 (int)(colon - p->arg), p->arg);
		if (first[0] && str_to_u64(first, 0, o->min, hi, &lo) < 0) {
			bad = first;
			goto err;
		}
		if (colon[1] && str_to_u64(colon + 1, 0, o->min, hi, &hi) < 0) {
			bad = colon + 1;
			goto err;
		}
	}
	store_uint(dst, o->type, lo);
	store_uint((char *)dst + w, o->type, hi);
	return 0;
err:
	return erec_param(p->err, p->loc,
		"%s: bad value for option \"--%s\" near \"%s\", or out of range (%" PRIu64 "-%" PRIu64 ").\n",
		p->self->ext->name, o->name, bad, o->min, opt_max(o));
}

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

static int check_excl(struct ext_parse *p)
{
	const struct ir_ext *e = p->self;
	const struct ext_opt *o;

	for (o = e->ext->opts; o && o->name; o++) {
		if (o->id == p->opt->id || !ext_given(e, o->id))
			continue;
		if ((p->opt->excl & (1ULL << o->id)) ||
		    (o->excl & (1ULL << p->opt->id)))
			return erec_param(p->err, p->loc,
				"%s: option \"--%s\" cannot be used together with \"--%s\".\n",
				e->ext->name, p->opt->name, o->name);
	}
	return 0;
}

int ext_parse_option(struct ext_parse *p)
{
	const struct ext_opt *o = p->opt;
	struct ir_ext *e = p->self;
	void *dst = e->data + o->off;
	int ret = 0;

	if (ext_given(e, o->id) && !(o->flags & EXT_O_MULTI))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" can only be used once.\n",
			e->ext->name, o->name);
	if (p->invert && !(o->flags & EXT_O_INVERT))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" cannot be inverted.\n",
			e->ext->name, o->name);
	if (check_excl(p) < 0)
		return -EINVAL;
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
			snprintf(dst, o->size, "%s", p->arg);
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

int ext_final_check(struct ext_check *c)
{
	const struct ext *x = c->self->ext;
	const struct ext_opt *o;

	for (o = x->opts; o && o->name; o++) {
		if ((o->flags & EXT_O_MAND) && !ext_given(c->self, o->id))
			return erec_param(c->err, c->loc,
				"%s: option \"--%s\" must be specified\n",
				x->name, o->name);
	}
	return x->check ? x->check(c) : 0;
}

void ext_save_opt(struct strbuf *out, bool inv, const char *name)
{
	strbuf_addf(out, "%s --%s", inv ? " !" : "", name);
}
