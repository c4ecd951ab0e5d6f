// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mark: the packet mark under a mask.  The payload is the kernel's struct
 * xt_mark_mtinfo1; iptables-nft writes it natively as
 * "meta load mark, [bitwise & mask,] cmp eq/neq value".
 */
#include <stdio.h>
#include <linux/netfilter/xt_mark.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_MARK,
};

static const struct ext_opt mark_opts[] = {
	{ .name = "mark", .id = O_MARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_mark_mtinfo1, mark) },
	EXT_OPT_END
};

static int mark_parse(struct ext_parse *p)
{
	struct xt_mark_mtinfo1 *m = ext_data(p->self);

	m->invert = p->invert;
	return 0;
}

static void mark_save(const struct ext_print *p)
{
	const struct xt_mark_mtinfo1 *m = ext_data(p->self);

	ext_save_opt(p->out, m->invert, "mark");
	xt_markmask(p->out, m->mark, m->mask);
}

static void mark_print(const struct ext_print *p)
{
	const struct xt_mark_mtinfo1 *m = ext_data(p->self);

	strbuf_adds(p->out, m->invert ? " mark match !" : " mark match");
	xt_markmask(p->out, m->mark, m->mask);
}

static int mark_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	const struct xt_mark_mtinfo1 *m = ext_data(self);
	uint32_t zero = 0;

	lin_meta_load(c, NFT_META_MARK, LIN_REG);
	if (m->mask != UINT32_MAX)
		lin_bitwise(c, LIN_REG, LIN_REG, sizeof(uint32_t), &m->mask,
			    &zero);
	lin_cmp(c, m->invert ? NFT_CMP_NEQ : NFT_CMP_EQ, LIN_REG, &m->mark,
		sizeof(uint32_t));
	return 0;
}

static void mark_help(struct strbuf *out)
{
	strbuf_adds(out,
		"mark match options:\n"
		"[!] --mark value[/mask]    Match nfmark value with optional mask\n");
}

extern const struct ext ext_mark;

/* meta load mark, [bitwise & mask ^ 0,] cmp eq/neq: the inverse */
static int mark_dlin(struct dlin_ctx *c)
{
	const struct dexpr *meta = dlin_peek(c, 0), *bw = dlin_peek(c, 1);
	const struct dexpr *cmp;
	struct xt_mark_mtinfo1 *m;
	struct ir_ext *e;
	uint32_t mask = UINT32_MAX, zero = 0;
	unsigned int n = 1;

	if (meta->kind != DX_META || meta->meta.set ||
	    meta->meta.key != NFT_META_MARK)
		return 0;
	if (bw && bw->kind == DX_BITWISE) {
		if (bw->bitwise.len != sizeof(uint32_t) ||
		    bw->bitwise.sreg != meta->meta.reg ||
		    memcmp(bw->bitwise.xor, &zero, sizeof(zero)))
			return 0;
		memcpy(&mask, bw->bitwise.mask, sizeof(mask));
		n++;
	}
	cmp = dlin_peek(c, n);
	if (!cmp || cmp->kind != DX_CMP || cmp->cmp.len != sizeof(uint32_t) ||
	    (cmp->cmp.op != NFT_CMP_EQ && cmp->cmp.op != NFT_CMP_NEQ))
		return 0;
	e = ir_ext_alloc(&ext_mark);
	list_add_tail(&e->list, &c->rule->matches);
	m = ext_data(e);
	memcpy(&m->mark, cmp->cmp.data, sizeof(m->mark));
	m->mask = mask;
	m->invert = cmp->cmp.op == NFT_CMP_NEQ;
	return n + 1;
}

/* ---- iptables-translate ---- */

static int mark_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_mark_mtinfo1 *m = ext_data(self);

	if (m->mask == 0xFFFFFFFFU)
		xl_add(xl, "mark %s0x%x", m->invert ? "!= " : "", m->mark);
	else
		xl_add(xl, "mark and 0x%x %s 0x%x", m->mask,
		       m->invert ? "!=" : "==", m->mark);
	return 0;
}

const struct ext ext_mark = {
	.name = "mark",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_mark_mtinfo1),
	.xt_size = sizeof(struct xt_mark_mtinfo1),
	.opts = mark_opts,
	.parse = mark_parse,
	.save = mark_save,
	.print = mark_print,
	.lin = mark_lin,
	.dlin = mark_dlin,
	.help = mark_help,
	.xlate = mark_xlate,
};
