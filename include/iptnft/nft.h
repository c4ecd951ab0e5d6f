/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The nf_tables back end: the batch buffer, expression emitters and their
 * decoded form, the netlink socket, and what commands fetch from the kernel.
 *
 * Expressions are written as netlink attributes straight into the batch
 * buffer (no object per rule); kernel rules are decoded into a flat array
 * of struct dexpr that points into the receive buffer.
 */
#ifndef IPTNFT_NFT_H
#define IPTNFT_NFT_H

#include <endian.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <linux/netlink.h>
#include <linux/netfilter/nf_tables.h>

#include <iptnft/erec.h>
#include <iptnft/ir.h>
#include <iptnft/location.h>

struct nlmsghdr;

/* ---- batch buffer (src/nft/nlb.c) ---- */

struct nlb {
	char *buf;
	size_t len;
	size_t cap;
	void *map;		/* a big batch: buf is in this mapping */
	uint32_t seq_first;	/* seq of the batch begin message */
	uint32_t seq;		/* next seq */
	size_t msg;		/* offset of the open message */
	/* source location of each message, indexed by seq - seq_first */
	struct location *locs;
	size_t nlocs;
	size_t caplocs;
	unsigned int nmsgs;	/* messages between begin and end */
};

void nlb_init(struct nlb *b, uint32_t seq);
void nlb_release(struct nlb *b);
void nlb_batch_begin(struct nlb *b, uint32_t genid, bool use_genid);
void nlb_batch_end(struct nlb *b);
void nlb_msg_begin(struct nlb *b, uint16_t type, uint8_t family,
		   uint16_t flags, const struct location *loc);
void nlb_msg_end(struct nlb *b);
/* Room for need bytes in all (the slow path of nlb_reserve). */
void nlb_grow(struct nlb *b, size_t need);

/*
 * Attributes are written inline: every rule of a restore writes dozens,
 * and their lengths are mostly constants the compiler can fold.
 */
#define NLB_ALIGN(len)	(((len) + 3) & ~(size_t)3)

/* Room for extra more bytes. */
static inline void nlb_reserve(struct nlb *b, size_t extra)
{
	if (b->len + extra > b->cap)
		nlb_grow(b, b->len + extra);
}

/* A new attribute of len bytes of payload, padding zeroed; its payload. */
static inline void *nlb_attr(struct nlb *b, uint16_t type, size_t len)
{
	size_t total = NLB_ALIGN(NLA_HDRLEN + len);
	struct nlattr *a;

	nlb_reserve(b, total);
	a = (struct nlattr *)(b->buf + b->len);
	a->nla_type = type;
	a->nla_len = NLA_HDRLEN + len;
	/* the buffer is 4-aligned: clear the last word, padding included */
	if (len)
		memset((char *)a + total - 4, 0, 4);
	b->len += total;
	return (char *)a + NLA_HDRLEN;
}

static inline void nlb_put(struct nlb *b, uint16_t type, const void *data,
			   size_t len)
{
	void *p = nlb_attr(b, type, len);

	if (len)
		memcpy(p, data, len);
}

static inline void nlb_put_u8(struct nlb *b, uint16_t type, uint8_t v)
{
	*(uint8_t *)nlb_attr(b, type, sizeof(v)) = v;
}

static inline void nlb_put_be32(struct nlb *b, uint16_t type, uint32_t v)
{
	v = htobe32(v);
	memcpy(nlb_attr(b, type, sizeof(v)), &v, sizeof(v));
}

static inline void nlb_put_be64(struct nlb *b, uint16_t type, uint64_t v)
{
	v = htobe64(v);
	memcpy(nlb_attr(b, type, sizeof(v)), &v, sizeof(v));
}

static inline void nlb_put_str(struct nlb *b, uint16_t type, const char *s)
{
	nlb_put(b, type, s, strlen(s) + 1);
}

/* Opens a nested attribute: its offset, for nlb_nest_end. */
static inline size_t nlb_nest_begin(struct nlb *b, uint16_t type)
{
	size_t off = b->len;

	nlb_attr(b, type | NLA_F_NESTED, 0);
	return off;
}

static inline void nlb_nest_end(struct nlb *b, size_t nest)
{
	struct nlattr *a = (struct nlattr *)(b->buf + nest);

	a->nla_len = b->len - nest;
}
/* The message with sequence number seq, or NULL. */
const struct nlmsghdr *nlb_find_msg(const struct nlb *b, uint32_t seq);
/* The location a message with sequence number seq came from, or NULL. */
const struct location *nlb_seq_location(const struct nlb *b, uint32_t seq);

/* ---- expressions: emit (src/nft/expr.c) ---- */

struct lin_ctx {
	struct nlb *b;
	uint8_t family;
	const struct ir_rule *rule;
};

#define LIN_REG NFT_REG_1

void lin_meta_load(struct lin_ctx *c, uint32_t key, uint32_t dreg);
void lin_meta_set(struct lin_ctx *c, uint32_t key, uint32_t sreg);
void lin_payload(struct lin_ctx *c, uint32_t base, uint32_t offset,
		 uint32_t len, uint32_t dreg);
void lin_cmp(struct lin_ctx *c, uint32_t op, uint32_t sreg,
	     const void *data, uint32_t len);
void lin_bitwise(struct lin_ctx *c, uint32_t sreg, uint32_t dreg,
		 uint32_t len, const void *mask, const void *xor);
void lin_range(struct lin_ctx *c, uint32_t op, uint32_t sreg,
	       const void *from, const void *to, uint32_t len);
void lin_counter(struct lin_ctx *c, uint64_t pkts, uint64_t bytes);
void lin_verdict(struct lin_ctx *c, int verdict, const char *chain);
void lin_immediate_data(struct lin_ctx *c, uint32_t dreg, const void *data,
			uint32_t len);
void lin_xt(struct lin_ctx *c, bool target, const char *name, uint32_t rev,
	    const void *info, size_t len);
void lin_ct_load(struct lin_ctx *c, uint32_t key, uint32_t dreg, int dir);
void lin_limit(struct lin_ctx *c, uint64_t rate, uint64_t unit,
	       uint32_t burst, uint32_t type, uint32_t flags);

/* log: which attributes are present (DX_LOG_*), and their values */
enum {
	DX_LOG_PREFIX	= 1 << 0,
	DX_LOG_GROUP	= 1 << 1,
	DX_LOG_SNAPLEN	= 1 << 2,
	DX_LOG_QTHRESH	= 1 << 3,
	DX_LOG_LEVEL	= 1 << 4,
	DX_LOG_FLAGS	= 1 << 5,
};

struct dx_log {
	unsigned int present;
	const char *prefix;		/* in rbuf when decoded */
	uint16_t group, qthreshold;
	uint32_t snaplen, level, flags;
};

void lin_log(struct lin_ctx *c, const struct dx_log *l);
/* payload + cmp (op) of len bytes, with a mask when mask is not NULL */
void lin_payload_cmp(struct lin_ctx *c, uint32_t base, uint32_t offset,
		     uint32_t len, uint32_t op, const void *data,
		     const void *mask);

/* ---- expressions: decoded (src/nft/expr.c) ---- */

enum dexpr_kind {
	DX_OTHER,	/* anything we do not decode */
	DX_PAYLOAD,
	DX_META,
	DX_CMP,
	DX_BITWISE,
	DX_RANGE,
	DX_IMMEDIATE,
	DX_COUNTER,
	DX_MATCH,
	DX_TARGET,
	DX_CT,
	DX_LIMIT,
	DX_LOOKUP,
	DX_LOG,
};

#define DX_DATA_MAX 16

struct dexpr {
	enum dexpr_kind kind;
	const char *name;		/* the expression's kernel name */
	union {
		struct {
			uint32_t base, offset, len, dreg;
		} payload;
		struct {
			uint32_t key, reg;
			bool set;
		} meta;
		struct {
			uint32_t sreg, op, len;
			uint8_t data[DX_DATA_MAX];
		} cmp;
		struct {
			uint32_t sreg, dreg, len;
			uint8_t mask[DX_DATA_MAX], xor[DX_DATA_MAX];
		} bitwise;
		struct {
			uint32_t sreg, op, len;
			uint8_t from[DX_DATA_MAX], to[DX_DATA_MAX];
		} range;
		struct {
			uint32_t dreg;
			int verdict;		/* dreg 0 */
			const char *chain;	/* jump/goto, in rbuf */
			uint32_t len;
			uint8_t data[DX_DATA_MAX];
		} imm;
		struct {
			uint64_t pkts, bytes;
		} counter;
		struct {
			const char *name;	/* in rbuf */
			uint32_t rev;
			const void *info;	/* in rbuf */
			uint32_t len;
		} xt;
		struct {
			uint32_t key, dreg;
			int dir;		/* -1: none */
		} ct;
		struct {
			uint64_t rate, unit;
			uint32_t burst, type, flags;
		} limit;
		struct dx_log log;
	};
};

/* Decodes one NFTA_LIST_ELEM; unknown kinds become DX_OTHER. */
int dexpr_parse(const void *attr, struct dexpr *out);

/* ---- rules (src/nft/linearize.c, src/nft/delinearize.c) ---- */

/* Writes a whole NEWRULE message for r into the batch. */
void lin_rule_msg(struct nlb *b, const char *table, const char *chain,
		  const struct ir_rule *r, uint16_t flags, uint64_t handle,
		  uint64_t position, const struct location *loc);
/*
 * The same, naming the rule with id (NFTA_RULE_ID) and placing it next to
 * the rule of this batch named position_id (NFTA_RULE_POSITION_ID); each
 * only when not 0.
 */
void lin_rule_msg_id(struct nlb *b, const char *table, const char *chain,
		     const struct ir_rule *r, uint16_t flags, uint64_t handle,
		     uint64_t position, uint32_t id, uint32_t position_id,
		     const struct location *loc);

struct dlin_ctx {
	const struct dexpr *e;
	unsigned int n;
	unsigned int pos;
	uint8_t family;
	uint8_t l4proto;	/* from a preceding meta l4proto == P, or 0 */
	struct ir_rule *rule;
};

static inline const struct dexpr *dlin_peek(const struct dlin_ctx *c,
					    unsigned int i)
{
	return c->pos + i < c->n ? &c->e[c->pos + i] : NULL;
}

/*
 * The match of ext that a native decoder should add to: the rule's first
 * match of ext, wherever it is (iptables-nft folds a rule's port matches
 * into its first tcp/udp match), else a new one appended to the rule.
 */
struct ir_ext *dlin_ext_get(struct dlin_ctx *c, const struct ext *ext);

/*
 * Decodes a NEWRULE message (as dumped) into r.  Returns 0, or
 * -EOPNOTSUPP when the rule has expressions iptables cannot show.
 */
int dlin_rule_msg(const struct nlmsghdr *nlh, uint8_t family,
		  struct ir_rule *r, char *chain, size_t chainsz);

/*
 * The rule as it will read back from the kernel, when that differs from r
 * (iptables-nft folds a rule's later tcp/udp port matches into its first
 * one), for -C/-D to compare like with like; NULL when r reads back as it
 * is.  The caller frees it.
 */
struct ir_rule *dlin_canon(const struct ir_rule *r);

/* ---- the socket (src/nft/sock.c) ---- */

struct nls;

/* Buffer size for a single request message. */
#define NLS_REQ_SIZE 8192

/* Opens a netfilter netlink socket; NULL with errno set. */
struct nls *nls_open(void);
void nls_close(struct nls *s);
uint32_t nls_next_seq(struct nls *s);
/* Marks sequence numbers below next as used (by a batch). */
void nls_reserve_seq(struct nls *s, uint32_t next);
/*
 * Sends one request and calls cb for each reply message until the dump or
 * ack ends.  Returns 0 or -errno (the kernel's error).  A callback that
 * returns NLS_STOP ends a dump early: the rest is not read (the socket is
 * opened anew, so that it can be used again), and nls_request returns
 * NLS_STOP.
 */
#define NLS_STOP 1
typedef int (*nls_cb)(const struct nlmsghdr *nlh, void *data);
int nls_request(struct nls *s, struct nlmsghdr *req, nls_cb cb, void *data);
int nls_getgen(struct nls *s, uint32_t *genid);
/*
 * The generation id, once no commit is under way for it: what dumps show
 * from then on is that generation until the id changes.  -EINTR if
 * another commit came in between.
 */
int nls_gen_settled(struct nls *s, uint32_t *genid);
/* Whether the kernel has this xt match/target revision (nft_compat):
 * 0, or -errno (-ENOENT: no such extension or revision). */
int nls_compat_get(struct nls *s, uint8_t family, const char *name,
		   uint32_t rev, bool target);
/*
 * Sends a whole batch in one sendmsg and collects the kernel's errors.
 * Returns 0, or -errno of the first failing message, whose sequence number
 * is stored in *failed_seq.
 */
int nls_batch_send(struct nls *s, struct nlb *b, uint32_t *failed_seq);
/* The same, calling cb for every message the kernel refused, in order. */
typedef void (*nls_err_cb)(uint32_t seq, int err, void *data);
int nls_batch_send_all(struct nls *s, struct nlb *b, nls_err_cb cb,
		       void *data);

/* ---- dumps read ahead by a second thread (src/nft/ahead.c) ---- */

/*
 * A run of n requests whose replies are wanted in order (each chain's
 * rule dump, say).  req builds request i for socket s in buf (of
 * NLS_REQ_SIZE); the helper thread calls it too, so it may only read arg.
 * nls_ahead_start returns NULL when a helper is not worth it (few
 * requests, one CPU) or cannot be had: then make the requests as usual.
 */
struct nls_ahead;
typedef struct nlmsghdr *(*nls_req_fn)(struct nls *s, char *buf, size_t i,
				       void *arg);
struct nls_ahead *nls_ahead_start(size_t n, nls_req_fn req, void *arg);
/*
 * Request i (in order: each once, from 0 on) with its replies passed to
 * cb, as nls_request(s, ...) does; it is sent on s unless the helper has
 * sent it already.
 */
int nls_ahead_request(struct nls_ahead *a, struct nls *s, size_t i,
		      nls_cb cb, void *data);
/* Ends the helper (a may be NULL) and frees what it kept. */
void nls_ahead_stop(struct nls_ahead *a);

/* ---- libnftnl, for -vv only (src/nft/nftnl.c) ---- */

/*
 * The rule message nlh as libnftnl prints it, and a newline, appended to
 * out: 0, -ENOENT when libnftnl cannot be loaded, -EINVAL when it does not
 * parse the message.
 */
int nftnl_rule_text(const struct nlmsghdr *nlh, struct strbuf *out);

/* ---- tables and chains (src/nft/objects.c) ---- */

/* NEWTABLE, idempotent (no NLM_F_EXCL). */
void nlb_table_add(struct nlb *b, uint8_t family, const char *table,
		   const struct location *loc);
/* NEWCHAIN of a builtin chain of table: base chain, idempotent; the policy
 * (NF_ACCEPT/NF_DROP) is set only when policy >= 0. */
int nlb_builtin_chain_add(struct nlb *b, uint8_t family, const char *table,
			  const char *chain, int policy,
			  const struct location *loc);
/* The same with counters (as -P and restore's ":CHAIN POLICY [p:b]"). */
int nlb_builtin_chain_set(struct nlb *b, uint8_t family, const char *table,
			  const char *chain, int policy, uint64_t pkts,
			  uint64_t bytes, const struct location *loc);
/* NEWCHAIN of a user chain (NLM_F_EXCL: fails if it exists). */
void nlb_user_chain_add(struct nlb *b, uint8_t family, const char *table,
			const char *chain, bool excl,
			const struct location *loc);
void nlb_chain_del(struct nlb *b, uint8_t family, const char *table,
		   const char *chain, const struct location *loc);
void nlb_chain_rename(struct nlb *b, uint8_t family, const char *table,
		      uint64_t handle, const char *newname,
		      const struct location *loc);
/* DELRULE: one rule by handle, or all of a chain (handle 0), or all of
 * the table (chain NULL). */
void nlb_rule_del(struct nlb *b, uint8_t family, const char *table,
		  const char *chain, uint64_t handle,
		  const struct location *loc);
void nlb_table_del(struct nlb *b, uint8_t family, const char *table,
		   const struct location *loc);

/* ---- transport header ports (src/nft/transport.c) ---- */

/*
 * Source and destination port ranges as iptables-nft writes them: each
 * one that is not 0:65535 as a compare on th+0 or th+2, or both in one
 * 4-byte compare when they are single ports, neither inverted.
 */
void lin_th_ports(struct lin_ctx *c, const uint16_t sp[2], bool sinv,
		  const uint16_t dp[2], bool dinv);

enum {
	DLIN_SPORT = 1 << 0,
	DLIN_DPORT = 1 << 1,
};

/*
 * The inverse: if the expressions at the cursor are one of those shapes,
 * stores what they say (and which ports, DLIN_*, in *which) and returns
 * how many expressions it used, else 0.
 */
int dlin_th_ports(const struct dlin_ctx *c, uint16_t sp[2], bool *sinv,
		  uint16_t dp[2], bool *dinv, unsigned int *which);

#endif
