// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * dscp: the DiffServ code point, by value or class name.  The payload is
 * the kernel's struct xt_dscp_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_dscp.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_DSCP, O_CLASS,
};

static const struct ext_opt dscp_opts[] = {
	{ .name = "dscp", .id = O_DSCP, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .max = XT_DSCP_MAX,
	  .excl = 1 << O_CLASS, .off = offsetof(struct xt_dscp_info, dscp) },
	{ .name = "dscp-class", .id = O_CLASS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_DSCP },
	EXT_OPT_END
};

static int dscp_parse(struct ext_parse *p)
{
	struct xt_dscp_info *d = ext_data(p->self);
	int v;

	if (p->opt->id == O_CLASS) {
		v = xt_dscp_class(p->arg);
		if (v < 0)
			return erec_param(p->err, p->loc,
					  "Invalid DSCP value `%s'", p->arg);
		d->dscp = v;
	}
	d->invert = p->invert;
	return 0;
}

static int dscp_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "DSCP match: Parameter --dscp is required");
	return 0;
}

static void dscp_save(const struct ext_print *p)
{
	const struct xt_dscp_info *d = ext_data(p->self);

	strbuf_addf(p->out, "%s --dscp 0x%02x", d->invert ? " !" : "",
		    d->dscp);
}

static void dscp_print(const struct ext_print *p)
{
	const struct xt_dscp_info *d = ext_data(p->self);

	strbuf_addf(p->out, " DSCP match %s0x%02x", d->invert ? "!" : "",
		    d->dscp);
}

static void dscp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"dscp match options\n"
		"[!] --dscp value\t\tMatch DSCP codepoint with numerical value\n"
		"  \t\t                This value can be in decimal (ex: 32)\n"
		"               \t\tor in hex (ex: 0x20)\n"
		"[!] --dscp-class name\t\tMatch the DiffServ class. This value may\n"
		"\t\t\t\tbe any of the BE,EF, AFxx or CSx classes\n"
		"\n"
		"\t\t\t\tThese two options are mutually exclusive !\n");
}

/* ---- iptables-translate ---- */

static int dscp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_dscp_info *d = ext_data(self);

	xl_add(xl, "%s dscp %s0x%02x", xl_nh(xl), d->invert ? "!= " : "",
	       d->dscp);
	return 0;
}

const struct ext ext_dscp = {
	.name = "dscp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_dscp_info),
	.xt_size = sizeof(struct xt_dscp_info),
	.opts = dscp_opts,
	.parse = dscp_parse,
	.check = dscp_check,
	.save = dscp_save,
	.print = dscp_print,
	.help = dscp_help,
	.xlate = dscp_xlate,
};
