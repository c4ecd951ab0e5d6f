// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TTL (IPv4): sets, decrements or increments the time to live.  The
 * payload is the kernel's struct ipt_TTL_info (compat target revision 0).
 * HL (extensions/HL.c) is the same for the IPv6 hop limit, with the same
 * layout; the callbacks here serve both, by the extension's name.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_TTL.h>
#include <linux/netfilter_ipv6/ip6t_HL.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

_Static_assert(sizeof(struct ipt_TTL_info) == sizeof(struct ip6t_HL_info) &&
	       (int)IPT_TTL_INC == (int)IP6T_HL_INC &&
	       (int)IPT_TTL_DEC == (int)IP6T_HL_DEC,
	       "TTL and HL share one layout");

#define F_ANY ((1 << TTLHL_SET) | (1 << TTLHL_DEC) | (1 << TTLHL_INC))

static const struct ext_opt TTL_opts[] = {
	{ .name = "ttl-set", .id = TTLHL_SET, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY,
	  .off = offsetof(struct ipt_TTL_info, ttl) },
	{ .name = "ttl-dec", .id = TTLHL_DEC, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY, .min = 1,
	  .off = offsetof(struct ipt_TTL_info, ttl) },
	{ .name = "ttl-inc", .id = TTLHL_INC, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY, .min = 1,
	  .off = offsetof(struct ipt_TTL_info, ttl) },
	EXT_OPT_END
};

int ttlhl_parse(struct ext_parse *p)
{
	struct ipt_TTL_info *t = ext_data(p->self);

	t->mode = p->opt->id == TTLHL_SET ? IPT_TTL_SET :
		  p->opt->id == TTLHL_DEC ? IPT_TTL_DEC : IPT_TTL_INC;
	return 0;
}

int ttlhl_check(struct ext_check *c)
{
	if (!(c->self->given & F_ANY))
		return erec_param(c->err, c->loc,
				  "%s: You must specify an action",
				  c->self->ext->name);
	return 0;
}

/* "--ttl-set N" / "--hl-dec N": the option of that mode */
void ttlhl_save(const struct ext_print *p)
{
	const struct ipt_TTL_info *t = ext_data(p->self);
	const struct ext_opt *o = p->self->ext->opts;

	switch (t->mode) {
	case IPT_TTL_SET:
		break;
	case IPT_TTL_DEC:
		o++;
		break;
	case IPT_TTL_INC:
		o += 2;
		break;
	}
	strbuf_addf(p->out, " --%s %u", o->name, t->ttl);
}

void ttlhl_print(const struct ext_print *p)
{
	const struct ipt_TTL_info *t = ext_data(p->self);
	const char *what = "";

	switch (t->mode) {
	case IPT_TTL_SET:
		what = "set to";
		break;
	case IPT_TTL_DEC:
		what = "decrement by";
		break;
	case IPT_TTL_INC:
		what = "increment by";
		break;
	}
	strbuf_addf(p->out, " %s %s %u", p->self->ext->name, what, t->ttl);
}

static void TTL_help(struct strbuf *out)
{
	strbuf_adds(out,
		"TTL target options\n"
		"  --ttl-set value\t\tSet TTL to <value 0-255>\n"
		"  --ttl-dec value\t\tDecrement TTL by <value 1-255>\n"
		"  --ttl-inc value\t\tIncrement TTL by <value 1-255>\n");
}

/* ---- iptables-translate ---- */

static int TTL_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct ipt_TTL_info *t = ext_data(self);

	/* nft cannot add to a field and stop at 0 or 255 */
	if (t->mode != IPT_TTL_SET)
		return xl_unsupported(xl,
			"TTL: only setting a value is translated");
	xl_add(xl, "ip ttl set %u", t->ttl);
	return 0;
}

const struct ext ext_TTL = {
	.name = "TTL",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct ipt_TTL_info),
	.xt_size = sizeof(struct ipt_TTL_info),
	.opts = TTL_opts,
	.parse = ttlhl_parse,
	.check = ttlhl_check,
	.save = ttlhl_save,
	.print = ttlhl_print,
	.help = TTL_help,
	.xlate = TTL_xlate,
};
