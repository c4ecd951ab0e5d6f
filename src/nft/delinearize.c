// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Kernel rule -> IR.  The expressions are decoded into a flat array, then
 * consumed left to right: first the base match shapes that linearize.c
 * writes (the exact inverse of lin_base), then extension decoders, compat
 * matches and targets, the counter and the verdict.  A rule with anything
 * else is one iptables cannot show (-EOPNOTSUPP).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>

#include "proto.h"

#define DLIN_MAX_EXPRS 256

struct ir_ext *dlin_ext_get(struct dlin_ctx *c, const struct ext *ext)
{
	struct ir_ext *e;

	list_for_each_entry(e, &c->rule->matches, list)
		if (e->ext == ext)
			return e;
	e = ir_ext_alloc(ext);
	list_add_tail(&e->list, &c->rule->matches);
	return e;
}

static bool is_load_cmp(const struct dexpr *load, const struct dexpr *cmp)
{
	return cmp && cmp->kind == DX_CMP &&
	       (cmp->cmp.op == NFT_CMP_EQ || cmp->cmp.op == NFT_CMP_NEQ);
}

/* meta iifname/oifname, cmp: the inverse of lin_iface() */
static int dlin_iface(struct dlin_ctx *c, const struct dexpr *m)
{
	const struct dexpr *cmp = dlin_peek(c, 1);
	struct ir_rule *r = c->rule;
	char *dst;
	size_t len;
	bool in = m->meta.key == NFT_META_IIFNAME;

	dst = in ? r->iniface : r->outiface;
	if (dst[0])
		return 0;
	/* a bare load: "-i +", which iptables shows as no interface */
	if (!cmp || cmp->kind != DX_CMP || cmp->cmp.sreg != m->meta.reg)
		return 1;
	if (cmp->cmp.op == NFT_CMP_EQ && cmp->cmp.len == sizeof(IFACE_NEVER) &&
	    !memcmp(cmp->cmp.data, IFACE_NEVER, cmp->cmp.len)) {
		strcpy(dst, "+");
		r->invflags |= in ? IR_INV_IN : IR_INV_OUT;
		return 2;
	}
	if (!is_load_cmp(m, cmp) || cmp->cmp.len > IFNAMSIZ)
		return 0;
	len = cmp->cmp.len;
	if (len && cmp->cmp.data[len - 1] == '\0' &&
	    strnlen((const char *)cmp->cmp.data, len) == len - 1) {
		memcpy(dst, cmp->cmp.data, len);
	} else {
		if (len + 1 >= IFNAMSIZ)
			return 0;
		memcpy(dst, cmp->cmp.data, len);
		dst[len] = '+';
		dst[len + 1] = '\0';
	}
	if (cmp->cmp.op == NFT_CMP_NEQ)
		r->invflags |= in ? IR_INV_IN : IR_INV_OUT;
	return 2;
}

static int dlin_l4proto(struct dlin_ctx *c, const struct dexpr *m)
{
	const struct dexpr *cmp = dlin_peek(c, 1);
	struct ir_rule *r = c->rule;

	if (!is_load_cmp(m, cmp) || cmp->cmp.len != 1 || r->proto)
		return 0;
	r->proto = cmp->cmp.data[0];
	r->flags |= IR_F_PROTO;
	if (cmp->cmp.op == NFT_CMP_NEQ)
		r->invflags |= IR_INV_PROTO;
	else
		c->l4proto = r->proto;
	return 2;
}

static int dlin_meta(struct dlin_ctx *c, const struct dexpr *m)
{
	if (m->meta.set)
		return 0;
	switch (m->meta.key) {
	case NFT_META_IIFNAME:
	case NFT_META_OIFNAME:
		return dlin_iface(c, m);
	case NFT_META_L4PROTO:
		return dlin_l4proto(c, m);
	}
	return 0;
}

/* payload [bitwise] cmp on an address: the inverse of lin_addr() */
static int dlin_addr(struct dlin_ctx *c, const struct dexpr *p, bool src)
{
	unsigned int alen = ir_addr_len(c->family), n = 1;
	const struct dexpr *bw = dlin_peek(c, 1), *cmp;
	struct ir_rule *r = c->rule;
	union ir_addr addr = { 0 }, mask = { 0 };

	if (p->payload.len > alen)
		return 0;
	if (bw && bw->kind == DX_BITWISE) {
		if (p->payload.len != alen || bw->bitwise.len != alen)
			return 0;
		memcpy(&mask, bw->bitwise.mask, alen);
		n++;
	} else {
		ir_prefix_to_mask(c->family, p->payload.len * 8, &mask);
	}
	cmp = dlin_peek(c, n);
	if (!is_load_cmp(p, cmp) || cmp->cmp.len != p->payload.len)
		return 0;
	if (r->flags & (src ? IR_F_SRC : IR_F_DST))
		return 0;
	memcpy(&addr, cmp->cmp.data, cmp->cmp.len);
	if (src) {
		r->src = addr;
		r->smsk = mask;
		r->flags |= IR_F_SRC;
	} else {
		r->dst = addr;
		r->dmsk = mask;
		r->flags |= IR_F_DST;
	}
	if (cmp->cmp.op == NFT_CMP_NEQ)
		r->invflags |= src ? IR_INV_SRC : IR_INV_DST;
	return n + 1;
}

/* payload @nh+6 & 0x1fff cmp 0: the inverse of the -f shape */
static int dlin_frag(struct dlin_ctx *c, const struct dexpr *p)
{
	const struct dexpr *bw = dlin_peek(c, 1), *cmp = dlin_peek(c, 2);
	static const uint8_t mask[2] = { 0x1f, 0xff }, zero[2];

	if (c->family != NFPROTO_IPV4 || p->payload.len != 2 || !bw ||
	    bw->kind != DX_BITWISE || bw->bitwise.len != 2 ||
	    memcmp(bw->bitwise.mask, mask, 2) || !is_load_cmp(p, cmp) ||
	    cmp->cmp.len != 2 || memcmp(cmp->cmp.data, zero, 2))
		return 0;
	c->rule->flags |= IR_F_FRAG;
	if (cmp->cmp.op == NFT_CMP_EQ)
		c->rule->invflags |= IR_INV_FRAG;
	return 3;
}

static int dlin_network(struct dlin_ctx *c, const struct dexpr *p)
{
	const struct proto_l3 *l3 = proto_l3_get(c->family);

	if (p->payload.base != NFT_PAYLOAD_NETWORK_HEADER)
		return 0;
	if (p->payload.offset == l3->saddr)
		return dlin_addr(c, p, true);
	if (p->payload.offset == l3->daddr)
		return dlin_addr(c, p, false);
	if (p->payload.offset == 6)
		return dlin_frag(c, p);
	return 0;
}

static int dlin_compat(struct dlin_ctx *c, const struct dexpr *d)
{
	enum ext_kind kind = d->kind == DX_TARGET ? EXT_TARGET : EXT_MATCH;
	const struct ext *x = ext_find(d->xt.name, kind, c->family);
	struct ir_ext *e;

	/* the kernel always dumps the info of a compat match or target */
	if (!x || x->revision != d->xt.rev || !d->xt.info)
		return 0;
	if (kind == EXT_TARGET && c->rule->verdict != IR_V_NONE)
		return 0;
	e = ir_ext_alloc(x);
	if (x->from_xt) {
		if (x->from_xt(e, d->xt.info, d->xt.len) < 0) {
			ir_ext_free(e);
			return 0;
		}
	} else {
		memcpy(e->data, d->xt.info,
		       d->xt.len < x->size ? d->xt.len : x->size);
	}
	if (kind == EXT_TARGET) {
		c->rule->target = e;
		c->rule->verdict = IR_V_EXT;
	} else {
		list_add_tail(&e->list, &c->rule->matches);
	}
	return 1;
}

static int dlin_verdict(struct dlin_ctx *c, const struct dexpr *d)
{
	struct ir_rule *r = c->rule;

	if (d->imm.dreg != NFT_REG_VERDICT || r->verdict != IR_V_NONE)
		return 0;
	switch (d->imm.verdict) {
	case NF_ACCEPT:
		r->verdict = IR_V_ACCEPT;
		break;
	case NF_DROP:
		r->verdict = IR_V_DROP;
		break;
	case NFT_RETURN:
		r->verdict = IR_V_RETURN;
		break;
	case NFT_JUMP:
	case NFT_GOTO:
		if (!d->imm.chain)
			return 0;
		ir_rule_set_target_chain(r, d->imm.verdict == NFT_JUMP ?
					 IR_V_JUMP : IR_V_GOTO, d->imm.chain);
		break;
	default:
		return 0;
	}
	return 1;
}

static int dlin_extensions(struct dlin_ctx *c)
{
	const struct ext *const *x;
	int n;

	for (x = ext_all; *x; x++) {
		if (!(*x)->dlin)
			continue;
		if ((*x)->family != NFPROTO_UNSPEC && (*x)->family != c->family)
			continue;
		n = (*x)->dlin(c);
		if (n > 0)
			return n;
	}
	return 0;
}

static int dlin_one(struct dlin_ctx *c)
{
	const struct dexpr *d = &c->e[c->pos];
	int n = 0;

	switch (d->kind) {
	case DX_META:
		n = dlin_meta(c, d);
		break;
	case DX_PAYLOAD:
		n = dlin_network(c, d);
		break;
	case DX_MATCH:
	case DX_TARGET:
		return dlin_compat(c, d);
	case DX_COUNTER:
		c->rule->pkts = d->counter.pkts;
		c->rule->bytes = d->counter.bytes;
		return 1;
	case DX_IMMEDIATE:
		n = dlin_verdict(c, d);
		break;
	default:
		break;
	}
	return n ? n : dlin_extensions(c);
}

static int dlin_exprs(const struct nlattr *list, uint8_t family,
		      struct ir_rule *r)
{
	struct dexpr stack[64], *e = stack;
	struct dlin_ctx c = { .family = family, .rule = r };
	const struct nlattr *a;
	unsigned int n = 0, cap = ARRAY_SIZE(stack);
	int ret = 0;

	mnl_attr_for_each_nested(a, list) {
		if (n == cap) {
			if (cap >= DLIN_MAX_EXPRS) {
				ret = -EOPNOTSUPP;
				goto out;
			}
			cap *= 2;
			if (e == stack) {
				e = xmalloc(cap * sizeof(*e));
				memcpy(e, stack, sizeof(stack));
			} else {
				e = xrealloc(e, cap * sizeof(*e));
			}
		}
		if (dexpr_parse(a, &e[n]) < 0) {
			ret = -EOPNOTSUPP;
			goto out;
		}
		n++;
	}
	c.e = e;
	c.n = n;
	while (c.pos < c.n) {
		int used = dlin_one(&c);

		if (used <= 0) {
			ret = -EOPNOTSUPP;
			break;
		}
		c.pos += used;
	}
out:
	if (e != stack)
		free(e);
	return ret;
}

int dlin_rule_msg(const struct nlmsghdr *nlh, uint8_t family,
		  struct ir_rule *r, char *chain, size_t chainsz)
{
	const struct nlattr *a, *exprs = NULL;

	mnl_attr_for_each(a, nlh, sizeof(struct nfgenmsg)) {
		switch (mnl_attr_get_type(a)) {
		case NFTA_RULE_CHAIN:
			if (chain &&
			    !mnl_attr_validate(a, MNL_TYPE_NUL_STRING))
				str_copy(chain, chainsz,
					 mnl_attr_get_str(a));
			break;
		case NFTA_RULE_HANDLE:
			if (!mnl_attr_validate(a, MNL_TYPE_U64))
				r->handle = be64toh(mnl_attr_get_u64(a));
			break;
		case NFTA_RULE_EXPRESSIONS:
			exprs = a;
			break;
		}
	}
	if (!exprs)
		return 0;
	return dlin_exprs(exprs, family, r);
}

/* Does r have a second tcp or udp match, which reading back would fold? */
static bool folds_ports(const struct ir_rule *r)
{
	const struct ir_ext *e;
	unsigned int tcp = 0, udp = 0;

	list_for_each_entry(e, &r->matches, list) {
		if (!strcmp(e->ext->name, "tcp"))
			tcp++;
		else if (!strcmp(e->ext->name, "udp"))
			udp++;
	}
	return tcp > 1 || udp > 1;
}

struct ir_rule *dlin_canon(const struct ir_rule *r)
{
	struct ir_rule *out;
	struct nlb b;

	if (!folds_ports(r))
		return NULL;
	nlb_init(&b, 0);
	lin_rule_msg(&b, "t", "c", r, 0, 0, 0, NULL);
	out = ir_rule_alloc(r->family);
	if (dlin_rule_msg((const void *)(b.buf + b.msg), r->family, out,
			  NULL, 0) < 0) {
		ir_rule_free(out);
		out = NULL;
	}
	nlb_release(&b);
	return out;
}
