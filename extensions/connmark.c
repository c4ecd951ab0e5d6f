// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * connmark: the connection's mark under a mask.  The payload is the
 * kernel's struct xt_connmark_mtinfo1, written as the compat match
 * revision 1.
 */
#include <stdio.h>
#include <linux/netfilter/xt_connmark.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_MARK,
};

static const struct ext_opt connmark_opts[] = {
	{ .name = "mark", .id = O_MARK, .type = EXT_T_MARKMASK,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_connmark_mtinfo1, mark) },
	EXT_OPT_END
};

static int connmark_parse(struct ext_parse *p)
{
	struct xt_connmark_mtinfo1 *m = ext_data(p->self);

	if (p->invert)
		m->invert = 1;
	return 0;
}

static void connmark_save(const struct ext_print *p)
{
	const struct xt_connmark_mtinfo1 *m = ext_data(p->self);

	ext_save_opt(p->out, m->invert, "mark");
	xt_markmask(p->out, m->mark, m->mask);
}

static void connmark_print(const struct ext_print *p)
{
	const struct xt_connmark_mtinfo1 *m = ext_data(p->self);

	strbuf_adds(p->out, m->invert ? " connmark match !" :
		    " connmark match ");
	xt_markmask(p->out, m->mark, m->mask);
}

static void connmark_help(struct strbuf *out)
{
	strbuf_adds(out,
		"connmark match options:\n"
		"[!] --mark value[/mask]    Match ctmark value with optional mask\n");
}

/* ---- iptables-translate ---- */

static int connmark_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_connmark_mtinfo1 *m = ext_data(self);

	/* without an entry neither matches, negated or not */
	if (m->mask == 0xFFFFFFFFU)
		xl_add(xl, "ct mark %s0x%x", m->invert ? "!= " : "", m->mark);
	else
		xl_add(xl, "ct mark and 0x%x %s 0x%x", m->mask,
		       m->invert ? "!=" : "==", m->mark);
	return 0;
}

const struct ext ext_connmark = {
	.name = "connmark",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_connmark_mtinfo1),
	.xt_size = sizeof(struct xt_connmark_mtinfo1),
	.opts = connmark_opts,
	.parse = connmark_parse,
	.save = connmark_save,
	.print = connmark_print,
	.help = connmark_help,
	.xlate = connmark_xlate,
};
