// SPDX-License-Identifier: GPL-2.0-or-later
/* Small printing helpers shared by the extensions (see helpers.h). */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netfilter.h>
#include <linux/netfilter/ipset/ip_set.h>
#include <linux/netfilter/xt_set.h>

#include <iptnft/erec.h>
#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

bool xt_parse_uint(const char *s, char **end, uint64_t min, uint64_t max,
		   uint64_t *out)
{
	const char *c = s;
	unsigned long long n;
	char *stop;

	while (isspace((unsigned char)*c))
		c++;
	if (*c == '-')
		return false;
	errno = 0;
	n = strtoull(s, &stop, 0);
	if (stop == s || errno == ERANGE || n < min || n > max)
		return false;
	if (end)
		*end = stop;
	else if (*stop)
		return false;
	*out = n;
	return true;
}

void xt_save_string(struct strbuf *out, const char *s)
{
	static const char plain[] = "abcdefghijklmnopqrstuvwxyz"
				    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789_-";
	size_t n = strspn(s, plain);

	if (n && !s[n]) {
		strbuf_addf(out, " %s", s);
		return;
	}
	strbuf_adds(out, " \"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || *s == '\'')
			strbuf_addc(out, '\\');
		strbuf_addc(out, *s);
	}
	strbuf_addc(out, '"');
}

void xt_markmask(struct strbuf *out, uint32_t v, uint32_t m)
{
	if (m == UINT32_MAX)
		strbuf_addf(out, " 0x%x", v);
	else
		strbuf_addf(out, " 0x%x/0x%x", v, m);
}

void xt_bitnames(struct strbuf *out, const struct xt_bitname *t, uint32_t v)
{
	bool first = true;

	for (; t->name; t++) {
		if (!(v & t->bit))
			continue;
		strbuf_addf(out, "%s%s", first ? "" : ",", t->name);
		first = false;
	}
}

void xt_plen_mask(union ir_addr *m, unsigned int plen)
{
	unsigned int i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < 4 && plen; i++) {
		unsigned int bits = plen > 32 ? 32 : plen;

		m->w[i] = htonl(bits == 32 ? UINT32_MAX :
				~(UINT32_MAX >> bits));
		plen -= bits;
	}
}

void xt_range_list(struct strbuf *out, const char *name, const uint32_t r[2],
		   bool inv, uint32_t max)
{
	const char *bang = inv ? "!" : "";

	if (r[0] == 0 && r[1] == max && !inv)
		return;
	if (r[0] == r[1])
		strbuf_addf(out, "%s:%s%u", name, bang, r[0]);
	else
		strbuf_addf(out, "%ss:%s%u:%u", name, bang, r[0], r[1]);
}

void xt_range_save(struct strbuf *out, const char *opt, const uint32_t r[2],
		   bool inv)
{
	strbuf_addf(out, "%s --%s ", inv ? " !" : "", opt);
	if (r[0] == r[1])
		strbuf_addf(out, "%u", r[0]);
	else
		strbuf_addf(out, "%u:%u", r[0], r[1]);
}

bool xt_strtoull(const char *s, char **end, uint64_t min, uint64_t max,
		 uint64_t *out)
{
	const char *p = s;
	unsigned long long n;
	char *stop;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-')
		return false;
	errno = 0;
	n = strtoull(s, &stop, 0);
	if (end)
		*end = stop;
	else if (*stop)
		return false;
	if (stop == s || errno == ERANGE || n < min || n > max)
		return false;
	*out = n;
	return true;
}

bool xt_strtoui(const char *s, char **end, uint32_t min, uint32_t max,
		uint32_t *out)
{
	uint64_t v;

	if (!xt_strtoull(s, end, min, max, &v))
		return false;
	*out = v;
	return true;
}

static const struct {
	const char *name;
	uint8_t value;
} tos_names[] = {
	{ "Minimize-Cost", 0x02 },
	{ "Maximize-Reliability", 0x04 },
	{ "Maximize-Throughput", 0x08 },
	{ "Minimize-Delay", 0x10 },
	{ "Normal-Service", 0x00 },
};

int xt_tos_parse(const char *arg, uint8_t symmask, uint8_t *value,
		 uint8_t *mask, struct erec *err, const struct location *loc)
{
	uint32_t v, m = 0xFF;
	char *end;
	size_t i;

	if (xt_strtoui(arg, &end, 0, UINT8_MAX, &v)) {
		if (*end == '/' && !xt_strtoui(end + 1, &end, 0, UINT8_MAX, &m))
			return erec_param(err, loc, "Illegal value: \"%s\"",
					  arg);
		if (*end)
			return erec_param(err, loc, "Illegal value: \"%s\"",
					  arg);
		*value = v;
		*mask = m;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(tos_names); i++) {
		if (strcasecmp(arg, tos_names[i].name))
			continue;
		*value = tos_names[i].value;
		*mask = symmask;
		return 0;
	}
	return erec_param(err, loc, "Symbolic name \"%s\" is unknown", arg);
}

bool xt_tos_symbolic(struct strbuf *out, uint8_t value, uint8_t mask)
{
	size_t i;

	if (mask != 0x3F)
		return false;
	for (i = 0; i < ARRAY_SIZE(tos_names); i++) {
		if (tos_names[i].value != value)
			continue;
		strbuf_addf(out, " %s", tos_names[i].name);
		return true;
	}
	return false;
}

int xt_dscp_class(const char *name)
{
	static const struct {
		const char *name;
		uint8_t dscp;
	} classes[] = {
		{ "CS0", 0x00 }, { "CS1", 0x08 }, { "CS2", 0x10 },
		{ "CS3", 0x18 }, { "CS4", 0x20 }, { "CS5", 0x28 },
		{ "CS6", 0x30 }, { "CS7", 0x38 }, { "BE", 0x00 },
		{ "AF11", 0x0a }, { "AF12", 0x0c }, { "AF13", 0x0e },
		{ "AF21", 0x12 }, { "AF22", 0x14 }, { "AF23", 0x16 },
		{ "AF31", 0x1a }, { "AF32", 0x1c }, { "AF33", 0x1e },
		{ "AF41", 0x22 }, { "AF42", 0x24 }, { "AF43", 0x26 },
		{ "EF", 0x2e },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(classes); i++)
		if (!strcasecmp(classes[i].name, name))
			return classes[i].dscp;
	return -1;
}

bool xt_ipv4_numeric(const char *s, struct in_addr *out)
{
	uint8_t *b = (uint8_t *)&out->s_addr;
	char buf[20], *p = buf, *dot;
	uint32_t v;
	int i;

	/* iptables looks at the first 19 characters only */
	snprintf(buf, sizeof(buf), "%s", s);
	memset(out, 0, sizeof(*out));
	for (i = 0; i < 3; i++) {
		dot = strchr(p, '.');
		if (dot)
			*dot = '\0';
		if (!xt_strtoui(p, NULL, 0, UINT8_MAX, &v))
			return false;
		b[i] = v;
		if (!dot)
			return true;
		p = dot + 1;
	}
	if (!xt_strtoui(p, NULL, 0, UINT8_MAX, &v))
		return false;
	b[3] = v;
	return true;
}

bool xt_equal_any(const struct ir_ext *a, const struct ir_ext *b)
{
	(void)a;
	(void)b;
	return true;
}

struct lmap_entry {
	uint32_t id;
	char *name;
};

struct lmap {
	const char *file;
	bool exists;
	struct lmap_entry *e;
	size_t n;
};

static struct lmap lmaps[4];

/* one "id name" line; false when iptables would skip it */
static bool lmap_line(char *cur, struct lmap_entry *out)
{
	unsigned long id;
	char *nxt;

	while (isspace((unsigned char)*cur))
		cur++;
	if (*cur == '#' || *cur == '\0')
		return false;
	errno = 0;
	id = strtoul(cur, &nxt, strncmp(cur, "0x", 2) ? 10 : 16);
	if (nxt == cur || errno || id > 255 || !isspace((unsigned char)*nxt))
		return false;
	cur = nxt;
	while (isspace((unsigned char)*cur))
		cur++;
	if (*cur == '#' || *cur == '\0')
		return false;
	for (nxt = cur; *nxt && !isspace((unsigned char)*nxt); nxt++)
		;
	*nxt = '\0';
	out->id = id;
	out->name = xstrdup(cur);
	return true;
}

static const struct lmap *lmap_get(const char *file)
{
	struct lmap *m;
	char line[512];
	FILE *f;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(lmaps) && lmaps[i].file; i++)
		if (!strcmp(lmaps[i].file, file))
			return &lmaps[i];
	if (i == ARRAY_SIZE(lmaps))
		return NULL;
	m = &lmaps[i];
	m->file = file;
	f = fopen(file, "re");
	if (!f)
		return m;
	m->exists = true;
	while (fgets(line, sizeof(line), f)) {
		m->e = xrealloc(m->e, (m->n + 1) * sizeof(*m->e));
		if (lmap_line(line, &m->e[m->n]))
			m->n++;
	}
	fclose(f);
	return m;
}

bool xt_lmap_exists(const char *file)
{
	const struct lmap *m = lmap_get(file);

	return m && m->exists;
}

int xt_lmap_id(const char *file, const char *name)
{
	const struct lmap *m = lmap_get(file);
	size_t i;

	for (i = 0; m && i < m->n; i++)
		if (!strcmp(m->e[i].name, name))
			return m->e[i].id;
	return -1;
}

const char *xt_lmap_name(const char *file, uint32_t id)
{
	const struct lmap *m = lmap_get(file);
	size_t i;

	for (i = 0; m && i < m->n; i++)
		if (m->e[i].id == id)
			return m->e[i].name;
	return NULL;
}

int xt_val_mask_parse(const char *arg, const char *lmap_file,
		      const char *ext_name, const char *opt, uint32_t *val,
		      uint32_t *mask, struct erec *err,
		      const struct location *loc)
{
	bool lmap = lmap_file && xt_lmap_exists(lmap_file);
	char *end;
	int id;

	*mask = UINT32_MAX;
	if (!xt_strtoui(arg, &end, 0, UINT32_MAX, val)) {
		if (lmap)
			goto name;
		goto bad;
	}
	if (*end == '\0')
		return 0;
	if (*end != '/') {
		if (lmap)
			goto name;
		goto garbage;
	}
	if (!xt_strtoui(end + 1, &end, 0, UINT32_MAX, mask))
		goto bad;
	if (*end == '\0')
		return 0;
garbage:
	return erec_param(err, loc,
		"%s: trailing garbage after value for option \"--%s\".\n",
		ext_name, opt);
bad:
	return erec_param(err, loc,
		"%s: bad integer value for option \"--%s\", or out of range.\n",
		ext_name, opt);
name:
	id = xt_lmap_id(lmap_file, arg);
	if (id < 0)
		return erec_param(err, loc,
			"%s: could not map name %s to an integer value for option \"--%s\".\n",
			ext_name, arg, opt);
	*val = id;
	return 0;
}

void xt_addr_mask(struct strbuf *out, uint8_t family, const void *addr,
		  const void *mask)
{
	int af = family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	unsigned int max = family == NFPROTO_IPV6 ? 128 : 32;
	char buf[INET6_ADDRSTRLEN];
	union ir_addr m = { 0 };
	int plen;

	memcpy(&m, mask, family == NFPROTO_IPV6 ? 16 : 4);
	inet_ntop(af, addr, buf, sizeof(buf));
	strbuf_adds(out, buf);
	plen = ir_mask_to_prefix(family, &m);
	if (plen < 0) {
		inet_ntop(af, &m, buf, sizeof(buf));
		strbuf_addf(out, "/%s", buf);
	} else if ((unsigned int)plen != max) {
		strbuf_addf(out, "/%d", plen);
	}
}

static int opts_num(struct ext_parse *p, const char *ext, const char *s,
		    const char *what, unsigned long *v)
{
	char *end;

	errno = 0;
	*v = strtoul(s, &end, 0);
	if (end == s)
		return erec_param(p->err, p->loc,
				  "%s: no valid digits in %s `%s'", ext, what,
				  s);
	if (*v == ULONG_MAX && errno == ERANGE)
		return erec_param(p->err, p->loc,
				  "%s `%s' specified too big: would overflow",
				  what, s);
	if (*end)
		return erec_param(p->err, p->loc,
				  "%s: error parsing %s `%s'", ext, what, s);
	return 0;
}

int xt_ip6_opts_parse(struct ext_parse *p, const char *ext, const char *pad0,
		      uint16_t *opts)
{
	char *copy = xstrdup(p->arg), *cp = copy, *next, *len;
	unsigned long v;
	int i, ret = 0;

	for (i = 0; cp && i < 16; cp = next, i++) {
		next = strchr(cp, ',');
		if (next)
			*next++ = '\0';
		len = strchr(cp, ':');
		if (len) {
			if (i == 15) {
				ret = erec_param(p->err, p->loc,
						 "too many ports specified");
				goto out;
			}
			*len++ = '\0';
		}
		ret = opts_num(p, ext, cp, "opt", &v);
		if (ret < 0)
			goto out;
		opts[i] = (v & 0xFF) << 8;
		if (!len) {
			opts[i] |= 0xFF;
			continue;
		}
		if (!opts[i]) {
			ret = erec_param(p->err, p->loc, "%s", pad0);
			goto out;
		}
		ret = opts_num(p, ext, len, "length", &v);
		if (ret < 0)
			goto out;
		opts[i] |= v & 0xFF;
	}
	if (cp)
		ret = erec_param(p->err, p->loc,
				 "too many addresses specified");
out:
	free(copy);
	return ret < 0 ? ret : i;
}

void xt_ip6_opts_out(struct strbuf *out, const uint16_t *opts,
		     unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n && i < 16; i++) {
		strbuf_addf(out, "%c%d", i ? ',' : ' ', opts[i] >> 8);
		if ((opts[i] & 0xFF) != 0xFF)
			strbuf_addf(out, ":%d", opts[i] & 0xFF);
	}
}

int xt_parse_host(uint8_t family, const char *s, union ir_addr *a,
		  struct erec *err, const struct location *loc)
{
	struct addrinfo hints = {
		.ai_family = family == NFPROTO_IPV6 ? AF_INET6 : AF_INET,
	};
	struct addrinfo *res, *ai;
	union ir_addr one;
	bool have = false;
	int ret;

	ret = getaddrinfo(s, NULL, &hints, &res);
	if (ret)
		return erec_param(err, loc, "getaddrinfo: %s\n",
				  gai_strerror(ret));
	for (ai = res; ai; ai = ai->ai_next) {
		const struct sockaddr_in6 *s6 = (const void *)ai->ai_addr;
		const struct sockaddr_in *s4 = (const void *)ai->ai_addr;

		memset(&one, 0, sizeof(one));
		if (ai->ai_family == AF_INET6)
			one.in6 = s6->sin6_addr;
		else if (ai->ai_family == AF_INET)
			one.in = s4->sin_addr;
		else
			continue;
		if (have && memcmp(&one, a, sizeof(one))) {
			freeaddrinfo(res);
			return erec_param(err, loc,
				"%s resolves to more than one address\n", s);
		}
		*a = one;
		have = true;
	}
	freeaddrinfo(res);
	return 0;
}

int xt_port_by_name(const char *s, uint16_t *port)
{
	struct addrinfo *res, *ai;
	int ret = -1;

	if (getaddrinfo(NULL, s, NULL, &res))
		return -1;
	for (ai = res; ai; ai = ai->ai_next) {
		if (ai->ai_family == AF_INET6) {
			*port = ntohs(((struct sockaddr_in6 *)
				       ai->ai_addr)->sin6_port);
			ret = 0;
			break;
		}
		if (ai->ai_family == AF_INET) {
			*port = ntohs(((struct sockaddr_in *)
				       ai->ai_addr)->sin_port);
			ret = 0;
			break;
		}
	}
	freeaddrinfo(res);
	return ret;
}

/* the mask of a numeric address "m" in the family, or -1 */
static int numeric_mask(uint8_t family, const char *s, union ir_addr *m)
{
	struct addrinfo hints = {
		.ai_family = family == NFPROTO_IPV6 ? AF_INET6 : AF_INET,
		.ai_flags = AI_NUMERICHOST,
	};
	struct addrinfo *res;

	if (getaddrinfo(s, NULL, &hints, &res))
		return -1;
	memset(m, 0, sizeof(*m));
	if (res->ai_family == AF_INET6)
		m->in6 = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
	else
		m->in = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
	freeaddrinfo(res);
	return 0;
}

int xt_parse_plenmask(uint8_t family, const char *s, union ir_addr *m,
		      unsigned int *hlen, const char *ext, const char *opt,
		      struct erec *err, const struct location *loc)
{
	unsigned int max = family == NFPROTO_IPV6 ? 128 : 32;
	union ir_addr mask;
	uint64_t plen;
	int bits;

	if (ext_strtoul(s, NULL, 0, max, &plen)) {
		bits = plen;
	} else {
		if (numeric_mask(family, s, &mask) < 0)
			return erec_param(err, loc,
				"%s: bad value for option \"--%s\", neither a valid network mask nor valid CIDR (%u-%u).\n",
				ext, opt, 0, max);
		bits = ir_mask_to_prefix(family, &mask);
	}
	if (hlen)
		*hlen = bits < 0 ? UINT8_MAX : (unsigned int)bits;
	/* like iptables, a mask that is no prefix becomes all ones (all
	 * 16 bytes, IPv4 too) */
	if (bits < 0)
		memset(m, 0xff, sizeof(*m));
	else
		xt_plen_mask(m, bits);
	return 0;
}

int xt_parse_hostmask(uint8_t family, const char *s, union ir_addr *a,
		      union ir_addr *m, unsigned int *hlen, const char *ext,
		      const char *opt, struct erec *err,
		      const struct location *loc)
{
	unsigned int max = family == NFPROTO_IPV6 ? 128 : 32;
	const char *slash = strchr(s, '/');
	char *host;
	int ret;

	host = xstrdup(s);
	if (slash)
		host[slash - s] = '\0';
	ret = xt_parse_host(family, host, a, err, loc);
	free(host);
	if (ret < 0)
		return ret;
	if (slash)
		return xt_parse_plenmask(family, slash + 1, m, hlen, ext, opt,
					 err, loc);
	if (hlen)
		*hlen = max;
	xt_plen_mask(m, max);
	return 0;
}

/* a socket for the ipset requests and the protocol version, or -1 */
static int ipset_socket(unsigned int *version, struct erec *err,
			const struct location *loc)
{
	struct ip_set_req_version req = { .op = IP_SET_OP_VERSION };
	socklen_t size = sizeof(req);
	int fd = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_RAW);

	if (fd < 0) {
		erec_other(err, loc, "Can't open socket to ipset.\n");
		return -1;
	}
	if (getsockopt(fd, SOL_IP, SO_IP_SET, &req, &size)) {
		close(fd);
		erec_other(err, loc, "Kernel module xt_set is not loaded in.\n");
		return -1;
	}
	*version = req.version;
	return fd;
}

int xt_ipset_by_name(const char *name, uint8_t family, uint16_t *index,
		     struct erec *err, const struct location *loc)
{
	struct ip_set_req_get_set_family req = { .op = IP_SET_OP_GET_FNAME };
	socklen_t size = sizeof(req);
	unsigned int version;
	int fd, ret;

	fd = ipset_socket(&version, err, loc);
	if (fd < 0)
		return -EINVAL;
	req.version = version;
	snprintf(req.set.name, sizeof(req.set.name), "%s", name);
	ret = getsockopt(fd, SOL_IP, SO_IP_SET, &req, &size);
	if (ret && errno == EBADMSG) {
		/* an old kernel: the index alone */
		struct ip_set_req_get_set old = {
			.op = IP_SET_OP_GET_BYNAME,
			.version = version,
		};

		size = sizeof(old);
		snprintf(old.set.name, sizeof(old.set.name), "%s", name);
		ret = getsockopt(fd, SOL_IP, SO_IP_SET, &old, &size);
		req.set.index = old.set.index;
		req.family = family;
		if (!ret && size != sizeof(old))
			ret = -2;
	} else if (!ret && size != sizeof(req)) {
		ret = -2;
	}
	close(fd);
	if (ret == -2)
		return erec_other(err, loc,
			"Incorrect return size from kernel during ipset lookup, (want %zu, got %zu)\n",
			sizeof(req), (size_t)size);
	if (ret)
		return erec_other(err, loc,
			"Problem when communicating with ipset, errno=%d.\n",
			errno);
	if (req.set.index == IPSET_INVALID_ID)
		return erec_param(err, loc, "Set %s doesn't exist.\n", name);
	if (req.family != family && req.family != NFPROTO_UNSPEC)
		return erec_param(err, loc,
			"The protocol family of set %s is %s, which is not applicable.\n",
			name, req.family == NFPROTO_IPV4 ? "IPv4" : "IPv6");
	*index = req.set.index;
	return 0;
}

int xt_ipset_name(uint16_t index, char *name)
{
	struct ip_set_req_get_set req = { .op = IP_SET_OP_GET_BYINDEX };
	socklen_t size = sizeof(req);
	struct erec err = { 0 };
	unsigned int version;
	int fd, ret;

	fd = ipset_socket(&version, &err, NULL);
	erec_clear(&err);
	if (fd < 0)
		return -1;
	req.version = version;
	req.set.index = index;
	ret = getsockopt(fd, SOL_IP, SO_IP_SET, &req, &size);
	close(fd);
	if (ret || size != sizeof(req) || !req.set.name[0])
		return -1;
	snprintf(name, IPSET_MAXNAMELEN, "%.*s", IPSET_MAXNAMELEN - 1,
		 req.set.name);
	return 0;
}

/* "src,dst,...": one direction per dimension, at most IPSET_DIM_MAX */
int xt_ipset_dirs_parse(struct ext_parse *p, const char *arg,
			struct xt_set_info *s)
{
	char *copy = xstrdup(arg), *rest = copy, *word;
	int ret = 0;

	while (s->dim < IPSET_DIM_MAX && rest) {
		s->dim++;
		word = strsep(&rest, ",");
		if (!strncmp(word, "src", 3)) {
			s->flags |= 1 << s->dim;
		} else if (strncmp(word, "dst", 3)) {
			ret = erec_param(p->err, p->loc,
				"You must spefify (the comma separated list of) 'src' or 'dst'.");
			break;
		}
	}
	if (!ret && rest)
		ret = erec_param(p->err, p->loc,
			"Can't be more src/dst options than %i.",
			IPSET_DIM_MAX);
	free(copy);
	return ret;
}

void xt_ports_save(struct strbuf *out, const char *name,
		   const uint16_t r[2], bool inv)
{
	strbuf_addf(out, "%s --%s ", inv ? " !" : "", name);
	if (r[0] == r[1])
		strbuf_addf(out, "%u", r[0]);
	else
		strbuf_addf(out, "%u:%u", r[0], r[1]);
}

/*
 * A protocol as the extensions' options read it: a number, "all", a name
 * /etc/protocols knows (case as written), or one of ours in lower case.
 * Unlike -p, the word is not lowered first.
 */
int ext_proto_parse(const char *s, uint16_t *out)
{
	uint64_t n;
	uint16_t v;
	const char *c;

	if (xt_parse_uint(s, NULL, 0, UINT8_MAX, &n)) {
		*out = n;
		return 0;
	}
	if (!strcmp(s, "all")) {
		*out = 0;
		return 0;
	}
	if (getprotobyname(s)) {
		*out = getprotobyname(s)->p_proto;
		return 0;
	}
	for (c = s; *c; c++)
		if (isupper((unsigned char)*c))
			return -EINVAL;
	if (proto_parse(s, &v) < 0)
		return -EINVAL;
	*out = v;
	return 0;
}
