// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * rpfilter: reverse path filtering by a route lookup.  The payload is the
 * kernel's struct xt_rpfilter_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_rpfilter.h>

#include <iptnft/ext.h>

enum {
	O_LOOSE, O_VALIDMARK, O_ACCEPT_LOCAL, O_INVERT,
};

static const struct ext_opt rpfilter_opts[] = {
	{ .name = "loose", .id = O_LOOSE, .type = EXT_T_NONE },
	{ .name = "validmark", .id = O_VALIDMARK, .type = EXT_T_NONE },
	{ .name = "accept-local", .id = O_ACCEPT_LOCAL, .type = EXT_T_NONE },
	{ .name = "invert", .id = O_INVERT, .type = EXT_T_NONE },
	EXT_OPT_END
};

/* by option id, in the order they are shown */
static const struct {
	uint8_t flag;
	const char *name;
} rpfilter_flags[] = {
	[O_LOOSE] = { XT_RPFILTER_LOOSE, "loose" },
	[O_VALIDMARK] = { XT_RPFILTER_VALID_MARK, "validmark" },
	[O_ACCEPT_LOCAL] = { XT_RPFILTER_ACCEPT_LOCAL, "accept-local" },
	[O_INVERT] = { XT_RPFILTER_INVERT, "invert" },
};

static int rpfilter_parse(struct ext_parse *p)
{
	struct xt_rpfilter_info *r = ext_data(p->self);

	r->flags |= rpfilter_flags[p->opt->id].flag;
	return 0;
}

static void rpfilter_out(const struct ext_print *p, const char *pfx)
{
	const struct xt_rpfilter_info *r = ext_data(p->self);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rpfilter_flags); i++)
		if (r->flags & rpfilter_flags[i].flag)
			strbuf_addf(p->out, " %s%s", pfx,
				    rpfilter_flags[i].name);
}

static void rpfilter_save(const struct ext_print *p)
{
	rpfilter_out(p, "--");
}

static void rpfilter_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " rpfilter");
	rpfilter_out(p, "");
}

static void rpfilter_help(struct strbuf *out)
{
	strbuf_adds(out,
		"rpfilter match options:\n"
		"    --loose          permit reverse path via any interface\n"
		"    --validmark      use skb nfmark when performing route lookup\n"
		"    --accept-local   do not reject packets with a local source address\n"
		"    --invert         match packets that failed the reverse path test\n");
}

const struct ext ext_rpfilter = {
	.name = "rpfilter",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_rpfilter_info),
	.xt_size = sizeof(struct xt_rpfilter_info),
	.opts = rpfilter_opts,
	.parse = rpfilter_parse,
	.save = rpfilter_save,
	.print = rpfilter_print,
	.help = rpfilter_help,
};
