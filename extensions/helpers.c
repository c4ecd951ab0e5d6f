// SPDX-License-Identifier: GPL-2.0-or-later
/* Small printing helpers shared by the extensions (see helpers.h). */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netfilter/ipset/ip_set.h>

#include <iptnft/erec.h>
#include <iptnft/ext.h>

#include "helpers.h"

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
