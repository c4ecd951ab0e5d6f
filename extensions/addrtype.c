// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * addrtype: the routing type of the source or destination address
 * (LOCAL, UNICAST, ...).  The payload is the kernel's struct
 * xt_addrtype_info_v1, written as the compat match revision 1.
 */
#include <stdio.h>
#include <linux/netfilter/xt_addrtype.h>
#include <string.h>
#include <strings.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_SRC_TYPE, O_DST_TYPE, O_LIMIT_IN, O_LIMIT_OUT,
};

static const struct ext_opt addrtype_opts[] = {
	{ .name = "src-type", .id = O_SRC_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "dst-type", .id = O_DST_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "limit-iface-in", .id = O_LIMIT_IN, .type = EXT_T_NONE,
	  .excl = 1 << O_LIMIT_OUT },
	{ .name = "limit-iface-out", .id = O_LIMIT_OUT, .type = EXT_T_NONE,
	  .excl = 1 << O_LIMIT_IN },
	EXT_OPT_END
};

/* in bit order: bit i is the route type i */
static const struct xt_bitname addrtype_names[] = {
	{ "UNSPEC", XT_ADDRTYPE_UNSPEC },
	{ "UNICAST", XT_ADDRTYPE_UNICAST },
	{ "LOCAL", XT_ADDRTYPE_LOCAL },
	{ "BROADCAST", XT_ADDRTYPE_BROADCAST },
	{ "ANYCAST", XT_ADDRTYPE_ANYCAST },
	{ "MULTICAST", XT_ADDRTYPE_MULTICAST },
	{ "BLACKHOLE", XT_ADDRTYPE_BLACKHOLE },
	{ "UNREACHABLE", XT_ADDRTYPE_UNREACHABLE },
	{ "PROHIBIT", XT_ADDRTYPE_PROHIBIT },
	{ "THROW", XT_ADDRTYPE_THROW },
	{ "NAT", XT_ADDRTYPE_NAT },
	{ "XRESOLVE", XT_ADDRTYPE_XRESOLVE },
	{ NULL, 0 },
};

/* A type is any leading part of a name, in any case: the first such. */
static bool type_lookup(const char *s, size_t len, uint16_t *mask)
{
	const struct xt_bitname *t;

	for (t = addrtype_names; t->name; t++) {
		if (len <= strlen(t->name) && !strncasecmp(s, t->name, len)) {
			*mask |= t->bit;
			return true;
		}
	}
	return false;
}

static int types_parse(struct ext_parse *p, uint16_t *mask)
{
	const char *s = p->arg, *comma;

	for (; (comma = strchr(s, ',')); s = comma + 1) {
		if (comma == s || !type_lookup(s, comma - s, mask))
			return erec_param(p->err, p->loc,
					  "addrtype: bad type `%s'", s);
	}
	if (!*s || !type_lookup(s, strlen(s), mask))
		return erec_param(p->err, p->loc, "addrtype: bad type \"%s\"",
				  s);
	return 0;
}

static int addrtype_parse(struct ext_parse *p)
{
	struct xt_addrtype_info_v1 *a = ext_data(p->self);

	switch (p->opt->id) {
	case O_SRC_TYPE:
		if (p->invert)
			a->flags |= XT_ADDRTYPE_INVERT_SOURCE;
		return types_parse(p, &a->source);
	case O_DST_TYPE:
		if (p->invert)
			a->flags |= XT_ADDRTYPE_INVERT_DEST;
		return types_parse(p, &a->dest);
	case O_LIMIT_IN:
		a->flags |= XT_ADDRTYPE_LIMIT_IFACE_IN;
		break;
	case O_LIMIT_OUT:
		a->flags |= XT_ADDRTYPE_LIMIT_IFACE_OUT;
		break;
	}
	return 0;
}

static int addrtype_check(struct ext_check *c)
{
	if (!ext_given(c->self, O_SRC_TYPE) && !ext_given(c->self, O_DST_TYPE))
		return erec_param(c->err, c->loc,
			"addrtype: you must specify --src-type or --dst-type");
	return 0;
}

static void addrtype_save(const struct ext_print *p)
{
	const struct xt_addrtype_info_v1 *a = ext_data(p->self);

	if (a->source) {
		ext_save_opt(p->out, a->flags & XT_ADDRTYPE_INVERT_SOURCE,
			     "src-type");
		strbuf_addc(p->out, ' ');
		xt_bitnames(p->out, addrtype_names, a->source);
	}
	if (a->dest) {
		ext_save_opt(p->out, a->flags & XT_ADDRTYPE_INVERT_DEST,
			     "dst-type");
		strbuf_addc(p->out, ' ');
		xt_bitnames(p->out, addrtype_names, a->dest);
	}
	if (a->flags & XT_ADDRTYPE_LIMIT_IFACE_IN)
		strbuf_adds(p->out, " --limit-iface-in");
	if (a->flags & XT_ADDRTYPE_LIMIT_IFACE_OUT)
		strbuf_adds(p->out, " --limit-iface-out");
}

static void addrtype_print(const struct ext_print *p)
{
	const struct xt_addrtype_info_v1 *a = ext_data(p->self);

	strbuf_adds(p->out, " ADDRTYPE match");
	if (a->source) {
		strbuf_adds(p->out, a->flags & XT_ADDRTYPE_INVERT_SOURCE ?
			    " src-type !" : " src-type ");
		xt_bitnames(p->out, addrtype_names, a->source);
	}
	if (a->dest) {
		strbuf_adds(p->out, a->flags & XT_ADDRTYPE_INVERT_DEST ?
			    " dst-type !" : " dst-type ");
		xt_bitnames(p->out, addrtype_names, a->dest);
	}
	if (a->flags & XT_ADDRTYPE_LIMIT_IFACE_IN)
		strbuf_adds(p->out, " limit-in");
	if (a->flags & XT_ADDRTYPE_LIMIT_IFACE_OUT)
		strbuf_adds(p->out, " limit-out");
}

static void addrtype_help(struct strbuf *out)
{
	const struct xt_bitname *t;

	strbuf_adds(out,
		"Address type match options:\n"
		" [!] --src-type type[,...]      Match source address type\n"
		" [!] --dst-type type[,...]      Match destination address type\n"
		"     --limit-iface-in           Match only on the packet's incoming device\n"
		"     --limit-iface-out          Match only on the packet's outgoing device\n"
		"\n"
		"Valid types:           \n");
	for (t = addrtype_names; t->name; t++)
		strbuf_addf(out, "%32s%s\n", "", t->name);
}

/* ---- iptables-translate ---- */

static int addrtype_xl_one(struct xlate *xl, const char *key, uint16_t mask,
			   bool inv, uint32_t flags)
{
	static const char *const names[] = {
		"unspec", "unicast", "local", "broadcast", "anycast",
		"multicast", "blackhole", "unreachable", "prohibit",
		"throw", "nat", "xresolve",
	};
	struct strbuf sb = STRBUF_INIT;
	const char *dev = "";
	unsigned int i, n = 0;

	/*
	 * For IPv6 the match looks the address up differently; nft's fib
	 * agrees on "local" only.
	 */
	if (xl->family == NFPROTO_IPV6 &&
	    (mask != XT_ADDRTYPE_LOCAL || (flags & (XT_ADDRTYPE_LIMIT_IFACE_IN |
					  XT_ADDRTYPE_LIMIT_IFACE_OUT))))
		return xl_unsupported(xl,
			"addrtype: for IPv6 only LOCAL without an interface is translated");
	if (flags & XT_ADDRTYPE_LIMIT_IFACE_IN)
		dev = " . iif";
	else if (flags & XT_ADDRTYPE_LIMIT_IFACE_OUT)
		dev = " . oif";
	for (i = 0; i < ARRAY_SIZE(names); i++) {
		if (!(mask & (1 << i)))
			continue;
		strbuf_addf(&sb, "%s%s", n ? ", " : "", names[i]);
		n++;
	}
	if (n > 1)
		xl_add(xl, "fib %s%s type %s{ %s }", key, dev,
		       inv ? "!= " : "", strbuf_str(&sb));
	else
		xl_add(xl, "fib %s%s type %s%s", key, dev, inv ? "!= " : "",
		       strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}

static int addrtype_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_addrtype_info_v1 *a = ext_data(self);
	int ret = 0;

	if (a->source)
		ret = addrtype_xl_one(xl, "saddr", a->source,
				      a->flags & XT_ADDRTYPE_INVERT_SOURCE,
				      a->flags);
	if (!ret && a->dest)
		ret = addrtype_xl_one(xl, "daddr", a->dest,
				      a->flags & XT_ADDRTYPE_INVERT_DEST,
				      a->flags);
	return ret;
}

const struct ext ext_addrtype = {
	.name = "addrtype",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_addrtype_info_v1),
	.xt_size = sizeof(struct xt_addrtype_info_v1),
	.opts = addrtype_opts,
	.parse = addrtype_parse,
	.check = addrtype_check,
	.save = addrtype_save,
	.print = addrtype_print,
	.help = addrtype_help,
	.xlate = addrtype_xlate,
};
