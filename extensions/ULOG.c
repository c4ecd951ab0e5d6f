// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ULOG: the old IPv4 netlink packet logger (compat target revision 0).
 * Kernels since 3.17 have no ipt_ULOG, so this one mostly exists to fail
 * as iptables-nft does: the probe warns when -j ULOG is read, option
 * errors are reported, and the kernel refuses the rule (ENOENT).  The
 * payload is the old kernel's struct ipt_ulog_info, no longer in the UAPI
 * headers.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <netinet/in.h>
#include <linux/netfilter.h>

#include <iptnft/ext.h>

#include "helpers.h"

#define ULOG_PREFIX_LEN 32

struct ulog_info {
	unsigned int nl_group;		/* bit n-1 for group n */
	size_t copy_range;
	size_t qthreshold;
	char prefix[ULOG_PREFIX_LEN];
};

enum {
	O_NLGROUP, O_PREFIX, O_CPRANGE, O_QTHRESHOLD,
};

static const struct ext_opt ULOG_opts[] = {
	{ .name = "ulog-nlgroup", .id = O_NLGROUP, .type = EXT_T_U8,
	  .min = 1, .max = 32 },
	{ .name = "ulog-prefix", .id = O_PREFIX, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .min = 1, .size = ULOG_PREFIX_LEN,
	  .off = offsetof(struct ulog_info, prefix) },
	{ .name = "ulog-cprange", .id = O_CPRANGE, .type = EXT_T_U64,
	  .flags = EXT_O_PUT, .off = offsetof(struct ulog_info, copy_range) },
	{ .name = "ulog-qthreshold", .id = O_QTHRESHOLD, .type = EXT_T_U64,
	  .flags = EXT_O_PUT, .min = 1, .max = 50,
	  .off = offsetof(struct ulog_info, qthreshold) },
	EXT_OPT_END
};

static void ULOG_init(struct ir_ext *self)
{
	struct ulog_info *t = ext_data(self);

	t->nl_group = 1;
	t->qthreshold = 1;
}

static int ULOG_parse(struct ext_parse *p)
{
	struct ulog_info *t = ext_data(p->self);

	if (p->opt->id == O_NLGROUP)
		t->nl_group = 1U << (*(const uint8_t *)p->val - 1);
	return 0;
}

static void ULOG_out(const struct ext_print *p, const char *dashes)
{
	const struct ulog_info *t = ext_data(p->self);
	char prefix[sizeof(t->prefix) + 1];
	unsigned int g;

	/* the kernel's rule ends it with a NUL; decoded bytes may not */
	snprintf(prefix, sizeof(prefix), "%.*s", (int)sizeof(t->prefix),
		 t->prefix);
	if (prefix[0]) {
		strbuf_addf(p->out, " %sulog-prefix", dashes);
		xt_save_string(p->out, prefix);
	}
	if (t->nl_group != 1)
		for (g = 0; g < 32; g++)
			if (t->nl_group & (1U << g)) {
				strbuf_addf(p->out, " %sulog-nlgroup %u",
					    dashes, g + 1);
				break;
			}
	if (t->copy_range)
		strbuf_addf(p->out, " %sulog-cprange %zu", dashes,
			    t->copy_range);
	if (t->qthreshold != 1)
		strbuf_addf(p->out, " %sulog-qthreshold %zu", dashes,
			    t->qthreshold);
}

static void ULOG_save(const struct ext_print *p)
{
	ULOG_out(p, "--");
}

static void ULOG_print(const struct ext_print *p)
{
	ULOG_out(p, "");
}

static void ULOG_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ULOG target options:\n"
		" --ulog-nlgroup nlgroup\t\tNETLINK group used for logging\n"
		" --ulog-cprange size\t\tBytes of each packet to be passed\n"
		" --ulog-qthreshold\t\tThreshold of in-kernel queue\n"
		" --ulog-prefix prefix\t\tPrefix log messages with this prefix.\n");
}

const struct ext ext_ULOG = {
	.name = "ULOG",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ulog_info),
	.xt_size = sizeof(struct ulog_info),
	.opts = ULOG_opts,
	.init = ULOG_init,
	.parse = ULOG_parse,
	.save = ULOG_save,
	.print = ULOG_print,
	.help = ULOG_help,
};
