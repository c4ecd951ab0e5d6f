// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * NETMAP: maps a whole network onto another one (nat table).  The payload
 * is the kernel's struct nf_nat_ipv4_multi_range_compat for IPv4 and
 * struct nf_nat_range for IPv6 (compat target revision 0 both), so each
 * family has an extension.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

enum {
	O_TO,
};

static const struct ext_opt NETMAP_opts[] = {
	{ .name = "to", .id = O_TO, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

/* from the first address of the range and the mask the range spans */
static void netmap_print_range(const struct ext_print *p,
			       const union ir_addr *min,
			       const union ir_addr *max)
{
	char buf[INET6_ADDRSTRLEN];
	union ir_addr mask;
	unsigned int i;
	int bits;

	for (i = 0; i < 4; i++)
		mask.w[i] = ~(min->w[i] ^ max->w[i]);
	if (p->family != NFPROTO_IPV6)
		mask.w[1] = mask.w[2] = mask.w[3] = 0;
	strbuf_adds(p->out, addr_str(p->family, min, buf, sizeof(buf)));
	bits = ir_mask_to_prefix(p->family, &mask);
	if (bits < 0)
		strbuf_addf(p->out, "/%s",
			    addr_str(p->family, &mask, buf, sizeof(buf)));
	else
		strbuf_addf(p->out, "/%d", bits);
}

static int NETMAP4_parse(struct ext_parse *p)
{
	struct nf_nat_ipv4_multi_range_compat *mr = ext_data(p->self);
	struct nf_nat_ipv4_range *r = &mr->range[0];
	union ir_addr a, m;

	if (xt_parse_hostmask(p->family, p->arg, &a, &m, NULL, "NETMAP",
			      "to", p->err, p->loc) < 0)
		return -1;
	r->flags |= NF_NAT_RANGE_MAP_IPS;
	r->min_ip = a.w[0] & m.w[0];
	r->max_ip = r->min_ip | ~m.w[0];
	mr->rangesize = 1;
	return 0;
}

static void netmap4_range(const struct ext_print *p)
{
	const struct nf_nat_ipv4_multi_range_compat *mr = ext_data(p->self);
	union ir_addr min = { .w = { mr->range[0].min_ip } };
	union ir_addr max = { .w = { mr->range[0].max_ip } };

	netmap_print_range(p, &min, &max);
}

static void NETMAP4_save(const struct ext_print *p)
{
	strbuf_adds(p->out, " --to ");
	netmap4_range(p);
}

static void NETMAP4_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " to:");
	netmap4_range(p);
}

static int NETMAP6_parse(struct ext_parse *p)
{
	struct nf_nat_range *r = ext_data(p->self);
	union ir_addr a, m, min, max;
	unsigned int i;

	if (xt_parse_hostmask(p->family, p->arg, &a, &m, NULL, "NETMAP",
			      "to", p->err, p->loc) < 0)
		return -1;
	for (i = 0; i < 4; i++) {
		min.w[i] = a.w[i] & m.w[i];
		max.w[i] = min.w[i] | ~m.w[i];
	}
	r->flags |= NF_NAT_RANGE_MAP_IPS;
	memcpy(&r->min_addr, &min, sizeof(r->min_addr));
	memcpy(&r->max_addr, &max, sizeof(r->max_addr));
	return 0;
}

static void netmap6_range(const struct ext_print *p)
{
	const struct nf_nat_range *r = ext_data(p->self);
	union ir_addr min, max;

	memcpy(&min, &r->min_addr, sizeof(min));
	memcpy(&max, &r->max_addr, sizeof(max));
	netmap_print_range(p, &min, &max);
}

static void NETMAP6_save(const struct ext_print *p)
{
	strbuf_adds(p->out, " --to ");
	netmap6_range(p);
}

static void NETMAP6_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " to:");
	netmap6_range(p);
}

static void NETMAP_help(struct strbuf *out)
{
	strbuf_adds(out,
		"NETMAP target options:\n"
		"  --to address[/mask]\n"
		"\t\t\t\tNetwork address to map to.\n"
		"\n");
}

const struct ext ext_NETMAP = {
	.name = "NETMAP",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.xt_size = sizeof(struct nf_nat_ipv4_multi_range_compat),
	.opts = NETMAP_opts,
	.parse = NETMAP4_parse,
	.save = NETMAP4_save,
	.print = NETMAP4_print,
	.help = NETMAP_help,
};

const struct ext ext_NETMAP6 = {
	.name = "NETMAP",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct nf_nat_range),
	.xt_size = sizeof(struct nf_nat_range),
	.opts = NETMAP_opts,
	.parse = NETMAP6_parse,
	.save = NETMAP6_save,
	.print = NETMAP6_print,
	.help = NETMAP_help,
};
