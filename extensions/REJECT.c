// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * REJECT: drop and answer with an ICMP error or a TCP reset.  The payload
 * is the kernel's struct ipt_reject_info (IPv4) or ip6t_reject_info
 * (IPv6), written as the compat target revision 0.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_REJECT.h>
#include <linux/netfilter_ipv6/ip6t_REJECT.h>
#include <string.h>
#include <strings.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_REJECT_WITH,
};

static const struct ext_opt REJECT_opts[] = {
	{ .name = "reject-with", .id = O_REJECT_WITH, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

struct reject_type {
	const char *name;
	const char *alias;
	uint32_t with;
	const char *desc;	/* for -h */
};

/* In the order a leading part of a name is looked up. */
static const struct reject_type reject4_types[] = {
	{ "icmp-net-unreachable", "net-unreach", IPT_ICMP_NET_UNREACHABLE,
	  "ICMP network unreachable" },
	{ "icmp-host-unreachable", "host-unreach", IPT_ICMP_HOST_UNREACHABLE,
	  "ICMP host unreachable" },
	{ "icmp-proto-unreachable", "proto-unreach",
	  IPT_ICMP_PROT_UNREACHABLE, "ICMP protocol unreachable" },
	{ "icmp-port-unreachable", "port-unreach", IPT_ICMP_PORT_UNREACHABLE,
	  "ICMP port unreachable (default)" },
	{ "icmp-net-prohibited", "net-prohib", IPT_ICMP_NET_PROHIBITED,
	  "ICMP network prohibited" },
	{ "icmp-host-prohibited", "host-prohib", IPT_ICMP_HOST_PROHIBITED,
	  "ICMP host prohibited" },
	{ "tcp-reset", "tcp-rst", IPT_TCP_RESET, "TCP RST packet" },
	{ "icmp-admin-prohibited", "admin-prohib", IPT_ICMP_ADMIN_PROHIBITED,
	  "ICMP administratively prohibited (*)" },
	{ NULL, NULL, 0, NULL },
};

static const struct reject_type reject6_types[] = {
	{ "icmp6-no-route", "no-route", IP6T_ICMP6_NO_ROUTE,
	  "ICMPv6 no route" },
	{ "icmp6-adm-prohibited", "adm-prohibited", IP6T_ICMP6_ADM_PROHIBITED,
	  "ICMPv6 administratively prohibited" },
	{ "icmp6-addr-unreachable", "addr-unreach", IP6T_ICMP6_ADDR_UNREACH,
	  "ICMPv6 address unreachable" },
	{ "icmp6-port-unreachable", "port-unreach", IP6T_ICMP6_PORT_UNREACH,
	  "ICMPv6 port unreachable" },
	{ "tcp-reset", "tcp-reset", IP6T_TCP_RESET, "TCP RST packet" },
	{ "icmp6-policy-fail", "policy-fail", IP6T_ICMP6_POLICY_FAIL,
	  "ICMPv6 policy fail" },
	{ "icmp6-reject-route", "reject-route", IP6T_ICMP6_REJECT_ROUTE,
	  "ICMPv6 reject route" },
	{ NULL, NULL, 0, NULL },
};

static const struct reject_type *reject_types(uint8_t family)
{
	return family == NFPROTO_IPV6 ? reject6_types : reject4_types;
}

static void REJECT4_init(struct ir_ext *self)
{
	struct ipt_reject_info *r = ext_data(self);

	r->with = IPT_ICMP_PORT_UNREACHABLE;
}

static void REJECT6_init(struct ir_ext *self)
{
	struct ip6t_reject_info *r = ext_data(self);

	r->with = IP6T_ICMP6_PORT_UNREACH;
}

/* Both payloads are one 32-bit "with". */
static int REJECT_parse(struct ext_parse *p)
{
	const struct reject_type *t = reject_types(p->family);
	size_t len = strlen(p->arg);
	uint32_t *with = ext_data(p->self);

	for (; t->name; t++) {
		if (!strncasecmp(t->name, p->arg, len) ||
		    !strncasecmp(t->alias, p->arg, len)) {
			*with = t->with;
			return 0;
		}
	}
	if (p->family != NFPROTO_IPV6 &&
	    (!strncasecmp("echo-reply", p->arg, len) ||
	     !strncasecmp("echoreply", p->arg, len)))
		strbuf_adds(&p->err->warn,
			    "--reject-with echo-reply no longer supported\n");
	return erec_param(p->err, p->loc, "unknown reject type \"%s\"",
			  p->arg);
}

static const char *reject_name(const struct ext_print *p)
{
	const struct reject_type *t = reject_types(p->family);
	const uint32_t *with = ext_data(p->self);

	for (; t->name; t++)
		if (t->with == *with)
			return t->name;
	return "";
}

static void REJECT_save(const struct ext_print *p)
{
	strbuf_addf(p->out, " --reject-with %s", reject_name(p));
}

static void REJECT_print(const struct ext_print *p)
{
	strbuf_addf(p->out, " reject-with %s", reject_name(p));
}

static void reject_help(struct strbuf *out, const struct reject_type *t)
{
	strbuf_adds(out,
		"REJECT target options:\n"
		"--reject-with type              drop input packet and send back\n"
		"                                a reply packet according to type:\n"
		"Valid reject types:\n");
	for (; t->name; t++) {
		strbuf_addf(out, "    %-25s\t%s\n", t->name, t->desc);
		strbuf_addf(out, "    %-25s\talias\n", t->alias);
	}
	strbuf_addc(out, '\n');
}

static void REJECT4_help(struct strbuf *out)
{
	reject_help(out, reject4_types);
	strbuf_adds(out,
		"(*) See man page or read the INCOMPATIBILITES file for compatibility issues.\n");
}

static void REJECT6_help(struct strbuf *out)
{
	reject_help(out, reject6_types);
}

/* ---- iptables-translate ---- */

static int REJECT_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const v4[] = {
		[IPT_ICMP_NET_UNREACHABLE] = "icmp type net-unreachable",
		[IPT_ICMP_HOST_UNREACHABLE] = "icmp type host-unreachable",
		[IPT_ICMP_PROT_UNREACHABLE] = "icmp type prot-unreachable",
		[IPT_ICMP_PORT_UNREACHABLE] = "",
		[IPT_ICMP_NET_PROHIBITED] = "icmp type net-prohibited",
		[IPT_ICMP_HOST_PROHIBITED] = "icmp type host-prohibited",
		[IPT_TCP_RESET] = "tcp reset",
		[IPT_ICMP_ADMIN_PROHIBITED] = "icmp type admin-prohibited",
	};
	static const char *const v6[] = {
		[IP6T_ICMP6_NO_ROUTE] = "icmpv6 type no-route",
		[IP6T_ICMP6_ADM_PROHIBITED] = "icmpv6 type admin-prohibited",
		[IP6T_ICMP6_ADDR_UNREACH] = "icmpv6 type addr-unreachable",
		[IP6T_ICMP6_PORT_UNREACH] = "",
		[IP6T_TCP_RESET] = "tcp reset",
		[IP6T_ICMP6_POLICY_FAIL] = "icmpv6 type policy-fail",
		[IP6T_ICMP6_REJECT_ROUTE] = "icmpv6 type reject-route",
	};
	const uint32_t *with = ext_data(self);
	bool ip6 = xl->family == NFPROTO_IPV6;
	const char *w = NULL;

	if (ip6 && *with < ARRAY_SIZE(v6))
		w = v6[*with];
	else if (!ip6 && *with < ARRAY_SIZE(v4))
		w = v4[*with];
	if (!w)
		return xl_unsupported(xl,
			"REJECT: this --reject-with has no nft equivalent");
	if (*with == (ip6 ? (uint32_t)IP6T_TCP_RESET : IPT_TCP_RESET))
		if (xl->rule->proto != IPPROTO_TCP ||
		    (xl->rule->invflags & IR_INV_PROTO))
			return xl_unsupported(xl,
				"REJECT: tcp-reset needs -p tcp in nft");
	if (*w)
		xl_add(xl, "reject with %s", w);
	else
		xl_add(xl, "reject");
	return 0;
}

const struct ext ext_REJECT4 = {
	.name = "REJECT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_reject_info),
	.xt_size = sizeof(struct ipt_reject_info),
	.opts = REJECT_opts,
	.init = REJECT4_init,
	.parse = REJECT_parse,
	.save = REJECT_save,
	.print = REJECT_print,
	.help = REJECT4_help,
	.xlate = REJECT_xlate,
};

const struct ext ext_REJECT6 = {
	.name = "REJECT",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_reject_info),
	.xt_size = sizeof(struct ip6t_reject_info),
	.opts = REJECT_opts,
	.init = REJECT6_init,
	.parse = REJECT_parse,
	.save = REJECT_save,
	.print = REJECT_print,
	.help = REJECT6_help,
	.xlate = REJECT_xlate,
};
