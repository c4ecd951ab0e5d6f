// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CHECKSUM: fills in the checksum of packets that lack one (mangle only).
 * The payload is the kernel's struct xt_CHECKSUM_info (compat target
 * revision 0).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_CHECKSUM.h>

#include <iptnft/ext.h>

enum {
	O_CHECKSUM_FILL,
};

static const struct ext_opt CHECKSUM_opts[] = {
	{ .name = "checksum-fill", .id = O_CHECKSUM_FILL, .type = EXT_T_NONE,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

static int CHECKSUM_parse(struct ext_parse *p)
{
	struct xt_CHECKSUM_info *t = ext_data(p->self);

	t->operation = XT_CHECKSUM_OP_FILL;
	return 0;
}

static void CHECKSUM_save(const struct ext_print *p)
{
	const struct xt_CHECKSUM_info *t = ext_data(p->self);

	if (t->operation & XT_CHECKSUM_OP_FILL)
		strbuf_adds(p->out, " --checksum-fill");
}

static void CHECKSUM_print(const struct ext_print *p)
{
	const struct xt_CHECKSUM_info *t = ext_data(p->self);

	strbuf_adds(p->out, " CHECKSUM");
	if (t->operation & XT_CHECKSUM_OP_FILL)
		strbuf_adds(p->out, " fill");
}

static void CHECKSUM_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CHECKSUM target options\n"
		"  --checksum-fill\t\t\tFill in packet checksum.\n");
}

const struct ext ext_CHECKSUM = {
	.name = "CHECKSUM",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_CHECKSUM_info),
	.xt_size = sizeof(struct xt_CHECKSUM_info),
	.opts = CHECKSUM_opts,
	.parse = CHECKSUM_parse,
	.save = CHECKSUM_save,
	.print = CHECKSUM_print,
	.help = CHECKSUM_help,
};
