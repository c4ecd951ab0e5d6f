// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SYNPROXY: answers TCP SYNs itself with SYN cookies.  The payload is the
 * kernel's struct xt_synproxy_info (compat target revision 0).  --wscale
 * and --mss are read as 32-bit numbers and kept in 8 and 16 bits, as
 * iptables does.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_SYNPROXY.h>

#include <iptnft/ext.h>

enum {
	O_SACK_PERM, O_TIMESTAMP, O_WSCALE, O_MSS, O_ECN,
};

static const struct ext_opt SYNPROXY_opts[] = {
	{ .name = "sack-perm", .id = O_SACK_PERM, .type = EXT_T_NONE },
	{ .name = "timestamp", .id = O_TIMESTAMP, .type = EXT_T_NONE },
	{ .name = "wscale", .id = O_WSCALE, .type = EXT_T_CUSTOM },
	{ .name = "mss", .id = O_MSS, .type = EXT_T_CUSTOM },
	{ .name = "ecn", .id = O_ECN, .type = EXT_T_NONE },
	EXT_OPT_END
};

static int SYNPROXY_parse(struct ext_parse *p)
{
	struct xt_synproxy_info *t = ext_data(p->self);
	uint64_t v = 0;

	if (p->opt->type == EXT_T_CUSTOM &&
	    !ext_strtoul(p->arg, NULL, 0, UINT32_MAX, &v))
		return erec_param(p->err, p->loc,
			"SYNPROXY: bad value for option \"--%s\", or out of range (0-4294967295).\n",
			p->opt->name);
	switch (p->opt->id) {
	case O_SACK_PERM:
		t->options |= XT_SYNPROXY_OPT_SACK_PERM;
		break;
	case O_TIMESTAMP:
		t->options |= XT_SYNPROXY_OPT_TIMESTAMP;
		break;
	case O_WSCALE:
		t->options |= XT_SYNPROXY_OPT_WSCALE;
		t->wscale = (uint8_t)v;
		break;
	case O_MSS:
		t->options |= XT_SYNPROXY_OPT_MSS;
		t->mss = (uint16_t)v;
		break;
	case O_ECN:
		t->options |= XT_SYNPROXY_OPT_ECN;
		break;
	}
	return 0;
}

static void synproxy_print(const struct ext_print *p, bool save)
{
	const struct xt_synproxy_info *t = ext_data(p->self);
	/* -L ends every word with a blank, save starts them with one */
	const char *pre = save ? " --" : "", *post = save ? "" : " ";

	if (!save)
		strbuf_adds(p->out, " SYNPROXY ");
	if (t->options & XT_SYNPROXY_OPT_SACK_PERM)
		strbuf_addf(p->out, "%ssack-perm%s", pre, post);
	if (t->options & XT_SYNPROXY_OPT_TIMESTAMP)
		strbuf_addf(p->out, "%stimestamp%s", pre, post);
	if (t->options & XT_SYNPROXY_OPT_WSCALE)
		strbuf_addf(p->out, "%swscale %u%s", pre, t->wscale, post);
	if (t->options & XT_SYNPROXY_OPT_MSS)
		strbuf_addf(p->out, "%smss %u%s", pre, t->mss, post);
	if (t->options & XT_SYNPROXY_OPT_ECN)
		strbuf_addf(p->out, "%secn%s", pre, post);
}

static void SYNPROXY_save(const struct ext_print *p)
{
	synproxy_print(p, true);
}

static void SYNPROXY_print(const struct ext_print *p)
{
	synproxy_print(p, false);
}

static void SYNPROXY_help(struct strbuf *out)
{
	strbuf_adds(out,
		"SYNPROXY target options:\n"
		"  --sack-perm                        Set SACK_PERM\n"
		"  --timestamp                        Set TIMESTAMP\n"
		"  --wscale value                     Set window scaling factor\n"
		"  --mss value                        Set MSS value\n"
		"  --ecn                              Set ECN\n");
}

const struct ext ext_SYNPROXY = {
	.name = "SYNPROXY",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_synproxy_info),
	.xt_size = sizeof(struct xt_synproxy_info),
	.opts = SYNPROXY_opts,
	.parse = SYNPROXY_parse,
	.save = SYNPROXY_save,
	.print = SYNPROXY_print,
	.help = SYNPROXY_help,
};
