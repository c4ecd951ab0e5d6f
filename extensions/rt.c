// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * rt: the IPv6 routing header (type, segments left, length, type 0
 * addresses).  The payload is the kernel's struct ip6t_rt, written as the
 * compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_rt.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_TYPE, O_SEGSLEFT, O_LEN, O_0RES, O_0ADDRS, O_0NSTRICT,
};

static const struct ext_opt rt_opts[] = {
	{ .name = "rt-type", .id = O_TYPE, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_rt, rt_type) },
	{ .name = "rt-segsleft", .id = O_SEGSLEFT, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_rt, segsleft) },
	{ .name = "rt-len", .id = O_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_rt, hdrlen) },
	{ .name = "rt-0-res", .id = O_0RES, .type = EXT_T_NONE },
	{ .name = "rt-0-addrs", .id = O_0ADDRS, .type = EXT_T_CUSTOM },
	{ .name = "rt-0-not-strict", .id = O_0NSTRICT, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void rt_init(struct ir_ext *self)
{
	struct ip6t_rt *r = ext_data(self);

	r->segsleft[1] = UINT32_MAX;
}

static bool type0(const struct ip6t_rt *r)
{
	return (r->flags & IP6T_RT_TYP) && r->rt_type == 0 &&
	       !(r->invflags & IP6T_RT_INV_TYP);
}

static int addrs_parse(struct ext_parse *p, struct ip6t_rt *r)
{
	char *copy = xstrdup(p->arg), *cp = copy, *next;
	unsigned int i;
	int ret = 0;

	for (i = 0; cp && i < IP6T_RT_HOPS; cp = next, i++) {
		next = strchr(cp, ',');
		if (next)
			*next++ = '\0';
		if (inet_pton(AF_INET6, cp, &r->addrs[i]) != 1) {
			ret = erec_param(p->err, p->loc, "bad address: %s", cp);
			goto out;
		}
	}
	if (cp) {
		ret = erec_param(p->err, p->loc, "too many addresses specified");
		goto out;
	}
	r->addrnr = i;
out:
	free(copy);
	return ret;
}

static int rt_parse(struct ext_parse *p)
{
	struct ip6t_rt *r = ext_data(p->self);

	switch (p->opt->id) {
	case O_TYPE:
		r->flags |= IP6T_RT_TYP;
		if (p->invert)
			r->invflags |= IP6T_RT_INV_TYP;
		break;
	case O_SEGSLEFT:
		r->flags |= IP6T_RT_SGS;
		if (p->invert)
			r->invflags |= IP6T_RT_INV_SGS;
		break;
	case O_LEN:
		r->flags |= IP6T_RT_LEN;
		if (p->invert)
			r->invflags |= IP6T_RT_INV_LEN;
		break;
	case O_0RES:
		if (!type0(r))
			return erec_param(p->err, p->loc,
				"`--rt-type 0' required before `--rt-0-res'");
		r->flags |= IP6T_RT_RES;
		break;
	case O_0ADDRS:
		if (!type0(r))
			return erec_param(p->err, p->loc,
				"`--rt-type 0' required before `--rt-0-addrs'");
		if (addrs_parse(p, r) < 0)
			return -1;
		r->flags |= IP6T_RT_FST;
		break;
	case O_0NSTRICT:
		if (!(r->flags & IP6T_RT_FST))
			return erec_param(p->err, p->loc,
				"`--rt-0-addr ...' required before `--rt-0-not-strict'");
		r->flags |= IP6T_RT_FST_NSTRICT;
		break;
	}
	return 0;
}

static void addrs_out(struct strbuf *out, const struct ip6t_rt *r)
{
	char buf[INET6_ADDRSTRLEN];
	unsigned int i;

	for (i = 0; i < r->addrnr && i < IP6T_RT_HOPS; i++) {
		inet_ntop(AF_INET6, &r->addrs[i], buf, sizeof(buf));
		strbuf_addf(out, "%c%s", i ? ',' : ' ', buf);
	}
}

/* upstream shows an inverted 0:max too (1.8.9 drops it) */
static void rt_save(const struct ext_print *p)
{
	const struct ip6t_rt *r = ext_data(p->self);
	bool sinv = r->invflags & IP6T_RT_INV_SGS;

	if (r->flags & IP6T_RT_TYP)
		strbuf_addf(p->out, "%s --rt-type %u",
			    r->invflags & IP6T_RT_INV_TYP ? " !" : "",
			    r->rt_type);
	if (r->segsleft[0] != 0 || r->segsleft[1] != UINT32_MAX || sinv)
		xt_range_save(p->out, "rt-segsleft", r->segsleft, sinv);
	if (r->flags & IP6T_RT_LEN)
		strbuf_addf(p->out, "%s --rt-len %u",
			    r->invflags & IP6T_RT_INV_LEN ? " !" : "",
			    r->hdrlen);
	if (r->flags & IP6T_RT_RES)
		strbuf_adds(p->out, " --rt-0-res");
	if (r->flags & IP6T_RT_FST)
		strbuf_adds(p->out, " --rt-0-addrs");
	addrs_out(p->out, r);
	if (r->flags & IP6T_RT_FST_NSTRICT)
		strbuf_adds(p->out, " --rt-0-not-strict");
}

static void rt_print(const struct ext_print *p)
{
	const struct ip6t_rt *r = ext_data(p->self);
	bool sinv = r->invflags & IP6T_RT_INV_SGS;

	strbuf_adds(p->out, " rt");
	if (r->flags & IP6T_RT_TYP)
		strbuf_addf(p->out, " type:%s%d",
			    r->invflags & IP6T_RT_INV_TYP ? "!" : "",
			    (int)r->rt_type);
	if (r->segsleft[0] != 0 || r->segsleft[1] != UINT32_MAX || sinv) {
		strbuf_addc(p->out, ' ');
		xt_range_list(p->out, "segsleft", r->segsleft, sinv,
			      UINT32_MAX);
	}
	if (r->flags & IP6T_RT_LEN)
		strbuf_addf(p->out, " length:%s%u",
			    r->invflags & IP6T_RT_INV_LEN ? "!" : "",
			    r->hdrlen);
	if (r->flags & IP6T_RT_RES)
		strbuf_adds(p->out, " reserved");
	if (r->flags & IP6T_RT_FST)
		strbuf_adds(p->out, " 0-addrs");
	addrs_out(p->out, r);
	if (r->flags & IP6T_RT_FST_NSTRICT)
		strbuf_adds(p->out, " 0-not-strict");
	if (r->invflags & ~IP6T_RT_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    r->invflags & ~IP6T_RT_INV_MASK);
}

static void rt_help(struct strbuf *out)
{
	strbuf_adds(out,
		"rt match options:\n"
		"[!] --rt-type type             match the type\n"
		"[!] --rt-segsleft num[:num]    match the Segments Left field (range)\n"
		"[!] --rt-len length            total length of this header\n"
		" --rt-0-res                    check the reserved field too (type 0)\n"
		" --rt-0-addrs ADDR[,ADDR...]   Type=0 addresses (list, max: 16)\n"
		" --rt-0-not-strict             List of Type=0 addresses not a strict list\n");
}

const struct ext ext_rt = {
	.name = "rt",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_rt),
	.xt_size = sizeof(struct ip6t_rt),
	.opts = rt_opts,
	.init = rt_init,
	.parse = rt_parse,
	.save = rt_save,
	.print = rt_print,
	.help = rt_help,
};
