// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * esp: the SPI of an IPsec ESP header.  The payload is the kernel's
 * struct xt_esp, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_esp.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_SPI,
};

static const struct ext_opt esp_opts[] = {
	{ .name = "espspi", .id = O_SPI, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_esp, spis) },
	EXT_OPT_END
};

static void esp_init(struct ir_ext *self)
{
	struct xt_esp *e = ext_data(self);

	e->spis[1] = UINT32_MAX;
}

static int esp_parse(struct ext_parse *p)
{
	struct xt_esp *e = ext_data(p->self);

	if (p->invert)
		e->invflags |= XT_ESP_INV_SPI;
	return 0;
}

/* upstream shows an inverted 0:max too (1.8.9 drops it) */
static void esp_save(const struct ext_print *p)
{
	const struct xt_esp *e = ext_data(p->self);
	bool inv = e->invflags & XT_ESP_INV_SPI;

	if (e->spis[0] == 0 && e->spis[1] == UINT32_MAX && !inv)
		return;
	xt_range_save(p->out, "espspi", e->spis, inv);
}

static void esp_print(const struct ext_print *p)
{
	const struct xt_esp *e = ext_data(p->self);
	bool inv = e->invflags & XT_ESP_INV_SPI;

	strbuf_adds(p->out, " esp");
	if (e->spis[0] != 0 || e->spis[1] != UINT32_MAX || inv) {
		strbuf_addc(p->out, ' ');
		xt_range_list(p->out, "spi", e->spis, inv, UINT32_MAX);
	}
	if (e->invflags & ~XT_ESP_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    e->invflags & ~XT_ESP_INV_MASK);
}

static void esp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"esp match options:\n"
		"[!] --espspi spi[:spi]\n"
		"\t\t\t\tmatch spi (range)\n");
}

/* ---- iptables-translate ---- */

static int esp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_esp *e = ext_data(self);
	bool inv = e->invflags & XT_ESP_INV_SPI;

	if (e->spis[0] == 0 && e->spis[1] == 0xFFFFFFFFU && !inv)
		return 0;
	xl->proto_implied = true;
	if (e->spis[0] == e->spis[1])
		xl_add(xl, "esp spi %s%u", inv ? "!= " : "", e->spis[0]);
	else
		xl_add(xl, "esp spi %s%u-%u", inv ? "!= " : "", e->spis[0],
		       e->spis[1]);
	return 0;
}

const struct ext ext_esp = {
	.name = "esp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_esp),
	.xt_size = sizeof(struct xt_esp),
	.opts = esp_opts,
	.init = esp_init,
	.parse = esp_parse,
	.save = esp_save,
	.print = esp_print,
	.help = esp_help,
	.xlate = esp_xlate,
};
