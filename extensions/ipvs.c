// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ipvs: properties of IPVS connections (virtual address, port, protocol,
 * direction, forwarding method).  The payload is the kernel's struct
 * xt_ipvs_mtinfo, written as the compat match.  The output names follow
 * upstream iptables (--vproto, --vaddr, ...).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/ip_vs.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_ipvs.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

/* in the order of the XT_IPVS_* bits */
enum {
	O_IPVS, O_VPROTO, O_VADDR, O_VPORT, O_VDIR, O_VMETHOD, O_VPORTCTL,
};

static const struct ext_opt ipvs_opts[] = {
	{ .name = "ipvs", .id = O_IPVS, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "vproto", .id = O_VPROTO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "vaddr", .id = O_VADDR, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_INVERT },
	{ .name = "vport", .id = O_VPORT, .type = EXT_T_PORT,
	  .flags = EXT_O_INVERT | EXT_O_PUT | EXT_O_NBO,
	  .off = offsetof(struct xt_ipvs_mtinfo, vport) },
	{ .name = "vdir", .id = O_VDIR, .type = EXT_T_CUSTOM },
	{ .name = "vmethod", .id = O_VMETHOD, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "vportctl", .id = O_VPORTCTL, .type = EXT_T_PORT,
	  .flags = EXT_O_INVERT | EXT_O_PUT | EXT_O_NBO,
	  .off = offsetof(struct xt_ipvs_mtinfo, vportctl) },
	EXT_OPT_END
};

static const struct {
	const char *name;
	uint8_t method;
} methods[] = {
	{ "GATE", IP_VS_CONN_F_DROUTE },
	{ "IPIP", IP_VS_CONN_F_TUNNEL },
	{ "MASQ", IP_VS_CONN_F_MASQ },
};

static int bad_value(struct ext_parse *p)
{
	return erec_param(p->err, p->loc,
			  "ipvs: Bad value for \"--%s\" option: \"%s\"",
			  p->opt->name, p->arg);
}

static int ipvs_parse(struct ext_parse *p)
{
	struct xt_ipvs_mtinfo *v = ext_data(p->self);
	unsigned int id = p->opt->id;
	const uint8_t *val = p->val;
	uint16_t proto;
	size_t i;

	switch (id) {
	case O_VPROTO:
		if (ext_proto_parse(p->arg, &proto) < 0)
			return erec_param(p->err, p->loc,
				"unknown protocol \"%s\" specified", p->arg);
		v->l4proto = proto;
		break;
	case O_VADDR:
		memcpy(&v->vaddr, val, sizeof(v->vaddr));
		memcpy(&v->vmask, val + 16, sizeof(v->vmask));
		break;
	case O_VDIR:
		if (!strcasecmp(p->arg, "ORIGINAL"))
			v->invert &= ~XT_IPVS_DIR;
		else if (!strcasecmp(p->arg, "REPLY"))
			v->invert |= XT_IPVS_DIR;
		else
			return bad_value(p);
		break;
	case O_VMETHOD:
		for (i = 0; i < ARRAY_SIZE(methods); i++)
			if (!strcasecmp(p->arg, methods[i].name))
				break;
		if (i == ARRAY_SIZE(methods))
			return bad_value(p);
		v->fwd_method = methods[i].method;
		break;
	}
	v->bitmask |= 1 << id;
	if (p->invert)
		v->invert |= 1 << id;
	return 0;
}

static int ipvs_check(struct ext_check *c)
{
	struct xt_ipvs_mtinfo *v = ext_data(c->self);

	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "IPVS: At least one option is required");
	if (v->bitmask & XT_IPVS_ONCE_MASK) {
		if (v->invert & XT_IPVS_IPVS_PROPERTY)
			return erec_param(c->err, c->loc,
				"! --ipvs cannot be together with other options");
		v->bitmask |= XT_IPVS_IPVS_PROPERTY;
	}
	return 0;
}

static void bang(struct strbuf *out, const struct xt_ipvs_mtinfo *v,
		 uint8_t bit)
{
	if (v->invert & bit)
		strbuf_adds(out, " !");
}

static void ipvs_out(const struct ext_print *p, const char *pfx,
		     bool numeric)
{
	const struct xt_ipvs_mtinfo *v = ext_data(p->self);
	union ir_addr any = { 0 };
	size_t i;

	if (v->bitmask == XT_IPVS_IPVS_PROPERTY) {
		bang(p->out, v, XT_IPVS_IPVS_PROPERTY);
		strbuf_addf(p->out, " %sipvs", pfx);
	}
	if (v->bitmask & XT_IPVS_PROTO) {
		bang(p->out, v, XT_IPVS_PROTO);
		strbuf_addf(p->out, " %svproto %u", pfx, v->l4proto);
	}
	if (v->bitmask & XT_IPVS_VADDR) {
		bang(p->out, v, XT_IPVS_VADDR);
		strbuf_addf(p->out, " %svaddr ", pfx);
		if (!numeric && !memcmp(&v->vaddr, &any, sizeof(v->vaddr)))
			strbuf_adds(p->out, "anywhere");
		else
			xt_addr_mask(p->out, p->family, &v->vaddr, &v->vmask);
	}
	if (v->bitmask & XT_IPVS_VPORT) {
		bang(p->out, v, XT_IPVS_VPORT);
		strbuf_addf(p->out, " %svport %u", pfx, ntohs(v->vport));
	}
	if (v->bitmask & XT_IPVS_DIR)
		strbuf_addf(p->out, " %svdir %s", pfx,
			    v->invert & XT_IPVS_DIR ? "REPLY" : "ORIGINAL");
	if (v->bitmask & XT_IPVS_METHOD) {
		bang(p->out, v, XT_IPVS_METHOD);
		strbuf_addf(p->out, " %svmethod", pfx);
		for (i = 0; i < ARRAY_SIZE(methods); i++)
			if (methods[i].method == v->fwd_method)
				break;
		strbuf_addf(p->out, " %s", i < ARRAY_SIZE(methods) ?
			    methods[i].name : "UNKNOWN");
	}
	if (v->bitmask & XT_IPVS_VPORTCTL) {
		bang(p->out, v, XT_IPVS_VPORTCTL);
		strbuf_addf(p->out, " %svportctl %u", pfx,
			    ntohs(v->vportctl));
	}
}

static void ipvs_save(const struct ext_print *p)
{
	ipvs_out(p, "--", true);
}

static void ipvs_print(const struct ext_print *p)
{
	ipvs_out(p, "", p->numeric);
}

static void ipvs_help(struct strbuf *out)
{
	strbuf_adds(out,
		"IPVS match options:\n"
		"[!] --ipvs                      packet belongs to an IPVS connection\n"
		"\n"
		"Any of the following options implies --ipvs (even negated)\n"
		"[!] --vproto protocol           VIP protocol to match; by number or name,\n"
		"                                e.g. \"tcp\"\n"
		"[!] --vaddr address[/mask]      VIP address to match\n"
		"[!] --vport port                VIP port to match; by number or name,\n"
		"                                e.g. \"http\"\n"
		"    --vdir {ORIGINAL|REPLY}     flow direction of packet\n"
		"[!] --vmethod {GATE|IPIP|MASQ}  IPVS forwarding method used\n"
		"[!] --vportctl port             VIP port of the controlling connection to\n"
		"                                match, e.g. 21 for FTP\n");
}

const struct ext ext_ipvs = {
	.name = "ipvs",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_ipvs_mtinfo),
	.xt_size = sizeof(struct xt_ipvs_mtinfo),
	.opts = ipvs_opts,
	.parse = ipvs_parse,
	.check = ipvs_check,
	.save = ipvs_save,
	.print = ipvs_print,
	.help = ipvs_help,
};
