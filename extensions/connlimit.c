// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * connlimit: the number of connections per source or destination address
 * group.  The payload is the kernel's struct xt_connlimit_info (revision
 * 1), written as the compat match; the kernel's private pointer at its end
 * is not compared.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_connlimit.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_UPTO, O_ABOVE, O_MASK, O_SADDR, O_DADDR,
};

static const struct ext_opt connlimit_opts[] = {
	{ .name = "connlimit-upto", .id = O_UPTO, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .excl = 1 << O_ABOVE,
	  .off = offsetof(struct xt_connlimit_info, limit) },
	{ .name = "connlimit-above", .id = O_ABOVE, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .excl = 1 << O_UPTO,
	  .off = offsetof(struct xt_connlimit_info, limit) },
	{ .name = "connlimit-mask", .id = O_MASK, .type = EXT_T_PLENMASK,
	  .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_connlimit_info, mask) },
	{ .name = "connlimit-saddr", .id = O_SADDR, .type = EXT_T_NONE,
	  .excl = 1 << O_DADDR },
	{ .name = "connlimit-daddr", .id = O_DADDR, .type = EXT_T_NONE,
	  .excl = 1 << O_SADDR },
	EXT_OPT_END
};

static void connlimit_init(struct ir_ext *self)
{
	struct xt_connlimit_info *c = ext_data(self);

	memset(&c->mask, 0xFF, sizeof(c->mask));
}

static int connlimit_parse(struct ext_parse *p)
{
	struct xt_connlimit_info *c = ext_data(p->self);

	switch (p->opt->id) {
	case O_UPTO:
		if (p->invert)
			c->flags &= ~XT_CONNLIMIT_INVERT;
		else
			c->flags |= XT_CONNLIMIT_INVERT;
		break;
	case O_ABOVE:
		if (p->invert)
			c->flags |= XT_CONNLIMIT_INVERT;
		else
			c->flags &= ~XT_CONNLIMIT_INVERT;
		break;
	case O_DADDR:
		c->flags |= XT_CONNLIMIT_DADDR;
		break;
	}
	return 0;
}

static int connlimit_check(struct ext_check *c)
{
	if (!(c->self->given & ((1 << O_UPTO) | (1 << O_ABOVE))))
		return erec_param(c->err, c->loc,
			"You must specify \"--connlimit-above\" or \"--connlimit-upto\".");
	return 0;
}

/* the zero bits of the mask counted from the last one: 128 - that */
static unsigned int mask_bits(const struct xt_connlimit_info *c,
			      uint8_t family)
{
	unsigned int words = family == NFPROTO_IPV6 ? 4 : 1, bits = 0, i;
	uint32_t w;

	for (i = 0; i < words; i++)
		for (w = ~ntohl(c->v6_mask[i]); w; w >>= 1)
			bits++;
	return words * 32 - bits;
}

static void connlimit_save(const struct ext_print *p)
{
	const struct xt_connlimit_info *c = ext_data(p->self);

	strbuf_addf(p->out, " --connlimit-%s %u --connlimit-mask %u",
		    c->flags & XT_CONNLIMIT_INVERT ? "upto" : "above",
		    c->limit, mask_bits(c, p->family));
	strbuf_adds(p->out, c->flags & XT_CONNLIMIT_DADDR ?
		    " --connlimit-daddr" : " --connlimit-saddr");
}

static void connlimit_print(const struct ext_print *p)
{
	const struct xt_connlimit_info *c = ext_data(p->self);

	strbuf_addf(p->out, " #conn %s/%u %s %u",
		    c->flags & XT_CONNLIMIT_DADDR ? "dst" : "src",
		    mask_bits(c, p->family),
		    c->flags & XT_CONNLIMIT_INVERT ? "<=" : ">", c->limit);
}

static bool connlimit_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_connlimit_info, data));
}

static void connlimit_help(struct strbuf *out)
{
	strbuf_adds(out,
		"connlimit match options:\n"
		"  --connlimit-upto n     match if the number of existing connections is 0..n\n"
		"  --connlimit-above n    match if the number of existing connections is >n\n"
		"  --connlimit-mask n     group hosts using prefix length (default: max len)\n"
		"  --connlimit-saddr      select source address for grouping\n"
		"  --connlimit-daddr      select destination addresses for grouping\n");
}

const struct ext ext_connlimit = {
	.name = "connlimit",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_connlimit_info),
	.xt_size = sizeof(struct xt_connlimit_info),
	.opts = connlimit_opts,
	.init = connlimit_init,
	.parse = connlimit_parse,
	.check = connlimit_check,
	.save = connlimit_save,
	.print = connlimit_print,
	.help = connlimit_help,
	.equal = connlimit_equal,
};
