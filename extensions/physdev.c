// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * physdev: the bridge ports a bridged packet arrived on / leaves by.  The
 * payload is the kernel's struct xt_physdev_info, written as the compat
 * match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_physdev.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

enum {
	O_IN, O_OUT, O_IS_IN, O_IS_OUT, O_BRIDGED,
};

static const struct ext_opt physdev_opts[] = {
	{ .name = "physdev-in", .id = O_IN, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "physdev-out", .id = O_OUT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "physdev-is-in", .id = O_IS_IN, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "physdev-is-out", .id = O_IS_OUT, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "physdev-is-bridged", .id = O_BRIDGED, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	EXT_OPT_END
};

static const uint8_t op_bits[] = {
	[O_IN] = XT_PHYSDEV_OP_IN, [O_OUT] = XT_PHYSDEV_OP_OUT,
	[O_IS_IN] = XT_PHYSDEV_OP_ISIN, [O_IS_OUT] = XT_PHYSDEV_OP_ISOUT,
	[O_BRIDGED] = XT_PHYSDEV_OP_BRIDGED,
};

/*
 * The name and the mask of the bytes compared: with the NUL, or only
 * those before a final '+'.
 */
static int iface_parse(struct ext_parse *p, char *name, char *mask)
{
	size_t len = strlen(p->arg);

	if (iface_check(p->arg, p->err, p->loc) < 0)
		return -1;
	memset(name, 0, IFNAMSIZ);
	memset(mask, 0, IFNAMSIZ);
	memcpy(name, p->arg, len);
	if (!len)
		return 0;
	if (name[len - 1] == '+') {
		memset(mask, 0xFF, len - 1);
		return 0;
	}
	memset(mask, 0xFF, len + 1);
	if (strpbrk(name, "/ "))
		strbuf_addf(&p->err->warn,
			"Warning: weird character in interface `%s' ('/' and ' ' are not allowed by the kernel).\n",
			name);
	return 0;
}

static int physdev_parse(struct ext_parse *p)
{
	struct xt_physdev_info *d = ext_data(p->self);
	unsigned int id = p->opt->id;

	if (id == O_IN && iface_parse(p, d->physindev, d->in_mask) < 0)
		return -1;
	if (id == O_OUT && iface_parse(p, d->physoutdev, d->out_mask) < 0)
		return -1;
	d->bitmask |= op_bits[id];
	if (p->invert)
		d->invert |= op_bits[id];
	return 0;
}

static int physdev_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
				  "PHYSDEV: no physdev option specified");
	return 0;
}

static void physdev_save(const struct ext_print *p)
{
	const struct xt_physdev_info *d = ext_data(p->self);
	static const struct {
		uint8_t bit;
		const char *opt;
	} order[] = {
		{ XT_PHYSDEV_OP_ISIN, "physdev-is-in" },
		{ XT_PHYSDEV_OP_IN, "physdev-in" },
		{ XT_PHYSDEV_OP_ISOUT, "physdev-is-out" },
		{ XT_PHYSDEV_OP_OUT, "physdev-out" },
		{ XT_PHYSDEV_OP_BRIDGED, "physdev-is-bridged" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(order); i++) {
		if (!(d->bitmask & order[i].bit))
			continue;
		ext_save_opt(p->out, d->invert & order[i].bit, order[i].opt);
		if (order[i].bit == XT_PHYSDEV_OP_IN)
			strbuf_addf(p->out, " %.*s", IFNAMSIZ, d->physindev);
		else if (order[i].bit == XT_PHYSDEV_OP_OUT)
			strbuf_addf(p->out, " %.*s", IFNAMSIZ, d->physoutdev);
	}
}

static void physdev_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " PHYSDEV match");
	physdev_save(p);
}

static void physdev_help(struct strbuf *out)
{
	strbuf_adds(out,
		"physdev match options:\n"
		" [!] --physdev-in inputname[+]\t\tbridge port name ([+] for wildcard)\n"
		" [!] --physdev-out outputname[+]\tbridge port name ([+] for wildcard)\n"
		" [!] --physdev-is-in\t\t\tarrived on a bridge device\n"
		" [!] --physdev-is-out\t\t\twill leave on a bridge device\n"
		" [!] --physdev-is-bridged\t\tit's a bridged packet\n");
}

const struct ext ext_physdev = {
	.name = "physdev",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_physdev_info),
	.xt_size = sizeof(struct xt_physdev_info),
	.opts = physdev_opts,
	.parse = physdev_parse,
	.check = physdev_check,
	.save = physdev_save,
	.print = physdev_print,
	.help = physdev_help,
};
