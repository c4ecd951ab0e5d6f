// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * NOTRACK: the alias of "CT --notrack" that iptables-nft 1.8.9 writes as
 * the compat target CT revision 2 with XT_CT_NOTRACK | XT_CT_NOTRACK_ALIAS
 * (extensions/CT.c reads it back as this).  It lists as CT and saves as
 * "-j NOTRACK".
 */
#include <stdio.h>
#include <linux/netfilter/xt_CT.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

static void NOTRACK_init(struct ir_ext *self)
{
	struct xt_ct_target_info_v1 *t = ext_data(self);

	t->flags = XT_CT_NOTRACK | XT_CT_NOTRACK_ALIAS;
}

static void NOTRACK_save(const struct ext_print *p)
{
	(void)p;
}

static void NOTRACK_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " NOTRACK");
}

/* ---- iptables-translate ---- */

static int NOTRACK_xlate(struct xlate *xl, const struct ir_ext *self)
{
	(void)self;
	xl_add(xl, "notrack");
	return 0;
}

const struct ext ext_NOTRACK = {
	.name = "NOTRACK",
	.xt_name = "CT",
	.kind = EXT_TARGET,
	.revision = 2,
	.size = sizeof(struct xt_ct_target_info_v1),
	.xt_size = sizeof(struct xt_ct_target_info_v1),
	.init = NOTRACK_init,
	.save = NOTRACK_save,
	.print = NOTRACK_print,
	.xlate = NOTRACK_xlate,
};
