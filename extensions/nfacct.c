// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * nfacct: count packets in a named nfnetlink_acct object.  The payload is
 * the kernel's struct xt_nfacct_match_info_v1, written as the compat match
 * (revision 1); the kernel's object pointer at its end is not compared.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_nfacct.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_NAME,
};

static const struct ext_opt nfacct_opts[] = {
	{ .name = "nfacct-name", .id = O_NAME, .type = EXT_T_STRING,
	  .flags = EXT_O_MAND | EXT_O_PUT, .min = 1,
	  .off = offsetof(struct xt_nfacct_match_info_v1, name),
	  .size = NFACCT_NAME_MAX },
	EXT_OPT_END
};

/* iptables writes two blanks before the name, in both forms */
static void nfacct_save(const struct ext_print *p)
{
	const struct xt_nfacct_match_info_v1 *n = ext_data(p->self);

	strbuf_addf(p->out, " --nfacct-name  %.*s", (int)sizeof(n->name),
		    n->name);
}

static void nfacct_print(const struct ext_print *p)
{
	const struct xt_nfacct_match_info_v1 *n = ext_data(p->self);

	strbuf_addf(p->out, " nfacct-name  %.*s", (int)sizeof(n->name),
		    n->name);
}

static bool nfacct_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_nfacct_match_info_v1, nfacct));
}

static void nfacct_help(struct strbuf *out)
{
	strbuf_adds(out,
		"nfacct match options:\n"
		" --nfacct-name STRING\t\tName of accouting area\n");
}

const struct ext ext_nfacct = {
	.name = "nfacct",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_nfacct_match_info_v1),
	.xt_size = sizeof(struct xt_nfacct_match_info_v1),
	.opts = nfacct_opts,
	.save = nfacct_save,
	.print = nfacct_print,
	.help = nfacct_help,
	.equal = nfacct_equal,
};
