// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ECN (IPv4): clears or sets the ECN bits of the TCP header and the ECT
 * codepoint of the IP header.  The payload is the kernel's struct
 * ipt_ECN_info (compat target revision 0); the kernel wants -p tcp for
 * the TCP operations.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_ECN.h>

#include <iptnft/ext.h>

enum {
	O_TCP_REMOVE, O_TCP_CWR, O_TCP_ECE, O_IP_ECT,
};

static const struct ext_opt ECN_opts[] = {
	{ .name = "ecn-tcp-remove", .id = O_TCP_REMOVE, .type = EXT_T_NONE,
	  .excl = (1 << O_TCP_CWR) | (1 << O_TCP_ECE) },
	{ .name = "ecn-tcp-cwr", .id = O_TCP_CWR, .type = EXT_T_CUSTOM,
	  .max = 1, .excl = 1 << O_TCP_REMOVE },
	{ .name = "ecn-tcp-ece", .id = O_TCP_ECE, .type = EXT_T_CUSTOM,
	  .max = 1, .excl = 1 << O_TCP_REMOVE },
	{ .name = "ecn-ip-ect", .id = O_IP_ECT, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .max = 3,
	  .off = offsetof(struct ipt_ECN_info, ip_ect) },
	EXT_OPT_END
};

static int ECN_parse(struct ext_parse *p)
{
	struct ipt_ECN_info *t = ext_data(p->self);
	uint64_t v = 0;

	if (p->opt->id == O_TCP_CWR || p->opt->id == O_TCP_ECE) {
		if (!ext_strtoul(p->arg, NULL, 0, 1, &v))
			return erec_param(p->err, p->loc,
				"ECN: bad value for option \"--%s\", or out of range (0-1).\n",
				p->opt->name);
	}
	switch (p->opt->id) {
	case O_TCP_REMOVE:
		t->operation = IPT_ECN_OP_SET_ECE | IPT_ECN_OP_SET_CWR;
		t->proto.tcp.ece = 0;
		t->proto.tcp.cwr = 0;
		break;
	case O_TCP_CWR:
		t->operation |= IPT_ECN_OP_SET_CWR;
		t->proto.tcp.cwr = v;
		break;
	case O_TCP_ECE:
		t->operation |= IPT_ECN_OP_SET_ECE;
		t->proto.tcp.ece = v;
		break;
	case O_IP_ECT:
		t->operation |= IPT_ECN_OP_SET_IP;
		break;
	}
	return 0;
}

static int ECN_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "ECN target: An operation is required");
	return 0;
}

static bool ecn_is_remove(const struct ipt_ECN_info *t)
{
	return t->operation == (IPT_ECN_OP_SET_ECE | IPT_ECN_OP_SET_CWR) &&
	       !t->proto.tcp.ece && !t->proto.tcp.cwr;
}

static void ECN_save(const struct ext_print *p)
{
	const struct ipt_ECN_info *t = ext_data(p->self);

	if (ecn_is_remove(t)) {
		strbuf_adds(p->out, " --ecn-tcp-remove");
		return;
	}
	if (t->operation & IPT_ECN_OP_SET_ECE)
		strbuf_addf(p->out, " --ecn-tcp-ece %d", t->proto.tcp.ece);
	if (t->operation & IPT_ECN_OP_SET_CWR)
		strbuf_addf(p->out, " --ecn-tcp-cwr %d", t->proto.tcp.cwr);
	if (t->operation & IPT_ECN_OP_SET_IP)
		strbuf_addf(p->out, " --ecn-ip-ect %d", t->ip_ect);
}

static void ECN_print(const struct ext_print *p)
{
	const struct ipt_ECN_info *t = ext_data(p->self);

	strbuf_adds(p->out, " ECN");
	if (ecn_is_remove(t)) {
		strbuf_adds(p->out, " TCP remove");
		return;
	}
	if (t->operation & IPT_ECN_OP_SET_ECE)
		strbuf_addf(p->out, " ECE=%u", t->proto.tcp.ece);
	if (t->operation & IPT_ECN_OP_SET_CWR)
		strbuf_addf(p->out, " CWR=%u", t->proto.tcp.cwr);
	if (t->operation & IPT_ECN_OP_SET_IP)
		strbuf_addf(p->out, " ECT codepoint=%u", t->ip_ect);
}

static void ECN_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ECN target options\n"
		"  --ecn-tcp-remove\t\tRemove all ECN bits from TCP header\n");
}

const struct ext ext_ECN = {
	.name = "ECN",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_ECN_info),
	.xt_size = sizeof(struct ipt_ECN_info),
	.opts = ECN_opts,
	.parse = ECN_parse,
	.check = ECN_check,
	.save = ECN_save,
	.print = ECN_print,
	.help = ECN_help,
};
