// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ipv6header: which IPv6 extension headers the packet has (exactly, or at
 * least with --soft).  The payload is the kernel's struct
 * ip6t_ipv6header_info, written as the compat match.
 */
#include <netinet/in.h>
#include <netdb.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_ipv6header.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_HEADER, O_SOFT,
};

static const struct ext_opt ipv6header_opts[] = {
	{ .name = "header", .id = O_HEADER, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	{ .name = "soft", .id = O_SOFT, .type = EXT_T_NONE },
	EXT_OPT_END
};

/* header numbers in the order they are shown, with their bits */
static const struct {
	uint8_t proto;
	uint8_t bit;
	const char *name;
} headers[] = {
	{ 0, MASK_HOPOPTS, "hop-by-hop" },
	{ 60, MASK_DSTOPTS, "ipv6-opts" },
	{ 43, MASK_ROUTING, "ipv6-route" },
	{ 44, MASK_FRAGMENT, "ipv6-frag" },
	{ 51, MASK_AH, "ah" },
	{ 50, MASK_ESP, "esp" },
	{ 59, MASK_NONE, "ipv6-nonxt" },
	{ 255, MASK_PROTO, "protocol" },
};

/* more names (and numbers) iptables knows, besides /etc/protocols */
static const struct {
	const char *name;
	uint8_t proto;
} header_names[] = {
	{ "hop-by-hop", 0 }, { "ipv6-opts", 60 }, { "ipv6-route", 43 },
	{ "ipv6-frag", 44 }, { "esp", 50 }, { "ah", 51 },
	{ "ipv6-nonxt", 59 }, { "protocol", 255 },
	{ "hop", 0 }, { "dst", 60 }, { "route", 43 }, { "frag", 44 },
	{ "auth", 51 }, { "none", 59 }, { "prot", 255 },
	{ "0", 0 }, { "60", 60 }, { "43", 43 }, { "44", 44 }, { "51", 51 },
	{ "50", 50 }, { "59", 59 }, { "255", 255 },
};

static int header_bit(struct ext_parse *p, const char *s, uint8_t *bit)
{
	const struct protoent *pe = getprotobyname(s);
	int proto = -1;
	size_t i;

	if (pe) {
		proto = pe->p_proto;
	} else {
		for (i = 0; i < ARRAY_SIZE(header_names); i++)
			if (!strcmp(s, header_names[i].name))
				proto = header_names[i].proto;
		if (proto < 0)
			return erec_param(p->err, p->loc,
				"unknown header `%s' specified", s);
	}
	for (i = 0; i < ARRAY_SIZE(headers); i++) {
		if (headers[i].proto == proto) {
			*bit = headers[i].bit;
			return 0;
		}
	}
	return erec_param(p->err, p->loc, "unknown header `%d' specified",
			  proto);
}

static int ipv6header_parse(struct ext_parse *p)
{
	struct ip6t_ipv6header_info *h = ext_data(p->self);
	char *copy, *tok, *save = NULL;
	uint8_t bit = 0;
	int ret = 0;

	if (p->opt->id == O_SOFT) {
		h->modeflag |= 0xFF;
		return 0;
	}
	copy = xstrdup(p->arg);
	for (tok = strtok_r(copy, ",", &save); tok && !ret;
	     tok = strtok_r(NULL, ",", &save)) {
		ret = header_bit(p, tok, &bit);
		h->matchflags |= bit;
	}
	free(copy);
	if (ret < 0)
		return ret;
	if (!h->matchflags)
		return erec_param(p->err, p->loc,
			"ip6t_ipv6header: cannot parse header names");
	if (p->invert)
		h->invflags |= 0xFF;
	return 0;
}

static void header_names_out(struct strbuf *out, uint8_t flags)
{
	bool first = true;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(headers); i++) {
		if (!(flags & headers[i].bit))
			continue;
		strbuf_addf(out, "%s%s", first ? "" : ",", headers[i].name);
		first = false;
	}
	if (first)
		strbuf_adds(out, "NONE");
}

static void ipv6header_save(const struct ext_print *p)
{
	const struct ip6t_ipv6header_info *h = ext_data(p->self);

	strbuf_addf(p->out, "%s --header ", h->invflags ? " !" : "");
	header_names_out(p->out, h->matchflags);
	if (h->modeflag)
		strbuf_adds(p->out, " --soft");
}

static void ipv6header_print(const struct ext_print *p)
{
	const struct ip6t_ipv6header_info *h = ext_data(p->self);

	strbuf_adds(p->out, " ipv6header");
	if (h->matchflags || h->invflags) {
		strbuf_addf(p->out, " flags:%s", h->invflags ? "!" : "");
		if (p->numeric)
			strbuf_addf(p->out, "0x%02X", h->matchflags);
		else
			header_names_out(p->out, h->matchflags);
	}
	if (h->modeflag)
		strbuf_adds(p->out, " soft");
}

static void ipv6header_help(struct strbuf *out)
{
	strbuf_adds(out,
		"ipv6header match options:\n"
		"[!] --header headers     Type of header to match, by name\n"
		"                         names: hop,dst,route,frag,auth,esp,none,prot\n"
		"                    long names: hop-by-hop,ipv6-opts,ipv6-route,\n"
		"                                ipv6-frag,ah,esp,ipv6-nonxt,protocol\n"
		"                       numbers: 0,60,43,44,51,50,59\n"
		"--soft                    The header CONTAINS the specified extensions\n");
}

const struct ext ext_ipv6header = {
	.name = "ipv6header",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_ipv6header_info),
	.xt_size = sizeof(struct ip6t_ipv6header_info),
	.opts = ipv6header_opts,
	.parse = ipv6header_parse,
	.save = ipv6header_save,
	.print = ipv6header_print,
	.help = ipv6header_help,
};
