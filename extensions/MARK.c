// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * MARK: sets the packet mark, as "mark = (mark & ~mask) ^ value".  The
 * payload is the kernel's struct xt_mark_tginfo2, written as the compat
 * target revision 2 (as iptables-nft 1.8.9 does).
 */
#include <stdio.h>
#include <linux/netfilter/xt_mark.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_SET_XMARK, O_SET_MARK, O_AND_MARK, O_OR_MARK, O_XOR_MARK,
};

#define F_ALL ((1 << O_SET_XMARK) | (1 << O_SET_MARK) | (1 << O_AND_MARK) | \
	       (1 << O_OR_MARK) | (1 << O_XOR_MARK))

static const struct ext_opt MARK_opts[] = {
	{ .name = "set-xmark", .id = O_SET_XMARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_PUT, .excl = F_ALL,
	  .off = offsetof(struct xt_mark_tginfo2, mark) },
	{ .name = "set-mark", .id = O_SET_MARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_PUT, .excl = F_ALL,
	  .off = offsetof(struct xt_mark_tginfo2, mark) },
	{ .name = "and-mark", .id = O_AND_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_ALL,
	  .off = offsetof(struct xt_mark_tginfo2, mark) },
	{ .name = "or-mark", .id = O_OR_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_ALL,
	  .off = offsetof(struct xt_mark_tginfo2, mark) },
	{ .name = "xor-mark", .id = O_XOR_MARK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .excl = F_ALL,
	  .off = offsetof(struct xt_mark_tginfo2, mark) },
	EXT_OPT_END
};

/* The typed layer stored the value in mark (and a mask for v/m). */
static int MARK_parse(struct ext_parse *p)
{
	struct xt_mark_tginfo2 *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_SET_MARK:
		t->mask |= t->mark;
		break;
	case O_AND_MARK:
		t->mask = ~t->mark;
		t->mark = 0;
		break;
	case O_OR_MARK:
		t->mask = t->mark;
		break;
	case O_XOR_MARK:
		t->mask = 0;
		break;
	}
	return 0;
}

static int MARK_check(struct ext_check *c)
{
	if (!(c->self->given & F_ALL))
		return erec_param(c->err, c->loc,
			"MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
	return 0;
}

static void MARK_save(const struct ext_print *p)
{
	const struct xt_mark_tginfo2 *t = ext_data(p->self);

	strbuf_addf(p->out, " --set-xmark 0x%x/0x%x", t->mark, t->mask);
}

static void MARK_print(const struct ext_print *p)
{
	const struct xt_mark_tginfo2 *t = ext_data(p->self);

	if (t->mark == 0)
		strbuf_addf(p->out, " MARK and 0x%x", ~t->mask);
	else if (t->mark == t->mask)
		strbuf_addf(p->out, " MARK or 0x%x", t->mark);
	else if (t->mask == 0)
		strbuf_addf(p->out, " MARK xor 0x%x", t->mark);
	else if (t->mask == UINT32_MAX)
		strbuf_addf(p->out, " MARK set 0x%x", t->mark);
	else
		strbuf_addf(p->out, " MARK xset 0x%x/0x%x", t->mark, t->mask);
}

static void MARK_help(struct strbuf *out)
{
	strbuf_adds(out,
		"MARK target options:\n"
		"  --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark\n"
		"  --set-mark value[/mask]   Clear bits in mask and OR value into nfmark\n"
		"  --and-mark bits           Binary AND the nfmark with bits\n"
		"  --or-mark bits            Binary OR the nfmark with bits\n"
		"  --xor-mark bits           Binary XOR the nfmark with bits\n");
}

/* ---- iptables-translate ---- */

/* mark = (mark & ~mask) ^ value */
static int MARK_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_mark_tginfo2 *m = ext_data(self);

	if (m->mask == 0xFFFFFFFFU)
		xl_add(xl, "meta mark set 0x%x", m->mark);
	else if (m->mask == 0)
		xl_add(xl, "meta mark set mark xor 0x%x", m->mark);
	else if (m->mask == m->mark)
		xl_add(xl, "meta mark set mark or 0x%x", m->mark);
	else if (m->mark == 0)
		xl_add(xl, "meta mark set mark and 0x%x", ~m->mask);
	else
		xl_add(xl, "meta mark set mark and 0x%x xor 0x%x", ~m->mask,
		       m->mark);
	return 0;
}

const struct ext ext_MARK = {
	.name = "MARK",
	.kind = EXT_TARGET,
	.revision = 2,
	.size = sizeof(struct xt_mark_tginfo2),
	.xt_size = sizeof(struct xt_mark_tginfo2),
	.opts = MARK_opts,
	.parse = MARK_parse,
	.check = MARK_check,
	.save = MARK_save,
	.print = MARK_print,
	.help = MARK_help,
	.xlate = MARK_xlate,
};
