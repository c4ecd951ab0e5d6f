// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * tcpmss: the MSS option of TCP SYN packets in a range.  The payload is
 * the kernel's struct xt_tcpmss_match, written as the compat match; the
 * kernel refuses it without -p tcp.
 */
#include <stdio.h>
#include <linux/netfilter/xt_tcpmss.h>

#include <iptnft/ext.h>

enum {
	O_MSS,
};

static const struct ext_opt tcpmss_opts[] = {
	{ .name = "mss", .id = O_MSS, .type = EXT_T_U16RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT | EXT_O_MAND | EXT_O_ANYORDER,
	  .off = offsetof(struct xt_tcpmss_match_info, mss_min) },
	EXT_OPT_END
};

static int tcpmss_parse(struct ext_parse *p)
{
	struct xt_tcpmss_match_info *m = ext_data(p->self);

	if (m->mss_min > m->mss_max)
		return erec_param(p->err, p->loc,
				  "tcpmss: invalid range given");
	m->invert = p->invert;
	return 0;
}

static void tcpmss_out(const struct ext_print *p, const char *prefix)
{
	const struct xt_tcpmss_match_info *m = ext_data(p->self);

	strbuf_addf(p->out, "%s%s", m->invert ? " !" : "", prefix);
	if (m->mss_min == m->mss_max)
		strbuf_addf(p->out, "%u", m->mss_min);
	else
		strbuf_addf(p->out, "%u:%u", m->mss_min, m->mss_max);
}

static void tcpmss_save(const struct ext_print *p)
{
	tcpmss_out(p, " --mss ");
}

static void tcpmss_print(const struct ext_print *p)
{
	const struct xt_tcpmss_match_info *m = ext_data(p->self);

	strbuf_addf(p->out, " tcpmss match %s", m->invert ? "!" : "");
	if (m->mss_min == m->mss_max)
		strbuf_addf(p->out, "%u", m->mss_min);
	else
		strbuf_addf(p->out, "%u:%u", m->mss_min, m->mss_max);
}

static void tcpmss_help(struct strbuf *out)
{
	strbuf_adds(out,
		"tcpmss match options:\n"
		"[!] --mss value[:value]\tMatch TCP MSS range.\n"
		"\t\t\t\t(only valid for TCP SYN or SYN/ACK packets)\n");
}

const struct ext ext_tcpmss = {
	.name = "tcpmss",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_tcpmss_match_info),
	.xt_size = sizeof(struct xt_tcpmss_match_info),
	.opts = tcpmss_opts,
	.parse = tcpmss_parse,
	.save = tcpmss_save,
	.print = tcpmss_print,
	.help = tcpmss_help,
};
