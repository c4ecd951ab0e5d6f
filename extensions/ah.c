// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ah: the SPI of an IPsec authentication header; for IPv6 also its length
 * and reserved field.  The payloads are the kernel's struct ipt_ah and
 * struct ip6t_ah, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_ah.h>
#include <linux/netfilter_ipv6/ip6t_ah.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_SPI, O_LEN, O_RES,
};

static const struct ext_opt ah4_opts[] = {
	{ .name = "ahspi", .id = O_SPI, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ipt_ah, spis) },
	EXT_OPT_END
};

static const struct ext_opt ah6_opts[] = {
	{ .name = "ahspi", .id = O_SPI, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_ah, spis) },
	{ .name = "ahlen", .id = O_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_ah, hdrlen) },
	{ .name = "ahres", .id = O_RES, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void ah4_init(struct ir_ext *self)
{
	struct ipt_ah *a = ext_data(self);

	a->spis[1] = UINT32_MAX;
}

static int ah4_parse(struct ext_parse *p)
{
	struct ipt_ah *a = ext_data(p->self);

	if (p->invert)
		a->invflags |= IPT_AH_INV_SPI;
	return 0;
}

/* upstream shows an inverted 0:max too (1.8.9 drops it) */
static void spi_save(struct strbuf *out, const uint32_t spis[2], bool inv)
{
	if (spis[0] == 0 && spis[1] == UINT32_MAX && !inv)
		return;
	xt_range_save(out, "ahspi", spis, inv);
}

static void ah4_save(const struct ext_print *p)
{
	const struct ipt_ah *a = ext_data(p->self);

	spi_save(p->out, a->spis, a->invflags & IPT_AH_INV_SPI);
}

static void ah4_print(const struct ext_print *p)
{
	const struct ipt_ah *a = ext_data(p->self);

	strbuf_adds(p->out, " ah ");
	xt_range_list(p->out, "spi", a->spis, a->invflags & IPT_AH_INV_SPI,
		      UINT32_MAX);
	if (a->invflags & ~IPT_AH_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    a->invflags & ~IPT_AH_INV_MASK);
}

static void ah4_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ah match options:\n"
		"[!] --ahspi spi[:spi]\n"
		"\t\t\t\tmatch spi (range)\n");
}

const struct ext ext_ah = {
	.name = "ah",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_ah),
	.xt_size = sizeof(struct ipt_ah),
	.opts = ah4_opts,
	.init = ah4_init,
	.parse = ah4_parse,
	.save = ah4_save,
	.print = ah4_print,
	.help = ah4_help,
};

static void ah6_init(struct ir_ext *self)
{
	struct ip6t_ah *a = ext_data(self);

	a->spis[1] = UINT32_MAX;
}

static int ah6_parse(struct ext_parse *p)
{
	struct ip6t_ah *a = ext_data(p->self);

	switch (p->opt->id) {
	case O_SPI:
		if (p->invert)
			a->invflags |= IP6T_AH_INV_SPI;
		break;
	case O_LEN:
		if (p->invert)
			a->invflags |= IP6T_AH_INV_LEN;
		break;
	case O_RES:
		a->hdrres = 1;
		break;
	}
	return 0;
}

static void ah6_save(const struct ext_print *p)
{
	const struct ip6t_ah *a = ext_data(p->self);

	spi_save(p->out, a->spis, a->invflags & IP6T_AH_INV_SPI);
	if (a->hdrlen || (a->invflags & IP6T_AH_INV_LEN))
		strbuf_addf(p->out, "%s --ahlen %u",
			    a->invflags & IP6T_AH_INV_LEN ? " !" : "",
			    a->hdrlen);
	if (a->hdrres)
		strbuf_adds(p->out, " --ahres");
}

static void ah6_print(const struct ext_print *p)
{
	const struct ip6t_ah *a = ext_data(p->self);

	strbuf_adds(p->out, " ah ");
	xt_range_list(p->out, "spi", a->spis, a->invflags & IP6T_AH_INV_SPI,
		      UINT32_MAX);
	if (a->hdrlen || (a->invflags & IP6T_AH_INV_LEN))
		strbuf_addf(p->out, "length:%s%u",
			    a->invflags & IP6T_AH_INV_LEN ? "!" : "",
			    a->hdrlen);
	if (a->hdrres)
		strbuf_adds(p->out, " reserved");
	if (a->invflags & ~IP6T_AH_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    a->invflags & ~IP6T_AH_INV_MASK);
}

static void ah6_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ah match options:\n"
		"[!] --ahspi spi[:spi]          match spi (range)\n"
		"[!] --ahlen length             total length of this header\n"
		" --ahres                       check the reserved field too\n");
}

const struct ext ext_ah6 = {
	.name = "ah",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_ah),
	.xt_size = sizeof(struct ip6t_ah),
	.opts = ah6_opts,
	.init = ah6_init,
	.parse = ah6_parse,
	.save = ah6_save,
	.print = ah6_print,
	.help = ah6_help,
};
