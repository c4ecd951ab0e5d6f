/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What commands fetch from the kernel, and no more: one chain, one table's
 * chains, the rules of one chain or one table.
 */
#ifndef IPTNFT_CACHE_H
#define IPTNFT_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/ir.h>
#include <iptnft/nft.h>
#include <iptnft/tables.h>

/* Kernel state of one chain (no rules). */
struct cache_chain {
	bool base;
	uint32_t hook;
	int32_t prio;
	int policy;
	uint64_t pkts, bytes;
	uint64_t handle;
	uint32_t use;
};

/* A chain message (a reply to GETCHAIN) read: pointers into nlh. */
struct cache_chain_msg {
	const char *table;	/* NULL when missing or malformed */
	const char *name;
	struct cache_chain c;	/* policy -1: none */
};

void cache_chain_msg_parse(const struct nlmsghdr *nlh,
			   struct cache_chain_msg *m);

/* Does the table exist?  0 yes, -ENOENT no, other -errno. */
int cache_table_get(struct nls *s, uint8_t family, const char *table);
/* One chain by name: 0, -ENOENT (table or chain missing), -errno. */
int cache_chain_get(struct nls *s, uint8_t family, const char *table,
		    const char *chain, struct cache_chain *out);

/*
 * Called for each chain as the kernel lists them (in the order they were
 * made): the strings and *c are valid during the call.  Returns 0, or
 * -errno, which ends the walk.
 */
typedef int (*cache_chain_cb)(const char *table, const char *name,
			      const struct cache_chain *c, void *data);

/*
 * The chains of the iptables tables from one dump of a whole family, kept
 * for tables read later: the kernel lists every table's chains whatever
 * the request names.  Good for one generation of the ruleset only.
 * Zeroed is empty; cache_chainset_release frees it.
 */
struct cache_chainset {
	bool valid;
	uint32_t genid;			/* the generation it shows */
	unsigned int tables;		/* bits of table_defs[] it covers */
	struct strbuf names;		/* chain names, each NUL-ended */
	struct cache_chainset_chain {
		const struct table_def *td;
		size_t name;		/* offset in names */
		struct cache_chain c;
	} *v;
	size_t n, cap;
};

/*
 * The chains of table, to cb, with the ruleset at generation genid: taken
 * from cs if it has them for genid, else from a dump of the whole family,
 * whose other tables' chains refill cs.  cs may be NULL (a dump of that
 * table only).  Returns 0 (also when there is no such table), -EINTR
 * when a change interrupted the dump, or -errno.
 */
int cache_chains_read(struct nls *s, uint8_t family, const char *table,
		      uint32_t genid, struct cache_chainset *cs,
		      cache_chain_cb cb, void *data);
/*
 * A commit made at generation genid changed table, and nothing else, for
 * sure (the kernel moves the generation on by one): cs stays good for the
 * next generation for the other tables it covers.
 */
void cache_chainset_committed(struct cache_chainset *cs, const char *table,
			      uint32_t genid);
static inline void cache_chainset_invalidate(struct cache_chainset *cs)
{
	cs->valid = false;
}
void cache_chainset_release(struct cache_chainset *cs);

/*
 * The builtin chain of def that a kernel base chain stands for (same name,
 * hook and priority as iptables makes it), or NULL: a base chain iptables
 * does not show.
 */
const struct builtin_chain *cache_builtin_match(const struct table_def *def,
					      const char *name,
					      const struct cache_chain *c);

enum {
	CACHE_RULES	= 1 << 0,	/* fetch the rules too */
};

/*
 * Loads a table as iptables shows it: all builtin chains first (whether in
 * the kernel or not, in hook order), then user chains sorted by name.
 * With chain != NULL, the table's chain list is not read: only that
 * chain and the builtin ones, by name (a base chain is found incompatible
 * only if it has a builtin name, as iptables-nft does it), and with
 * CACHE_RULES only that chain's rules (a sink's want may ask for more of
 * these).  With CACHE_RULES, a chain's refs are the kernel's count of
 * references to it less its own rules, as iptables-nft shows them.
 * Rules iptables cannot show are kept with handle only and counted in
 * *incompatible (may be NULL).  Returns 0 or -errno; *out is owned by the
 * caller.  A missing table gives an empty one with in_kernel false.
 */
int cache_table_load(struct nls *s, uint8_t family, const char *table,
		     const char *chain, unsigned int flags,
		     struct ir_table **out, unsigned int *incompatible);

/*
 * For those who print rules as they come instead of keeping them
 * (iptables-save, -L, -S).  chain is called for every chain of the table
 * in its order (the table's rule-less chains included), then rule for
 * each of that chain's rules if want says so; r is reused after the call
 * (an incompatible rule comes as in cache_table_load).  Either may end
 * the load with -errno; rule may return NLS_STOP to have no more of that
 * chain's rules (its nrules and refs are then short).  restart says that
 * the table changed while it was read: all that was given so far is void,
 * and it starts again.
 */
struct cache_sink {
	/* are c's rules wanted?  NULL: all are */
	bool (*want)(const struct ir_chain *c, void *data);
	int (*chain)(const struct ir_chain *c, void *data);
	int (*rule)(const struct ir_chain *c, const struct ir_rule *r,
		    void *data);
	void (*restart)(void *data);
	void *data;
	/* chains kept from one table's read to the next (may be NULL) */
	struct cache_chainset *chains;
};

/*
 * cache_table_load(s, family, table, chain, CACHE_RULES, ...) with the
 * rules given to sink: *out has the chains and no rules; their nrules
 * count what was read (all if want is NULL), and so do refs.
 */
int cache_table_stream(struct nls *s, uint8_t family, const char *table,
		       const char *chain, const struct cache_sink *sink,
		       struct ir_table **out, unsigned int *incompatible);

/*
 * One chain and its rules, without the rest of the table: 0, -ENOENT
 * (table or chain missing) or -errno.  *out is owned by the caller.
 */
int cache_chain_load(struct nls *s, uint8_t family, const char *table,
		     const char *chain, struct ir_chain **out);

/*
 * Calls cb for each rule of table (and chain, if not NULL) in kernel
 * order, decoded into a rule that is reset between calls.  rule is NULL
 * (and ret -EOPNOTSUPP) for rules iptables cannot represent.  cb returns
 * 0, -errno, or NLS_STOP to end the walk there (returned as is).
 */
typedef int (*cache_rule_cb)(const char *chain, struct ir_rule *rule,
			     int ret, uint64_t handle, void *data);
int cache_rules_walk(struct nls *s, uint8_t family, const char *table,
		     const char *chain, cache_rule_cb cb, void *data);

#endif
