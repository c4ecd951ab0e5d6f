// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * multiport: up to 15 source, destination or either ports, ranges taking
 * two slots.  The payload is the kernel's struct xt_multiport_v1, written
 * as the compat match revision 1.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_multiport.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_SOURCE_PORTS, O_DEST_PORTS, O_SD_PORTS,
};

#define F_ALL ((1 << O_SOURCE_PORTS) | (1 << O_DEST_PORTS) | \
	       (1 << O_SD_PORTS))

static const struct ext_opt multiport_opts[] = {
	{ .name = "source-ports", .id = O_SOURCE_PORTS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = F_ALL },
	{ .name = "sports", .id = O_SOURCE_PORTS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = F_ALL },
	{ .name = "destination-ports", .id = O_DEST_PORTS,
	  .type = EXT_T_CUSTOM, .flags = EXT_O_INVERT, .excl = F_ALL },
	{ .name = "dports", .id = O_DEST_PORTS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = F_ALL },
	{ .name = "ports", .id = O_SD_PORTS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = F_ALL },
	EXT_OPT_END
};

static const char *multiport_proto(uint16_t proto)
{
	switch (proto) {
	case IPPROTO_TCP:
		return "tcp";
	case IPPROTO_UDP:
		return "udp";
	case IPPROTO_UDPLITE:
		return "udplite";
	case IPPROTO_SCTP:
		return "sctp";
	case IPPROTO_DCCP:
		return "dccp";
	}
	return NULL;
}

/* A number in any C base, or a service of the protocol. */
static int one_port(struct ext_parse *p, const char *s, const char *proto,
		    uint16_t *out)
{
	struct servent *se;
	uint64_t n;

	if (xt_parse_uint(s, NULL, 0, UINT16_MAX, &n)) {
		*out = n;
		return 0;
	}
	se = getservbyname(s, proto);
	if (se) {
		*out = ntohs(se->s_port);
		return 0;
	}
	return erec_param(p->err, p->loc,
			  "invalid port/service `%s' specified", s);
}

static int ports_parse(struct ext_parse *p, struct xt_multiport_v1 *m,
		       const char *proto)
{
	char *buf = xstrdup(p->arg), *cp, *next, *range;
	unsigned int i;
	int ret = 0;

	memset(m->pflags, 0, sizeof(m->pflags));
	for (cp = buf, i = 0; cp && i < XT_MULTI_PORTS; cp = next, i++) {
		next = strchr(cp, ',');
		if (next)
			*next++ = '\0';
		range = strchr(cp, ':');
		if (range) {
			if (i == XT_MULTI_PORTS - 1) {
				ret = erec_param(p->err, p->loc,
						 "too many ports specified");
				goto out;
			}
			*range++ = '\0';
		}
		ret = one_port(p, cp, proto, &m->ports[i]);
		if (ret < 0)
			goto out;
		if (range) {
			m->pflags[i] = 1;
			ret = one_port(p, range, proto, &m->ports[++i]);
			if (ret < 0)
				goto out;
			if (m->ports[i - 1] >= m->ports[i]) {
				ret = erec_param(p->err, p->loc,
						 "invalid portrange specified");
				goto out;
			}
		}
	}
	m->count = i;
	if (cp)
		ret = erec_param(p->err, p->loc, "too many ports specified");
out:
	free(buf);
	return ret;
}

static int multiport_parse(struct ext_parse *p)
{
	struct xt_multiport_v1 *m = ext_data(p->self);
	const char *proto = multiport_proto(p->rule->proto);

	if ((p->rule->invflags & IR_INV_PROTO) ||
	    (!proto && p->rule->proto))
		return erec_param(p->err, p->loc,
			"multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
	if (!proto)
		return erec_param(p->err, p->loc,
			"multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
	switch (p->opt->id) {
	case O_SOURCE_PORTS:
		m->flags = XT_MULTIPORT_SOURCE;
		break;
	case O_DEST_PORTS:
		m->flags = XT_MULTIPORT_DESTINATION;
		break;
	case O_SD_PORTS:
		m->flags = XT_MULTIPORT_EITHER;
		break;
	}
	if (p->invert)
		m->invert = 1;
	return ports_parse(p, m, proto);
}

static int multiport_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "multiport expection an option");
	return 0;
}

static void port_out(const struct ext_print *p, uint16_t port, bool numeric)
{
	const char *name = NULL;

	if (!numeric)
		name = port_name(port, multiport_proto(p->rule->proto));
	if (name)
		strbuf_adds(p->out, name);
	else
		strbuf_addf(p->out, "%u", port);
}

static void ports_out(const struct ext_print *p, bool numeric)
{
	const struct xt_multiport_v1 *m = ext_data(p->self);
	unsigned int i;

	for (i = 0; i < m->count && i < XT_MULTI_PORTS; i++) {
		if (i)
			strbuf_addc(p->out, ',');
		port_out(p, m->ports[i], numeric);
		if (m->pflags[i] && i + 1 < XT_MULTI_PORTS) {
			strbuf_addc(p->out, ':');
			port_out(p, m->ports[++i], numeric);
		}
	}
}

static const char *const multiport_kind[] = {
	[XT_MULTIPORT_SOURCE] = "sports",
	[XT_MULTIPORT_DESTINATION] = "dports",
	[XT_MULTIPORT_EITHER] = "ports",
};

static void multiport_save(const struct ext_print *p)
{
	const struct xt_multiport_v1 *m = ext_data(p->self);

	if (m->invert)
		strbuf_adds(p->out, " !");
	if (m->flags <= XT_MULTIPORT_EITHER)
		strbuf_addf(p->out, " --%s ", multiport_kind[m->flags]);
	ports_out(p, true);
}

static void multiport_print(const struct ext_print *p)
{
	const struct xt_multiport_v1 *m = ext_data(p->self);

	strbuf_adds(p->out, " multiport");
	if (m->flags <= XT_MULTIPORT_EITHER)
		strbuf_addf(p->out, " %s ", multiport_kind[m->flags]);
	else
		strbuf_adds(p->out, " ERROR");
	if (m->invert)
		strbuf_adds(p->out, " !");
	ports_out(p, p->numeric);
}

static void multiport_help(struct strbuf *out)
{
	strbuf_adds(out,
		"multiport match options:\n"
		"[!] --source-ports port[,port:port,port...]\n"
		" --sports ...\n"
		"\t\t\t\tmatch source port(s)\n"
		"[!] --destination-ports port[,port:port,port...]\n"
		" --dports ...\n"
		"\t\t\t\tmatch destination port(s)\n"
		"[!] --ports port[,port:port,port]\n"
		"\t\t\t\tmatch both source and destination port(s)\n");
}

/* ---- iptables-translate ---- */

/* "{ 53, 80-90 }" of the v1 payload */
static void multiport_xl_set(struct strbuf *out,
			     const struct xt_multiport_v1 *m)
{
	/* a decoded rule's count may exceed the array: read what is there */
	unsigned int i, n = m->count < XT_MULTI_PORTS ? m->count :
			      XT_MULTI_PORTS;
	bool one = n == 1 || (n == 2 && m->pflags[0]);

	if (one) {
		xl_ports(out, m->ports[0], m->pflags[0] ? m->ports[1] :
			 m->ports[0]);
		return;
	}
	strbuf_adds(out, "{ ");
	for (i = 0; i < n; i++) {
		if (i)
			strbuf_adds(out, ", ");
		if (m->pflags[i] && i + 1 < n) {
			strbuf_addf(out, "%u-%u", m->ports[i],
				    m->ports[i + 1]);
			i++;
		} else {
			strbuf_addf(out, "%u", m->ports[i]);
		}
	}
	strbuf_adds(out, " }");
}

/* "{ 0-65535 . 22, 22 . 0-65535, ... }": either port in the list */
static void multiport_xl_pairs(struct strbuf *out,
			       const struct xt_multiport_v1 *m)
{
	struct strbuf one = STRBUF_INIT;
	unsigned int i, n = m->count < XT_MULTI_PORTS ? m->count :
			      XT_MULTI_PORTS;

	strbuf_adds(out, "{ ");
	for (i = 0; i < n; i++) {
		strbuf_reset(&one);
		if (m->pflags[i] && i + 1 < n) {
			xl_ports(&one, m->ports[i], m->ports[i + 1]);
			i++;
		} else {
			xl_ports(&one, m->ports[i], m->ports[i]);
		}
		strbuf_addf(out, "%s0-65535 . %s, %s . 0-65535",
			    out->len > 2 ? ", " : "", strbuf_str(&one),
			    strbuf_str(&one));
	}
	strbuf_adds(out, " }");
	strbuf_release(&one);
}

static int multiport_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_multiport_v1 *m = ext_data(self);
	const char *proto, *inv = m->invert ? "!= " : "";
	struct strbuf set = STRBUF_INIT;

	switch (xl->rule->proto) {
	case IPPROTO_TCP:	proto = "tcp"; break;
	case IPPROTO_UDP:	proto = "udp"; break;
	case IPPROTO_UDPLITE:	proto = "udplite"; break;
	case IPPROTO_SCTP:	proto = "sctp"; break;
	case IPPROTO_DCCP:	proto = "dccp"; break;
	default:
		return xl_unsupported(xl, "multiport: no port protocol");
	}
	if (xl->rule->invflags & IR_INV_PROTO)
		return xl_unsupported(xl, "multiport: a negated protocol");
	multiport_xl_set(&set, m);
	switch (m->flags) {
	case XT_MULTIPORT_SOURCE:
		xl_add(xl, "%s sport %s%s", proto, inv, strbuf_str(&set));
		break;
	case XT_MULTIPORT_DESTINATION:
		xl_add(xl, "%s dport %s%s", proto, inv, strbuf_str(&set));
		break;
	case XT_MULTIPORT_EITHER:
		if (m->invert) {
			xl_add(xl, "%s sport != %s %s dport != %s", proto,
			       strbuf_str(&set), proto, strbuf_str(&set));
			break;
		}
		/* either port: pairs with any port on the other side */
		strbuf_reset(&set);
		multiport_xl_pairs(&set, m);
		xl_add(xl, "%s sport . %s dport %s", proto, proto,
		       strbuf_str(&set));
		break;
	default:
		strbuf_release(&set);
		return xl_unsupported(xl, "multiport: unknown flags");
	}
	strbuf_release(&set);
	return 0;
}

const struct ext ext_multiport = {
	.name = "multiport",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_multiport_v1),
	.xt_size = sizeof(struct xt_multiport_v1),
	.opts = multiport_opts,
	.parse = multiport_parse,
	.check = multiport_check,
	.save = multiport_save,
	.print = multiport_print,
	.help = multiport_help,
	.xlate = multiport_xlate,
};
