// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * AUDIT: records an audit event for the packet.  The payload is the
 * kernel's struct xt_audit_info (compat target revision 0).
 */
#include <stdio.h>
#include <strings.h>
#include <linux/netfilter/xt_AUDIT.h>

#include <iptnft/ext.h>

enum {
	O_TYPE,
};

static const struct ext_opt AUDIT_opts[] = {
	{ .name = "type", .id = O_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

static const char *const audit_types[] = {
	[XT_AUDIT_TYPE_ACCEPT] = "accept",
	[XT_AUDIT_TYPE_DROP] = "drop",
	[XT_AUDIT_TYPE_REJECT] = "reject",
};

static int AUDIT_parse(struct ext_parse *p)
{
	struct xt_audit_info *t = ext_data(p->self);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(audit_types); i++) {
		if (strcasecmp(p->arg, audit_types[i]))
			continue;
		t->type = i;
		return 0;
	}
	return erec_param(p->err, p->loc, "Bad action type value \"%s\"",
			  p->arg);
}

static void AUDIT_save(const struct ext_print *p)
{
	const struct xt_audit_info *t = ext_data(p->self);

	if (t->type < ARRAY_SIZE(audit_types))
		strbuf_addf(p->out, " --type %s", audit_types[t->type]);
}

static void AUDIT_print(const struct ext_print *p)
{
	const struct xt_audit_info *t = ext_data(p->self);

	strbuf_adds(p->out, " AUDIT ");
	if (t->type < ARRAY_SIZE(audit_types))
		strbuf_adds(p->out, audit_types[t->type]);
}

static void AUDIT_help(struct strbuf *out)
{
	strbuf_adds(out,
		"AUDIT target options\n"
		"  --type TYPE\t\tAction type to be recorded.\n");
}

const struct ext ext_AUDIT = {
	.name = "AUDIT",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_audit_info),
	.xt_size = sizeof(struct xt_audit_info),
	.opts = AUDIT_opts,
	.parse = AUDIT_parse,
	.save = AUDIT_save,
	.print = AUDIT_print,
	.help = AUDIT_help,
};
