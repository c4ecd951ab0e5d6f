// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * policy: the IPsec policy used to decapsulate / to be used to encapsulate
 * the packet, as up to four elements (reqid, spi, protocol, mode, tunnel
 * ends).  The payload is the kernel's struct xt_policy_info, written as the
 * compat match; len counts the elements only after the final check.
 */
#include <netinet/in.h>
#include <netdb.h>
#include <stdio.h>
#include <linux/netfilter/xt_policy.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

enum {
	O_DIRECTION, O_POLICY, O_STRICT, O_REQID, O_SPI, O_PROTO, O_MODE,
	O_TUNNELSRC, O_TUNNELDST, O_NEXT,
};

static const struct ext_opt policy_opts[] = {
	{ .name = "dir", .id = O_DIRECTION, .type = EXT_T_CUSTOM },
	{ .name = "pol", .id = O_POLICY, .type = EXT_T_CUSTOM },
	{ .name = "strict", .id = O_STRICT, .type = EXT_T_NONE },
	{ .name = "reqid", .id = O_REQID, .type = EXT_T_U32,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "spi", .id = O_SPI, .type = EXT_T_U32,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "tunnel-src", .id = O_TUNNELSRC, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "tunnel-dst", .id = O_TUNNELDST, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "proto", .id = O_PROTO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "mode", .id = O_MODE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MULTI | EXT_O_INVERT },
	{ .name = "next", .id = O_NEXT, .type = EXT_T_NONE,
	  .flags = EXT_O_MULTI, .also = 1 << O_STRICT },
	EXT_OPT_END
};

static int twice(struct ext_parse *p)
{
	return erec_param(p->err, p->loc, "policy match: double --%s option",
			  p->opt->name);
}

static int word_parse(struct ext_parse *p, struct xt_policy_info *info)
{
	struct xt_policy_elem *e = &info->pol[info->len];

	switch (p->opt->id) {
	case O_DIRECTION:
		if (!strcmp(p->arg, "in"))
			info->flags |= XT_POLICY_MATCH_IN;
		else if (!strcmp(p->arg, "out"))
			info->flags |= XT_POLICY_MATCH_OUT;
		else
			return erec_param(p->err, p->loc,
				"policy_match: invalid dir \"%s\"", p->arg);
		break;
	case O_POLICY:
		if (!strcmp(p->arg, "none"))
			info->flags |= XT_POLICY_MATCH_NONE;
		else if (strcmp(p->arg, "ipsec"))
			return erec_param(p->err, p->loc,
				"policy match: invalid policy \"%s\"", p->arg);
		break;
	case O_MODE:
		if (e->match.mode)
			return twice(p);
		e->match.mode = 1;
		e->invert.mode = p->invert;
		if (!strcmp(p->arg, "transport"))
			e->mode = XT_POLICY_MODE_TRANSPORT;
		else if (!strcmp(p->arg, "tunnel"))
			e->mode = XT_POLICY_MODE_TUNNEL;
		else
			return erec_param(p->err, p->loc,
				"policy match: invalid mode \"%s\"", p->arg);
		break;
	}
	return 0;
}

static int policy_parse(struct ext_parse *p)
{
	struct xt_policy_info *info = ext_data(p->self);
	struct xt_policy_elem *e = &info->pol[info->len];
	const uint8_t *val = p->val;
	uint16_t proto;

	switch (p->opt->id) {
	case O_STRICT:
		info->flags |= XT_POLICY_MATCH_STRICT;
		break;
	case O_REQID:
		if (e->match.reqid)
			return twice(p);
		e->match.reqid = 1;
		e->invert.reqid = p->invert;
		memcpy(&e->reqid, val, sizeof(e->reqid));
		break;
	case O_SPI:
		if (e->match.spi)
			return twice(p);
		e->match.spi = 1;
		e->invert.spi = p->invert;
		memcpy(&e->spi, val, sizeof(e->spi));
		break;
	case O_TUNNELSRC:
		if (e->match.saddr)
			return twice(p);
		e->match.saddr = 1;
		e->invert.saddr = p->invert;
		memcpy(&e->saddr, val, 16);
		memcpy(&e->smask, val + 16, 16);
		break;
	case O_TUNNELDST:
		if (e->match.daddr)
			return twice(p);
		e->match.daddr = 1;
		e->invert.daddr = p->invert;
		memcpy(&e->daddr, val, 16);
		memcpy(&e->dmask, val + 16, 16);
		break;
	case O_PROTO:
		if (e->match.proto)
			return twice(p);
		if (ext_proto_parse(p->arg, &proto) < 0)
			return erec_param(p->err, p->loc,
				"unknown protocol \"%s\" specified", p->arg);
		e->proto = proto;
		if (proto != IPPROTO_AH && proto != IPPROTO_ESP &&
		    proto != IPPROTO_COMP)
			return erec_param(p->err, p->loc,
				"policy match: protocol must be ah/esp/ipcomp");
		e->match.proto = 1;
		e->invert.proto = p->invert;
		break;
	case O_NEXT:
		if (++info->len == XT_POLICY_MAX_ELEM)
			return erec_param(p->err, p->loc,
				"policy match: maximum policy depth reached");
		break;
	default:
		return word_parse(p, info);
	}
	return 0;
}

static bool elem_empty(const struct xt_policy_elem *e)
{
	return !(e->match.reqid || e->match.spi || e->match.saddr ||
		 e->match.daddr || e->match.proto || e->match.mode);
}

static int policy_check(struct ext_check *c)
{
	struct xt_policy_info *info = ext_data(c->self);
	const struct xt_policy_elem *e;
	unsigned int i;

	if (!(info->flags & (XT_POLICY_MATCH_IN | XT_POLICY_MATCH_OUT)))
		return erec_param(c->err, c->loc,
			"policy match: neither --dir in nor --dir out specified");
	if (info->flags & XT_POLICY_MATCH_NONE) {
		if (info->flags & XT_POLICY_MATCH_STRICT)
			return erec_param(c->err, c->loc,
				"policy match: policy none but --strict given");
		if (info->len)
			return erec_param(c->err, c->loc,
				"policy match: policy none but policy given");
	} else {
		info->len++;	/* the last element has no --next */
	}
	for (i = 0; i < info->len && i < XT_POLICY_MAX_ELEM; i++) {
		e = &info->pol[i];
		if ((info->flags & XT_POLICY_MATCH_STRICT) && elem_empty(e))
			return erec_param(c->err, c->loc,
				"policy match: empty policy element %u. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.",
				i);
		if ((e->match.saddr || e->match.daddr) &&
		    ((e->mode == XT_POLICY_MODE_TUNNEL && e->invert.mode) ||
		     (e->mode == XT_POLICY_MODE_TRANSPORT && !e->invert.mode)))
			return erec_param(c->err, c->loc,
				"policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode");
	}
	return 0;
}

static void bang(struct strbuf *out, bool inv)
{
	if (inv)
		strbuf_adds(out, " !");
}

static void elem_out(const struct ext_print *p, const struct xt_policy_elem *e,
		     const char *pfx, bool numeric)
{
	const struct protoent *pe;

	if (e->match.reqid) {
		bang(p->out, e->invert.reqid);
		strbuf_addf(p->out, " %sreqid %u", pfx, e->reqid);
	}
	if (e->match.spi) {
		bang(p->out, e->invert.spi);
		strbuf_addf(p->out, " %sspi 0x%x", pfx, e->spi);
	}
	if (e->match.proto) {
		bang(p->out, e->invert.proto);
		pe = numeric ? NULL : getprotobynumber(e->proto);
		if (pe)
			strbuf_addf(p->out, " %sproto %s", pfx, pe->p_name);
		else
			strbuf_addf(p->out, " %sproto %u", pfx, e->proto);
	}
	if (e->match.mode) {
		bang(p->out, e->invert.mode);
		strbuf_addf(p->out, " %smode %s", pfx,
			    e->mode == XT_POLICY_MODE_TRANSPORT ? "transport" :
			    e->mode == XT_POLICY_MODE_TUNNEL ? "tunnel" :
			    "???");
	}
	if (e->match.daddr) {
		bang(p->out, e->invert.daddr);
		strbuf_addf(p->out, " %stunnel-dst ", pfx);
		xt_addr_mask(p->out, p->family, &e->daddr, &e->dmask);
	}
	if (e->match.saddr) {
		bang(p->out, e->invert.saddr);
		strbuf_addf(p->out, " %stunnel-src ", pfx);
		xt_addr_mask(p->out, p->family, &e->saddr, &e->smask);
	}
}

static void flags_out(const struct ext_print *p, const char *pfx)
{
	const struct xt_policy_info *info = ext_data(p->self);

	strbuf_addf(p->out, " %sdir %s", pfx,
		    info->flags & XT_POLICY_MATCH_IN ? "in" : "out");
	strbuf_addf(p->out, " %spol %s", pfx,
		    info->flags & XT_POLICY_MATCH_NONE ? "none" : "ipsec");
	if (info->flags & XT_POLICY_MATCH_STRICT)
		strbuf_addf(p->out, " %sstrict", pfx);
}

static void policy_save(const struct ext_print *p)
{
	const struct xt_policy_info *info = ext_data(p->self);
	unsigned int i;

	flags_out(p, "--");
	for (i = 0; i < info->len && i < XT_POLICY_MAX_ELEM; i++) {
		elem_out(p, &info->pol[i], "--", false);
		if (i + 1 < info->len)
			strbuf_adds(p->out, " --next");
	}
}

static void policy_print(const struct ext_print *p)
{
	const struct xt_policy_info *info = ext_data(p->self);
	unsigned int i;

	strbuf_adds(p->out, " policy match");
	flags_out(p, "");
	for (i = 0; i < info->len && i < XT_POLICY_MAX_ELEM; i++) {
		if (info->len > 1)
			strbuf_addf(p->out, " [%u]", i);
		elem_out(p, &info->pol[i], "", p->numeric);
	}
}

static void policy_help(struct strbuf *out)
{
	strbuf_adds(out,
		"policy match options:\n"
		"  --dir in|out\t\t\tmatch policy applied during decapsulation/\n"
		"\t\t\t\tpolicy to be applied during encapsulation\n"
		"  --pol none|ipsec\t\tmatch policy\n"
		"  --strict \t\t\tmatch entire policy instead of single element\n"
		"\t\t\t\tat any position\n"
		"These options may be used repeatedly, to describe policy elements:\n"
		"[!] --reqid reqid\t\tmatch reqid\n"
		"[!] --spi spi\t\t\tmatch SPI\n"
		"[!] --proto proto\t\tmatch protocol (ah/esp/ipcomp)\n"
		"[!] --mode mode \t\tmatch mode (transport/tunnel)\n"
		"[!] --tunnel-src addr/mask\tmatch tunnel source\n"
		"[!] --tunnel-dst addr/mask\tmatch tunnel destination\n"
		"  --next \t\t\tbegin next element in policy\n");
}

const struct ext ext_policy = {
	.name = "policy",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_policy_info),
	.xt_size = sizeof(struct xt_policy_info),
	.opts = policy_opts,
	.parse = policy_parse,
	.check = policy_check,
	.save = policy_save,
	.print = policy_print,
	.help = policy_help,
};
