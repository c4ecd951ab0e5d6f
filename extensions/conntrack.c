// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * conntrack and state: connection tracking state, status, tuple addresses
 * and ports, expiry and direction.  The payload of both is the kernel's
 * struct xt_conntrack_mtinfo3, written as the compat match "conntrack"
 * revision 3 (as iptables-nft 1.8.9 does); "-m state" is the same match
 * with XT_CONNTRACK_STATE_ALIAS set, which is how it is told apart when
 * read back.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_conntrack_common.h>
#include <linux/netfilter/xt_conntrack.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_CTSTATE, O_CTPROTO, O_CTORIGSRC, O_CTORIGDST, O_CTREPLSRC,
	O_CTREPLDST, O_CTORIGSRCPORT, O_CTORIGDSTPORT, O_CTREPLSRCPORT,
	O_CTREPLDSTPORT, O_CTSTATUS, O_CTEXPIRE, O_CTDIR,
};

#define CT_OPT(n, i) { .name = n, .id = i, .type = EXT_T_CUSTOM, \
		       .flags = EXT_O_INVERT }

static const struct ext_opt conntrack_opts[] = {
	CT_OPT("ctstate", O_CTSTATE),
	CT_OPT("ctproto", O_CTPROTO),
	CT_OPT("ctorigsrc", O_CTORIGSRC),
	CT_OPT("ctorigdst", O_CTORIGDST),
	CT_OPT("ctreplsrc", O_CTREPLSRC),
	CT_OPT("ctrepldst", O_CTREPLDST),
	CT_OPT("ctstatus", O_CTSTATUS),
	{ .name = "ctexpire", .id = O_CTEXPIRE, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_conntrack_mtinfo3, expires_min) },
	CT_OPT("ctorigsrcport", O_CTORIGSRCPORT),
	CT_OPT("ctorigdstport", O_CTORIGDSTPORT),
	CT_OPT("ctreplsrcport", O_CTREPLSRCPORT),
	CT_OPT("ctrepldstport", O_CTREPLDSTPORT),
	{ .name = "ctdir", .id = O_CTDIR, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

/* match_flags bit of each option id */
static const uint16_t ct_flag[] = {
	[O_CTSTATE] = XT_CONNTRACK_STATE,
	[O_CTPROTO] = XT_CONNTRACK_PROTO,
	[O_CTORIGSRC] = XT_CONNTRACK_ORIGSRC,
	[O_CTORIGDST] = XT_CONNTRACK_ORIGDST,
	[O_CTREPLSRC] = XT_CONNTRACK_REPLSRC,
	[O_CTREPLDST] = XT_CONNTRACK_REPLDST,
	[O_CTORIGSRCPORT] = XT_CONNTRACK_ORIGSRC_PORT,
	[O_CTORIGDSTPORT] = XT_CONNTRACK_ORIGDST_PORT,
	[O_CTREPLSRCPORT] = XT_CONNTRACK_REPLSRC_PORT,
	[O_CTREPLDSTPORT] = XT_CONNTRACK_REPLDST_PORT,
	[O_CTSTATUS] = XT_CONNTRACK_STATUS,
	[O_CTEXPIRE] = XT_CONNTRACK_EXPIRES,
	[O_CTDIR] = XT_CONNTRACK_DIRECTION,
};

#define ST_NEW		XT_CONNTRACK_STATE_BIT(IP_CT_NEW)
#define ST_RELATED	XT_CONNTRACK_STATE_BIT(IP_CT_RELATED)
#define ST_ESTABLISHED	XT_CONNTRACK_STATE_BIT(IP_CT_ESTABLISHED)

/* Parsing order: a name is matched by any leading part of it. */
static const struct xt_bitname ct_states_in[] = {
	{ "INVALID", XT_CONNTRACK_STATE_INVALID },
	{ "NEW", ST_NEW },
	{ "ESTABLISHED", ST_ESTABLISHED },
	{ "RELATED", ST_RELATED },
	{ "UNTRACKED", XT_CONNTRACK_STATE_UNTRACKED },
	{ "SNAT", XT_CONNTRACK_STATE_SNAT },
	{ "DNAT", XT_CONNTRACK_STATE_DNAT },
	{ NULL, 0 },
};

/* Printing order. */
static const struct xt_bitname ct_states_out[] = {
	{ "INVALID", XT_CONNTRACK_STATE_INVALID },
	{ "NEW", ST_NEW },
	{ "RELATED", ST_RELATED },
	{ "ESTABLISHED", ST_ESTABLISHED },
	{ "UNTRACKED", XT_CONNTRACK_STATE_UNTRACKED },
	{ "SNAT", XT_CONNTRACK_STATE_SNAT },
	{ "DNAT", XT_CONNTRACK_STATE_DNAT },
	{ NULL, 0 },
};

static const struct xt_bitname ct_statuses[] = {
	{ "NONE", 0 },
	{ "EXPECTED", IPS_EXPECTED },
	{ "SEEN_REPLY", IPS_SEEN_REPLY },
	{ "ASSURED", IPS_ASSURED },
	{ "CONFIRMED", IPS_CONFIRMED },
	{ NULL, 0 },
};

static bool name_lookup(const struct xt_bitname *t, const char *s, size_t len,
			uint16_t *mask)
{
	for (; t->name; t++) {
		if (len <= strlen(t->name) && !strncasecmp(s, t->name, len)) {
			*mask |= t->bit;
			return true;
		}
	}
	return false;
}

/* "A,B,..." each a leading part of a name; the message names the rest of
 * the list from the word that failed. */
static int names_parse(struct ext_parse *p, const struct xt_bitname *t,
		       const char *what, uint16_t *mask)
{
	const char *s = p->arg, *comma;

	for (; (comma = strchr(s, ',')); s = comma + 1)
		if (comma == s || !name_lookup(t, s, comma - s, mask))
			goto bad;
	if (*s && name_lookup(t, s, strlen(s), mask))
		return 0;
bad:
	return erec_param(p->err, p->loc, "Bad %s \"%s\"", what, s);
}

static int addr_resolve(struct ext_parse *p, const char *host,
			union nf_inet_addr *a)
{
	int af = p->family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	struct addrinfo hints = { .ai_family = af }, *res, *ai;
	size_t len = af == AF_INET6 ? sizeof(struct in6_addr) :
				      sizeof(struct in_addr);
	bool first = true;
	int ret;

	ret = getaddrinfo(host, NULL, &hints, &res);
	if (ret)
		return erec_param(p->err, p->loc, "getaddrinfo: %s\n",
				  gai_strerror(ret));
	memset(a, 0, sizeof(*a));
	for (ai = res; ai; ai = ai->ai_next) {
		const struct sockaddr_in6 *s6 = (const void *)ai->ai_addr;
		const struct sockaddr_in *s4 = (const void *)ai->ai_addr;
		const void *h = af == AF_INET6 ? (const void *)&s6->sin6_addr :
						 (const void *)&s4->sin_addr;

		if (first) {
			memcpy(a, h, len);
			first = false;
		} else if (memcmp(a, h, len)) {
			freeaddrinfo(res);
			return erec_param(p->err, p->loc,
				"%s resolves to more than one address\n", host);
		}
	}
	freeaddrinfo(res);
	return 0;
}

/* The prefix length of a mask written as an address, -1 if it has holes. */
static int dotted_plen(struct ext_parse *p, const char *s)
{
	int af = p->family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	struct addrinfo hints = { .ai_family = af, .ai_flags = AI_NUMERICHOST };
	struct addrinfo *res;
	union ir_addr m = { 0 };
	int plen;

	if (getaddrinfo(s, NULL, &hints, &res))
		return -2;
	if (af == AF_INET6)
		m.in6 = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
	else
		m.in = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
	freeaddrinfo(res);
	plen = ir_mask_to_prefix(p->family, &m);
	return plen;
}

/*
 * "host[/plen|/mask]" as iptables 1.8.9 reads it: the address is kept
 * unmasked; no mask or a mask with holes gives all 128 bits set, a prefix
 * length the usual mask.
 */
static int hostmask_parse(struct ext_parse *p, union nf_inet_addr *addr,
			  union nf_inet_addr *mask)
{
	unsigned int max = p->family == NFPROTO_IPV6 ? 128 : 32;
	char *host = xstrdup(p->arg), *slash = strchr(host, '/');
	union ir_addr m;
	int plen, ret;
	uint64_t n;

	if (slash)
		*slash++ = '\0';
	ret = addr_resolve(p, host, addr);
	if (ret < 0 || !slash) {
		memset(mask, 0xff, sizeof(*mask));
		free(host);
		return ret;
	}
	if (xt_parse_uint(slash, NULL, 0, max, &n))
		plen = n;
	else
		plen = dotted_plen(p, slash);
	if (plen == -2) {
		ret = erec_param(p->err, p->loc,
			"conntrack: bad value for option \"--%s\", neither a valid network mask nor valid CIDR (0-%u).\n",
			p->opt->name, max);
		free(host);
		return ret;
	}
	free(host);
	if (plen < 0) {
		memset(mask, 0xff, sizeof(*mask));
		return 0;
	}
	xt_plen_mask(&m, plen);
	memcpy(mask, &m, sizeof(*mask));
	return 0;
}

/* A port number or service name, as getaddrinfo() reads it. */
static int port_lookup(const char *s)
{
	struct addrinfo *res, *ai;
	int port = -1;

	if (getaddrinfo(NULL, s, NULL, &res))
		return -1;
	for (ai = res; ai; ai = ai->ai_next) {
		if (ai->ai_family == AF_INET6) {
			port = ntohs(((struct sockaddr_in6 *)
				      ai->ai_addr)->sin6_port);
			break;
		}
		if (ai->ai_family == AF_INET) {
			port = ntohs(((struct sockaddr_in *)
				      ai->ai_addr)->sin_port);
			break;
		}
	}
	freeaddrinfo(res);
	return port;
}

/* "a[:b]", either part empty for 0 / 65535 */
static int portrc_parse(struct ext_parse *p, uint16_t *lo, uint16_t *hi)
{
	char *copy = xstrdup(p->arg), *rest = copy, *part;
	uint16_t r[2] = { 0, UINT16_MAX };
	unsigned int n = 0;
	int port, ret = 0;

	while ((part = strsep(&rest, ":"))) {
		if (n == 2) {
			ret = erec_param(p->err, p->loc,
				"conntrack: Too many components for option \"--%s\" (max: 2)\n",
				p->opt->name);
			goto out;
		}
		if (*part) {
			port = port_lookup(part);
			if (port < 0) {
				ret = erec_param(p->err, p->loc,
					"Port \"%s\" does not resolve to anything.\n",
					part);
				goto out;
			}
			r[n] = port;
		}
		n++;
	}
	if (n == 1)
		r[1] = r[0];
	/* iptables 1.8.13 refuses reversed ranges (1.8.9 took them) */
	if (r[0] > r[1]) {
		ret = erec_param(p->err, p->loc,
			"conntrack: invalid range \"%s\" for option \"--%s\" (min > max).\n",
			p->arg, p->opt->name);
		goto out;
	}
	*lo = r[0];
	*hi = r[1];
out:
	free(copy);
	return ret;
}

static int conntrack_parse(struct ext_parse *p)
{
	struct xt_conntrack_mtinfo3 *i = ext_data(p->self);
	unsigned int id = p->opt->id;
	int ret = 0;

	switch (id) {
	case O_CTSTATE:
		ret = names_parse(p, ct_states_in, "ctstate", &i->state_mask);
		break;
	case O_CTPROTO:
		if (ext_proto_parse(p->arg, &i->l4proto) < 0)
			return erec_param(p->err, p->loc,
				"unknown protocol \"%s\" specified", p->arg);
		/* iptables 1.8.13 refuses protocol 0 (1.8.9 took it) */
		if (!i->l4proto)
			return erec_param(p->err, p->loc, p->invert ?
				"conntrack: condition would always match protocol" :
				"conntrack: rule would never match protocol");
		break;
	case O_CTORIGSRC:
		ret = hostmask_parse(p, &i->origsrc_addr, &i->origsrc_mask);
		break;
	case O_CTORIGDST:
		ret = hostmask_parse(p, &i->origdst_addr, &i->origdst_mask);
		break;
	case O_CTREPLSRC:
		ret = hostmask_parse(p, &i->replsrc_addr, &i->replsrc_mask);
		break;
	case O_CTREPLDST:
		ret = hostmask_parse(p, &i->repldst_addr, &i->repldst_mask);
		break;
	case O_CTORIGSRCPORT:
		ret = portrc_parse(p, &i->origsrc_port, &i->origsrc_port_high);
		break;
	case O_CTORIGDSTPORT:
		ret = portrc_parse(p, &i->origdst_port, &i->origdst_port_high);
		break;
	case O_CTREPLSRCPORT:
		ret = portrc_parse(p, &i->replsrc_port, &i->replsrc_port_high);
		break;
	case O_CTREPLDSTPORT:
		ret = portrc_parse(p, &i->repldst_port, &i->repldst_port_high);
		break;
	case O_CTSTATUS:
		ret = names_parse(p, ct_statuses, "ctstatus", &i->status_mask);
		break;
	case O_CTEXPIRE:
		/* iptables 1.8.13 refuses reversed ranges (1.8.9 took them) */
		if (i->expires_min > i->expires_max)
			return erec_param(p->err, p->loc,
				"conntrack: invalid range \"%s\" for option \"--ctexpire\" (min > max).\n",
				p->arg);
		break;
	case O_CTDIR:
		if (!strcasecmp(p->arg, "ORIGINAL"))
			i->invert_flags &= ~XT_CONNTRACK_DIRECTION;
		else if (!strcasecmp(p->arg, "REPLY"))
			i->invert_flags |= XT_CONNTRACK_DIRECTION;
		else
			return erec_param(p->err, p->loc,
				"conntrack: Bad value for \"--ctdir\" option: \"%s\"",
				p->arg);
		break;
	}
	if (ret < 0)
		return ret;
	i->match_flags |= ct_flag[id];
	if (p->invert)
		i->invert_flags |= ct_flag[id];
	return 0;
}

static int conntrack_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "conntrack: At least one option is required");
	return 0;
}

/* " addr[/plen]", " anywhere" for 0 without -n */
static void ct_addr(const struct ext_print *p, const union nf_inet_addr *a,
		    const union nf_inet_addr *m, bool numeric)
{
	union ir_addr addr, mask;
	char buf[INET6_ADDRSTRLEN];
	int plen;

	memset(&addr, 0, sizeof(addr));
	memset(&mask, 0, sizeof(mask));
	memcpy(&addr, a, ir_addr_len(p->family));
	memcpy(&mask, m, ir_addr_len(p->family));
	if (!numeric && ir_addr_is_any(p->family, &addr)) {
		strbuf_adds(p->out, " anywhere");
		return;
	}
	strbuf_addc(p->out, ' ');
	addr_name(p->family, &addr, numeric, p->out);
	plen = ir_mask_to_prefix(p->family, &mask);
	if (plen < 0)
		strbuf_addf(p->out, "/%s",
			    addr_str(p->family, &mask, buf, sizeof(buf)));
	else if (plen != (int)ir_addr_len(p->family) * 8)
		strbuf_addf(p->out, "/%d", plen);
}

static void ct_ports(const struct ext_print *p, const char *pfx,
		     const char *name, uint16_t lo, uint16_t hi)
{
	if (hi == 0 || lo == hi)
		strbuf_addf(p->out, " %s%s %u", pfx, name, lo);
	else
		strbuf_addf(p->out, " %s%s %u:%u", pfx, name, lo, hi);
}

static void ct_out(const struct ext_print *p, const char *pfx, bool numeric)
{
	const struct xt_conntrack_mtinfo3 *i = ext_data(p->self);
	uint16_t f = i->match_flags, inv = i->invert_flags;
	static const struct {
		uint16_t flag;
		const char *name;
		size_t addr, mask;
	} addrs[] = {
#define CT_ADDR(f, n, a, m) { f, n, \
	offsetof(struct xt_conntrack_mtinfo3, a), \
	offsetof(struct xt_conntrack_mtinfo3, m) }
		CT_ADDR(XT_CONNTRACK_ORIGSRC, "ctorigsrc", origsrc_addr,
			origsrc_mask),
		CT_ADDR(XT_CONNTRACK_ORIGDST, "ctorigdst", origdst_addr,
			origdst_mask),
		CT_ADDR(XT_CONNTRACK_REPLSRC, "ctreplsrc", replsrc_addr,
			replsrc_mask),
		CT_ADDR(XT_CONNTRACK_REPLDST, "ctrepldst", repldst_addr,
			repldst_mask),
#undef CT_ADDR
	};
	static const struct {
		uint16_t flag;
		const char *name;
		size_t lo, hi;
	} ports[] = {
#define CT_PORT(f, n, l, h) { f, n, \
	offsetof(struct xt_conntrack_mtinfo3, l), \
	offsetof(struct xt_conntrack_mtinfo3, h) }
		CT_PORT(XT_CONNTRACK_ORIGSRC_PORT, "ctorigsrcport",
			origsrc_port, origsrc_port_high),
		CT_PORT(XT_CONNTRACK_ORIGDST_PORT, "ctorigdstport",
			origdst_port, origdst_port_high),
		CT_PORT(XT_CONNTRACK_REPLSRC_PORT, "ctreplsrcport",
			replsrc_port, replsrc_port_high),
		CT_PORT(XT_CONNTRACK_REPLDST_PORT, "ctrepldstport",
			repldst_port, repldst_port_high),
#undef CT_PORT
	};
	const char *base = (const char *)i;
	size_t k;

	if (f & XT_CONNTRACK_STATE) {
		strbuf_addf(p->out, "%s %s%s ",
			    inv & XT_CONNTRACK_STATE ? " !" : "", pfx,
			    f & XT_CONNTRACK_STATE_ALIAS ? "state" : "ctstate");
		xt_bitnames(p->out, ct_states_out, i->state_mask);
	}
	if (f & XT_CONNTRACK_PROTO)
		strbuf_addf(p->out, "%s %sctproto %u",
			    inv & XT_CONNTRACK_PROTO ? " !" : "", pfx,
			    i->l4proto);
	for (k = 0; k < ARRAY_SIZE(addrs); k++) {
		if (!(f & addrs[k].flag))
			continue;
		strbuf_addf(p->out, "%s %s%s",
			    inv & addrs[k].flag ? " !" : "", pfx,
			    addrs[k].name);
		ct_addr(p, (const void *)(base + addrs[k].addr),
			(const void *)(base + addrs[k].mask), numeric);
	}
	for (k = 0; k < ARRAY_SIZE(ports); k++) {
		uint16_t lo, hi;

		if (!(f & ports[k].flag))
			continue;
		memcpy(&lo, base + ports[k].lo, sizeof(lo));
		memcpy(&hi, base + ports[k].hi, sizeof(hi));
		if (inv & ports[k].flag)
			strbuf_adds(p->out, " !");
		ct_ports(p, pfx, ports[k].name, lo, hi);
	}
	if (f & XT_CONNTRACK_STATUS) {
		strbuf_addf(p->out, "%s %sctstatus ",
			    inv & XT_CONNTRACK_STATUS ? " !" : "", pfx);
		if (i->status_mask)
			xt_bitnames(p->out, ct_statuses + 1, i->status_mask);
		else
			strbuf_adds(p->out, "NONE");
	}
	if (f & XT_CONNTRACK_EXPIRES) {
		strbuf_addf(p->out, "%s %sctexpire ",
			    inv & XT_CONNTRACK_EXPIRES ? " !" : "", pfx);
		if (i->expires_min == i->expires_max)
			strbuf_addf(p->out, "%u", i->expires_min);
		else
			strbuf_addf(p->out, "%u:%u", i->expires_min,
				    i->expires_max);
	}
	if (f & XT_CONNTRACK_DIRECTION)
		strbuf_addf(p->out, " %sctdir %s", pfx,
			    inv & XT_CONNTRACK_DIRECTION ? "REPLY" :
			    "ORIGINAL");
}

static void conntrack_save(const struct ext_print *p)
{
	ct_out(p, "--", true);
}

static void conntrack_print(const struct ext_print *p)
{
	ct_out(p, "", p->numeric);
}

static void conntrack_help(struct strbuf *out)
{
	strbuf_adds(out,
		"conntrack match options:\n"
		"[!] --ctstate {INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED|SNAT|DNAT}[,...]\n"
		"                               State(s) to match\n"
		"[!] --ctproto proto            Protocol to match; by number or name, e.g. \"tcp\"\n"
		"[!] --ctorigsrc address[/mask]\n"
		"[!] --ctorigdst address[/mask]\n"
		"[!] --ctreplsrc address[/mask]\n"
		"[!] --ctrepldst address[/mask]\n"
		"                               Original/Reply source/destination address\n"
		"[!] --ctorigsrcport port\n"
		"[!] --ctorigdstport port\n"
		"[!] --ctreplsrcport port\n"
		"[!] --ctrepldstport port\n"
		"                               TCP/UDP/SCTP orig./reply source/destination port\n"
		"[!] --ctstatus {NONE|EXPECTED|SEEN_REPLY|ASSURED|CONFIRMED}[,...]\n"
		"                               Status(es) to match\n"
		"[!] --ctexpire time[:time]     Match remaining lifetime in seconds against\n"
		"                               value or range of values (inclusive)\n"
		"    --ctdir {ORIGINAL|REPLY}   Flow direction of packet\n");
}

extern const struct ext ext_state;

/* The state alias is the same match with a flag set: show it as such. */
static int conntrack_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	struct xt_conntrack_mtinfo3 *i = ext_data(self);

	memcpy(i, xt, len < sizeof(*i) ? len : sizeof(*i));
	if (i->match_flags & XT_CONNTRACK_STATE_ALIAS)
		self->ext = &ext_state;
	return 0;
}

/* ---- iptables-translate ---- */

/* "invalid,new" for the real states of mask, in iptables' order */
static void ct_xl_states(struct strbuf *out, uint16_t mask)
{
	static const struct xt_bitname names[] = {
		{ "invalid", XT_CONNTRACK_STATE_INVALID },
		{ "new", ST_NEW },
		{ "related", ST_RELATED },
		{ "established", ST_ESTABLISHED },
		{ "untracked", XT_CONNTRACK_STATE_UNTRACKED },
		{ NULL, 0 },
	};

	xt_bitnames(out, names, mask);
}

static void ct_xl_status(struct strbuf *out, uint16_t mask)
{
	static const struct xt_bitname names[] = {
		{ "expected", IPS_EXPECTED },
		{ "seen-reply", IPS_SEEN_REPLY },
		{ "assured", IPS_ASSURED },
		{ "confirmed", IPS_CONFIRMED },
		{ "snat", IPS_SRC_NAT },
		{ "dnat", IPS_DST_NAT },
		{ NULL, 0 },
	};

	xt_bitnames(out, names, mask);
}

/*
 * Everything but the state, each of which needs a conntrack entry (nft's
 * ct expressions do not match without one, as the match does not).
 */
static int ct_xl_tuple(struct xlate *xl, const struct xt_conntrack_mtinfo3 *i)
{
	static const struct {
		uint16_t flag;
		const char *key;
		size_t addr, mask;
	} addrs[] = {
#define CT_XADDR(f, k, a, m) { f, k, \
	offsetof(struct xt_conntrack_mtinfo3, a), \
	offsetof(struct xt_conntrack_mtinfo3, m) }
		CT_XADDR(XT_CONNTRACK_ORIGSRC, "original saddr",
			 origsrc_addr, origsrc_mask),
		CT_XADDR(XT_CONNTRACK_ORIGDST, "original daddr",
			 origdst_addr, origdst_mask),
		CT_XADDR(XT_CONNTRACK_REPLSRC, "reply saddr",
			 replsrc_addr, replsrc_mask),
		CT_XADDR(XT_CONNTRACK_REPLDST, "reply daddr",
			 repldst_addr, repldst_mask),
#undef CT_XADDR
	};
	static const struct {
		uint16_t flag;
		const char *key;
		size_t lo, hi;
	} ports[] = {
#define CT_XPORT(f, k, l, h) { f, k, \
	offsetof(struct xt_conntrack_mtinfo3, l), \
	offsetof(struct xt_conntrack_mtinfo3, h) }
		CT_XPORT(XT_CONNTRACK_ORIGSRC_PORT, "original proto-src",
			 origsrc_port, origsrc_port_high),
		CT_XPORT(XT_CONNTRACK_ORIGDST_PORT, "original proto-dst",
			 origdst_port, origdst_port_high),
		CT_XPORT(XT_CONNTRACK_REPLSRC_PORT, "reply proto-src",
			 replsrc_port, replsrc_port_high),
		CT_XPORT(XT_CONNTRACK_REPLDST_PORT, "reply proto-dst",
			 repldst_port, repldst_port_high),
#undef CT_XPORT
	};
	uint16_t f = i->match_flags, inv = i->invert_flags;
	const char *base = (const char *)i;
	struct strbuf sb = STRBUF_INIT;
	union ir_addr a, m;
	size_t k;

	if (f & XT_CONNTRACK_EXPIRES)
		return xl_unsupported(xl,
			"conntrack: --ctexpire is not translated (nft counts milliseconds)");
	if ((f & (XT_CONNTRACK_ORIGSRC_PORT | XT_CONNTRACK_ORIGDST_PORT |
		  XT_CONNTRACK_REPLSRC_PORT | XT_CONNTRACK_REPLDST_PORT)) &&
	    (!(f & XT_CONNTRACK_PROTO) || (inv & XT_CONNTRACK_PROTO)))
		return xl_unsupported(xl,
			"conntrack: nft needs --ctproto for the ports of an entry");
	if (f & XT_CONNTRACK_PROTO)
		xl_add(xl, "ct original protocol %s%u",
		       inv & XT_CONNTRACK_PROTO ? "!= " : "", i->l4proto);
	for (k = 0; k < ARRAY_SIZE(addrs); k++) {
		if (!(f & addrs[k].flag))
			continue;
		memcpy(&a, base + addrs[k].addr, sizeof(a));
		memcpy(&m, base + addrs[k].mask, sizeof(m));
		strbuf_reset(&sb);
		if (!xl_addr(&sb, xl->family, &a, &m)) {
			strbuf_release(&sb);
			return xl_unsupported(xl,
				"conntrack: an address mask that is not a prefix");
		}
		xl_add(xl, "ct %s %s%s", addrs[k].key,
		       inv & addrs[k].flag ? "!= " : "", strbuf_str(&sb));
	}
	for (k = 0; k < ARRAY_SIZE(ports); k++) {
		uint16_t lo, hi;

		if (!(f & ports[k].flag))
			continue;
		memcpy(&lo, base + ports[k].lo, sizeof(lo));
		memcpy(&hi, base + ports[k].hi, sizeof(hi));
		strbuf_reset(&sb);
		xl_ports(&sb, lo, hi < lo ? lo : hi);
		xl_add(xl, "ct %s %s%s", ports[k].key,
		       inv & ports[k].flag ? "!= " : "", strbuf_str(&sb));
	}
	if (f & XT_CONNTRACK_DIRECTION)
		xl_add(xl, "ct direction %s",
		       inv & XT_CONNTRACK_DIRECTION ? "reply" : "original");
	if (f & XT_CONNTRACK_STATUS) {
		if (!i->status_mask) {
			strbuf_release(&sb);
			return xl_unsupported(xl,
				"conntrack: --ctstatus NONE has no nft equivalent");
		}
		strbuf_reset(&sb);
		ct_xl_status(&sb, i->status_mask);
		xl_add(xl, "ct status %s%s",
		       inv & XT_CONNTRACK_STATUS ? "! " : "", strbuf_str(&sb));
	}
	strbuf_release(&sb);
	return 0;
}

/*
 * The state test is the only one that passes without a conntrack entry
 * (INVALID, UNTRACKED), and when it does the match skips its other
 * tests; SNAT and DNAT are status bits of an entry, which nft's "ct
 * status" cannot read without one.  So the match is a union of disjoint
 * cases: with an entry, by state (and SNAT/DNAT status), and without
 * one.  One case is one nft rule; two become two rules (each packet
 * matches at most one); more are reported.
 */
struct ct_case {
	uint16_t states;		/* ct state, 0: not tested */
	const char *status;		/* "", "! " or NULL: not tested */
	bool others;			/* the other tests apply */
};

static void ct_xl_case(struct strbuf *out, const struct ct_case *c,
		       uint16_t vstatus)
{
	struct strbuf sb = STRBUF_INIT;

	if (c->states) {
		ct_xl_states(&sb, c->states);
		strbuf_addf(out, "%sct state %s", out->len ? " " : "",
			    strbuf_str(&sb));
	}
	if (c->status) {
		strbuf_reset(&sb);
		ct_xl_status(&sb, vstatus);
		strbuf_addf(out, "%sct status %s%s", out->len ? " " : "",
			    c->status, strbuf_str(&sb));
	}
	strbuf_release(&sb);
}

static int conntrack_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_conntrack_mtinfo3 *i = ext_data(self);
	const uint16_t nostate = XT_CONNTRACK_STATE_INVALID |
				 XT_CONNTRACK_STATE_UNTRACKED;
	const uint16_t entry = ST_NEW | ST_RELATED | ST_ESTABLISHED;
	const uint16_t virt = XT_CONNTRACK_STATE_SNAT |
			      XT_CONNTRACK_STATE_DNAT;
	uint16_t f = i->match_flags & ~XT_CONNTRACK_STATE_ALIAS;
	bool inv = i->invert_flags & XT_CONNTRACK_STATE;
	uint16_t s = i->state_mask & (nostate | entry);
	uint16_t v = i->state_mask & virt;
	bool others = f & ~XT_CONNTRACK_STATE;
	struct strbuf *orig = xl->out;
	struct strbuf sb = STRBUF_INIT;
	struct ct_case cases[4];
	uint16_t vstatus = 0, pass_none, pass_ct;
	unsigned int n = 0, k;

	if (!(f & XT_CONNTRACK_STATE))
		return ct_xl_tuple(xl, i);
	if (!v && !others) {
		/* "ct state" is exact on its own, entry or not */
		ct_xl_states(&sb, s);
		xl_add(xl, "ct state %s%s", inv ? "! " : "", strbuf_str(&sb));
		strbuf_release(&sb);
		return 0;
	}
	if (v & XT_CONNTRACK_STATE_SNAT)
		vstatus |= IPS_SRC_NAT;
	if (v & XT_CONNTRACK_STATE_DNAT)
		vstatus |= IPS_DST_NAT;
	pass_none = inv ? nostate & ~s : s & nostate;
	pass_ct = inv ? entry & ~s : s & entry;
	/* with an entry */
	if (!v) {
		if (pass_ct)
			cases[n++] = (struct ct_case){ pass_ct, NULL, true };
	} else if (inv) {
		if (pass_ct)
			cases[n++] = (struct ct_case){ pass_ct, "! ", true };
	} else {
		if (pass_ct)
			cases[n++] = (struct ct_case){ pass_ct, NULL, true };
		if (entry & ~pass_ct)
			cases[n++] = (struct ct_case){
				pass_ct ? entry & ~pass_ct : 0, "", true };
	}
	/* without one: the other tests are skipped */
	if (pass_none) {
		if (!others && n && !cases[0].status)
			cases[0].states |= pass_none;
		else
			cases[n++] = (struct ct_case){ pass_none, NULL, false };
	}
	if (!n)
		return xl_unsupported(xl,
			"conntrack: the state test matches no packet");
	if (n > 2)
		return xl_unsupported(xl,
			"conntrack: these states need more than two nft rules");
	if (n == 2 && xl->has_alt)
		return xl_unsupported(xl,
			"two matches of the rule would each need two nft rules");
	for (k = 0; k < n; k++) {
		struct strbuf *out = k ? xl->alt : orig;
		int ret;

		/* every ct expression but "ct state" needs an entry */
		if (cases[k].states == entry &&
		    (cases[k].status || (cases[k].others && others)))
			cases[k].states = 0;
		ct_xl_case(out, &cases[k], vstatus);
		if (!cases[k].others)
			continue;
		xl->out = out;
		ret = ct_xl_tuple(xl, i);
		xl->out = orig;
		if (ret < 0)
			return ret;
	}
	xl->has_alt |= n == 2;
	return 0;
}

const struct ext ext_conntrack = {
	.name = "conntrack",
	.kind = EXT_MATCH,
	.revision = 3,
	.size = sizeof(struct xt_conntrack_mtinfo3),
	.xt_size = sizeof(struct xt_conntrack_mtinfo3),
	.opts = conntrack_opts,
	.parse = conntrack_parse,
	.check = conntrack_check,
	.save = conntrack_save,
	.print = conntrack_print,
	.from_xt = conntrack_from_xt,
	.help = conntrack_help,
	.xlate = conntrack_xlate,
};

/* ---- state ---- */

enum {
	O_STATE,
};

static const struct ext_opt state_opts[] = {
	{ .name = "state", .id = O_STATE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

/* state knows fewer names, and says so differently */
static const struct xt_bitname state_names[] = {
	{ "INVALID", XT_CONNTRACK_STATE_INVALID },
	{ "NEW", ST_NEW },
	{ "ESTABLISHED", ST_ESTABLISHED },
	{ "RELATED", ST_RELATED },
	{ "UNTRACKED", XT_CONNTRACK_STATE_UNTRACKED },
	{ NULL, 0 },
};

static int state_parse(struct ext_parse *p)
{
	struct xt_conntrack_mtinfo3 *i = ext_data(p->self);
	const char *s = p->arg, *comma;

	for (; (comma = strchr(s, ',')); s = comma + 1)
		if (comma == s ||
		    !name_lookup(state_names, s, comma - s, &i->state_mask))
			goto bad;
	if (!*s)
		return erec_param(p->err, p->loc,
			"\"--state\" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED");
	if (name_lookup(state_names, s, strlen(s), &i->state_mask)) {
		i->match_flags |= XT_CONNTRACK_STATE | XT_CONNTRACK_STATE_ALIAS;
		if (p->invert)
			i->invert_flags |= XT_CONNTRACK_STATE;
		return 0;
	}
bad:
	return erec_param(p->err, p->loc, "Bad state \"%s\"", s);
}

static void state_help(struct strbuf *out)
{
	strbuf_adds(out,
		"state match options:\n"
		" [!] --state [INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED][,...]\n"
		"\t\t\t\tState(s) to match\n");
}

const struct ext ext_state = {
	.name = "state",
	.xt_name = "conntrack",
	.kind = EXT_MATCH,
	.revision = 3,
	.size = sizeof(struct xt_conntrack_mtinfo3),
	.xt_size = sizeof(struct xt_conntrack_mtinfo3),
	.opts = state_opts,
	.parse = state_parse,
	.save = conntrack_save,
	.print = conntrack_print,
	.from_xt = conntrack_from_xt,
	.help = state_help,
	.xlate = conntrack_xlate,
};
