// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CONNMARK: set the connection mark, or copy it from/to the packet mark
 * under masks and with a shift.  The payload is the kernel's struct
 * xt_connmark_tginfo2, written as the compat target revision 2.
 */
#include <stdio.h>
#include <linux/netfilter/xt_connmark.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

/* iptables' ids: they decide which conflict is reported */
enum {
	O_SET_MARK, O_SAVE_MARK, O_RESTORE_MARK, O_AND_MARK, O_OR_MARK,
	O_XOR_MARK, O_LEFT_SHIFT_MARK, O_RIGHT_SHIFT_MARK, O_SET_XMARK,
	O_CTMASK, O_NFMASK, O_MASK,
};

#define F(o) (1ULL << (o))
#define F_OP_ANY (F(O_SET_MARK) | F(O_SAVE_MARK) | F(O_RESTORE_MARK) | \
		  F(O_AND_MARK) | F(O_OR_MARK) | F(O_XOR_MARK) | \
		  F(O_SET_XMARK))

#define TI(f) offsetof(struct xt_connmark_tginfo2, f)

static const struct ext_opt CONNMARK_opts[] = {
	{ .name = "set-xmark", .id = O_SET_XMARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_PUT, .excl = F_OP_ANY, .off = TI(ctmark) },
	{ .name = "set-mark", .id = O_SET_MARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_PUT, .excl = F_OP_ANY, .off = TI(ctmark) },
	{ .name = "and-mark", .id = O_AND_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_OP_ANY, .off = TI(ctmark) },
	{ .name = "or-mark", .id = O_OR_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_OP_ANY, .off = TI(ctmark) },
	{ .name = "xor-mark", .id = O_XOR_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_OP_ANY, .off = TI(ctmark) },
	{ .name = "save-mark", .id = O_SAVE_MARK, .type = EXT_T_NONE,
	  .excl = F_OP_ANY },
	{ .name = "restore-mark", .id = O_RESTORE_MARK, .type = EXT_T_NONE,
	  .excl = F_OP_ANY },
	{ .name = "left-shift-mark", .id = O_LEFT_SHIFT_MARK,
	  .type = EXT_T_U8, .flags = EXT_O_PUT, .max = 32,
	  .off = TI(shift_bits) },
	{ .name = "right-shift-mark", .id = O_RIGHT_SHIFT_MARK,
	  .type = EXT_T_U8, .flags = EXT_O_PUT, .max = 32,
	  .off = TI(shift_bits) },
	{ .name = "ctmask", .id = O_CTMASK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F(O_MASK), .off = TI(ctmask) },
	{ .name = "nfmask", .id = O_NFMASK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F(O_MASK), .off = TI(nfmask) },
	{ .name = "mask", .id = O_MASK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F(O_CTMASK) | F(O_NFMASK),
	  .off = TI(nfmask) },
	EXT_OPT_END
};

static void CONNMARK_init(struct ir_ext *self)
{
	struct xt_connmark_tginfo2 *t = ext_data(self);

	t->ctmask = UINT32_MAX;
	t->nfmask = UINT32_MAX;
	t->shift_dir = D_SHIFT_LEFT;
}

/* The typed layer stored the option's value; finish what it means. */
static int CONNMARK_parse(struct ext_parse *p)
{
	struct xt_connmark_tginfo2 *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_SET_XMARK:
		t->mode = XT_CONNMARK_SET;
		break;
	case O_SET_MARK:
		t->mode = XT_CONNMARK_SET;
		t->ctmask |= t->ctmark;
		break;
	case O_AND_MARK:
		t->mode = XT_CONNMARK_SET;
		t->ctmask = ~t->ctmark;
		t->ctmark = 0;
		break;
	case O_OR_MARK:
		t->mode = XT_CONNMARK_SET;
		t->ctmask = t->ctmark;
		break;
	case O_XOR_MARK:
		t->mode = XT_CONNMARK_SET;
		t->ctmask = 0;
		break;
	case O_SAVE_MARK:
		t->mode = XT_CONNMARK_SAVE;
		break;
	case O_RESTORE_MARK:
		t->mode = XT_CONNMARK_RESTORE;
		break;
	case O_MASK:
		t->ctmask = t->nfmask;
		break;
	case O_LEFT_SHIFT_MARK:
		t->shift_dir = D_SHIFT_LEFT;
		break;
	case O_RIGHT_SHIFT_MARK:
		t->shift_dir = D_SHIFT_RIGHT;
		break;
	}
	return 0;
}

static int CONNMARK_check(struct ext_check *c)
{
	if (!(c->self->given & F_OP_ANY))
		return erec_param(c->err, c->loc,
				  "CONNMARK target: No operation specified");
	return 0;
}

static const char *shift_name(const struct xt_connmark_tginfo2 *t)
{
	return t->shift_dir == D_SHIFT_RIGHT ? "right-shift-mark" :
					       "left-shift-mark";
}

static void CONNMARK_save(const struct ext_print *p)
{
	const struct xt_connmark_tginfo2 *t = ext_data(p->self);

	switch (t->mode) {
	case XT_CONNMARK_SET:
		strbuf_addf(p->out, " --set-xmark 0x%x/0x%x", t->ctmark,
			    t->ctmask);
		break;
	case XT_CONNMARK_SAVE:
	case XT_CONNMARK_RESTORE:
		strbuf_addf(p->out, " --%s-mark --nfmask 0x%x --ctmask 0x%x",
			    t->mode == XT_CONNMARK_SAVE ? "save" : "restore",
			    t->nfmask, t->ctmask);
		break;
	default:
		strbuf_adds(p->out, " ERROR: UNKNOWN CONNMARK MODE");
		break;
	}
	if (t->mode <= XT_CONNMARK_RESTORE && t->shift_bits)
		strbuf_addf(p->out, " --%s %u", shift_name(t), t->shift_bits);
}

static void CONNMARK_print(const struct ext_print *p)
{
	const struct xt_connmark_tginfo2 *t = ext_data(p->self);
	struct strbuf *o = p->out;

	switch (t->mode) {
	case XT_CONNMARK_SET:
		if (t->ctmark == 0)
			strbuf_addf(o, " CONNMARK and 0x%x", ~t->ctmask);
		else if (t->ctmark == t->ctmask)
			strbuf_addf(o, " CONNMARK or 0x%x", t->ctmark);
		else if (t->ctmask == 0)
			strbuf_addf(o, " CONNMARK xor 0x%x", t->ctmark);
		else if (t->ctmask == UINT32_MAX)
			strbuf_addf(o, " CONNMARK set 0x%x", t->ctmark);
		else
			strbuf_addf(o, " CONNMARK xset 0x%x/0x%x", t->ctmark,
				    t->ctmask);
		break;
	case XT_CONNMARK_SAVE:
		if (t->nfmask == UINT32_MAX && t->ctmask == UINT32_MAX)
			strbuf_adds(o, " CONNMARK save");
		else if (t->nfmask == t->ctmask)
			strbuf_addf(o, " CONNMARK save mask 0x%x", t->nfmask);
		else
			strbuf_addf(o, " CONNMARK save nfmask 0x%x ctmask ~0x%x",
				    t->nfmask, t->ctmask);
		break;
	case XT_CONNMARK_RESTORE:
		if (t->ctmask == UINT32_MAX && t->nfmask == UINT32_MAX)
			strbuf_adds(o, " CONNMARK restore");
		else if (t->ctmask == t->nfmask)
			strbuf_addf(o, " CONNMARK restore mask 0x%x", t->ctmask);
		else
			strbuf_addf(o, " CONNMARK restore ctmask 0x%x nfmask ~0x%x",
				    t->ctmask, t->nfmask);
		break;
	default:
		strbuf_adds(o, " ERROR: UNKNOWN CONNMARK MODE");
		break;
	}
	if (t->mode <= XT_CONNMARK_RESTORE && t->shift_bits)
		strbuf_addf(o, " %s %u", shift_name(t), t->shift_bits);
}

static void CONNMARK_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CONNMARK target options:\n"
		"  --set-xmark value[/ctmask]    Zero mask bits and XOR ctmark with value\n"
		"  --save-mark [--ctmask mask] [--nfmask mask]\n"
		"                                Copy ctmark to nfmark using masks\n"
		"  --restore-mark [--ctmask mask] [--nfmask mask]\n"
		"                                Copy nfmark to ctmark using masks\n"
		"  --set-mark value[/mask]       Set conntrack mark value\n"
		"  --save-mark [--mask mask]     Save the packet nfmark in the connection\n"
		"  --restore-mark [--mask mask]  Restore saved nfmark value\n"
		"  --and-mark value              Binary AND the ctmark with bits\n"
		"  --or-mark value               Binary OR  the ctmark with bits\n"
		"  --xor-mark value              Binary XOR the ctmark with bits\n"
		"  --left-shift-mark value       Left shift the ctmark with bits\n"
		"  --right-shift-mark value      Right shift the ctmark with bits\n");
}

/* ---- iptables-translate ---- */

static int CONNMARK_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_connmark_tginfo2 *c = ext_data(self);

	if (c->shift_bits)
		return xl_unsupported(xl,
			"CONNMARK: shifts have no nft equivalent");
	switch (c->mode) {
	case XT_CONNMARK_SET:
		/* ctmark = (ctmark & ~ctmask) ^ ctmark */
		if (c->ctmask == 0xFFFFFFFFU)
			xl_add(xl, "ct mark set 0x%x", c->ctmark);
		else if (c->ctmask == 0)
			xl_add(xl, "ct mark set ct mark xor 0x%x", c->ctmark);
		else if (c->ctmask == c->ctmark)
			xl_add(xl, "ct mark set ct mark or 0x%x", c->ctmark);
		else if (c->ctmark == 0)
			xl_add(xl, "ct mark set ct mark and 0x%x", ~c->ctmask);
		else
			xl_add(xl, "ct mark set ct mark and 0x%x xor 0x%x",
			       ~c->ctmask, c->ctmark);
		return 0;
	case XT_CONNMARK_SAVE:
		/* ctmark = (ctmark & ~ctmask) ^ (mark & nfmask) */
		if (c->ctmask != 0xFFFFFFFFU)
			break;
		if (c->nfmask == 0xFFFFFFFFU)
			xl_add(xl, "ct mark set mark");
		else
			xl_add(xl, "ct mark set mark and 0x%x", c->nfmask);
		return 0;
	case XT_CONNMARK_RESTORE:
		/* mark = (mark & ~nfmask) ^ (ctmark & ctmask) */
		if (c->nfmask != 0xFFFFFFFFU)
			break;
		if (c->ctmask == 0xFFFFFFFFU)
			xl_add(xl, "meta mark set ct mark");
		else
			xl_add(xl, "meta mark set ct mark and 0x%x",
			       c->ctmask);
		return 0;
	}
	return xl_unsupported(xl,
		"CONNMARK: a mask that keeps bits of both marks has no nft equivalent");
}

const struct ext ext_CONNMARK = {
	.name = "CONNMARK",
	.kind = EXT_TARGET,
	.revision = 2,
	.size = sizeof(struct xt_connmark_tginfo2),
	.xt_size = sizeof(struct xt_connmark_tginfo2),
	.opts = CONNMARK_opts,
	.init = CONNMARK_init,
	.parse = CONNMARK_parse,
	.check = CONNMARK_check,
	.save = CONNMARK_save,
	.print = CONNMARK_print,
	.help = CONNMARK_help,
	.xlate = CONNMARK_xlate,
};
