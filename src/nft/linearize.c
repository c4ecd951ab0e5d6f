// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * IR rule -> nf_tables expressions, in the order and shapes iptables-nft
 * 1.8.9 writes them: interfaces, protocol, addresses, fragment bit, the
 * matches, a counter, then the verdict or target.
 *
 * Nothing here can fail: every check happened before (parser, commands).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>

#include "proto.h"

/*
 * "eth0" compares the name with its NUL, "eth+" the prefix.  "+" alone
 * matches any name: a bare load; "! +" can never match, and iptables-nft
 * writes it as a name no interface can have.
 */
static void lin_iface(struct lin_ctx *c, uint32_t key, const char *name,
		      bool inv)
{
	size_t len = strlen(name);
	uint32_t op = inv ? NFT_CMP_NEQ : NFT_CMP_EQ;

	lin_meta_load(c, key, LIN_REG);
	if (!strcmp(name, "+")) {
		if (inv)
			lin_cmp(c, NFT_CMP_EQ, LIN_REG, IFACE_NEVER,
				sizeof(IFACE_NEVER));
		return;
	}
	if (len && name[len - 1] == '+')
		lin_cmp(c, op, LIN_REG, name, len - 1);
	else
		lin_cmp(c, op, LIN_REG, name, len + 1);
}

/*
 * An address under a mask: a contiguous prefix of whole bytes loads only
 * those bytes; any other mask loads the whole address and masks it.
 */
static void lin_addr(struct lin_ctx *c, uint32_t offset,
		     const union ir_addr *addr, const union ir_addr *mask,
		     bool inv)
{
	unsigned int alen = ir_addr_len(c->family);
	uint32_t op = inv ? NFT_CMP_NEQ : NFT_CMP_EQ;
	int plen = ir_mask_to_prefix(c->family, mask);
	union ir_addr val;
	unsigned int i;

	if (plen == 0 && !inv)
		return;
	for (i = 0; i < 4; i++)
		val.w[i] = addr->w[i] & mask->w[i];
	if (plen >= 0 && plen % 8 == 0) {
		lin_payload_cmp(c, NFT_PAYLOAD_NETWORK_HEADER, offset,
				plen / 8, op, &val, NULL);
		return;
	}
	lin_payload_cmp(c, NFT_PAYLOAD_NETWORK_HEADER, offset, alen, op,
			&val, mask);
}

static void lin_base(struct lin_ctx *c, const struct ir_rule *r)
{
	const struct proto_l3 *l3 = proto_l3_get(r->family);

	if (r->iniface[0])
		lin_iface(c, NFT_META_IIFNAME, r->iniface,
			  r->invflags & IR_INV_IN);
	if (r->outiface[0])
		lin_iface(c, NFT_META_OIFNAME, r->outiface,
			  r->invflags & IR_INV_OUT);
	if (r->proto) {
		uint8_t p = r->proto;

		lin_meta_load(c, NFT_META_L4PROTO, LIN_REG);
		lin_cmp(c, r->invflags & IR_INV_PROTO ? NFT_CMP_NEQ :
			NFT_CMP_EQ, LIN_REG, &p, 1);
	}
	if (r->flags & IR_F_SRC)
		lin_addr(c, l3->saddr, &r->src, &r->smsk,
			 r->invflags & IR_INV_SRC);
	if (r->flags & IR_F_DST)
		lin_addr(c, l3->daddr, &r->dst, &r->dmsk,
			 r->invflags & IR_INV_DST);
	if (r->flags & IR_F_FRAG) {
		uint16_t mask = htons(0x1fff), zero = 0;

		lin_payload_cmp(c, NFT_PAYLOAD_NETWORK_HEADER, 6, 2,
				r->invflags & IR_INV_FRAG ? NFT_CMP_EQ :
				NFT_CMP_NEQ, &zero, &mask);
	}
}

static void lin_ext(struct lin_ctx *c, const struct ir_ext *e)
{
	const struct ext *x = e->ext;

	if (x->lin) {
		x->lin(c, e);
		return;
	}
	lin_xt(c, x->kind == EXT_TARGET, x->xt_name ? x->xt_name : x->name,
	       x->revision, e->data, x->xt_size);
}

static void lin_target(struct lin_ctx *c, const struct ir_rule *r)
{
	switch (r->verdict) {
	case IR_V_NONE:
		break;
	case IR_V_ACCEPT:
		lin_verdict(c, NF_ACCEPT, NULL);
		break;
	case IR_V_DROP:
		lin_verdict(c, NF_DROP, NULL);
		break;
	case IR_V_RETURN:
		lin_verdict(c, NFT_RETURN, NULL);
		break;
	case IR_V_JUMP:
		lin_verdict(c, NFT_JUMP, r->chain);
		break;
	case IR_V_GOTO:
		lin_verdict(c, NFT_GOTO, r->chain);
		break;
	case IR_V_EXT:
		lin_ext(c, r->target);
		break;
	}
}

void lin_rule_msg(struct nlb *b, const char *table, const char *chain,
		  const struct ir_rule *r, uint16_t flags, uint64_t handle,
		  uint64_t position, const struct location *loc)
{
	lin_rule_msg_id(b, table, chain, r, flags, handle, position, 0, 0,
			loc);
}

void lin_rule_msg_id(struct nlb *b, const char *table, const char *chain,
		     const struct ir_rule *r, uint16_t flags, uint64_t handle,
		     uint64_t position, uint32_t id, uint32_t position_id,
		     const struct location *loc)
{
	struct lin_ctx c = { .b = b, .family = r->family, .rule = r };
	const struct ir_ext *e;
	size_t exprs;

	nlb_msg_begin(b, (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_NEWRULE,
		      r->family, flags, loc);
	nlb_put_str(b, NFTA_RULE_TABLE, table);
	nlb_put_str(b, NFTA_RULE_CHAIN, chain);
	if (handle)
		nlb_put_be64(b, NFTA_RULE_HANDLE, handle);
	if (position)
		nlb_put_be64(b, NFTA_RULE_POSITION, position);
	if (id)
		nlb_put_be32(b, NFTA_RULE_ID, id);
	if (position_id)
		nlb_put_be32(b, NFTA_RULE_POSITION_ID, position_id);
	if (r->proto) {
		size_t compat = nlb_nest_begin(b, NFTA_RULE_COMPAT);

		nlb_put_be32(b, NFTA_RULE_COMPAT_PROTO, r->proto);
		nlb_put_be32(b, NFTA_RULE_COMPAT_FLAGS,
			     r->invflags & IR_INV_PROTO ?
			     NFT_RULE_COMPAT_F_INV : 0);
		nlb_nest_end(b, compat);
	}
	exprs = nlb_nest_begin(b, NFTA_RULE_EXPRESSIONS);
	lin_base(&c, r);
	list_for_each_entry(e, &r->matches, list)
		lin_ext(&c, e);
	lin_counter(&c, r->pkts, r->bytes);
	lin_target(&c, r);
	nlb_nest_end(b, exprs);
	nlb_msg_end(b);
}
