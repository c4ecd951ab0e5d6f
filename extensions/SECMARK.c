// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SECMARK: sets the packet's security mark from an SELinux context.  The
 * payload is the kernel's struct xt_secmark_target_info_v1, written as
 * the compat target revision 1 (as iptables-nft 1.8.9 does); without
 * SELinux the kernel refuses it (ENOENT), as it does the oracle's.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/xt_SECMARK.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_SELCTX,
};

#define INFO struct xt_secmark_target_info_v1

static const struct ext_opt SECMARK_opts[] = {
	{ .name = "selctx", .id = O_SELCTX, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT | EXT_O_MAND, .off = offsetof(INFO, secctx),
	  .size = SECMARK_SECCTX_MAX },
	EXT_OPT_END
};

static int SECMARK_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);

	t->mode = SECMARK_MODE_SEL;
	return 0;
}

static void SECMARK_save(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);

	if (t->mode == SECMARK_MODE_SEL)
		strbuf_addf(p->out, " --selctx %.*s",
			    (int)sizeof(t->secctx), t->secctx);
}

static void SECMARK_print(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);

	strbuf_adds(p->out, " SECMARK ");
	if (t->mode == SECMARK_MODE_SEL)
		strbuf_addf(p->out, "selctx %.*s", (int)sizeof(t->secctx),
			    t->secctx);
}

/* the kernel's secid after the user part reads back as zero */
static int SECMARK_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	if (len < offsetof(INFO, secid))
		return -1;
	memcpy(ext_data(self), xt, offsetof(INFO, secid));
	return 0;
}

static void SECMARK_help(struct strbuf *out)
{
	strbuf_adds(out,
		"SECMARK target options:\n"
		"  --selctx value                     Set the SELinux security context\n");
}

const struct ext ext_SECMARK = {
	.name = "SECMARK",
	.kind = EXT_TARGET,
	.revision = 1,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = SECMARK_opts,
	.parse = SECMARK_parse,
	.save = SECMARK_save,
	.print = SECMARK_print,
	.from_xt = SECMARK_from_xt,
	.help = SECMARK_help,
};
