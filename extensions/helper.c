// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * helper: the conntrack helper of the connection.  The payload is the
 * kernel's struct xt_helper_info, written as the compat match.  iptables
 * compares none of it (no userspacesize): for -C and -D any helper match
 * is the same as any other.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_helper.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_HELPER,
};

static const struct ext_opt helper_opts[] = {
	{ .name = "helper", .id = O_HELPER, .type = EXT_T_STRING,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_helper_info, name),
	  .size = sizeof(((struct xt_helper_info *)0)->name) },
	EXT_OPT_END
};

static int helper_parse(struct ext_parse *p)
{
	struct xt_helper_info *h = ext_data(p->self);

	h->invert = p->invert;
	return 0;
}

static void helper_save(const struct ext_print *p)
{
	const struct xt_helper_info *h = ext_data(p->self);
	char name[sizeof(h->name) + 1];

	snprintf(name, sizeof(name), "%.*s", (int)sizeof(h->name), h->name);
	ext_save_opt(p->out, h->invert, "helper");
	xt_save_string(p->out, name);
}

static void helper_print(const struct ext_print *p)
{
	const struct xt_helper_info *h = ext_data(p->self);

	strbuf_addf(p->out, " helper match %s\"%.*s\"", h->invert ? "! " : "",
		    (int)sizeof(h->name), h->name);
}

static void helper_help(struct strbuf *out)
{
	strbuf_adds(out,
		"helper match options:\n"
		"[!] --helper string        Match helper identified by string\n");
}

const struct ext ext_helper = {
	.name = "helper",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_helper_info),
	.xt_size = sizeof(struct xt_helper_info),
	.opts = helper_opts,
	.parse = helper_parse,
	.save = helper_save,
	.print = helper_print,
	.help = helper_help,
	.equal = xt_equal_any,
};
