// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ipcomp: the CPI of an IPcomp header (RFC 3173), a range of which the
 * option calls spis.  The payload is the kernel's struct xt_ipcomp,
 * written as the compat match.  As in 1.8.9, without --ipcompspi the
 * range is 0:0 (there is no default of 0:max as esp has).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_ipcomp.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_SPI, O_COMPRES,
};

static const struct ext_opt ipcomp_opts[] = {
	{ .name = "ipcompspi", .id = O_SPI, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_ipcomp, spis) },
	/* not in -h, but 1.8.9 has it: test the reserved field */
	{ .name = "compres", .id = O_COMPRES, .type = EXT_T_NONE },
	EXT_OPT_END
};

static int ipcomp_parse(struct ext_parse *p)
{
	struct xt_ipcomp *c = ext_data(p->self);

	if (p->opt->id == O_COMPRES)
		c->hdrres = 1;
	else if (p->invert)
		c->invflags |= XT_IPCOMP_INV_SPI;
	return 0;
}

/* as esp: upstream shows an inverted 0:max too (1.8.9 drops it) */
static void ipcomp_save(const struct ext_print *p)
{
	const struct xt_ipcomp *c = ext_data(p->self);
	bool inv = c->invflags & XT_IPCOMP_INV_SPI;

	if (c->spis[0] != 0 || c->spis[1] != UINT32_MAX || inv)
		xt_range_save(p->out, "ipcompspi", c->spis, inv);
	if (c->hdrres)
		strbuf_adds(p->out, " --compres");
}

static void ipcomp_print(const struct ext_print *p)
{
	const struct xt_ipcomp *c = ext_data(p->self);
	bool inv = c->invflags & XT_IPCOMP_INV_SPI;

	strbuf_adds(p->out, " comp ");
	xt_range_list(p->out, "spi", c->spis, inv, UINT32_MAX);
	if (c->hdrres)
		strbuf_adds(p->out, " reserved");
	if (c->invflags & ~XT_IPCOMP_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    c->invflags & ~XT_IPCOMP_INV_MASK);
}

static void ipcomp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"comp match options:\n"
		"[!] --ipcompspi spi[:spi]\n"
		"\t\t\t\tmatch spi (range)\n");
}

const struct ext ext_ipcomp = {
	.name = "ipcomp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_ipcomp),
	.xt_size = sizeof(struct xt_ipcomp),
	.opts = ipcomp_opts,
	.parse = ipcomp_parse,
	.save = ipcomp_save,
	.print = ipcomp_print,
	.help = ipcomp_help,
};
