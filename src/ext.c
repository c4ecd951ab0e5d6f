// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The generic half of every extension: options checked and stored from
 * their typed descriptions (with the messages iptables' option layer
 * prints), the final check, and small printing helpers.
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <ctype.h>
#include <netdb.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netfilter.h>

#include <iptnft/ext.h>
#include <iptnft/parse.h>

/*
 * The extensions by name hash, built on first use: -j names a chain as
 * often as a target, and a miss must not cost a walk over every extension.
 * Entries of a bucket keep ext_all's order (the first one that fits wins).
 */
#define EXT_HASH_SIZE 256

static unsigned int ext_hash(const char *name)
{
	return str_hash(name, strlen(name)) % EXT_HASH_SIZE;
}

const struct ext *ext_find(const char *name, enum ext_kind kind,
			   uint8_t family)
{
	static int head[EXT_HASH_SIZE], *next;
	static bool built;
	const struct ext *x;
	int i, n;

	if (!built) {
		for (n = 0; ext_all[n]; n++)
			;
		next = xmalloc((n ? n : 1) * sizeof(*next));
		for (i = 0; i < EXT_HASH_SIZE; i++)
			head[i] = -1;
		for (i = n - 1; i >= 0; i--) {
			unsigned int h = ext_hash(ext_all[i]->name);

			next[i] = head[h];
			head[h] = i;
		}
		built = true;
	}
	for (i = head[ext_hash(name)]; i >= 0; i = next[i]) {
		x = ext_all[i];
		if (x->kind != kind || strcmp(x->name, name))
			continue;
		if (x->family == 0 || x->family == family)
			return x;
	}
	return NULL;
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

/*
 * The name iptables' messages give an option: that of the first entry
 * with its id, whichever alias was used.
 */
const char *ext_opt_name(const struct ext *x, const struct ext_opt *o)
{
	const struct ext_opt *first = opt_by_id(x, o->id);

	return first ? first->name : o->name;
}

static const char *pname(const struct ext_parse *p)
{
	return ext_opt_name(p->self->ext, p->opt);
}

static uint64_t type_max(uint8_t type)
{
	switch (type) {
	case EXT_T_U8:
		return UINT8_MAX;
	case EXT_T_U16:
	case EXT_T_U16RANGE:
	case EXT_T_PORT:
	case EXT_T_PORTRANGE:
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
	case EXT_T_PORT:
	case EXT_T_PORTRANGE:
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
	case EXT_T_PORT:
	case EXT_T_PORTRANGE:
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
		"-%" PRIu64 ").\n", p->self->ext->name, pname(p),
		p->opt->min, opt_max(p->opt));
}

/*
 * iptables' number reading: leading blanks and '+' allowed, no '-', any C
 * base; *end is where the number stopped.
 */
static bool xt_strtoul(const char *s, char **end, uint64_t min, uint64_t max,
		       uint64_t *v)
{
	const char *p = s;
	unsigned long long n;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-')
		return false;
	errno = 0;
	n = strtoull(s, end, 0);
	if (*end == s || errno == ERANGE || n < min || n > max)
		return false;
	*v = n;
	return true;
}

bool ext_strtoul(const char *s, char **end, uint64_t min, uint64_t max,
		 uint64_t *v)
{
	char *e;
	uint64_t n;

	if (!xt_strtoul(s, &e, min, max, &n))
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
 * one part alone is both ends.  As upstream iptables (not 1.8.9), the
 * second part may not be below the first (unless EXT_O_ANYORDER).
 */
static int parse_range(struct ext_parse *p, void *dst)
{
	const struct ext_opt *o = p->opt;
	size_t w = type_width(o->type);
	uint64_t max = opt_max(o), v[2] = { 0, 0 }, lmin = 0;
	const char *arg = p->arg;
	char *end;
	unsigned int n;

	for (n = 0;; n++, arg = end + 1) {
		if (n == 2)
			return erec_param(p->err, p->loc,
				"%s: Too many components for option \"--%s\" (max: 2)\n",
				p->self->ext->name, pname(p));
		if (*arg == '\0' || *arg == ':') {
			end = (char *)arg;
			v[n] = n == 1 ? max : 0;
		} else {
			if (!xt_strtoul(arg, &end, lmin, max, &v[n]))
				return erec_param(p->err, p->loc,
					"%s: bad value for option \"--%s\" near \"%s\", or out of range (%" PRIu64 "-%" PRIu64 ").\n",
					p->self->ext->name, pname(p), arg, lmin,
					max);
			if (*end != '\0' && *end != ':')
				return erec_param(p->err, p->loc,
					"%s: Argument to \"--%s\" has unexpected characters near \"%s\".\n",
					p->self->ext->name, pname(p), end);
			if (!(o->flags & EXT_O_ANYORDER))
				lmin = v[n];
		}
		if (*end == '\0')
			break;
	}
	p->nvals = n + 1;
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
			p->self->ext->name, pname(p));
	return 0;
bad:
	return erec_param(p->err, p->loc,
		"%s: bad integer value for option \"--%s\", or out of range.\n",
		p->self->ext->name, pname(p));
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

int ext_port_lookup(const char *name)
{
	struct addrinfo *res = NULL, *ai;
	int port = -1;
	uint32_t n;

	/* a decimal number up to 65535: getaddrinfo reads it the same way
	 * (strtoul, base 10); it alone wraps larger ones and knows names */
	if (str_to_u32(name, 10, 0, UINT16_MAX, &n) == 0)
		return (int)n;
	if (getaddrinfo(NULL, name, NULL, &res))
		return -1;
	for (ai = res; ai; ai = ai->ai_next) {
		if (ai->ai_family == AF_INET6) {
			port = ntohs(((struct sockaddr_in6 *)ai->ai_addr)->sin6_port);
			break;
		}
		if (ai->ai_family == AF_INET) {
			port = ntohs(((struct sockaddr_in *)ai->ai_addr)->sin_port);
			break;
		}
	}
	freeaddrinfo(res);
	return port;
}

static uint16_t port_store(const struct ext_opt *o, int port)
{
	return o->flags & EXT_O_NBO ? htons(port) : port;
}

static int bad_port(struct ext_parse *p, const char *s)
{
	return erec_param(p->err, p->loc,
			  "Port \"%s\" does not resolve to anything.\n", s);
}

static int parse_port(struct ext_parse *p, uint16_t *dst)
{
	int port = ext_port_lookup(p->arg);

	if (port < 0)
		return bad_port(p, p->arg);
	*dst = port_store(p->opt, port);
	return 0;
}

/*
 * "a", "a:b", ":b", "a:", "" of ports: an empty part is 0 or 65535, one
 * part alone is both ends; as upstream (not 1.8.9), no reversed ranges.
 */
static int parse_port_range(struct ext_parse *p, uint16_t *dst)
{
	char *copy = xstrdup(p->arg), *rest = copy, *part;
	int v[2] = { 0, UINT16_MAX }, prev = 0, port, ret = 0;
	unsigned int n = 0;

	while ((part = strsep(&rest, ":"))) {
		if (n == 2) {
			ret = erec_param(p->err, p->loc,
				"%s: Too many components for option \"--%s\" (max: 2)\n",
				p->self->ext->name, pname(p));
			goto out;
		}
		if (*part) {
			port = ext_port_lookup(part);
			if (port < 0) {
				ret = bad_port(p, part);
				goto out;
			}
			if (port < prev) {
				ret = erec_param(p->err, p->loc,
					"Port range %d-%d is negative.\n",
					prev, port);
				goto out;
			}
			prev = v[n] = port;
		}
		n++;
	}
	p->nvals = n;
	if (n == 1)
		v[1] = v[0];
	dst[0] = port_store(p->opt, v[0]);
	dst[1] = port_store(p->opt, v[1]);
out:
	free(copy);
	return ret;
}

/* six hex parts of at most two digits, separated by ':' */
static int parse_ethermac(struct ext_parse *p, uint8_t *dst)
{
	const char *arg = p->arg;
	uint8_t mac[6];
	unsigned int i;
	char *end;

	for (i = 0; i < sizeof(mac); i++) {
		mac[i] = strtoul(arg, &end, 16);
		if (end - arg > 2 || *end != (i == 5 ? '\0' : ':'))
			return erec_param(p->err, p->loc,
					  "Invalid MAC address specified.");
		arg = end + 1;
	}
	memcpy(dst, mac, sizeof(mac));
	return 0;
}

/* The prefix length of a contiguous mask, or -1. */
static int mask_plen(const uint32_t *m, unsigned int words)
{
	unsigned int i, bits = 0;
	uint32_t w;

	for (i = 0; i < words; i++) {
		w = ntohl(m[i]);
		if (w == UINT32_MAX) {
			bits += 32;
			continue;
		}
		if (w & (~w >> 1))
			return -1;	/* a one after a zero */
		while (w & 0x80000000U) {
			bits++;
			w <<= 1;
		}
		for (i++; i < words; i++)
			if (m[i])
				return -1;
		break;
	}
	return bits;
}

/*
 * A prefix length (0-32 or 0-128) or a numeric mask, into a 16-byte mask:
 * a mask that is no prefix leaves all 16 bytes set, as iptables does.
 */
static int parse_plenmask(struct ext_parse *p, uint32_t *dst)
{
	bool v6 = p->family == NFPROTO_IPV6;
	unsigned int max = v6 ? 128 : 32, i;
	struct addrinfo hints = {
		.ai_family = v6 ? AF_INET6 : AF_INET,
		.ai_flags = AI_NUMERICHOST,
	};
	struct addrinfo *res;
	uint32_t m[4] = { 0 };
	uint64_t plen;
	int n;

	if (str_to_u64(p->arg, 0, 0, max, &plen) < 0) {
		if (getaddrinfo(p->arg, NULL, &hints, &res))
			return erec_param(p->err, p->loc,
				"%s: bad value for option \"--%s\", neither a valid network mask nor valid CIDR (%u-%u).\n",
				p->self->ext->name, pname(p), 0, max);
		if (v6)
			memcpy(m, &((struct sockaddr_in6 *)res->ai_addr)->sin6_addr, 16);
		else
			memcpy(m, &((struct sockaddr_in *)res->ai_addr)->sin_addr, 4);
		freeaddrinfo(res);
		n = mask_plen(m, v6 ? 4 : 1);
		plen = n < 0 ? 255 : (uint64_t)n;
	}
	p->plen = plen;
	for (i = 0; i < 4; i++) {
		if (plen > 128)
			m[i] = UINT32_MAX;
		else if (plen >= 32 * (i + 1))
			m[i] = UINT32_MAX;
		else if (plen > 32 * i)
			m[i] = htonl(~(UINT32_MAX >> (plen - 32 * i)));
		else
			m[i] = 0;
	}
	memcpy(dst, m, sizeof(m));
	return 0;
}

/* min/max: the argument's length limits (0: none); cut to size - 1 */
static int parse_string(struct ext_parse *p, char *dst)
{
	const struct ext_opt *o = p->opt;
	size_t len = strlen(p->arg);

	if (o->min && len < o->min)
		return erec_param(p->err, p->loc,
			"Argument must have a minimum length of %u characters\n",
			(unsigned int)o->min);
	if (o->max && len > o->max)
		return erec_param(p->err, p->loc,
			"Argument must have a maximum length of %u characters\n",
			(unsigned int)o->max);
	if ((o->flags & EXT_O_PUT) && o->size)
		str_copy(dst, o->size, p->arg);
	return 0;
}

/* A host name or address of the rule's family, which must be just one. */
static int parse_host(struct ext_parse *p, uint8_t *dst)
{
	bool v6 = p->family == NFPROTO_IPV6;
	struct addrinfo hints = { .ai_family = v6 ? AF_INET6 : AF_INET };
	size_t len = v6 ? 16 : 4;
	struct addrinfo *res, *ai;
	uint8_t addr[16] = { 0 };
	const void *a;
	bool first = true;
	int ret;

	ret = getaddrinfo(p->arg, NULL, &hints, &res);
	if (ret)
		return erec_param(p->err, p->loc, "getaddrinfo: %s\n",
				  gai_strerror(ret));
	for (ai = res; ai; ai = ai->ai_next) {
		if (v6)
			a = &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
		else
			a = &((struct sockaddr_in *)ai->ai_addr)->sin_addr;
		if (first) {
			memcpy(addr, a, len);
			first = false;
		} else if (memcmp(addr, a, len)) {
			freeaddrinfo(res);
			return erec_param(p->err, p->loc,
				"%s resolves to more than one address\n",
				p->arg);
		}
	}
	freeaddrinfo(res);
	memcpy(dst, addr, sizeof(addr));
	return 0;
}

/* the address as EXT_T_HOST, then a mask as EXT_T_PLENMASK (all ones
 * without one) */
static int parse_hostmask(struct ext_parse *p, uint8_t *dst)
{
	const char *arg = p->arg;
	char *copy, *slash;
	int ret;

	if (!strchr(arg, '/')) {
		memset(dst + 16, 0xFF, 16);
		return parse_host(p, dst);
	}
	copy = xstrdup(arg);
	slash = strchr(copy, '/');
	*slash = '\0';
	p->arg = copy;
	ret = parse_host(p, dst);
	if (!ret) {
		p->arg = slash + 1;
		ret = parse_plenmask(p, (uint32_t *)(dst + 16));
	}
	p->arg = arg;
	free(copy);
	return ret;
}

int ext_parse_option(struct ext_parse *p)
{
	const struct ext_opt *o = p->opt;
	struct ir_ext *e = p->self;
	/* typed options without EXT_O_PUT are checked, then only seen by
	 * parse() through p->val */
	union {
		uint64_t u64[2];
		uint8_t bytes[256];
	} scratch = { { 0 } };
	void *dst = o->flags & EXT_O_PUT ? (void *)(e->data + o->off) :
		    (void *)&scratch;
	int ret = 0;

	if (ext_given(e, o->id) && !(o->flags & EXT_O_MULTI))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" can only be used once.\n",
			e->ext->name, pname(p));
	if (p->invert && !(o->flags & EXT_O_INVERT))
		return erec_param(p->err, p->loc,
			"%s: option \"--%s\" cannot be inverted.\n",
			e->ext->name, pname(p));
	p->val = dst;
	if (o->type != EXT_T_NONE && o->type != EXT_T_CUSTOM) {
		switch (o->type) {
		case EXT_T_U8:
		case EXT_T_U16:
		case EXT_T_U32:
		case EXT_T_U64:
			ret = parse_uint(p, dst);
			break;
		case EXT_T_U16RANGE:
		case EXT_T_U32RANGE:
		case EXT_T_U64RANGE:
			ret = parse_range(p, dst);
			break;
		case EXT_T_STRING:
			ret = parse_string(p, dst);
			break;
		case EXT_T_MARKMASK:
			ret = parse_markmask(p, dst);
			break;
		case EXT_T_PORT:
			ret = parse_port(p, dst);
			break;
		case EXT_T_PORTRANGE:
			ret = parse_port_range(p, dst);
			break;
		case EXT_T_ETHERMAC:
			ret = parse_ethermac(p, dst);
			break;
		case EXT_T_PLENMASK:
			ret = parse_plenmask(p, dst);
			break;
		case EXT_T_HOST:
			ret = parse_host(p, dst);
			break;
		case EXT_T_HOSTMASK:
			ret = parse_hostmask(p, dst);
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
	uint64_t bits;
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
		/* only the ids named by also/excl, in increasing order */
		bits = o->also | o->excl;
		if (o->id < 64)
			bits &= ~(1ULL << o->id);
		while (bits) {
			i = __builtin_ctzll(bits);
			bits &= bits - 1;
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
