// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target: the delinearizer, fed rules another tool may have
 * written.
 *
 * Input: the first byte chooses the family (bit 0: IPv6) and the form of
 * the rest (bit 1):
 *  - raw: a NEWRULE message as the kernel dumps it (struct nlmsghdr,
 *    struct nfgenmsg, attributes); its nlmsg_len is set to the size given;
 *  - built: a list of expressions, each an opcode byte and its operands
 *    (see build_expr), written with the emitters of src/nft/expr.c into a
 *    well-formed message: the decoders' semantics rather than netlink's
 *    framing.
 * The decoded rule is printed in every form (-S, -L, -v, translation),
 * and written and decoded once more.  With bit 2 set the raw message is
 * a chain's instead (a reply to GETCHAIN), read by the chain cache.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>

#include <iptnft/cache.h>
#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/util.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stdout();
	return 0;
}

/* the operands: bytes of the input, zeros once it is used up */
struct rd {
	const uint8_t *p;
	size_t n;
};

static uint8_t rd8(struct rd *r)
{
	if (!r->n)
		return 0;
	r->n--;
	return *r->p++;
}

static uint32_t rd32(struct rd *r)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < 4; i++)
		v = v << 8 | rd8(r);
	return v;
}

static uint64_t rd64(struct rd *r)
{
	return (uint64_t)rd32(r) << 32 | rd32(r);
}

static void rdn(struct rd *r, uint8_t *out, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		out[i] = rd8(r);
}

/* mostly register 1, as iptables writes, sometimes any other */
static uint32_t rdreg(struct rd *r)
{
	uint8_t b = rd8(r);

	return b < 200 ? NFT_REG_1 : b % 24;
}

static size_t n_ext(void)
{
	size_t n = 0;

	while (ext_all[n])
		n++;
	return n;
}

/* One expression of the built form; false at the end of the input. */
static bool build_expr(struct lin_ctx *c, struct rd *r)
{
	static const int verdicts[] = {
		NF_ACCEPT, NF_DROP, NFT_RETURN, NFT_JUMP, NFT_GOTO,
		NFT_CONTINUE, NFT_BREAK, NF_QUEUE, 0x12345,
	};
	uint8_t a[DX_DATA_MAX], b[DX_DATA_MAX], info[4096];
	const struct ext *x;
	uint16_t sp[2], dp[2];
	struct dx_log l;
	char name[32];
	uint32_t len;
	uint8_t op, code;

	if (!r->n)
		return false;
	code = rd8(r) % 16;
	switch (code) {
	case 0:
		lin_payload(c, rd8(r) % 4, rd8(r), rd8(r) % 20, rdreg(r));
		break;
	case 1:
		lin_meta_load(c, rd8(r) % 48, rdreg(r));
		break;
	case 2:
		op = rd8(r);
		len = rd8(r) % (DX_DATA_MAX + 1);
		rdn(r, a, len);
		lin_cmp(c, op % 6, rdreg(r), a, len);
		break;
	case 3:
		len = rd8(r) % (DX_DATA_MAX + 1);
		rdn(r, a, len);
		rdn(r, b, len);
		lin_bitwise(c, rdreg(r), rdreg(r), len, a, b);
		break;
	case 4:
		op = rd8(r);
		len = rd8(r) % (DX_DATA_MAX + 1);
		rdn(r, a, len);
		rdn(r, b, len);
		lin_range(c, op % 2, rdreg(r), a, b, len);
		break;
	case 5:
		lin_counter(c, rd64(r), rd64(r));
		break;
	case 6:
		op = rd8(r);
		snprintf(name, sizeof(name), "c%u", rd8(r));
		lin_verdict(c, verdicts[op % ARRAY_SIZE(verdicts)],
			    op & 0x80 ? name : NULL);
		break;
	case 7:
		len = rd8(r) % (DX_DATA_MAX + 1);
		rdn(r, a, len);
		lin_immediate_data(c, rdreg(r), a, len);
		break;
	case 8:
	case 9:
		/* an extension's name, its revision or another, its info;
		 * 8: as the extension is (match or target), 9: the other */
		x = ext_all[rd8(r) % n_ext()];
		op = rd8(r);
		len = (uint32_t)x->xt_size;
		if (op & 1)
			len += rd8(r);
		if (len > sizeof(info))
			len = sizeof(info);
		rdn(r, info, len);
		lin_xt(c, (x->kind == EXT_TARGET) == (code == 8),
		       x->name, op & 2 ? op >> 2 : x->revision, info, len);
		break;
	case 10:
		op = rd8(r);
		lin_ct_load(c, op % 48, rdreg(r), (int)(rd8(r) % 3) - 1);
		break;
	case 11:
		lin_limit(c, rd64(r), rd64(r), rd32(r), rd8(r) % 3, rd8(r) % 2);
		break;
	case 12:
		memset(&l, 0, sizeof(l));
		l.present = rd8(r);
		len = rd8(r) % sizeof(name);
		rdn(r, (uint8_t *)name, len);
		name[len < sizeof(name) ? len : sizeof(name) - 1] = '\0';
		l.prefix = name;
		l.group = (uint16_t)rd32(r);
		l.qthreshold = (uint16_t)rd32(r);
		l.snaplen = rd32(r);
		l.level = rd8(r);
		l.flags = rd8(r);
		lin_log(c, &l);
		break;
	case 13:
		lin_meta_set(c, rd8(r) % 48, rdreg(r));
		break;
	case 14:
		op = rd8(r);
		len = rd8(r) % (DX_DATA_MAX + 1);
		rdn(r, a, len);
		rdn(r, b, len);
		lin_payload_cmp(c, op % 4, rd8(r), len, (op >> 2) % 6, a,
				op & 0x80 ? b : NULL);
		break;
	case 15:
		sp[0] = (uint16_t)rd32(r);
		sp[1] = (uint16_t)rd32(r);
		dp[0] = (uint16_t)rd32(r);
		dp[1] = (uint16_t)rd32(r);
		op = rd8(r);
		lin_th_ports(c, sp, op & 1, dp, op & 2);
		break;
	}
	return true;
}

/* The built form: a well-formed NEWRULE message of those expressions. */
static void build_msg(struct nlb *b, uint8_t family, const uint8_t *data,
		      size_t size)
{
	struct rd r = { data, size };
	struct lin_ctx c = { .b = b, .family = family };
	unsigned int n = 0;
	size_t exprs;
	uint8_t proto = rd8(&r);

	nlb_msg_begin(b, (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_NEWRULE,
		      family, 0, NULL);
	nlb_put_str(b, NFTA_RULE_TABLE, "filter");
	nlb_put_str(b, NFTA_RULE_CHAIN, "INPUT");
	if (proto) {
		size_t compat = nlb_nest_begin(b, NFTA_RULE_COMPAT);

		nlb_put_be32(b, NFTA_RULE_COMPAT_PROTO, proto);
		nlb_put_be32(b, NFTA_RULE_COMPAT_FLAGS, 0);
		nlb_nest_end(b, compat);
	}
	exprs = nlb_nest_begin(b, NFTA_RULE_EXPRESSIONS);
	while (n++ < 64 && build_expr(&c, &r))
		;
	nlb_nest_end(b, exprs);
	nlb_msg_end(b);
}

static void decode(const struct nlmsghdr *nlh, uint8_t family)
{
	struct ir_rule *r = ir_rule_alloc(family);
	char chain[64] = "";

	if (!dlin_rule_msg(nlh, family, r, chain, sizeof(chain))) {
		fuzz_print_rule(r, chain);
		fuzz_round_trip(r, "filter", chain[0] ? chain : "INPUT");
	}
	ir_rule_free(r);
}

/* what the chain cache read must be safe to use as it is used */
static void chain_decode(const struct nlmsghdr *nlh)
{
	static volatile uint64_t sink;
	struct cache_chain_msg m;
	uint64_t n = 0;

	cache_chain_msg_parse(nlh, &m);
	if (m.table)
		n += strlen(m.table);
	if (m.name)
		n += strlen(m.name);
	sink = n + m.c.use + m.c.hook + m.c.pkts + m.c.bytes + m.c.handle +
	       (uint64_t)m.c.policy + (uint64_t)m.c.prio;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nlmsghdr *nlh;
	uint8_t family;
	size_t len;

	if (size < 1)
		return 0;
	family = data[0] & 1 ? NFPROTO_IPV6 : NFPROTO_IPV4;
	if (data[0] & 2) {
		struct nlb b;

		nlb_init(&b, 1);
		build_msg(&b, family, data + 1, size - 1);
		decode((const void *)(b.buf + b.msg), family);
		nlb_release(&b);
		return 0;
	}
	if (size < 1 + sizeof(struct nlmsghdr) + sizeof(struct nfgenmsg) ||
	    size > 1 + 65535)
		return 0;
	len = size - 1;
	/*
	 * A private, aligned copy, as long as the message and its padding:
	 * a receive buffer always holds NLMSG_ALIGN(nlmsg_len) bytes, and
	 * libmnl's walk over the attributes goes that far.
	 */
	nlh = calloc(1, NLMSG_ALIGN(len));
	if (!nlh)
		abort();
	memcpy(nlh, data + 1, len);
	nlh->nlmsg_len = (uint32_t)len;
	if (data[0] & 4)
		chain_decode(nlh);
	else
		decode(nlh, family);
	free(nlh);
	return 0;
}
