// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * comment: a text carried by the rule.  The payload is the kernel's struct
 * xt_comment_info; iptables-nft 1.8.9 writes it as the compat match.
 */
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/xt_comment.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_COMMENT,
};

static const struct ext_opt comment_opts[] = {
	{ .name = "comment", .id = O_COMMENT, .type = EXT_T_STRING,
	  .flags = EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_comment_info, comment),
	  .size = XT_MAX_COMMENT_LEN },
	EXT_OPT_END
};

static void comment_save(const struct ext_print *p)
{
	const struct xt_comment_info *c = ext_data(p->self);
	char text[XT_MAX_COMMENT_LEN + 1];

	memcpy(text, c->comment, XT_MAX_COMMENT_LEN);
	text[XT_MAX_COMMENT_LEN] = '\0';
	strbuf_adds(p->out, " --comment");
	xt_save_string(p->out, text);
}

static void comment_print(const struct ext_print *p)
{
	const struct xt_comment_info *c = ext_data(p->self);

	strbuf_adds(p->out, " /* ");
	strbuf_add(p->out, c->comment,
		   strnlen(c->comment, XT_MAX_COMMENT_LEN));
	strbuf_adds(p->out, " */");
}

static void comment_help(struct strbuf *out)
{
	strbuf_adds(out,
		"comment match options:\n"
		"--comment COMMENT             Attach a comment to a rule\n");
}

/* ---- iptables-translate ---- */

static int comment_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_comment_info *c = ext_data(self);

	if (memchr(c->comment, '\0', sizeof(c->comment)) == NULL)
		return xl_unsupported(xl, "comment: not terminated");
	if (xl->comment)
		return xl_unsupported(xl,
			"an nft rule has one comment; this rule has two");
	xl->comment = c->comment;
	return 0;
}

const struct ext ext_comment = {
	.name = "comment",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_comment_info),
	.xt_size = sizeof(struct xt_comment_info),
	.opts = comment_opts,
	.save = comment_save,
	.print = comment_print,
	.help = comment_help,
	.xlate = comment_xlate,
};
