// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TRACE: marks packets for nftrace.  iptables-nft 1.8.9 writes it as
 * "meta nftrace set 1" (a one-byte immediate into a 32-bit register, then
 * meta set), in any table; the payload is empty.
 */
#include <stdio.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/xlate.h>

#define TRACE_REG NFT_REG32_01

static int TRACE_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	static const uint8_t one = 1;

	(void)self;
	lin_immediate_data(c, TRACE_REG, &one, sizeof(one));
	lin_meta_set(c, NFT_META_NFTRACE, TRACE_REG);
	return 0;
}

extern const struct ext ext_TRACE;

static int TRACE_dlin(struct dlin_ctx *c)
{
	const struct dexpr *imm = dlin_peek(c, 0), *meta = dlin_peek(c, 1);

	if (imm->kind != DX_IMMEDIATE || imm->imm.dreg == NFT_REG_VERDICT ||
	    imm->imm.len != 1 || imm->imm.data[0] != 1 || !meta ||
	    meta->kind != DX_META || !meta->meta.set ||
	    meta->meta.key != NFT_META_NFTRACE ||
	    meta->meta.reg != imm->imm.dreg || c->rule->verdict != IR_V_NONE)
		return 0;
	c->rule->target = ir_ext_alloc(&ext_TRACE);
	c->rule->verdict = IR_V_EXT;
	return 2;
}

/* ---- iptables-translate ---- */

static int TRACE_xlate(struct xlate *xl, const struct ir_ext *self)
{
	(void)self;
	xl_add(xl, "nftrace set 1");
	return 0;
}

const struct ext ext_TRACE = {
	.name = "TRACE",
	.kind = EXT_TARGET,
	.lin = TRACE_lin,
	.dlin = TRACE_dlin,
	.xlate = TRACE_xlate,
};
