// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * nf_tables expressions, both ways: each emitter writes one NFTA_LIST_ELEM
 * into the batch, and dexpr_parse() reads the same attributes back.  The
 * two sides of each expression kind stand next to each other.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter/nf_tables_compat.h>
#include <linux/netfilter/x_tables.h>
#include <string.h>

#include <iptnft/nft.h>

/* Fills tb[type] with the nested attributes of a (types above max ignored). */
static void nest_parse(const struct nlattr *a, const struct nlattr **tb,
		       unsigned int max)
{
	const char *p = mnl_attr_get_payload(a);
	size_t rem = mnl_attr_get_payload_len(a), step;
	const struct nlattr *pos;
	unsigned int type;

	/* the walk of mnl_attr_for_each_nested, inline: a hot path */
	memset(tb, 0, (max + 1) * sizeof(*tb));
	while (rem >= sizeof(*pos)) {
		pos = (const struct nlattr *)p;
		if (pos->nla_len < sizeof(*pos) || pos->nla_len > rem)
			break;
		type = pos->nla_type & NLA_TYPE_MASK;
		if (type <= max)
			tb[type] = pos;
		step = MNL_ALIGN(pos->nla_len);
		if (step >= rem)
			break;
		p += step;
		rem -= step;
	}
}

/*
 * The getters check the attribute's length (and a string's NUL) before
 * reading it: the kernel's messages always pass, but rules are decoded
 * from bytes that tests/fuzz chooses too.  A missing or malformed value
 * reads as 0 (NULL for a string).
 */
static bool attr_has(const struct nlattr *a, size_t len)
{
	return a && mnl_attr_get_payload_len(a) >= len;
}

static uint32_t get_be32(const struct nlattr *a)
{
	return attr_has(a, sizeof(uint32_t)) ? ntohl(mnl_attr_get_u32(a)) : 0;
}

static uint64_t get_be64(const struct nlattr *a)
{
	return attr_has(a, sizeof(uint64_t)) ? be64toh(mnl_attr_get_u64(a)) :
	       0;
}

static uint16_t get_be16(const struct nlattr *a)
{
	return attr_has(a, sizeof(uint16_t)) ? ntohs(mnl_attr_get_u16(a)) : 0;
}

static const char *get_str(const struct nlattr *a)
{
	const char *s;
	size_t len;

	if (!attr_has(a, 1))
		return NULL;
	s = mnl_attr_get_payload(a);
	len = mnl_attr_get_payload_len(a);
	return s[len - 1] == '\0' ? s : NULL;
}

/* The two nests of an expression being written. */
struct expr_nest {
	size_t elem;	/* NFTA_LIST_ELEM */
	size_t data;	/* NFTA_EXPR_DATA */
};

/* Always inline: the name's length is then a constant. */
static __always_inline struct expr_nest expr_begin(struct lin_ctx *c,
						   const char *name)
{
	struct expr_nest n;

	n.elem = nlb_nest_begin(c->b, NFTA_LIST_ELEM);
	nlb_put_str(c->b, NFTA_EXPR_NAME, name);
	n.data = nlb_nest_begin(c->b, NFTA_EXPR_DATA);
	return n;
}

/* Closes NFTA_EXPR_DATA and NFTA_LIST_ELEM. */
static void expr_end(struct lin_ctx *c, struct expr_nest n)
{
	nlb_nest_end(c->b, n.data);
	nlb_nest_end(c->b, n.elem);
}

/* An NFTA_DATA_VALUE inside a nest of type type. */
static void put_data(struct lin_ctx *c, uint16_t type, const void *data,
		     uint32_t len)
{
	size_t n = nlb_nest_begin(c->b, type);

	nlb_put(c->b, NFTA_DATA_VALUE, data, len);
	nlb_nest_end(c->b, n);
}

static uint32_t get_data(const struct nlattr *a, uint8_t *out)
{
	const struct nlattr *tb[NFTA_DATA_MAX + 1];
	uint32_t len;

	if (!a)
		return 0;
	nest_parse(a, tb, NFTA_DATA_MAX);
	if (!tb[NFTA_DATA_VALUE])
		return 0;
	len = mnl_attr_get_payload_len(tb[NFTA_DATA_VALUE]);
	if (len > DX_DATA_MAX)
		len = DX_DATA_MAX;
	memcpy(out, mnl_attr_get_payload(tb[NFTA_DATA_VALUE]), len);
	return len;
}

/* ---- payload ---- */

void lin_payload(struct lin_ctx *c, uint32_t base, uint32_t offset,
		 uint32_t len, uint32_t dreg)
{
	struct expr_nest e = expr_begin(c, "payload");

	nlb_put_be32(c->b, NFTA_PAYLOAD_DREG, dreg);
	nlb_put_be32(c->b, NFTA_PAYLOAD_BASE, base);
	nlb_put_be32(c->b, NFTA_PAYLOAD_OFFSET, offset);
	nlb_put_be32(c->b, NFTA_PAYLOAD_LEN, len);
	expr_end(c, e);
}

static void dx_payload(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_PAYLOAD_MAX + 1];

	nest_parse(data, tb, NFTA_PAYLOAD_MAX);
	if (tb[NFTA_PAYLOAD_SREG]) {
		d->kind = DX_OTHER;	/* payload set */
		return;
	}
	d->payload.dreg = get_be32(tb[NFTA_PAYLOAD_DREG]);
	d->payload.base = get_be32(tb[NFTA_PAYLOAD_BASE]);
	d->payload.offset = get_be32(tb[NFTA_PAYLOAD_OFFSET]);
	d->payload.len = get_be32(tb[NFTA_PAYLOAD_LEN]);
}

/* ---- meta ---- */

void lin_meta_load(struct lin_ctx *c, uint32_t key, uint32_t dreg)
{
	struct expr_nest e = expr_begin(c, "meta");

	nlb_put_be32(c->b, NFTA_META_KEY, key);
	nlb_put_be32(c->b, NFTA_META_DREG, dreg);
	expr_end(c, e);
}

void lin_meta_set(struct lin_ctx *c, uint32_t key, uint32_t sreg)
{
	struct expr_nest e = expr_begin(c, "meta");

	nlb_put_be32(c->b, NFTA_META_KEY, key);
	nlb_put_be32(c->b, NFTA_META_SREG, sreg);
	expr_end(c, e);
}

static void dx_meta(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_META_MAX + 1];

	nest_parse(data, tb, NFTA_META_MAX);
	d->meta.key = get_be32(tb[NFTA_META_KEY]);
	d->meta.set = tb[NFTA_META_SREG] != NULL;
	d->meta.reg = get_be32(d->meta.set ? tb[NFTA_META_SREG] :
					     tb[NFTA_META_DREG]);
}

/* ---- cmp ---- */

void lin_cmp(struct lin_ctx *c, uint32_t op, uint32_t sreg,
	     const void *data, uint32_t len)
{
	struct expr_nest e = expr_begin(c, "cmp");

	nlb_put_be32(c->b, NFTA_CMP_SREG, sreg);
	nlb_put_be32(c->b, NFTA_CMP_OP, op);
	put_data(c, NFTA_CMP_DATA, data, len);
	expr_end(c, e);
}

static void dx_cmp(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_CMP_MAX + 1];

	nest_parse(data, tb, NFTA_CMP_MAX);
	d->cmp.sreg = get_be32(tb[NFTA_CMP_SREG]);
	d->cmp.op = get_be32(tb[NFTA_CMP_OP]);
	d->cmp.len = get_data(tb[NFTA_CMP_DATA], d->cmp.data);
}

/* ---- bitwise (mask and xor only) ---- */

void lin_bitwise(struct lin_ctx *c, uint32_t sreg, uint32_t dreg,
		 uint32_t len, const void *mask, const void *xor)
{
	struct expr_nest e = expr_begin(c, "bitwise");

	nlb_put_be32(c->b, NFTA_BITWISE_SREG, sreg);
	nlb_put_be32(c->b, NFTA_BITWISE_DREG, dreg);
	nlb_put_be32(c->b, NFTA_BITWISE_LEN, len);
	put_data(c, NFTA_BITWISE_MASK, mask, len);
	put_data(c, NFTA_BITWISE_XOR, xor, len);
	expr_end(c, e);
}

static void dx_bitwise(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_BITWISE_MAX + 1];

	nest_parse(data, tb, NFTA_BITWISE_MAX);
	if (tb[NFTA_BITWISE_OP] &&
	    get_be32(tb[NFTA_BITWISE_OP]) != NFT_BITWISE_BOOL) {
		d->kind = DX_OTHER;	/* shifts */
		return;
	}
	d->bitwise.sreg = get_be32(tb[NFTA_BITWISE_SREG]);
	d->bitwise.dreg = get_be32(tb[NFTA_BITWISE_DREG]);
	d->bitwise.len = get_be32(tb[NFTA_BITWISE_LEN]);
	get_data(tb[NFTA_BITWISE_MASK], d->bitwise.mask);
	get_data(tb[NFTA_BITWISE_XOR], d->bitwise.xor);
}

/* ---- range ---- */

void lin_range(struct lin_ctx *c, uint32_t op, uint32_t sreg,
	       const void *from, const void *to, uint32_t len)
{
	struct expr_nest e = expr_begin(c, "range");

	nlb_put_be32(c->b, NFTA_RANGE_SREG, sreg);
	nlb_put_be32(c->b, NFTA_RANGE_OP, op);
	put_data(c, NFTA_RANGE_FROM_DATA, from, len);
	put_data(c, NFTA_RANGE_TO_DATA, to, len);
	expr_end(c, e);
}

static void dx_range(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_RANGE_MAX + 1];

	nest_parse(data, tb, NFTA_RANGE_MAX);
	d->range.sreg = get_be32(tb[NFTA_RANGE_SREG]);
	d->range.op = get_be32(tb[NFTA_RANGE_OP]);
	d->range.len = get_data(tb[NFTA_RANGE_FROM_DATA], d->range.from);
	get_data(tb[NFTA_RANGE_TO_DATA], d->range.to);
}

/* ---- counter ---- */

void lin_counter(struct lin_ctx *c, uint64_t pkts, uint64_t bytes)
{
	struct expr_nest e = expr_begin(c, "counter");

	/*
	 * The kernel starts a counter at zero when it is given no values:
	 * 24 bytes less per rule in a big batch, for the same rule.
	 */
	if (bytes || pkts) {
		nlb_put_be64(c->b, NFTA_COUNTER_BYTES, bytes);
		nlb_put_be64(c->b, NFTA_COUNTER_PACKETS, pkts);
	}
	expr_end(c, e);
}

static void dx_counter(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_COUNTER_MAX + 1];

	nest_parse(data, tb, NFTA_COUNTER_MAX);
	d->counter.bytes = get_be64(tb[NFTA_COUNTER_BYTES]);
	d->counter.pkts = get_be64(tb[NFTA_COUNTER_PACKETS]);
}

/* ---- immediate ---- */

void lin_verdict(struct lin_ctx *c, int verdict, const char *chain)
{
	struct expr_nest e = expr_begin(c, "immediate");
	size_t data, v;

	nlb_put_be32(c->b, NFTA_IMMEDIATE_DREG, NFT_REG_VERDICT);
	data = nlb_nest_begin(c->b, NFTA_IMMEDIATE_DATA);
	v = nlb_nest_begin(c->b, NFTA_DATA_VERDICT);
	nlb_put_be32(c->b, NFTA_VERDICT_CODE, (uint32_t)verdict);
	if (chain)
		nlb_put_str(c->b, NFTA_VERDICT_CHAIN, chain);
	nlb_nest_end(c->b, v);
	nlb_nest_end(c->b, data);
	expr_end(c, e);
}

void lin_immediate_data(struct lin_ctx *c, uint32_t dreg, const void *data,
			uint32_t len)
{
	struct expr_nest e = expr_begin(c, "immediate");

	nlb_put_be32(c->b, NFTA_IMMEDIATE_DREG, dreg);
	put_data(c, NFTA_IMMEDIATE_DATA, data, len);
	expr_end(c, e);
}

static void dx_immediate(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_IMMEDIATE_MAX + 1];
	const struct nlattr *db[NFTA_DATA_MAX + 1];
	const struct nlattr *vb[NFTA_VERDICT_MAX + 1];

	nest_parse(data, tb, NFTA_IMMEDIATE_MAX);
	d->imm.dreg = get_be32(tb[NFTA_IMMEDIATE_DREG]);
	if (!tb[NFTA_IMMEDIATE_DATA])
		return;
	if (d->imm.dreg != NFT_REG_VERDICT) {
		d->imm.len = get_data(tb[NFTA_IMMEDIATE_DATA], d->imm.data);
		return;
	}
	nest_parse(tb[NFTA_IMMEDIATE_DATA], db, NFTA_DATA_MAX);
	if (!db[NFTA_DATA_VERDICT])
		return;
	nest_parse(db[NFTA_DATA_VERDICT], vb, NFTA_VERDICT_MAX);
	d->imm.verdict = (int)get_be32(vb[NFTA_VERDICT_CODE]);
	if (vb[NFTA_VERDICT_CHAIN])
		d->imm.chain = get_str(vb[NFTA_VERDICT_CHAIN]);
}

/* ---- match / target (nft_compat) ---- */

void lin_xt(struct lin_ctx *c, bool target, const char *name, uint32_t rev,
	    const void *info, size_t len)
{
	const char *kind = target ? "target" : "match";
	struct expr_nest e = expr_begin(c, kind);
	size_t alen = XT_ALIGN(len);
	char pad[512];

	nlb_put_str(c->b, target ? NFTA_TARGET_NAME : NFTA_MATCH_NAME, name);
	nlb_put_be32(c->b, target ? NFTA_TARGET_REV : NFTA_MATCH_REV, rev);
	if (alen != len && alen <= sizeof(pad)) {
		memset(pad, 0, alen);
		memcpy(pad, info, len);
		info = pad;
		len = alen;
	}
	nlb_put(c->b, target ? NFTA_TARGET_INFO : NFTA_MATCH_INFO, info, len);
	expr_end(c, e);
}

static void dx_xt(const struct nlattr *data, struct dexpr *d)
{
	/* NFTA_MATCH_* and NFTA_TARGET_* share their numbering */
	const struct nlattr *tb[NFTA_MATCH_MAX + 1];

	nest_parse(data, tb, NFTA_MATCH_MAX);
	d->xt.name = get_str(tb[NFTA_MATCH_NAME]);
	if (!d->xt.name)
		d->xt.name = "";
	d->xt.rev = get_be32(tb[NFTA_MATCH_REV]);
	if (tb[NFTA_MATCH_INFO]) {
		d->xt.info = mnl_attr_get_payload(tb[NFTA_MATCH_INFO]);
		d->xt.len = mnl_attr_get_payload_len(tb[NFTA_MATCH_INFO]);
	}
}

/* ---- ct ---- */

void lin_ct_load(struct lin_ctx *c, uint32_t key, uint32_t dreg, int dir)
{
	struct expr_nest e = expr_begin(c, "ct");

	nlb_put_be32(c->b, NFTA_CT_DREG, dreg);
	nlb_put_be32(c->b, NFTA_CT_KEY, key);
	if (dir >= 0)
		nlb_put_u8(c->b, NFTA_CT_DIRECTION, (uint8_t)dir);
	expr_end(c, e);
}

static void dx_ct(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_CT_MAX + 1];

	nest_parse(data, tb, NFTA_CT_MAX);
	if (tb[NFTA_CT_SREG]) {
		d->kind = DX_OTHER;	/* ct set */
		return;
	}
	d->ct.key = get_be32(tb[NFTA_CT_KEY]);
	d->ct.dreg = get_be32(tb[NFTA_CT_DREG]);
	d->ct.dir = tb[NFTA_CT_DIRECTION] &&
		    !mnl_attr_validate(tb[NFTA_CT_DIRECTION], MNL_TYPE_U8) ?
		    mnl_attr_get_u8(tb[NFTA_CT_DIRECTION]) : -1;
}

/* ---- limit ---- */

void lin_limit(struct lin_ctx *c, uint64_t rate, uint64_t unit,
	       uint32_t burst, uint32_t type, uint32_t flags)
{
	struct expr_nest e = expr_begin(c, "limit");

	nlb_put_be64(c->b, NFTA_LIMIT_RATE, rate);
	nlb_put_be64(c->b, NFTA_LIMIT_UNIT, unit);
	nlb_put_be32(c->b, NFTA_LIMIT_BURST, burst);
	nlb_put_be32(c->b, NFTA_LIMIT_TYPE, type);
	nlb_put_be32(c->b, NFTA_LIMIT_FLAGS, flags);
	expr_end(c, e);
}

static void dx_limit(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_LIMIT_MAX + 1];

	nest_parse(data, tb, NFTA_LIMIT_MAX);
	d->limit.rate = get_be64(tb[NFTA_LIMIT_RATE]);
	d->limit.unit = get_be64(tb[NFTA_LIMIT_UNIT]);
	d->limit.burst = get_be32(tb[NFTA_LIMIT_BURST]);
	d->limit.type = get_be32(tb[NFTA_LIMIT_TYPE]);
	d->limit.flags = get_be32(tb[NFTA_LIMIT_FLAGS]);
}

/* ---- log ---- */

void lin_log(struct lin_ctx *c, const struct dx_log *l)
{
	struct expr_nest e = expr_begin(c, "log");

	if (l->present & DX_LOG_PREFIX)
		nlb_put_str(c->b, NFTA_LOG_PREFIX, l->prefix);
	if (l->present & DX_LOG_GROUP) {
		uint16_t v = htons(l->group);

		nlb_put(c->b, NFTA_LOG_GROUP, &v, sizeof(v));
	}
	if (l->present & DX_LOG_SNAPLEN)
		nlb_put_be32(c->b, NFTA_LOG_SNAPLEN, l->snaplen);
	if (l->present & DX_LOG_QTHRESH) {
		uint16_t v = htons(l->qthreshold);

		nlb_put(c->b, NFTA_LOG_QTHRESHOLD, &v, sizeof(v));
	}
	if (l->present & DX_LOG_LEVEL)
		nlb_put_be32(c->b, NFTA_LOG_LEVEL, l->level);
	if (l->present & DX_LOG_FLAGS)
		nlb_put_be32(c->b, NFTA_LOG_FLAGS, l->flags);
	expr_end(c, e);
}

static void dx_log(const struct nlattr *data, struct dexpr *d)
{
	const struct nlattr *tb[NFTA_LOG_MAX + 1];
	struct dx_log *l = &d->log;

	nest_parse(data, tb, NFTA_LOG_MAX);
	l->prefix = get_str(tb[NFTA_LOG_PREFIX]);
	if (l->prefix)
		l->present |= DX_LOG_PREFIX;
	if (tb[NFTA_LOG_GROUP]) {
		l->present |= DX_LOG_GROUP;
		l->group = get_be16(tb[NFTA_LOG_GROUP]);
	}
	if (tb[NFTA_LOG_SNAPLEN]) {
		l->present |= DX_LOG_SNAPLEN;
		l->snaplen = get_be32(tb[NFTA_LOG_SNAPLEN]);
	}
	if (tb[NFTA_LOG_QTHRESHOLD]) {
		l->present |= DX_LOG_QTHRESH;
		l->qthreshold = get_be16(tb[NFTA_LOG_QTHRESHOLD]);
	}
	if (tb[NFTA_LOG_LEVEL]) {
		l->present |= DX_LOG_LEVEL;
		l->level = get_be32(tb[NFTA_LOG_LEVEL]);
	}
	if (tb[NFTA_LOG_FLAGS]) {
		l->present |= DX_LOG_FLAGS;
		l->flags = get_be32(tb[NFTA_LOG_FLAGS]);
	}
}

/* ---- combined forms ---- */

void lin_payload_cmp(struct lin_ctx *c, uint32_t base, uint32_t offset,
		     uint32_t len, uint32_t op, const void *data,
		     const void *mask)
{
	static const uint8_t zero[DX_DATA_MAX];

	lin_payload(c, base, offset, len, LIN_REG);
	if (mask)
		lin_bitwise(c, LIN_REG, LIN_REG, len, mask, zero);
	lin_cmp(c, op, LIN_REG, data, len);
}

/* ---- decoding dispatch ---- */

static const struct {
	const char *name;
	enum dexpr_kind kind;
	void (*parse)(const struct nlattr *data, struct dexpr *d);
} dx_kinds[] = {
	{ "payload",	DX_PAYLOAD,	dx_payload },
	{ "meta",	DX_META,	dx_meta },
	{ "cmp",	DX_CMP,		dx_cmp },
	{ "bitwise",	DX_BITWISE,	dx_bitwise },
	{ "range",	DX_RANGE,	dx_range },
	{ "immediate",	DX_IMMEDIATE,	dx_immediate },
	{ "counter",	DX_COUNTER,	dx_counter },
	{ "match",	DX_MATCH,	dx_xt },
	{ "target",	DX_TARGET,	dx_xt },
	{ "ct",		DX_CT,		dx_ct },
	{ "limit",	DX_LIMIT,	dx_limit },
	{ "log",	DX_LOG,		dx_log },
};

int dexpr_parse(const void *attr, struct dexpr *out)
{
	const struct nlattr *tb[NFTA_EXPR_MAX + 1];
	unsigned int i;

	memset(out, 0, sizeof(*out));
	nest_parse(attr, tb, NFTA_EXPR_MAX);
	out->name = get_str(tb[NFTA_EXPR_NAME]);
	if (!out->name)
		return -EINVAL;
	out->kind = DX_OTHER;
	/* the kernel dumps data for every expression iptables writes */
	if (!tb[NFTA_EXPR_DATA])
		return 0;
	for (i = 0; i < ARRAY_SIZE(dx_kinds); i++) {
		if (out->name[0] != dx_kinds[i].name[0] ||
		    strcmp(out->name, dx_kinds[i].name))
			continue;
		out->kind = dx_kinds[i].kind;
		dx_kinds[i].parse(tb[NFTA_EXPR_DATA], out);
		break;
	}
	return 0;
}
