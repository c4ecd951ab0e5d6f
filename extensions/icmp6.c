// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * icmp6 (IPv6): --icmpv6-type by name, number or type/code.  The payload
 * is the kernel's struct ip6t_icmp, always written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6_tables.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/icmp-names.h>
#include <iptnft/xlate.h>

enum {
	O_TYPE,
};

static const struct ext_opt icmp6_opts[] = {
	{ .name = "icmpv6-type", .id = O_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

static const struct icmp_name icmp6_names[] = {
	{ "destination-unreachable", 1, 0, 0xFF },
	{ "no-route", 1, 0, 0 },
	{ "communication-prohibited", 1, 1, 1 },
	{ "beyond-scope", 1, 2, 2 },
	{ "address-unreachable", 1, 3, 3 },
	{ "port-unreachable", 1, 4, 4 },
	{ "failed-policy", 1, 5, 5 },
	{ "reject-route", 1, 6, 6 },
	{ "packet-too-big", 2, 0, 0xFF },
	{ "time-exceeded", 3, 0, 0xFF },
	{ "ttl-exceeded", 3, 0, 0xFF },
	{ "ttl-zero-during-transit", 3, 0, 0 },
	{ "ttl-zero-during-reassembly", 3, 1, 1 },
	{ "parameter-problem", 4, 0, 0xFF },
	{ "bad-header", 4, 0, 0 },
	{ "unknown-header-type", 4, 1, 1 },
	{ "unknown-option", 4, 2, 2 },
	{ "echo-request", 128, 0, 0xFF },
	{ "ping", 128, 0, 0xFF },
	{ "echo-reply", 129, 0, 0xFF },
	{ "pong", 129, 0, 0xFF },
	{ "mld-listener-query", 130, 0, 0xFF, true },
	{ "mld-listener-report", 131, 0, 0xFF, true },
	{ "mld-listener-done", 132, 0, 0xFF, true },
	{ "mld-listener-reduction", 132, 0, 0xFF, true },
	{ "router-solicitation", 133, 0, 0xFF },
	{ "router-advertisement", 134, 0, 0xFF },
	{ "neighbour-solicitation", 135, 0, 0xFF },
	{ "neighbor-solicitation", 135, 0, 0xFF },
	{ "neighbour-advertisement", 136, 0, 0xFF },
	{ "neighbor-advertisement", 136, 0, 0xFF },
	{ "redirect", 137, 0, 0xFF },
	{ NULL, 0, 0, 0 },
};

static void icmp6_init(struct ir_ext *self)
{
	struct ip6t_icmp *i = ext_data(self);

	i->code[1] = 0xFF;
}

static int icmp6_parse(struct ext_parse *p)
{
	struct ip6t_icmp *i = ext_data(p->self);
	const char *a = NULL, *b = NULL;

	switch (icmp_type_parse(icmp6_names, p->arg, &i->type, i->code, &a,
				&b)) {
	case -EEXIST:
		return erec_param(p->err, p->loc,
				  "Ambiguous ICMPv6 type `%s': `%s' or `%s'?",
				  p->arg, a, b);
	case -EINVAL:
		return erec_param(p->err, p->loc, "Unknown ICMPv6 type `%s'",
				  p->arg);
	case -ERANGE:
		return erec_param(p->err, p->loc, "Unknown ICMPv6 code `%s'",
				  p->arg);
	case -EILSEQ:
		return erec_param(p->err, p->loc, "unknown character %c", *a);
	}
	if (p->invert)
		i->invflags |= IP6T_ICMP_INV;
	return 0;
}

static void icmp6_save(const struct ext_print *p)
{
	const struct ip6t_icmp *i = ext_data(p->self);

	icmp_type_save(p->out, "icmpv6-type", i->type, i->code,
		       i->invflags & IP6T_ICMP_INV, false);
}

static void icmp6_print(const struct ext_print *p)
{
	const struct ip6t_icmp *i = ext_data(p->self);

	icmp_type_list(p->out, icmp6_names, "ipv6-icmp", i->type, i->code,
		       i->invflags & IP6T_ICMP_INV, p->numeric);
}

static void icmp6_help(struct strbuf *out)
{
	strbuf_adds(out,
		"icmpv6 match options:\n"
		"[!] --icmpv6-type typename\tmatch icmpv6 type\n"
		"\t\t\t\t(or numeric type or type/code)\n"
		"Valid ICMPv6 Types:\n");
	icmp_names_help(out, icmp6_names);
}

/* ---- iptables-translate ---- */

static int icmp6_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const struct {
		uint8_t type;
		const char *name;
	} types[] = {
		{ 1, "destination-unreachable" }, { 2, "packet-too-big" },
		{ 3, "time-exceeded" }, { 4, "parameter-problem" },
		{ 128, "echo-request" }, { 129, "echo-reply" },
		{ 130, "mld-listener-query" }, { 131, "mld-listener-report" },
		{ 132, "mld-listener-done" }, { 133, "nd-router-solicit" },
		{ 134, "nd-router-advert" }, { 135, "nd-neighbor-solicit" },
		{ 136, "nd-neighbor-advert" }, { 137, "nd-redirect" },
		{ 138, "router-renumbering" },
	};
	const struct ip6t_icmp *i = ext_data(self);
	bool inv = i->invflags & IP6T_ICMP_INV;
	char type[28];
	size_t k;

	snprintf(type, sizeof(type), "%u", i->type);
	for (k = 0; k < ARRAY_SIZE(types); k++)
		if (types[k].type == i->type)
			snprintf(type, sizeof(type), "%s", types[k].name);
	if (i->code[0] == 0 && i->code[1] == 0xFF) {
		xl_add(xl, "icmpv6 type %s%s", inv ? "!= " : "", type);
		return 0;
	}
	if (inv)
		return xl_unsupported(xl,
			"icmpv6: a negated type with a code is not one nft test");
	if (i->code[0] == i->code[1])
		xl_add(xl, "icmpv6 type %s icmpv6 code %u", type, i->code[0]);
	else
		xl_add(xl, "icmpv6 type %s icmpv6 code %u-%u", type,
		       i->code[0], i->code[1]);
	return 0;
}

const struct ext ext_icmp6 = {
	.name = "icmp6",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_icmp),
	.xt_size = sizeof(struct ip6t_icmp),
	.opts = icmp6_opts,
	.init = icmp6_init,
	.parse = icmp6_parse,
	.save = icmp6_save,
	.print = icmp6_print,
	.help = icmp6_help,
	.xlate = icmp6_xlate,
};
