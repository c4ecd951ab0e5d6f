// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CONNSECMARK: copies the security mark between packet and connection.
 * The payload is the kernel's struct xt_connsecmark_target_info (compat
 * target revision 0); the kernel allows it in mangle and security only.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_CONNSECMARK.h>

#include <iptnft/ext.h>

enum {
	O_SAVE, O_RESTORE,
};

static const struct ext_opt CONNSECMARK_opts[] = {
	{ .name = "save", .id = O_SAVE, .type = EXT_T_NONE,
	  .excl = 1 << O_RESTORE },
	{ .name = "restore", .id = O_RESTORE, .type = EXT_T_NONE,
	  .excl = 1 << O_SAVE },
	EXT_OPT_END
};

static int CONNSECMARK_parse(struct ext_parse *p)
{
	struct xt_connsecmark_target_info *t = ext_data(p->self);

	t->mode = p->opt->id == O_SAVE ? CONNSECMARK_SAVE :
		  CONNSECMARK_RESTORE;
	return 0;
}

static int CONNSECMARK_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "CONNSECMARK target: parameter required");
	return 0;
}

static const char *mode_name(const struct ext_print *p)
{
	const struct xt_connsecmark_target_info *t = ext_data(p->self);

	switch (t->mode) {
	case CONNSECMARK_SAVE:
		return "save";
	case CONNSECMARK_RESTORE:
		return "restore";
	}
	return NULL;
}

static void CONNSECMARK_save(const struct ext_print *p)
{
	const char *m = mode_name(p);

	if (m)
		strbuf_addf(p->out, " --%s", m);
}

static void CONNSECMARK_print(const struct ext_print *p)
{
	const char *m = mode_name(p);

	strbuf_adds(p->out, " CONNSECMARK ");
	if (m)
		strbuf_adds(p->out, m);
}

static void CONNSECMARK_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CONNSECMARK target options:\n"
		"  --save                   Copy security mark from packet to conntrack\n"
		"  --restore                Copy security mark from connection to packet\n");
}

const struct ext ext_CONNSECMARK = {
	.name = "CONNSECMARK",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_connsecmark_target_info),
	.xt_size = sizeof(struct xt_connsecmark_target_info),
	.opts = CONNSECMARK_opts,
	.parse = CONNSECMARK_parse,
	.check = CONNSECMARK_check,
	.save = CONNSECMARK_save,
	.print = CONNSECMARK_print,
	.help = CONNSECMARK_help,
};
