// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * length: the packet's layer-3 length against a value or range.  The
 * payload is the kernel's struct xt_length_info, written as the compat
 * match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_length.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_LENGTH,
};

static const struct ext_opt length_opts[] = {
	{ .name = "length", .id = O_LENGTH, .type = EXT_T_U16RANGE,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_length_info, min) },
	EXT_OPT_END
};

static int length_parse(struct ext_parse *p)
{
	struct xt_length_info *l = ext_data(p->self);

	l->invert = p->invert;
	return 0;
}

static void length_value(struct strbuf *out, const struct xt_length_info *l)
{
	if (l->min == l->max)
		strbuf_addf(out, "%u", l->min);
	else
		strbuf_addf(out, "%u:%u", l->min, l->max);
}

static void length_save(const struct ext_print *p)
{
	const struct xt_length_info *l = ext_data(p->self);

	ext_save_opt(p->out, l->invert, "length");
	strbuf_addc(p->out, ' ');
	length_value(p->out, l);
}

static void length_print(const struct ext_print *p)
{
	const struct xt_length_info *l = ext_data(p->self);

	strbuf_addf(p->out, " length %s", l->invert ? "!" : "");
	length_value(p->out, l);
}

static void length_help(struct strbuf *out)
{
	strbuf_adds(out,
		"length match options:\n"
		"[!] --length length[:length]    Match packet length against value or range\n"
		"                                of values (inclusive)\n");
}

/* ---- iptables-translate ---- */

static int length_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_length_info *l = ext_data(self);
	unsigned int lo = l->min, hi = l->max;
	const char *inv = l->invert ? "!= " : "";
	struct strbuf sb = STRBUF_INIT;

	if (lo > hi)
		return xl_unsupported(xl, "length: an empty range");
	if (xl->family != NFPROTO_IPV6) {
		xl_ports(&sb, lo, hi);
		xl_add(xl, "ip length %s%s", inv, strbuf_str(&sb));
		strbuf_release(&sb);
		return 0;
	}
	/*
	 * IPv6: the payload length plus the fixed header, in 16 bits: 0-39
	 * are payload lengths 65496-65535
	 */
	if (hi >= 40)
		xl_ports(&sb, lo > 40 ? lo - 40 : 0, hi - 40);
	if (lo < 40) {
		if (sb.len)
			strbuf_adds(&sb, ", ");
		xl_ports(&sb, lo + 65496, (hi < 40 ? hi : 39) + 65496);
	}
	if (hi >= 40 && lo < 40)
		xl_add(xl, "ip6 length %s{ %s }", inv, strbuf_str(&sb));
	else
		xl_add(xl, "ip6 length %s%s", inv, strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_length = {
	.name = "length",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_length_info),
	.xt_size = sizeof(struct xt_length_info),
	.opts = length_opts,
	.parse = length_parse,
	.save = length_save,
	.print = length_print,
	.help = length_help,
	.xlate = length_xlate,
};
