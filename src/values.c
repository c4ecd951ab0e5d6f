// SPDX-License-Identifier: GPL-2.0-or-later
/* Protocols, addresses, masks, ports and interface names. */
#include <ctype.h>
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <iptnft/values.h>

static const struct {
	const char *name;
	uint8_t num;
} own_protos[] = {
	{ "tcp", 6 }, { "sctp", 132 }, { "udp", 17 }, { "udplite", 136 },
	{ "icmp", 1 }, { "icmpv6", 58 }, { "ipv6-icmp", 58 }, { "esp", 50 },
	{ "ah", 51 }, { "ipv6-mh", 135 }, { "mh", 135 }, { "all", 0 },
};

int proto_parse(const char *s, uint16_t *out)
{
	char lower[64];
	struct protoent *pe;
	uint32_t n;
	size_t i;

	if (str_to_u32(s, 10, 0, 255, &n) == 0) {
		*out = n;
		return 0;
	}
	for (i = 0; s[i] && i < sizeof(lower) - 1; i++)
		lower[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
	lower[i] = '\0';
	if (!strcmp(lower, "all")) {
		*out = 0;
		return 0;
	}
	/* the common names first: /etc/protocols agrees on them, and a
	 * restore of 100k rules should not read it 100k times */
	for (i = 0; i < 6; i++) {
		if (!strcmp(own_protos[i].name, lower)) {
			*out = own_protos[i].num;
			return 0;
		}
	}
	pe = getprotobyname(lower);
	if (pe) {
		*out = pe->p_proto;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(own_protos); i++) {
		if (!strcmp(own_protos[i].name, lower)) {
			*out = own_protos[i].num;
			return 0;
		}
	}
	return -EINVAL;
}

bool proto_is_builtin(uint16_t p)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(own_protos); i++)
		if (own_protos[i].num == p)
			return true;
	return false;
}

const char *proto_name(uint16_t p)
{
	/* names of the protocols seen so far: /etc/protocols read once each */
	static char *cache[256];
	static bool cached[256];
	struct protoent *pe;
	size_t i;

	if (p && p < 256 && cached[p])
		return cache[p];
	if (p) {
		pe = getprotobynumber(p);
		if (pe && p < 256) {
			cached[p] = true;
			cache[p] = xstrdup(pe->p_name);
			return cache[p];
		}
		if (pe)
			return pe->p_name;
	}
	for (i = 0; i < ARRAY_SIZE(own_protos); i++)
		if (own_protos[i].num == p)
			return own_protos[i].name;
	return NULL;
}

const char *addr_str(uint8_t family, const union ir_addr *a, char *buf,
		     size_t len)
{
	const uint8_t *b = (const uint8_t *)&a->in.s_addr;
	char *p = buf;
	int i;

	if (family == NFPROTO_IPV6 || len < INET_ADDRSTRLEN)
		return inet_ntop(family == NFPROTO_IPV6 ? AF_INET6 : AF_INET,
				 a, buf, len);
	/* dotted quad by hand: listings print tens of thousands */
	for (i = 0; i < 4; i++) {
		if (b[i] >= 100)
			*p++ = '0' + b[i] / 100;
		if (b[i] >= 10)
			*p++ = '0' + b[i] / 10 % 10;
		*p++ = '0' + b[i] % 10;
		*p++ = i < 3 ? '.' : '\0';
	}
	return buf;
}

static int af_of(uint8_t family)
{
	return family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
}

static int mask_parse(uint8_t family, const char *s, union ir_addr *m)
{
	unsigned int max = ir_addr_len(family) * 8;
	uint64_t plen;

	if (str_to_u64_lax(s, max, &plen) == 0) {
		ir_prefix_to_mask(family, plen, m);
		return 0;
	}
	memset(m, 0, sizeof(*m));
	if (inet_pton(af_of(family), s, m) == 1)
		return 0;
	return -EINVAL;
}

static void list_add_addr(struct ir_addr_list *l, const union ir_addr *a,
			  const union ir_addr *m)
{
	l->addr = xrealloc(l->addr, (l->n + 1) * sizeof(*l->addr));
	l->mask = xrealloc(l->mask, (l->n + 1) * sizeof(*l->mask));
	l->addr[l->n] = *a;
	l->mask[l->n] = *m;
	l->n++;
}

/* A host or network name: all its addresses. */
static int resolve_name(uint8_t family, const char *name,
			struct ir_addr_list *l, const union ir_addr *mask)
{
	struct addrinfo hints = { .ai_family = af_of(family),
				  .ai_socktype = SOCK_RAW };
	struct addrinfo *res, *ai;
	union ir_addr a;
	unsigned int i;

	if (getaddrinfo(name, NULL, &hints, &res))
		return -ENOENT;
	for (ai = res; ai; ai = ai->ai_next) {
		memset(&a, 0, sizeof(a));
		if (family == NFPROTO_IPV6)
			a.in6 = ((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
		else
			a.in = ((struct sockaddr_in *)ai->ai_addr)->sin_addr;
		for (i = 0; i < 4; i++)
			a.w[i] &= mask->w[i];
		for (i = 0; i < l->n; i++)
			if (!memcmp(&l->addr[i], &a, sizeof(a)))
				break;
		if (i == l->n)
			list_add_addr(l, &a, mask);
	}
	freeaddrinfo(res);
	return 0;
}

/*
 * Plain dotted decimal (up to four parts of at most three digits, no
 * leading zero): what nearly every rule has, read without a copy.
 * Returns false for anything else, which ipv4_numeric reads in full.
 */
static bool ipv4_plain(const char *s, struct in_addr *out)
{
	uint8_t b[4] = { 0 };
	unsigned int i = 0, v;
	const char *part;

	for (;;) {
		for (v = 0, part = s; *s >= '0' && *s <= '9'; s++)
			v = v * 10 + (unsigned int)(*s - '0');
		if (s == part || s - part > 3 || v > 255 ||
		    (s - part > 1 && *part == '0'))
			return false;
		b[i++] = v;
		if (!*s)
			break;
		if (*s != '.' || i == 4)
			return false;
		s++;
	}
	memcpy(out, b, 4);
	return true;
}

/*
 * iptables' own dotted-quad reading: one to four parts, each a number in
 * any C base up to 255; missing parts are zero ("10" is 10.0.0.0).
 */
static int ipv4_numeric(const char *s, struct in_addr *out)
{
	uint8_t b[4] = { 0 };
	char copy[256], *p = copy, *dot;
	unsigned int i;
	uint32_t v;
	int ret = 0;

	if (ipv4_plain(s, out))
		return 0;

	/* the caller allows 255 characters, mask included */
	if (strlen(s) >= sizeof(copy))
		return -EINVAL;
	strcpy(copy, s);

	for (i = 0; i < 4 && p; i++) {
		dot = strchr(p, '.');
		if (dot)
			*dot = '\0';
		if (str_to_u32(p, 0, 0, 255, &v) < 0) {
			ret = -EINVAL;
			break;
		}
		b[i] = v;
		p = dot ? dot + 1 : NULL;
	}
	if (p)
		ret = -EINVAL;
	if (!ret)
		memcpy(out, b, 4);
	return ret;
}

static int host_parse_one(uint8_t family, char *s, struct ir_addr_list *l,
			  struct erec *err, const struct location *loc)
{
	char *slash = strrchr(s, '/');
	union ir_addr a, m;
	unsigned int i;

	if (slash) {
		*slash = '\0';
		if (mask_parse(family, slash + 1, &m) < 0)
			return erec_param(err, loc, "invalid mask `%s' specified",
					  slash + 1);
	} else {
		ir_prefix_to_mask(family, ir_addr_len(family) * 8, &m);
	}
	memset(&a, 0, sizeof(a));
	/* with a mask of zero the host is not looked at: "name/0" is any */
	if (ir_mask_to_prefix(family, &m) == 0) {
		list_add_addr(l, &a, &m);
		return 0;
	}
	if ((family == NFPROTO_IPV6 && inet_pton(AF_INET6, s, &a) == 1) ||
	    (family != NFPROTO_IPV6 && ipv4_numeric(s, &a.in) == 0)) {
		for (i = 0; i < 4; i++)
			a.w[i] &= m.w[i];
		list_add_addr(l, &a, &m);
		return 0;
	}
	if (resolve_name(family, s, l, &m) < 0)
		return erec_param(err, loc, "host/network `%s' not found", s);
	return 0;
}

int host_parse_list(uint8_t family, const char *s, struct ir_addr_list *list,
		    struct erec *err, const struct location *loc)
{
	size_t len = strlen(s);
	char local[512];
	char *copy = len < sizeof(local) ? local : xstrdup(s), *p = copy;
	char *next;
	int ret = 0;

	if (copy == local)
		memcpy(local, s, len + 1);

	for (; p; p = next) {
		next = strchr(p, ',');
		if (next)
			*next++ = '\0';
		/* iptables skips blanks before each address */
		while (isspace((unsigned char)*p))
			p++;
		/* a host name has at most 255 characters (mask included) */
		if (strlen(p) > 255) {
			ret = erec_param(err, loc, "Hostname too long");
			break;
		}
		ret = host_parse_one(family, p, list, err, loc);
		if (ret < 0)
			break;
	}
	if (copy != local)
		free(copy);
	return ret;
}

void addr_mask_save(uint8_t family, const union ir_addr *a,
		    const union ir_addr *m, struct strbuf *out)
{
	char buf[INET6_ADDRSTRLEN];
	int plen = ir_mask_to_prefix(family, m);

	strbuf_adds(out, addr_str(family, a, buf, sizeof(buf)));
	strbuf_addc(out, '/');
	if (plen >= 0)
		strbuf_addu(out, plen);
	else
		strbuf_adds(out, addr_str(family, m, buf, sizeof(buf)));
}

/* The name /etc/networks gives an IPv4 network address. */
static int net_name(uint8_t family, const union ir_addr *a,
		    struct strbuf *out)
{
	struct netent *ne;

	if (family == NFPROTO_IPV6)
		return -ENOENT;
	ne = getnetbyaddr(ntohl(a->in.s_addr), AF_INET);
	if (!ne)
		return -ENOENT;
	strbuf_adds(out, ne->n_name);
	return 0;
}

/* The name of a host address (-L without -n), as the resolver has it. */
static int host_name(uint8_t family, const union ir_addr *a,
		     struct strbuf *out)
{
	struct sockaddr_storage ss = { 0 };
	char host[NI_MAXHOST];
	socklen_t len;

	if (family == NFPROTO_IPV6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		s6->sin6_family = AF_INET6;
		s6->sin6_addr = a->in6;
		len = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		s4->sin_family = AF_INET;
		s4->sin_addr = a->in;
		len = sizeof(*s4);
	}
	if (getnameinfo((struct sockaddr *)&ss, len, host, sizeof(host),
			NULL, 0, NI_NAMEREQD) == 0) {
		strbuf_adds(out, host);
		return 0;
	}
	return net_name(family, a, out);
}

void addr_name(uint8_t family, const union ir_addr *a, bool numeric,
	       struct strbuf *out)
{
	char buf[INET6_ADDRSTRLEN];

	if (numeric || host_name(family, a, out) < 0)
		strbuf_adds(out, addr_str(family, a, buf, sizeof(buf)));
}

void addr_mask_list(uint8_t family, const union ir_addr *a,
		    const union ir_addr *m, bool numeric, struct strbuf *out)
{
	char buf[INET6_ADDRSTRLEN];
	int plen = ir_mask_to_prefix(family, m);

	if (plen == 0) {
		strbuf_adds(out, numeric ? (family == NFPROTO_IPV6 ? "::/0" :
					    "0.0.0.0/0") : "anywhere");
		return;
	}
	if (plen == (int)ir_addr_len(family) * 8) {
		if (numeric || host_name(family, a, out) < 0)
			strbuf_adds(out, addr_str(family, a, buf, sizeof(buf)));
		return;
	}
	if (numeric || host_name(family, a, out) < 0)
		strbuf_adds(out, addr_str(family, a, buf, sizeof(buf)));
	strbuf_addc(out, '/');
	if (plen >= 0)
		strbuf_addu(out, plen);
	else
		strbuf_adds(out, addr_str(family, m, buf, sizeof(buf)));
}

/* A port as iptables reads it: a number (str_to_u64_lax), or a service. */
int port_parse(const char *s, const char *proto, uint16_t *out)
{
	struct servent *se;
	uint64_t n;

	if (str_to_u64_lax(s, 65535, &n) == 0) {
		*out = n;
		return 0;
	}
	se = getservbyname(s, proto);
	if (se) {
		*out = ntohs(se->s_port);
		return 0;
	}
	return -EINVAL;
}

const char *port_name(uint16_t port, const char *proto)
{
	struct servent *se = getservbyport(htons(port), proto);

	return se ? se->s_name : NULL;
}

int iface_check(const char *s, struct erec *err, const struct location *loc)
{
	if (strlen(s) + 1 > IFNAMSIZ)
		return erec_param(err, loc,
			"interface name `%s' must be shorter than IFNAMSIZ (%i)",
			s, IFNAMSIZ - 1);
	return 0;
}

int port_range_parse(const char *s, const char *proto, uint16_t r[2],
		     struct erec *err, const struct location *loc)
{
	const char *colon = strchr(s, ':');
	char first[64];

	if (!colon) {
		if (port_parse(s, proto, &r[0]) < 0)
			goto bad;
		r[1] = r[0];
		return 0;
	}
	snprintf(first, sizeof(first), "%.*s", (int)(colon - s), s);
	r[0] = 0;
	r[1] = 65535;
	if (first[0] && port_parse(first, proto, &r[0]) < 0) {
		s = first;
		goto bad;
	}
	if (colon[1] && port_parse(colon + 1, proto, &r[1]) < 0) {
		s = colon + 1;
		goto bad;
	}
	if (r[0] > r[1])
		return erec_param(err, loc, "invalid portrange (min > max)");
	return 0;
bad:
	return erec_param(err, loc, "invalid port/service `%s' specified", s);
}

static void port_list_one(struct strbuf *out, uint16_t port, bool numeric,
			  const char *proto)
{
	const char *name = numeric ? NULL : port_name(port, proto);

	if (name)
		strbuf_adds(out, name);
	else
		strbuf_addu(out, port);
}

void port_range_list(struct strbuf *out, const char *one, const char *many,
		     const uint16_t r[2], bool inv, bool numeric,
		     const char *proto)
{
	if (r[0] == 0 && r[1] == 65535 && !inv)
		return;
	if (r[0] == r[1]) {
		strbuf_addf(out, " %s:%s", one, inv ? "!" : "");
		port_list_one(out, r[0], numeric, proto);
		return;
	}
	strbuf_addf(out, " %s:%s", many, inv ? "!" : "");
	port_list_one(out, r[0], numeric, proto);
	strbuf_addc(out, ':');
	port_list_one(out, r[1], numeric, proto);
}

void port_range_save(struct strbuf *out, const char *opt,
		     const uint16_t r[2], bool inv)
{
	if (r[0] == 0 && r[1] == 65535 && !inv)
		return;
	strbuf_adds(out, inv ? " ! --" : " --");
	strbuf_adds(out, opt);
	strbuf_addc(out, ' ');
	strbuf_addu(out, r[0]);
	if (r[0] != r[1]) {
		strbuf_addc(out, ':');
		strbuf_addu(out, r[1]);
	}
}
