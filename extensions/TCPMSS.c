// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TCPMSS: sets the MSS option of TCP SYN packets, or clamps it to the path
 * MTU.  The payload is the kernel's struct xt_tcpmss_info (compat target
 * revision 0).  The largest MSS leaves room for the IP header, so IPv4
 * and IPv6 have an extension each.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_TCPMSS.h>

#include <iptnft/ext.h>

enum {
	O_SET_MSS, O_CLAMP_MSS,
};

#define IPV4_HDR_LEN 20
#define IPV6_HDR_LEN 40

static const struct ext_opt TCPMSS4_opts[] = {
	{ .name = "set-mss", .id = O_SET_MSS, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .max = UINT16_MAX - IPV4_HDR_LEN,
	  .off = offsetof(struct xt_tcpmss_info, mss) },
	{ .name = "clamp-mss-to-pmtu", .id = O_CLAMP_MSS, .type = EXT_T_NONE },
	EXT_OPT_END
};

static const struct ext_opt TCPMSS6_opts[] = {
	{ .name = "set-mss", .id = O_SET_MSS, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .max = UINT16_MAX - IPV6_HDR_LEN,
	  .off = offsetof(struct xt_tcpmss_info, mss) },
	{ .name = "clamp-mss-to-pmtu", .id = O_CLAMP_MSS, .type = EXT_T_NONE },
	EXT_OPT_END
};

/* the later of --set-mss and --clamp-mss-to-pmtu wins */
static int TCPMSS_parse(struct ext_parse *p)
{
	struct xt_tcpmss_info *t = ext_data(p->self);

	if (p->opt->id == O_CLAMP_MSS)
		t->mss = XT_TCPMSS_CLAMP_PMTU;
	return 0;
}

static int TCPMSS_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
			"TCPMSS target: At least one parameter is required");
	return 0;
}

static void TCPMSS_save(const struct ext_print *p)
{
	const struct xt_tcpmss_info *t = ext_data(p->self);

	if (t->mss == XT_TCPMSS_CLAMP_PMTU)
		strbuf_adds(p->out, " --clamp-mss-to-pmtu");
	else
		strbuf_addf(p->out, " --set-mss %u", t->mss);
}

static void TCPMSS_print(const struct ext_print *p)
{
	const struct xt_tcpmss_info *t = ext_data(p->self);

	if (t->mss == XT_TCPMSS_CLAMP_PMTU)
		strbuf_adds(p->out, " TCPMSS clamp to PMTU");
	else
		strbuf_addf(p->out, " TCPMSS set %u", t->mss);
}

static void tcpmss_help(struct strbuf *out, unsigned int hdrlen)
{
	strbuf_addf(out,
		"TCPMSS target mutually-exclusive options:\n"
		"  --set-mss value               explicitly set MSS option to specified value\n"
		"  --clamp-mss-to-pmtu           automatically clamp MSS value to (path_MTU - %u)\n",
		hdrlen);
}

static void TCPMSS4_help(struct strbuf *out)
{
	tcpmss_help(out, IPV4_HDR_LEN);
}

static void TCPMSS6_help(struct strbuf *out)
{
	tcpmss_help(out, IPV6_HDR_LEN);
}

const struct ext ext_TCPMSS = {
	.name = "TCPMSS",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct xt_tcpmss_info),
	.xt_size = sizeof(struct xt_tcpmss_info),
	.opts = TCPMSS4_opts,
	.parse = TCPMSS_parse,
	.check = TCPMSS_check,
	.save = TCPMSS_save,
	.print = TCPMSS_print,
	.help = TCPMSS4_help,
};

const struct ext ext_TCPMSS6 = {
	.name = "TCPMSS",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct xt_tcpmss_info),
	.xt_size = sizeof(struct xt_tcpmss_info),
	.opts = TCPMSS6_opts,
	.parse = TCPMSS_parse,
	.check = TCPMSS_check,
	.save = TCPMSS_save,
	.print = TCPMSS_print,
	.help = TCPMSS6_help,
};
