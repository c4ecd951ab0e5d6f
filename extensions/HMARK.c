// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * HMARK: sets the packet mark from a hash of selected header fields.  The
 * payload is the kernel's struct xt_hmark_info (compat target revision
 * 0); ports and SPI are kept in network order.  As in iptables, a
 * --hmark-tuple type counts as the option it stands for (so that option
 * cannot be given as well).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <string.h>
#include <strings.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_HMARK.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

/* the option ids are iptables' (their order matters for the checks) */
enum {
	O_SADDR_MASK, O_DADDR_MASK, O_SPI, O_SPI_MASK, O_SPORT, O_DPORT,
	O_SPORT_MASK, O_DPORT_MASK, O_PROTO_MASK, O_RND, O_MODULUS,
	O_OFFSET, O_CT, O_TUPLE,
};

#define F(o) (1ULL << (o))
#define F_PKT (F(O_SADDR_MASK) | F(O_DADDR_MASK) | F(O_SPI_MASK) | \
	       F(O_SPORT_MASK) | F(O_DPORT_MASK) | F(O_PROTO_MASK) | \
	       F(O_SPORT) | F(O_DPORT) | F(O_SPI))
#define HF(f) XT_HMARK_FLAG(XT_HMARK_ ## f)

#define INFO struct xt_hmark_info

static const struct ext_opt HMARK_opts[] = {
	{ .name = "hmark-tuple", .id = O_TUPLE, .type = EXT_T_CUSTOM },
	{ .name = "hmark-src-prefix", .id = O_SADDR_MASK,
	  .type = EXT_T_CUSTOM },
	{ .name = "hmark-dst-prefix", .id = O_DADDR_MASK,
	  .type = EXT_T_CUSTOM },
	{ .name = "hmark-sport-mask", .id = O_SPORT_MASK, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_mask.p16.src) },
	{ .name = "hmark-dport-mask", .id = O_DPORT_MASK, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_mask.p16.dst) },
	{ .name = "hmark-spi-mask", .id = O_SPI_MASK, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_mask.v32) },
	{ .name = "hmark-sport", .id = O_SPORT, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_set.p16.src) },
	{ .name = "hmark-dport", .id = O_DPORT, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_set.p16.dst) },
	{ .name = "hmark-spi", .id = O_SPI, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, port_set.v32) },
	{ .name = "hmark-proto-mask", .id = O_PROTO_MASK, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, proto_mask) },
	{ .name = "hmark-rnd", .id = O_RND, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, hashrnd) },
	{ .name = "hmark-mod", .id = O_MODULUS, .type = EXT_T_U32,
	  .flags = EXT_O_PUT | EXT_O_MAND, .min = 1,
	  .off = offsetof(INFO, hmodulus) },
	{ .name = "hmark-offset", .id = O_OFFSET, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, hoffset) },
	EXT_OPT_END
};

/* One tuple type, matched as a prefix of its name. */
static bool tuple_one(struct ir_ext *e, const char *type, size_t len)
{
	INFO *t = ext_data(e);

	if (!strncasecmp(type, "ct", len)) {
		t->flags |= HF(CT);
		e->given |= F(O_CT);
	} else if (!strncasecmp(type, "src", len)) {
		memset(&t->src_mask, 0xff, sizeof(t->src_mask));
		t->flags |= HF(SADDR_MASK);
		e->given |= F(O_SADDR_MASK);
	} else if (!strncasecmp(type, "dst", len)) {
		memset(&t->dst_mask, 0xff, sizeof(t->dst_mask));
		t->flags |= HF(DADDR_MASK);
		e->given |= F(O_DADDR_MASK);
	} else if (!strncasecmp(type, "sport", len)) {
		t->port_mask.p16.src = 0xffff;
		t->flags |= HF(SPORT_MASK);
		e->given |= F(O_SPORT_MASK);
	} else if (!strncasecmp(type, "dport", len)) {
		t->port_mask.p16.dst = 0xffff;
		t->flags |= HF(DPORT_MASK);
		e->given |= F(O_DPORT_MASK);
	} else if (!strncasecmp(type, "proto", len)) {
		t->proto_mask = 0xffff;
		t->flags |= HF(PROTO_MASK);
		e->given |= F(O_PROTO_MASK);
	} else if (!strncasecmp(type, "spi", len)) {
		t->port_mask.v32 = 0xffffffff;
		t->flags |= HF(SPI_MASK);
		e->given |= F(O_SPI_MASK);
	} else {
		return false;
	}
	return true;
}

static int tuple_parse(struct ext_parse *p)
{
	const char *arg = p->arg, *comma;

	while ((comma = strchr(arg, ','))) {
		if (comma == arg ||
		    !tuple_one(p->self, arg, comma - arg))
			return erec_param(p->err, p->loc, "Bad type \"%s\"",
					  arg);
		arg = comma + 1;
	}
	if (!*arg)
		return erec_param(p->err, p->loc,
			"\"--hmark-tuple\" requires a list of types with no spaces, e.g. src,dst,sport,dport,proto");
	if (!tuple_one(p->self, arg, strlen(arg)))
		return erec_param(p->err, p->loc, "Bad type \"%s\"", arg);
	return 0;
}

static int prefix_parse(struct ext_parse *p, union nf_inet_addr *dst)
{
	union ir_addr m;

	if (xt_parse_plenmask(p->family, p->arg, &m, NULL, "HMARK",
			      p->opt->name, p->err, p->loc) < 0)
		return -1;
	memcpy(dst, &m, sizeof(*dst));
	return 0;
}

static int HMARK_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_TUPLE:
		return tuple_parse(p);
	case O_SADDR_MASK:
		t->flags |= HF(SADDR_MASK);
		return prefix_parse(p, &t->src_mask);
	case O_DADDR_MASK:
		t->flags |= HF(DADDR_MASK);
		return prefix_parse(p, &t->dst_mask);
	case O_SPI:
		t->port_set.v32 = htonl(t->port_set.v32);
		t->flags |= HF(SPI);
		break;
	case O_SPORT:
		t->port_set.p16.src = htons(t->port_set.p16.src);
		t->flags |= HF(SPORT);
		break;
	case O_DPORT:
		t->port_set.p16.dst = htons(t->port_set.p16.dst);
		t->flags |= HF(DPORT);
		break;
	case O_SPORT_MASK:
		t->port_mask.p16.src = htons(t->port_mask.p16.src);
		t->flags |= HF(SPORT_MASK);
		break;
	case O_DPORT_MASK:
		t->port_mask.p16.dst = htons(t->port_mask.p16.dst);
		t->flags |= HF(DPORT_MASK);
		break;
	case O_SPI_MASK:
		t->port_mask.v32 = htonl(t->port_mask.v32);
		t->flags |= HF(SPI_MASK);
		break;
	case O_PROTO_MASK:
		t->flags |= HF(PROTO_MASK);
		break;
	case O_RND:
		t->flags |= HF(RND);
		break;
	case O_MODULUS:
		t->flags |= HF(MODULUS);
		break;
	case O_OFFSET:
		t->flags |= HF(OFFSET);
		break;
	}
	return 0;
}

static int HMARK_check(struct ext_check *c)
{
	uint64_t given = c->self->given;

	if (!(given & F(O_MODULUS)))
		return erec_param(c->err, c->loc, "--hmark-mod is mandatory");
	if (!(given & F(O_RND)))
		return erec_param(c->err, c->loc, "--hmark-rnd is mandatory");
	if ((given & F(O_SPI_MASK)) &&
	    (given & (F(O_SPORT_MASK) | F(O_DPORT_MASK))))
		return erec_param(c->err, c->loc,
			"you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time");
	if (!(given & (F_PKT | F(O_CT))))
		return erec_param(c->err, c->loc,
			"you have to specify --hmark-tuple at least");
	return 0;
}

/* the prefix length of a mask, -1 when it is not one */
static int mask_plen(uint8_t family, const union nf_inet_addr *mask)
{
	union ir_addr m = { 0 };

	memcpy(&m, mask, family == NFPROTO_IPV6 ? 16 : 4);
	return ir_mask_to_prefix(family, &m);
}

static void HMARK_save(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);

	if (t->flags & HF(SADDR_MASK))
		strbuf_addf(p->out, " --hmark-src-prefix %d",
			    mask_plen(p->family, &t->src_mask));
	if (t->flags & HF(DADDR_MASK))
		strbuf_addf(p->out, " --hmark-dst-prefix %d",
			    mask_plen(p->family, &t->dst_mask));
	if (t->flags & HF(SPORT_MASK))
		strbuf_addf(p->out, " --hmark-sport-mask 0x%04x",
			    ntohs(t->port_mask.p16.src));
	if (t->flags & HF(DPORT_MASK))
		strbuf_addf(p->out, " --hmark-dport-mask 0x%04x",
			    ntohs(t->port_mask.p16.dst));
	if (t->flags & HF(SPI_MASK))
		strbuf_addf(p->out, " --hmark-spi-mask 0x%08x",
			    ntohl(t->port_mask.v32));
	if (t->flags & HF(SPORT))
		strbuf_addf(p->out, " --hmark-sport 0x%04x",
			    ntohs(t->port_set.p16.src));
	if (t->flags & HF(DPORT))
		strbuf_addf(p->out, " --hmark-dport 0x%04x",
			    ntohs(t->port_set.p16.dst));
	if (t->flags & HF(SPI))
		strbuf_addf(p->out, " --hmark-spi 0x%08x",
			    ntohl(t->port_set.v32));
	if (t->flags & HF(PROTO_MASK))
		strbuf_addf(p->out, " --hmark-proto-mask 0x%02x",
			    t->proto_mask);
	if (t->flags & HF(RND))
		strbuf_addf(p->out, " --hmark-rnd 0x%08x", t->hashrnd);
	if (t->flags & HF(MODULUS))
		strbuf_addf(p->out, " --hmark-mod %u", t->hmodulus);
	if (t->flags & HF(OFFSET))
		strbuf_addf(p->out, " --hmark-offset %u", t->hoffset);
	if (t->flags & HF(CT))
		strbuf_adds(p->out, " --hmark-tuple ct");
}

/*
 * -L: IPv4 prints the prefix length as unsigned, IPv6 the mask the way
 * iptables does ("/64" without the slash, nothing for /128).
 */
static void print_prefix(const struct ext_print *p, const char *name,
			 const union nf_inet_addr *mask)
{
	char buf[INET6_ADDRSTRLEN];
	int plen = mask_plen(p->family, mask);
	union ir_addr m;

	strbuf_addf(p->out, "%s ", name);
	if (p->family != NFPROTO_IPV6) {
		strbuf_addf(p->out, "%u ", (unsigned int)plen);
	} else if (plen < 0) {
		memcpy(&m, mask, sizeof(m));
		strbuf_addf(p->out, "%s ",
			    addr_str(NFPROTO_IPV6, &m, buf, sizeof(buf)));
	} else if (plen == 128) {
		strbuf_addc(p->out, ' ');
	} else {
		strbuf_addf(p->out, "%d ", plen);
	}
}

static void HMARK_print(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);

	strbuf_adds(p->out, " HMARK ");
	if (t->flags & HF(MODULUS))
		strbuf_addf(p->out, "mod %u ", t->hmodulus);
	if (t->flags & HF(OFFSET))
		strbuf_addf(p->out, "+ 0x%x ", t->hoffset);
	if (t->flags & HF(CT))
		strbuf_adds(p->out, "ct, ");
	if (t->flags & HF(SADDR_MASK))
		print_prefix(p, "src-prefix", &t->src_mask);
	if (t->flags & HF(DADDR_MASK))
		print_prefix(p, "dst-prefix", &t->dst_mask);
	if (t->flags & HF(SPORT_MASK))
		strbuf_addf(p->out, "sport-mask 0x%x ",
			    ntohs(t->port_mask.p16.src));
	if (t->flags & HF(DPORT_MASK))
		strbuf_addf(p->out, "dport-mask 0x%x ",
			    ntohs(t->port_mask.p16.dst));
	if (t->flags & HF(SPI_MASK))
		strbuf_addf(p->out, "spi-mask 0x%x ", ntohl(t->port_mask.v32));
	if (t->flags & HF(SPORT))
		strbuf_addf(p->out, "sport 0x%x ", ntohs(t->port_set.p16.src));
	if (t->flags & HF(DPORT))
		strbuf_addf(p->out, "dport 0x%x ", ntohs(t->port_set.p16.dst));
	if (t->flags & HF(SPI))
		strbuf_addf(p->out, "spi 0x%x ", ntohl(t->port_set.v32));
	if (t->flags & HF(PROTO_MASK))
		strbuf_addf(p->out, "proto-mask 0x%x ", t->proto_mask);
	if (t->flags & HF(RND))
		strbuf_addf(p->out, "rnd 0x%x ", t->hashrnd);
}

static void HMARK_help(struct strbuf *out)
{
	strbuf_adds(out,
		"HMARK target options, i.e. modify hash calculation by:\n"
		"  --hmark-tuple [src|dst|sport|dport|spi|proto|ct][,...]\n"
		"  --hmark-mod value\t\t    nfmark modulus value\n"
		"  --hmark-offset value\t\t    Last action add value to nfmark\n"
		"\n"
		"  --hmark-rnd\t\t\t    Random see for hashing\n"
		" Alternatively, fine tuning of what will be included in hash calculation\n"
		"  --hmark-src-prefix length\t    Source address mask CIDR prefix\n"
		"  --hmark-dst-prefix length\t    Dest address mask CIDR prefix\n"
		"  --hmark-sport-mask value\t    Mask src port with value\n"
		"  --hmark-dport-mask value\t    Mask dst port with value\n"
		"  --hmark-spi-mask value\t    For esp and ah AND spi with value\n"
		"  --hmark-sport value\t\t    OR src port with value\n"
		"  --hmark-dport value\t\t    OR dst port with value\n"
		"  --hmark-spi value\t\t    For esp and ah OR spi with value\n"
		"  --hmark-proto-mask value\t    Mask Protocol with value\n");
}

const struct ext ext_HMARK = {
	.name = "HMARK",
	.kind = EXT_TARGET,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = HMARK_opts,
	.parse = HMARK_parse,
	.check = HMARK_check,
	.save = HMARK_save,
	.print = HMARK_print,
	.help = HMARK_help,
};
