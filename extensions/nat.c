// SPDX-License-Identifier: GPL-2.0-or-later
/* The NAT targets' shared range syntax (see nat.h). */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/values.h>
#include <iptnft/xlate.h>

#include "helpers.h"
#include "nat.h"

bool nat_portok(const struct ir_rule *r)
{
	switch (r->proto) {
	case IPPROTO_TCP:
	case IPPROTO_UDP:
	case IPPROTO_SCTP:
	case IPPROTO_DCCP:
	case IPPROTO_ICMP:
		return true;
	}
	return false;
}

/*
 * A number in any C base within [min, 65535], leading blanks allowed;
 * *end is where it stopped (trailing text is the caller's business).
 */
static bool port_num(const char *s, char **end, unsigned int min,
		     unsigned int *out)
{
	uint64_t n;

	if (!xt_parse_uint(s, end, min, UINT16_MAX, &n))
		return false;
	*out = n;
	return true;
}

static bool port_service(const char *s, unsigned int *out)
{
	struct servent *se = getservbyname(s, NULL);

	if (!se)
		return false;
	*out = ntohs(se->s_port);
	return true;
}

int nat_parse_ports(struct ext_parse *p, const char *arg,
		    struct nf_nat_range2 *r)
{
	unsigned int port, maxport, base;
	char *end;

	if (!nat_portok(p->rule))
		return erec_param(p->err, p->loc,
			"Need TCP, UDP, SCTP or DCCP with port specification");
	r->flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
	if (!port_num(arg, &end, 0, &port)) {
		if (!port_service(arg, &port))
			return erec_param(p->err, p->loc,
					  "Port `%s' not valid", arg);
		end = (char *)"";
	}
	switch (*end) {
	case '\0':
		r->min_proto.tcp.port = r->max_proto.tcp.port = htons(port);
		return 0;
	case '-':
		arg = end + 1;
		break;
	case ':':
		return erec_param(p->err, p->loc,
				  "Invalid port:port syntax - use dash");
	default:
		return erec_param(p->err, p->loc,
				  "Garbage after port value: `%s'", end);
	}
	/* the end of a range is a number */
	if (!port_num(arg, &end, 0, &maxport))
		return erec_param(p->err, p->loc, "Port `%s' not valid", arg);
	if (maxport < port)
		return erec_param(p->err, p->loc, "Port range `%s' funky",
				  arg);
	r->min_proto.tcp.port = htons(port);
	r->max_proto.tcp.port = htons(maxport);
	switch (*end) {
	case '\0':
		return 0;
	case '/':
		arg = end + 1;
		break;
	default:
		return erec_param(p->err, p->loc,
				  "Garbage after port range: `%s'", end);
	}
	if (!port_num(arg, &end, 1, &base) && !port_service(arg, &base))
		return erec_param(p->err, p->loc, "Port `%s' not valid", arg);
	r->flags |= NF_NAT_RANGE_PROTO_OFFSET;
	r->base_proto.tcp.port = htons(base);
	return 0;
}

int nat_parse_to(struct ext_parse *p, struct nf_nat_range2 *r)
{
	int af = p->family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	char *arg = xstrdup(p->arg), *start, *close, *colon, *dash;
	int ret = 0;

	start = strchr(arg, '[');
	if (!start) {
		start = arg;
		/* one colon is a port, more make an IPv6 address */
		colon = strchr(arg, ':');
		if (colon && strchr(colon + 1, ':'))
			colon = NULL;
	} else {
		start++;
		close = strchr(start, ']');
		if (!close || af == AF_INET) {
			ret = erec_param(p->err, p->loc,
					 "Invalid address format");
			goto out;
		}
		*close = '\0';
		colon = strchr(close + 1, ':');
	}
	if (colon) {
		ret = nat_parse_ports(p, colon + 1, r);
		/* ":port" or "[]:port": no address */
		if (ret < 0 || colon == arg || colon == arg + 2)
			goto out;
		*colon = '\0';
	}
	r->flags |= NF_NAT_RANGE_MAP_IPS;
	dash = strchr(start, '-');
	if (dash)
		*dash = '\0';
	if (inet_pton(af, start, &r->min_addr) != 1) {
		ret = erec_param(p->err, p->loc, "Bad IP address \"%s\"",
				 start);
		goto out;
	}
	if (!dash) {
		r->max_addr = r->min_addr;
	} else if (inet_pton(af, dash + 1, &r->max_addr) != 1) {
		ret = erec_param(p->err, p->loc, "Bad IP address \"%s\"",
				 dash + 1);
	}
out:
	free(arg);
	return ret;
}

void nat_print(struct strbuf *out, const struct nf_nat_range2 *r,
	       uint8_t family, const char *rangeopt, const char *pfx,
	       bool skip_colon)
{
	int af = family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	bool brackets = af == AF_INET6 &&
			(r->flags & NF_NAT_RANGE_PROTO_SPECIFIED);
	struct strbuf s = STRBUF_INIT;
	char buf[INET6_ADDRSTRLEN];
	const char *text;
	union ir_addr a;

	if (r->flags & NF_NAT_RANGE_MAP_IPS) {
		if (brackets)
			strbuf_addc(&s, '[');
		memcpy(&a, &r->min_addr, sizeof(a));
		strbuf_adds(&s, addr_str(family, &a, buf, sizeof(buf)));
		if (memcmp(&r->min_addr, &r->max_addr, sizeof(r->min_addr))) {
			memcpy(&a, &r->max_addr, sizeof(a));
			strbuf_addf(&s, "-%s",
				    addr_str(family, &a, buf, sizeof(buf)));
		}
		if (brackets)
			strbuf_addc(&s, ']');
	}
	if (r->flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
		strbuf_addf(&s, ":%u", ntohs(r->min_proto.tcp.port));
		if (r->max_proto.tcp.port != r->min_proto.tcp.port)
			strbuf_addf(&s, "-%u", ntohs(r->max_proto.tcp.port));
		if (r->flags & NF_NAT_RANGE_PROTO_OFFSET)
			strbuf_addf(&s, "/%u", ntohs(r->base_proto.tcp.port));
	}
	text = strbuf_str(&s);
	if (*text) {
		if (*text == ':' && skip_colon)
			text++;
		strbuf_addf(out, " %s%s", rangeopt, text);
	}
	strbuf_release(&s);
	if (r->flags & NF_NAT_RANGE_PROTO_RANDOM)
		strbuf_addf(out, " %srandom", pfx);
	if (r->flags & NF_NAT_RANGE_PROTO_RANDOM_FULLY)
		strbuf_addf(out, " %srandom-fully", pfx);
	if (r->flags & NF_NAT_RANGE_PERSISTENT)
		strbuf_addf(out, " %spersistent", pfx);
}

enum nat_layout nat_layout_of(const struct ext *x)
{
	if (x->size == sizeof(struct nf_nat_range2))
		return NAT_RANGE2;
	if (x->size == sizeof(struct nf_nat_range))
		return NAT_RANGE;
	return NAT_MRC;
}

void nat_init_mrc(struct ir_ext *self)
{
	struct nf_nat_ipv4_multi_range_compat *m = ext_data(self);

	m->rangesize = 1;
}

void nat_range_get(const struct ir_ext *self, struct nf_nat_range2 *r)
{
	const struct nf_nat_ipv4_multi_range_compat *m = ext_data(self);

	memset(r, 0, sizeof(*r));
	switch (nat_layout_of(self->ext)) {
	case NAT_MRC:
		r->flags = m->range[0].flags;
		r->min_addr.ip = m->range[0].min_ip;
		r->max_addr.ip = m->range[0].max_ip;
		r->min_proto = m->range[0].min;
		r->max_proto = m->range[0].max;
		break;
	case NAT_RANGE:
		memcpy(r, ext_data(self), sizeof(struct nf_nat_range));
		break;
	case NAT_RANGE2:
		memcpy(r, ext_data(self), sizeof(*r));
		break;
	}
}

/*
 * The compat layout takes what one option set (addresses and ports for
 * the range options, flags for all); the others are updated in place.
 */
int nat_parse(struct ext_parse *p)
{
	enum nat_layout l = nat_layout_of(p->self->ext);
	struct nf_nat_ipv4_multi_range_compat *m = ext_data(p->self);
	struct nf_nat_range2 r;
	int ret = 0;

	if (l == NAT_MRC)
		memset(&r, 0, sizeof(r));
	else
		nat_range_get(p->self, &r);
	switch (p->opt->id) {
	case NAT_O_TO:
		ret = nat_parse_to(p, &r);
		break;
	case NAT_O_TO_PORTS:
		ret = nat_parse_ports(p, p->arg, &r);
		break;
	case NAT_O_RANDOM:
		r.flags |= NF_NAT_RANGE_PROTO_RANDOM;
		break;
	case NAT_O_RANDOM_FULLY:
		r.flags |= NF_NAT_RANGE_PROTO_RANDOM_FULLY;
		break;
	case NAT_O_PERSISTENT:
		r.flags |= NF_NAT_RANGE_PERSISTENT;
		break;
	}
	if (ret < 0)
		return ret;
	switch (l) {
	case NAT_MRC:
		if (p->opt->id == NAT_O_TO) {
			m->range[0].min_ip = r.min_addr.ip;
			m->range[0].max_ip = r.max_addr.ip;
		}
		if (p->opt->id == NAT_O_TO || p->opt->id == NAT_O_TO_PORTS) {
			m->range[0].min = r.min_proto;
			m->range[0].max = r.max_proto;
		}
		m->range[0].flags |= r.flags;
		break;
	case NAT_RANGE:
		memcpy(ext_data(p->self), &r, sizeof(struct nf_nat_range));
		break;
	case NAT_RANGE2:
		memcpy(ext_data(p->self), &r, sizeof(r));
		break;
	}
	return 0;
}

int nat_check_no_shift(struct ext_check *c)
{
	struct nf_nat_range2 r;

	nat_range_get(c->self, &r);
	if (r.flags & NF_NAT_RANGE_PROTO_OFFSET)
		return erec_param(c->err, c->loc,
			"Shifted portmap ranges not supported with this kernel");
	return 0;
}

/* ---- iptables-translate ---- */

int nat_xlate(struct xlate *xl, const struct ir_ext *self, const char *verb)
{
	struct nf_nat_range2 r;
	const char *sep = " ";
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
	bool v6 = xl->family == NFPROTO_IPV6;
	struct strbuf sb = STRBUF_INIT;
	bool br;

	nat_range_get(self, &r);
	br = v6 && (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED);
	if (r.flags & NF_NAT_RANGE_PROTO_OFFSET)
		return xl_unsupported(xl,
			"NAT: a port shift (/port) has no nft equivalent");
	if ((r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) &&
	    xl->rule->proto != IPPROTO_TCP &&
	    xl->rule->proto != IPPROTO_UDP &&
	    xl->rule->proto != IPPROTO_SCTP &&
	    xl->rule->proto != IPPROTO_DCCP)
		return xl_unsupported(xl,
			"NAT: ports need -p tcp, udp, sctp or dccp in nft");
	strbuf_adds(&sb, verb);
	if (r.flags & NF_NAT_RANGE_MAP_IPS) {
		inet_ntop(v6 ? AF_INET6 : AF_INET, &r.min_addr, a, sizeof(a));
		inet_ntop(v6 ? AF_INET6 : AF_INET, &r.max_addr, b, sizeof(b));
		/* IPv6 with ports: "[a]-[b]:p" */
		strbuf_addf(&sb, " to %s%s%s", br ? "[" : "", a, br ? "]" : "");
		if (strcmp(a, b))
			strbuf_addf(&sb, "-%s%s%s", br ? "[" : "", b,
				    br ? "]" : "");
	} else if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
		strbuf_adds(&sb, " to ");
	}
	if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
		strbuf_addf(&sb, ":%u", ntohs(r.min_proto.all));
		if (r.min_proto.all != r.max_proto.all)
			strbuf_addf(&sb, "-%u", ntohs(r.max_proto.all));
	}
	if (r.flags & NF_NAT_RANGE_PROTO_RANDOM) {
		strbuf_addf(&sb, "%srandom", sep);
		sep = ",";
	}
	if (r.flags & NF_NAT_RANGE_PROTO_RANDOM_FULLY) {
		strbuf_addf(&sb, "%sfully-random", sep);
		sep = ",";
	}
	if (r.flags & NF_NAT_RANGE_PERSISTENT)
		strbuf_addf(&sb, "%spersistent", sep);
	xl_add(xl, "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}
