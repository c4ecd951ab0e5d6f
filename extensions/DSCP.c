// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * DSCP: sets the DiffServ code point, by number or by class name.  The
 * payload is the kernel's struct xt_DSCP_info (compat target revision 0).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <linux/netfilter/xt_DSCP.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_SET_DSCP, O_SET_DSCP_CLASS,
};

static const struct ext_opt DSCP_opts[] = {
	{ .name = "set-dscp", .id = O_SET_DSCP, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = 1 << O_SET_DSCP_CLASS,
	  .max = XT_DSCP_MAX, .off = offsetof(struct xt_DSCP_info, dscp) },
	{ .name = "set-dscp-class", .id = O_SET_DSCP_CLASS,
	  .type = EXT_T_CUSTOM, .excl = 1 << O_SET_DSCP },
	EXT_OPT_END
};

/* The DiffServ classes; a name matches when it starts with one. */
static const struct {
	const char *name;
	uint8_t dscp;
} ds_classes[] = {
	{ "CS0", 0x00 }, { "CS1", 0x08 }, { "CS2", 0x10 }, { "CS3", 0x18 },
	{ "CS4", 0x20 }, { "CS5", 0x28 }, { "CS6", 0x30 }, { "CS7", 0x38 },
	{ "BE", 0x00 },
	{ "AF11", 0x0a }, { "AF12", 0x0c }, { "AF13", 0x0e },
	{ "AF21", 0x12 }, { "AF22", 0x14 }, { "AF23", 0x16 },
	{ "AF31", 0x1a }, { "AF32", 0x1c }, { "AF33", 0x1e },
	{ "AF41", 0x22 }, { "AF42", 0x24 }, { "AF43", 0x26 },
	{ "EF", 0x2e },
};

static int DSCP_parse(struct ext_parse *p)
{
	struct xt_DSCP_info *t = ext_data(p->self);
	size_t i;

	if (p->opt->id != O_SET_DSCP_CLASS)
		return 0;
	for (i = 0; i < ARRAY_SIZE(ds_classes); i++) {
		if (strncasecmp(p->arg, ds_classes[i].name,
				strlen(ds_classes[i].name)))
			continue;
		t->dscp = ds_classes[i].dscp;
		return 0;
	}
	return erec_param(p->err, p->loc, "Invalid DSCP value `%s'", p->arg);
}

static int DSCP_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "DSCP target: Parameter --set-dscp is required");
	return 0;
}

static void DSCP_save(const struct ext_print *p)
{
	const struct xt_DSCP_info *t = ext_data(p->self);

	strbuf_addf(p->out, " --set-dscp 0x%02x", t->dscp);
}

static void DSCP_print(const struct ext_print *p)
{
	const struct xt_DSCP_info *t = ext_data(p->self);

	strbuf_addf(p->out, " DSCP set 0x%02x", t->dscp);
}

static void DSCP_help(struct strbuf *out)
{
	strbuf_adds(out,
		"DSCP target options\n"
		"  --set-dscp value\t\tSet DSCP field in packet header to value\n"
		"  \t\t                This value can be in decimal (ex: 32)\n"
		"               \t\tor in hex (ex: 0x20)\n"
		"  --set-dscp-class class\tSet the DSCP field in packet header to the\n"
		"\t\t\t\tvalue represented by the DiffServ class value.\n"
		"\t\t\t\tThis class may be EF,BE or any of the CSxx\n"
		"\t\t\t\tor AFxx classes.\n"
		"\n"
		"\t\t\t\tThese two options are mutually exclusive !\n");
}

/* ---- iptables-translate ---- */

static int DSCP_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_DSCP_info *d = ext_data(self);

	xl_add(xl, "%s dscp set 0x%02x", xl_nh(xl), d->dscp);
	return 0;
}

const struct ext ext_DSCP = {
	.name = "DSCP",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_DSCP_info),
	.xt_size = sizeof(struct xt_DSCP_info),
	.opts = DSCP_opts,
	.parse = DSCP_parse,
	.check = DSCP_check,
	.save = DSCP_save,
	.print = DSCP_print,
	.help = DSCP_help,
	.xlate = DSCP_xlate,
};
