// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * icmp (IPv4): --icmp-type by name, number or type/code.  The payload is
 * the kernel's struct ipt_icmp, always written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ip_tables.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/icmp-names.h>
#include <iptnft/xlate.h>

enum {
	O_TYPE,
};

static const struct ext_opt icmp_opts[] = {
	{ .name = "icmp-type", .id = O_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

static const struct icmp_name icmp_names[] = {
	{ "any", 0xFF, 0, 0xFF },
	{ "echo-reply", 0, 0, 0xFF },
	{ "pong", 0, 0, 0xFF },
	{ "destination-unreachable", 3, 0, 0xFF },
	{ "network-unreachable", 3, 0, 0 },
	{ "host-unreachable", 3, 1, 1 },
	{ "protocol-unreachable", 3, 2, 2 },
	{ "port-unreachable", 3, 3, 3 },
	{ "fragmentation-needed", 3, 4, 4 },
	{ "source-route-failed", 3, 5, 5 },
	{ "network-unknown", 3, 6, 6 },
	{ "host-unknown", 3, 7, 7 },
	{ "network-prohibited", 3, 9, 9 },
	{ "host-prohibited", 3, 10, 10 },
	{ "TOS-network-unreachable", 3, 11, 11 },
	{ "TOS-host-unreachable", 3, 12, 12 },
	{ "communication-prohibited", 3, 13, 13 },
	{ "host-precedence-violation", 3, 14, 14 },
	{ "precedence-cutoff", 3, 15, 15 },
	{ "source-quench", 4, 0, 0xFF },
	{ "redirect", 5, 0, 0xFF },
	{ "network-redirect", 5, 0, 0 },
	{ "host-redirect", 5, 1, 1 },
	{ "TOS-network-redirect", 5, 2, 2 },
	{ "TOS-host-redirect", 5, 3, 3 },
	{ "echo-request", 8, 0, 0xFF },
	{ "ping", 8, 0, 0xFF },
	{ "router-advertisement", 9, 0, 0xFF },
	{ "router-solicitation", 10, 0, 0xFF },
	{ "time-exceeded", 11, 0, 0xFF },
	{ "ttl-exceeded", 11, 0, 0xFF },
	{ "ttl-zero-during-transit", 11, 0, 0 },
	{ "ttl-zero-during-reassembly", 11, 1, 1 },
	{ "parameter-problem", 12, 0, 0xFF },
	{ "ip-header-bad", 12, 0, 0 },
	{ "required-option-missing", 12, 1, 1 },
	{ "timestamp-request", 13, 0, 0xFF },
	{ "timestamp-reply", 14, 0, 0xFF },
	{ "address-mask-request", 17, 0, 0xFF },
	{ "address-mask-reply", 18, 0, 0xFF },
	{ NULL, 0, 0, 0 },
};

static void icmp_init(struct ir_ext *self)
{
	struct ipt_icmp *i = ext_data(self);

	i->code[1] = 0xFF;
}

static int icmp_parse(struct ext_parse *p)
{
	struct ipt_icmp *i = ext_data(p->self);
	const char *a = NULL, *b = NULL;

	switch (icmp_type_parse(icmp_names, p->arg, &i->type, i->code, &a,
				&b)) {
	case -EEXIST:
		return erec_param(p->err, p->loc,
				  "Ambiguous ICMP type `%s': `%s' or `%s'?",
				  p->arg, a, b);
	case -EINVAL:
		return erec_param(p->err, p->loc, "Unknown ICMP type `%s'",
				  p->arg);
	case -ERANGE:
		return erec_param(p->err, p->loc, "Unknown ICMP code `%s'",
				  p->arg);
	case -EILSEQ:
		return erec_param(p->err, p->loc, "unknown character %c", *a);
	}
	if (p->invert)
		i->invflags |= IPT_ICMP_INV;
	return 0;
}

static void icmp_save(const struct ext_print *p)
{
	const struct ipt_icmp *i = ext_data(p->self);

	icmp_type_save(p->out, "icmp-type", i->type, i->code,
		       i->invflags & IPT_ICMP_INV, true);
}

static void icmp_print(const struct ext_print *p)
{
	const struct ipt_icmp *i = ext_data(p->self);

	icmp_type_list(p->out, icmp_names, "icmp", i->type, i->code,
		       i->invflags & IPT_ICMP_INV, p->numeric);
}

static void icmp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"icmp match options:\n"
		"[!] --icmp-type typename\tmatch icmp type\n"
		"[!] --icmp-type type[/code]\t(or numeric type or type/code)\n"
		"Valid ICMP Types:\n");
	icmp_names_help(out, icmp_names);
}

/* ---- iptables-translate ---- */

static int icmp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const types[] = {
		[0] = "echo-reply", [3] = "destination-unreachable",
		[4] = "source-quench", [5] = "redirect",
		[8] = "echo-request", [9] = "router-advertisement",
		[10] = "router-solicitation", [11] = "time-exceeded",
		[12] = "parameter-problem", [13] = "timestamp-request",
		[14] = "timestamp-reply", [15] = "info-request",
		[16] = "info-reply", [17] = "address-mask-request",
		[18] = "address-mask-reply",
	};
	const struct ipt_icmp *i = ext_data(self);
	bool inv = i->invflags & IPT_ICMP_INV;
	char type[24];

	if (i->type == 0xFF) {
		/* any type: -p icmp says it all */
		if (inv)
			return xl_unsupported(xl,
				"icmp: \"! --icmp-type any\" matches nothing");
		return 0;
	}
	if (i->type < ARRAY_SIZE(types) && types[i->type])
		snprintf(type, sizeof(type), "%s", types[i->type]);
	else
		snprintf(type, sizeof(type), "%u", i->type);
	xl->proto_implied = true;
	if (i->code[0] == 0 && i->code[1] == 0xFF) {
		xl_add(xl, "icmp type %s%s", inv ? "!= " : "", type);
		return 0;
	}
	if (inv)
		return xl_unsupported(xl,
			"icmp: a negated type with a code is not one nft test");
	if (i->code[0] == i->code[1])
		xl_add(xl, "icmp type %s icmp code %u", type, i->code[0]);
	else
		xl_add(xl, "icmp type %s icmp code %u-%u", type, i->code[0],
		       i->code[1]);
	return 0;
}

const struct ext ext_icmp = {
	.name = "icmp",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_icmp),
	.xt_size = sizeof(struct ipt_icmp),
	.opts = icmp_opts,
	.init = icmp_init,
	.parse = icmp_parse,
	.save = icmp_save,
	.print = icmp_print,
	.help = icmp_help,
	.xlate = icmp_xlate,
};
