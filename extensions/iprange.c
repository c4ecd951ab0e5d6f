// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * iprange: source and/or destination address within a range.  The payload
 * is the kernel's struct xt_iprange_mtinfo (revision 1), written as the
 * compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_iprange.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_SRC, O_DST,
};

static const struct ext_opt iprange_opts[] = {
	{ .name = "src-range", .id = O_SRC, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "dst-range", .id = O_DST, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	EXT_OPT_END
};

static int addr_parse(struct ext_parse *p, const char *s,
		      union nf_inet_addr *a)
{
	bool ok;

	if (p->family == NFPROTO_IPV6)
		ok = inet_pton(AF_INET6, s, &a->in6) == 1;
	else
		ok = xt_ipv4_numeric(s, &a->in);
	if (!ok)
		return erec_param(p->err, p->loc,
				  "iprange: Bad value for \"--%s\" option: \"%s\"",
				  p->opt->name, s);
	return 0;
}

static int range_parse(struct ext_parse *p, union nf_inet_addr *min,
		       union nf_inet_addr *max)
{
	char *copy = xstrdup(p->arg), *dash = strchr(copy, '-');
	const char *to = copy;
	int ret;

	if (dash) {
		*dash = '\0';
		to = dash + 1;
	}
	ret = addr_parse(p, copy, min);
	if (!ret)
		ret = addr_parse(p, to, max);
	if (!ret && dash && memcmp(min, max, sizeof(*min)) > 0)
		strbuf_addf(&p->err->warn,
			    "xt_iprange: range %s-%s is reversed and will never match\n",
			    copy, to);
	free(copy);
	return ret;
}

static int iprange_parse(struct ext_parse *p)
{
	struct xt_iprange_mtinfo *r = ext_data(p->self);

	if (p->opt->id == O_SRC) {
		r->flags |= IPRANGE_SRC | (p->invert ? IPRANGE_SRC_INV : 0);
		return range_parse(p, &r->src_min, &r->src_max);
	}
	r->flags |= IPRANGE_DST | (p->invert ? IPRANGE_DST_INV : 0);
	return range_parse(p, &r->dst_min, &r->dst_max);
}

static int iprange_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
			"iprange match: You must specify `--src-range' or `--dst-range'");
	return 0;
}

static void range_out(struct strbuf *out, uint8_t family,
		      const union nf_inet_addr *min,
		      const union nf_inet_addr *max)
{
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
	int af = family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;

	inet_ntop(af, min, a, sizeof(a));
	inet_ntop(af, max, b, sizeof(b));
	strbuf_addf(out, " %s-%s", a, b);
}

static void iprange_save(const struct ext_print *p)
{
	const struct xt_iprange_mtinfo *r = ext_data(p->self);

	if (r->flags & IPRANGE_SRC) {
		ext_save_opt(p->out, r->flags & IPRANGE_SRC_INV, "src-range");
		range_out(p->out, p->family, &r->src_min, &r->src_max);
	}
	if (r->flags & IPRANGE_DST) {
		ext_save_opt(p->out, r->flags & IPRANGE_DST_INV, "dst-range");
		range_out(p->out, p->family, &r->dst_min, &r->dst_max);
	}
}

static void iprange_print(const struct ext_print *p)
{
	const struct xt_iprange_mtinfo *r = ext_data(p->self);

	if (r->flags & IPRANGE_SRC) {
		strbuf_adds(p->out, " source IP range");
		if (r->flags & IPRANGE_SRC_INV)
			strbuf_adds(p->out, " !");
		range_out(p->out, p->family, &r->src_min, &r->src_max);
	}
	if (r->flags & IPRANGE_DST) {
		strbuf_adds(p->out, " destination IP range");
		if (r->flags & IPRANGE_DST_INV)
			strbuf_adds(p->out, " !");
		range_out(p->out, p->family, &r->dst_min, &r->dst_max);
	}
}

static void iprange_help(struct strbuf *out)
{
	strbuf_adds(out,
		"iprange match options:\n"
		"[!] --src-range ip[-ip]    Match source IP in the specified range\n"
		"[!] --dst-range ip[-ip]    Match destination IP in the specified range\n");
}

/* ---- iptables-translate ---- */

static void iprange_xl_one(struct xlate *xl, const char *field,
			   const union nf_inet_addr *lo,
			   const union nf_inet_addr *hi, bool inv)
{
	int af = xl->family == NFPROTO_IPV6 ? AF_INET6 : AF_INET;
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];

	inet_ntop(af, lo, a, sizeof(a));
	inet_ntop(af, hi, b, sizeof(b));
	if (!strcmp(a, b))
		xl_add(xl, "%s %s %s%s", xl_nh(xl), field, inv ? "!= " : "",
		       a);
	else
		xl_add(xl, "%s %s %s%s-%s", xl_nh(xl), field,
		       inv ? "!= " : "", a, b);
}

static int iprange_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_iprange_mtinfo *r = ext_data(self);

	if (r->flags & IPRANGE_SRC)
		iprange_xl_one(xl, "saddr", &r->src_min, &r->src_max,
			       r->flags & IPRANGE_SRC_INV);
	if (r->flags & IPRANGE_DST)
		iprange_xl_one(xl, "daddr", &r->dst_min, &r->dst_max,
			       r->flags & IPRANGE_DST_INV);
	return 0;
}

const struct ext ext_iprange = {
	.name = "iprange",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_iprange_mtinfo),
	.xt_size = sizeof(struct xt_iprange_mtinfo),
	.opts = iprange_opts,
	.parse = iprange_parse,
	.check = iprange_check,
	.save = iprange_save,
	.print = iprange_print,
	.help = iprange_help,
	.xlate = iprange_xlate,
};
