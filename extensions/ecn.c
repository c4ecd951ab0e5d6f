// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ecn: the TCP ECE/CWR flags and the IP header's ECN code point.  The
 * payload is the kernel's struct xt_ecn_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_ecn.h>

#include <iptnft/ext.h>

enum {
	O_CWR, O_ECE, O_ECT,
};

static const struct ext_opt ecn_opts[] = {
	{ .name = "ecn-tcp-cwr", .id = O_CWR, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "ecn-tcp-ece", .id = O_ECE, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "ecn-ip-ect", .id = O_ECT, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .max = 3,
	  .off = offsetof(struct xt_ecn_info, ip_ect) },
	EXT_OPT_END
};

static int ecn_parse(struct ext_parse *p)
{
	static const uint8_t ops[] = {
		[O_CWR] = XT_ECN_OP_MATCH_CWR,
		[O_ECE] = XT_ECN_OP_MATCH_ECE,
		[O_ECT] = XT_ECN_OP_MATCH_IP,
	};
	struct xt_ecn_info *e = ext_data(p->self);

	e->operation |= ops[p->opt->id];
	if (p->invert)
		e->invert |= ops[p->opt->id];
	return 0;
}

static int ecn_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "ECN match: some option required");
	return 0;
}

static void ecn_save(const struct ext_print *p)
{
	const struct xt_ecn_info *e = ext_data(p->self);

	if (e->operation & XT_ECN_OP_MATCH_ECE)
		ext_save_opt(p->out, e->invert & XT_ECN_OP_MATCH_ECE,
			     "ecn-tcp-ece");
	if (e->operation & XT_ECN_OP_MATCH_CWR)
		ext_save_opt(p->out, e->invert & XT_ECN_OP_MATCH_CWR,
			     "ecn-tcp-cwr");
	if (e->operation & XT_ECN_OP_MATCH_IP) {
		ext_save_opt(p->out, e->invert & XT_ECN_OP_MATCH_IP,
			     "ecn-ip-ect");
		strbuf_addf(p->out, " %d", e->ip_ect);
	}
}

static void ecn_print(const struct ext_print *p)
{
	const struct xt_ecn_info *e = ext_data(p->self);

	strbuf_adds(p->out, " ECN match");
	if (e->operation & XT_ECN_OP_MATCH_ECE)
		strbuf_addf(p->out, " %sECE",
			    e->invert & XT_ECN_OP_MATCH_ECE ? "!" : "");
	if (e->operation & XT_ECN_OP_MATCH_CWR)
		strbuf_addf(p->out, " %sCWR",
			    e->invert & XT_ECN_OP_MATCH_CWR ? "!" : "");
	if (e->operation & XT_ECN_OP_MATCH_IP)
		strbuf_addf(p->out, " %sECT=%d",
			    e->invert & XT_ECN_OP_MATCH_IP ? "!" : "",
			    e->ip_ect);
}

static void ecn_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ECN match options\n"
		"[!] --ecn-tcp-cwr \t\tMatch CWR bit of TCP header\n"
		"[!] --ecn-tcp-ece\t\tMatch ECE bit of TCP header\n"
		"[!] --ecn-ip-ect [0..3]\tMatch ECN codepoint in IPv4/IPv6 header\n");
}

const struct ext ext_ecn = {
	.name = "ecn",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_ecn_info),
	.xt_size = sizeof(struct xt_ecn_info),
	.opts = ecn_opts,
	.parse = ecn_parse,
	.check = ecn_check,
	.save = ecn_save,
	.print = ecn_print,
	.help = ecn_help,
};
