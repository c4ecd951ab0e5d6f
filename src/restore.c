// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * iptables-restore and ip6tables-restore: the driver.
 *
 * src/restore-parse.c reads the file; each block, from "*table" to COMMIT,
 * becomes one batch, sent in one sendmsg.  Lines are turned into batch
 * messages as they come, against a model of the block's table that holds
 * chain names and, per chain, the rules the block put there (their
 * NFTA_RULE_ID and where their message is in the batch).  A chain's kernel
 * rules are fetched only when a line needs positions or contents (-I n,
 * -R, -D, -C, -Z); without --noflush the table is deleted first and
 * nothing is fetched at all.
 *
 * Errors come in iptables-nft's order: a parse error on any line of the
 * block first, then the first line that cannot be done (reported at
 * COMMIT, with the block's earlier -v output), then whatever the kernel
 * refuses.  The generation id read when the block starts goes with the
 * batch; when the kernel says the ruleset changed since (ERESTART), the
 * block is read again against fresh state.
 *
 * A --noflush block is first read optimistically: instead of the list of
 * all chains (tens of thousands in a kube-proxy table, and most of a
 * sync's own cost), the chains its lines name are asked for one by one,
 * and a jump's target is left to the kernel, which refuses a missing
 * one.  Whatever goes wrong on that pass (a line that cannot be done, a
 * command about all chains, too many chains, the kernel's refusal) has
 * the block read again carefully, with the chain list, as without it:
 * errors and their wording come from that pass only.  When the first
 * pass succeeds, its batch is the one the careful pass would have sent.
 */
#include <netinet/in.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

#include <iptnft/applets.h>
#include <iptnft/cache.h>
#include <iptnft/cmd.h>
#include <iptnft/parse.h>
#include <iptnft/print.h>
#include <iptnft/tables.h>

/* a kube-proxy ruleset has a few chains per service: tens of thousands */
#define RS_BUCKETS	16384
#define RS_RETRIES	1000	/* commits the kernel refuses (ERESTART) */
#define RS_DUMP_TRIES	16	/* dumps a change interrupts */
/* chains an optimistic pass asks for one by one, before the chain list */
#define RS_PROBES	256

/* What a batch message does, named as iptables-nft names it in errors. */
enum rs_kind {
	RK_NONE,
	RK_TABLE_ADD,
	RK_TABLE_FLUSH,
	RK_CHAIN_ADD,
	RK_CHAIN_USER_ADD,
	RK_CHAIN_USER_DEL,
	RK_CHAIN_UPDATE,
	RK_CHAIN_RENAME,
	RK_CHAIN_ZERO,
	RK_RULE_APPEND,
	RK_RULE_INSERT,
	RK_RULE_REPLACE,
	RK_RULE_DELETE,
	RK_RULE_FLUSH,
};

static const char *const rk_names[] = {
	[RK_NONE]		= "BATCH",
	[RK_TABLE_ADD]		= "TABLE_ADD",
	[RK_TABLE_FLUSH]	= "TABLE_FLUSH",
	[RK_CHAIN_ADD]		= "CHAIN_ADD",
	[RK_CHAIN_USER_ADD]	= "CHAIN_USER_ADD",
	[RK_CHAIN_USER_DEL]	= "CHAIN_DEL",
	[RK_CHAIN_UPDATE]	= "CHAIN_UPDATE",
	[RK_CHAIN_RENAME]	= "CHAIN_RENAME",
	[RK_CHAIN_ZERO]		= "CHAIN_ZERO",
	[RK_RULE_APPEND]	= "RULE_APPEND",
	[RK_RULE_INSERT]	= "RULE_INSERT",
	[RK_RULE_REPLACE]	= "RULE_REPLACE",
	[RK_RULE_DELETE]	= "RULE_DELETE",
	[RK_RULE_FLUSH]		= "RULE_FLUSH",
};

/*
 * A rule of a chain, as the block has it so far: a kernel rule (handle,
 * and decoded: ir, owned, NULL when iptables cannot show it), or one the
 * block added (its NFTA_RULE_ID, and where its NEWRULE is in the batch:
 * a batch is sent in one sendmsg, so it is far below 4 GiB).
 */
struct rs_rule {
	uint64_t handle;
	uint32_t id;
	uint32_t off;
	struct ir_rule *ir;
};

struct rs_chain {
	struct rs_chain *hnext;
	struct list_head list;
	bool exists;
	bool builtin;
	bool kernel;			/* in the kernel when the block began */
	bool ready;			/* builtin: usable without a NEWCHAIN */
	bool unloaded;			/* kernel rules not fetched yet */
	/*
	 * builtin, left in the kernel by -v without --noflush (which empties
	 * the table chain by chain): iptables-nft's cache has lost it until
	 * the block names it in a rule, a policy or -F
	 */
	bool gone;
	uint32_t hash;			/* name_hash() of the name */
	int policy;			/* builtin: as in the kernel */
	uint64_t handle;		/* 0: made by the block */
	/* while unloaded: rules inserted at the head, before kernel ones */
	uint32_t head;
	/* a batch is below 4 GiB, so is the number of its rules */
	uint32_t nrules;
	uint32_t cap;
	struct rs_rule *rules;
	char name[];
};

struct restore {
	uint8_t family;
	const char *prog;		/* "iptables-restore" */
	struct restore_opts o;
	bool test;
	/*
	 * IPTNFT_BATCH_OUT=FILE (benchmarks): no kernel at all; the kernel is
	 * taken to be empty and each COMMIT's batch is written to FILE
	 * instead of being sent, so that parse + serialize can be measured.
	 */
	FILE *emit;
	struct session s;
	struct erec *err;
	/* the block */
	const struct table_def *td;
	bool table_ready;		/* in the kernel, or NEWTABLE sent */
	bool table_kernel;		/* in the kernel, and not deleted */
	/*
	 * -v without --noflush emptied the table at the block's start: the
	 * user chains iptables-nft lists after that are in the order the
	 * block made them, not sorted
	 */
	bool table_emptied;
	struct nlb b;
	uint8_t *kinds;			/* enum rs_kind, by seq - seq_first */
	size_t nkinds;
	uint32_t next_id;
	struct rs_chain **hash;		/* RS_BUCKETS */
	struct rs_chain *last;		/* found last: rules come by chain */
	struct list_head chains;
	struct ir_rule *tmp;		/* a decoded rule of the block */
	struct strbuf out;		/* -v output, printed at COMMIT */
	struct erec fail;		/* the first line that cannot be done */
	uint32_t block_gen;		/* the generation the block's commit names */
	/* the other tables' chains from the last chain dump */
	struct cache_chainset stash;
	bool fail_at_commit;		/* reported at COMMIT's line */
	unsigned int tries;
	/*
	 * How the last command would word "no such chain": iptables-nft
	 * words errors by the last of its functions that said who it is,
	 * and -Z does not (so it inherits the word, even across blocks).
	 */
	enum rs_fn {
		FN_OTHER,		/* No chain/target/match by that name. */
		FN_RULE_DELETE,		/* Bad rule (does a matching ...). */
		FN_CHAIN_SET,		/* Bad built-in chain name. */
	} fn;
	enum rs_fn fn_block;		/* fn when the block began */
	bool again;			/* the block is being read again */
	/* the optimistic pass (see the head of this file) */
	bool optimistic;		/* this pass of the block is one */
	bool careful;			/* it failed: the block is read fully */
	bool never_optimistic;		/* IPTNFT_TEST_CAREFUL=1 */
	unsigned int probes;		/* chains asked for by name */
};

/* ---- the block's chains ---- */

/* every rule looks up a chain or two by name */
static uint32_t name_hash(const char *s)
{
	return str_hash(s, strlen(s));
}

/* The record of name, whose name_hash() is h, or NULL. */
static struct rs_chain *chain_lookup(struct restore *r, const char *name,
				     uint32_t h)
{
	struct rs_chain *c = r->last;

	/* the last one is in the cache; the others mostly are not */
	if (c && c->hash == h && !strcmp(c->name, name))
		return c;
	for (c = r->hash[h % RS_BUCKETS]; c; c = c->hnext)
		if (c->hash == h && !strcmp(c->name, name))
			return r->last = c;
	return NULL;
}

/* A new record of the chain: not existing. */
static struct rs_chain *chain_new(struct restore *r, const char *name,
				  uint32_t h)
{
	struct rs_chain *c = xzalloc(sizeof(*c) + strlen(name) + 1);

	strcpy(c->name, name);
	c->builtin = table_def_builtin(r->td, name) != NULL;
	c->hash = h;
	c->hnext = r->hash[h % RS_BUCKETS];
	r->hash[h % RS_BUCKETS] = c;
	list_add_tail(&c->list, &r->chains);
	return c;
}

/*
 * Chains as the kernel lists them go into the block's model if iptables
 * would take them: a base chain only as the builtin chain iptables makes
 * (same name, hook and priority).  Others are left out, so that their
 * first use tries to make them and the kernel says no, as with
 * iptables-nft.
 */
static bool kernel_chain_taken(const struct restore *r, const char *name,
			       const struct cache_chain *k)
{
	return !k->base || cache_builtin_match(r->td, name, k);
}

static void chain_from_kernel(struct rs_chain *c, const struct cache_chain *k)
{
	c->exists = true;
	c->kernel = true;
	c->unloaded = true;
	c->handle = k->handle;
	c->ready = k->base;
	c->policy = k->base ? k->policy : -1;
}

/*
 * An optimistic pass asks the kernel for a chain the block has not met
 * yet, and records the answer (existing or not).  Past RS_PROBES chains,
 * or when the kernel does not answer, the pass gives up (r->careful).
 */
static struct rs_chain *chain_probe(struct restore *r, const char *name,
				    uint32_t h)
{
	struct rs_chain *c = chain_new(r, name, h);
	struct cache_chain k;
	int ret;

	if (!r->table_kernel)
		return c;
	if (++r->probes > RS_PROBES) {
		r->careful = true;
		return c;
	}
	ret = cache_chain_get(r->s.nls, r->family, r->td->name, name, &k);
	if (!ret && kernel_chain_taken(r, name, &k))
		chain_from_kernel(c, &k);
	else if (ret && ret != -ENOENT)
		r->careful = true;
	return c;
}

/* The chain's record, or NULL: none yet (optimistic: asked for first). */
static struct rs_chain *chain_find(struct restore *r, const char *name)
{
	uint32_t h = name_hash(name);
	struct rs_chain *c = chain_lookup(r, name, h);

	if (!c && r->optimistic)
		c = chain_probe(r, name, h);
	return c;
}

/* The chain's record, made (not existing) if need be. */
static struct rs_chain *chain_get(struct restore *r, const char *name)
{
	uint32_t h = name_hash(name);
	struct rs_chain *c = chain_lookup(r, name, h);

	if (c)
		return c;
	return r->optimistic ? chain_probe(r, name, h) : chain_new(r, name, h);
}

static struct rs_chain *chain_existing(struct restore *r, const char *name)
{
	struct rs_chain *c = chain_find(r, name);

	return c && c->exists && !c->gone ? c : NULL;
}

static void chain_clear(struct rs_chain *c)
{
	size_t i;

	for (i = 0; i < c->nrules; i++)
		ir_rule_free(c->rules[i].ir);
	c->nrules = 0;
	c->head = 0;
	c->unloaded = false;
}

/* A chain the block makes (again) comes after the others. */
static struct rs_chain *chain_made(struct restore *r, const char *name)
{
	struct rs_chain *c = chain_get(r, name);

	list_del(&c->list);
	list_add_tail(&c->list, &r->chains);
	chain_clear(c);
	c->exists = true;
	c->kernel = false;
	c->handle = 0;
	return c;
}

static struct rs_rule *chain_insert(struct rs_chain *c, size_t at)
{
	if (c->nrules == c->cap) {
		/* most chains of a big ruleset hold a rule or two */
		c->cap = c->cap ? c->cap * 2 : 2;
		c->rules = xrealloc(c->rules, c->cap * sizeof(*c->rules));
	}
	memmove(&c->rules[at + 1], &c->rules[at],
		(c->nrules - at) * sizeof(*c->rules));
	c->nrules++;
	memset(&c->rules[at], 0, sizeof(c->rules[at]));
	return &c->rules[at];
}

static void chain_remove(struct rs_chain *c, size_t at)
{
	ir_rule_free(c->rules[at].ir);
	memmove(&c->rules[at], &c->rules[at + 1],
		(c->nrules - at - 1) * sizeof(*c->rules));
	c->nrules--;
	if (c->unloaded && at < c->head)
		c->head--;
}

static int chain_cmp(const void *a, const void *b)
{
	const struct rs_chain *const *x = a, *const *y = b;

	return strcmp((*x)->name, (*y)->name);
}

/*
 * The existing chains as iptables-nft walks them: builtin ones in hook
 * order (all of them with all_builtins), then user chains in the kernel's
 * order and then the block's, or by name (sort, as it does with -v).  The
 * array is owned by the caller.
 */
static struct rs_chain **chains_walk(struct restore *r, bool all_builtins,
				     bool sort, size_t *n)
{
	const struct builtin_chain *bc;
	struct rs_chain **v, *c;
	size_t cnt = TABLE_MAX_BUILTINS, nb = 0;
	unsigned int hook;

	list_for_each_entry(c, &r->chains, list)
		cnt++;
	v = xmalloc(cnt * sizeof(*v));
	for (hook = 0; hook < NF_INET_NUMHOOKS; hook++) {
		bc = table_def_hook(r->td, hook);
		if (!bc)
			continue;
		c = all_builtins ? chain_get(r, bc->name) :
		    chain_existing(r, bc->name);
		if (c)
			v[nb++] = c;
	}
	*n = nb;
	list_for_each_entry(c, &r->chains, list)
		if (c->exists && !c->builtin)
			v[(*n)++] = c;
	if (sort && !r->table_emptied)
		qsort(v + nb, *n - nb, sizeof(*v), chain_cmp);
	return v;
}

static void chains_free(struct restore *r)
{
	struct rs_chain *c, *tmp;

	list_for_each_entry_safe(c, tmp, &r->chains, list) {
		chain_clear(c);
		free(c->rules);
		free(c);
	}
	list_init(&r->chains);
	memset(r->hash, 0, RS_BUCKETS * sizeof(*r->hash));
	r->last = NULL;
}

static void block_reset(struct restore *r)
{
	chains_free(r);
	nlb_release(&r->b);
	free(r->kinds);
	r->kinds = NULL;
	r->nkinds = 0;
	r->next_id = 1;
	r->table_ready = false;
	r->table_kernel = false;
	r->table_emptied = false;
	r->td = NULL;
	strbuf_reset(&r->out);
	erec_clear(&r->fail);
	r->fail_at_commit = false;
}

/* ---- failures ---- */

/* A line that cannot be done: "prog: line N failed: MSG." at COMMIT. */
static int fail_line(struct restore *r, const struct ir_cmd *c,
		     const char *msg)
{
	struct location l = { .line = c->loc.line };

	erec_set(&r->fail, XT_OTHER_PROBLEM, EREC_RAW, &l,
		 "%s: line %u failed: %s", r->prog, c->loc.line, msg);
	return 0;
}

/* A jump to a missing chain: found at COMMIT, reported at its line. */
static int fail_jump(struct restore *r, const char *chain)
{
	erec_set(&r->fail, XT_PARAMETER_PROBLEM, EREC_XTABLES, NULL,
		 "Chain '%s' does not exist", chain);
	r->fail_at_commit = true;
	return 0;
}

static int fetch_error(struct restore *r, const char *what, int err)
{
	return erec_set(r->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL,
			"Could not fetch %s: %s", what, xt_strerror(-err));
}

#define MSG_NOENT	"No chain/target/match by that name."
#define MSG_BADRULE	"Bad rule (does a matching rule exist in that chain?)."
#define MSG_BADCHAIN	"Bad built-in chain name."

/* "No such chain" as the last command would say it (see r->fn). */
static const char *msg_noent(const struct restore *r)
{
	switch (r->fn) {
	case FN_OTHER:
		return MSG_NOENT;
	case FN_RULE_DELETE:
		return MSG_BADRULE;
	case FN_CHAIN_SET:
		return MSG_BADCHAIN;
	}
	return MSG_NOENT;
}

/* ---- batch messages ---- */

static void note_kind(struct restore *r, enum rs_kind k)
{
	size_t idx = r->b.seq - 1 - r->b.seq_first;

	if (idx >= r->nkinds) {
		size_t n = r->nkinds ? r->nkinds * 2 : 1024;

		while (n <= idx)
			n *= 2;
		r->kinds = xrealloc(r->kinds, n);
		memset(r->kinds + r->nkinds, 0, n - r->nkinds);
		r->nkinds = n;
	}
	r->kinds[idx] = k;
}

static void table_ensure(struct restore *r, const struct location *l)
{
	if (r->table_ready)
		return;
	nlb_table_add(&r->b, r->family, r->td->name, l);
	note_kind(r, RK_TABLE_ADD);
	r->table_ready = true;
}

/* A builtin chain iptables-nft had forgotten, made anew: policy ACCEPT. */
static void builtin_found(struct rs_chain *c)
{
	if (!c->gone)
		return;
	c->gone = false;
	c->policy = NF_ACCEPT;
}

/* A builtin chain a rule goes to: made (or made right) on first use. */
static struct rs_chain *builtin_ready(struct restore *r, const char *name,
				      const struct location *l)
{
	struct rs_chain *c = chain_get(r, name);

	builtin_found(c);
	if (c->ready)
		return c;
	c->ready = true;
	table_ensure(r, l);
	nlb_builtin_chain_add(&r->b, r->family, r->td->name, name, -1, l);
	note_kind(r, RK_CHAIN_ADD);
	if (!c->exists) {
		chain_clear(c);
		c->policy = NF_ACCEPT;
	}
	c->exists = true;
	return c;
}

/* The chain of a rule command: a builtin one, or an existing one. */
static struct rs_chain *rule_chain(struct restore *r, const struct ir_cmd *c)
{
	if (table_def_builtin(r->td, c->chain))
		return builtin_ready(r, c->chain, &c->loc);
	return chain_existing(r, c->chain);
}

struct load_ctx {
	struct rs_rule *v;
	size_t n;
	size_t cap;
};

static int load_cb(const char *chain, struct ir_rule *rule, int ret,
		   uint64_t handle, void *data)
{
	struct load_ctx *lc = data;
	struct rs_rule *rr;

	(void)chain;
	(void)ret;
	if (lc->n == lc->cap) {
		lc->cap = lc->cap ? lc->cap * 2 : 64;
		lc->v = xrealloc(lc->v, lc->cap * sizeof(*lc->v));
	}
	rr = &lc->v[lc->n++];
	memset(rr, 0, sizeof(*rr));
	rr->handle = handle;
	rr->ir = rule ? ir_rule_clone(rule) : NULL;
	return 0;
}

/* Makes c->rules the chain's whole content: fetches its kernel rules. */
static int chain_load(struct restore *r, struct rs_chain *c)
{
	struct load_ctx lc = { 0 };
	unsigned int tries = 0;
	size_t need;
	int ret;

	if (!c->unloaded)
		return 0;
	do {
		/* a dump a change interrupted is read again */
		while (lc.n)
			ir_rule_free(lc.v[--lc.n].ir);
		ret = cache_rules_walk(r->s.nls, r->family, r->td->name,
				       c->name, load_cb, &lc);
	} while (ret == -EINTR && ++tries < RS_DUMP_TRIES);
	if (ret < 0 && ret != -ENOENT) {
		while (lc.n)
			ir_rule_free(lc.v[--lc.n].ir);
		free(lc.v);
		return fetch_error(r, "rules", ret);
	}
	need = c->nrules + lc.n;
	if (need > c->cap) {
		c->cap = need;
		c->rules = xrealloc(c->rules, c->cap * sizeof(*c->rules));
	}
	if (lc.n) {
		/* c->rules may still be NULL when nothing was loaded */
		memmove(&c->rules[c->head + lc.n], &c->rules[c->head],
			(c->nrules - c->head) * sizeof(*c->rules));
		memcpy(&c->rules[c->head], lc.v, lc.n * sizeof(*lc.v));
	}
	c->nrules = need;
	c->unloaded = false;
	c->head = 0;
	free(lc.v);
	return 0;
}

/* A rule of the block as it is in the batch (r->tmp), or NULL. */
static struct ir_rule *rule_of_batch(struct restore *r,
				     const struct rs_rule *rr)
{
	const struct nlmsghdr *nlh = (const void *)(r->b.buf + rr->off);

	if (!r->tmp)
		r->tmp = ir_rule_alloc(r->family);
	ir_rule_reset(r->tmp);
	if (dlin_rule_msg(nlh, r->family, r->tmp, NULL, 0) < 0)
		return NULL;
	return r->tmp;
}

static struct ir_rule *rule_content(struct restore *r,
				    const struct rs_rule *rr)
{
	return rr->handle ? rr->ir : rule_of_batch(r, rr);
}

/*
 * Writes the rule of c into the batch as rule number at + 1 of ch (flags,
 * and the rule it goes next to: a kernel handle or a rule id).
 */
static void emit_rule(struct restore *r, struct rs_chain *ch,
		      const struct ir_cmd *c, const struct ir_rule *rule,
		      size_t at, enum rs_kind kind, uint16_t flags,
		      uint64_t handle, const struct rs_rule *next_to)
{
	uint32_t id = r->next_id++;
	size_t off = r->b.len;
	struct rs_rule *rr;

	lin_rule_msg_id(&r->b, r->td->name, ch->name, rule, flags, handle,
			next_to ? next_to->handle : 0, id,
			next_to && !next_to->handle ? next_to->id : 0,
			&c->loc);
	note_kind(r, kind);
	rr = chain_insert(ch, at);
	rr->id = id;
	rr->off = off;
}

static void emit_rule_del(struct restore *r, struct rs_chain *ch, size_t at,
			  const struct location *l)
{
	const struct rs_rule *rr = &ch->rules[at];

	nlb_msg_begin(&r->b, (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_DELRULE,
		      r->family, 0, l);
	nlb_put_str(&r->b, NFTA_RULE_TABLE, r->td->name);
	nlb_put_str(&r->b, NFTA_RULE_CHAIN, ch->name);
	if (rr->handle)
		nlb_put_be64(&r->b, NFTA_RULE_HANDLE, rr->handle);
	else
		nlb_put_be32(&r->b, NFTA_RULE_ID, rr->id);
	nlb_msg_end(&r->b);
	note_kind(r, RK_RULE_DELETE);
	chain_remove(ch, at);
}

static void emit_chain_flush(struct restore *r, struct rs_chain *ch,
			     const struct location *l)
{
	nlb_rule_del(&r->b, r->family, r->td->name, ch->name, 0, l);
	note_kind(r, RK_RULE_FLUSH);
	chain_clear(ch);
}

/* ---- rule commands ---- */

static void verbose_rule(struct restore *r, const struct ir_cmd *c)
{
	if (c->options & IR_OPT_VERBOSE)
		list_rule_verbose(c->rule, &r->out);
}

static void verbose_chain(struct restore *r, const struct ir_cmd *c,
			  const char *what, const char *chain)
{
	if (c->options & IR_OPT_VERBOSE)
		strbuf_addf(&r->out, "%s chain `%s'\n", what, chain);
}

/*
 * A -j/-g to a chain the table does not have fails at COMMIT.  An
 * optimistic pass does not ask for a target it has not met: the kernel
 * refuses a jump to a chain it does not have, or to a base chain.
 */
static bool jump_missing(struct restore *r, const struct ir_cmd *c)
{
	const struct ir_rule *rule = c->rule;
	const struct rs_chain *to;

	if (rule->verdict != IR_V_JUMP && rule->verdict != IR_V_GOTO)
		return false;
	if (table_def_builtin(r->td, rule->chain))
		return false;
	to = r->optimistic ? chain_lookup(r, rule->chain,
					  name_hash(rule->chain)) :
	     chain_existing(r, rule->chain);
	if (to ? to->exists : r->optimistic)
		return false;
	fail_jump(r, rule->chain);
	return true;
}

/* The first rule of ch equal to c's rule, or -1. */
static long rule_find(struct restore *r, struct rs_chain *ch,
		      const struct ir_rule *rule)
{
	struct ir_rule *canon = dlin_canon(rule);
	const struct ir_rule *have;
	long found = -1;
	size_t i;

	if (canon)
		rule = canon;
	for (i = 0; i < ch->nrules; i++) {
		have = rule_content(r, &ch->rules[i]);
		if (have && ir_rule_equal(have, rule)) {
			found = i;
			break;
		}
	}
	if (canon)
		ir_rule_free(canon);
	return found;
}

static int rs_append(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch;
	unsigned int k;

	if (jump_missing(r, c))
		return 0;
	for (k = 0; k < ir_cmd_naddrs(c); k++) {
		ir_cmd_select_addresses(c, k);
		/* -v shows the rule even when its chain is missing */
		verbose_rule(r, c);
		ch = rule_chain(r, c);
		if (!ch)
			return fail_line(r, c, MSG_NOENT);
		emit_rule(r, ch, c, c->rule, ch->nrules, RK_RULE_APPEND,
			  NLM_F_CREATE | NLM_F_APPEND, 0, NULL);
	}
	return 0;
}

static int rs_insert(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch;
	unsigned int k;
	size_t at;
	int ret;

	if (jump_missing(r, c))
		return 0;
	ch = rule_chain(r, c);
	if (!ch)
		return fail_line(r, c, MSG_NOENT);
	if (c->rulenum > 1) {
		ret = chain_load(r, ch);
		if (ret)
			return ret;
	}
	for (k = 0; k < ir_cmd_naddrs(c); k++) {
		ir_cmd_select_addresses(c, k);
		at = c->rulenum - 1;
		if (at > ch->nrules)
			return fail_line(r, c, "Index of insertion too big.");
		verbose_rule(r, c);
		if (at == 0) {
			emit_rule(r, ch, c, c->rule, 0, RK_RULE_INSERT,
				  NLM_F_CREATE, 0, NULL);
			if (ch->unloaded)
				ch->head++;
		} else if (at == ch->nrules) {
			emit_rule(r, ch, c, c->rule, at, RK_RULE_APPEND,
				  NLM_F_CREATE | NLM_F_APPEND, 0, NULL);
		} else {
			struct rs_rule next = ch->rules[at];

			emit_rule(r, ch, c, c->rule, at, RK_RULE_INSERT,
				  NLM_F_CREATE, 0, &next);
		}
	}
	return 0;
}

static int rs_replace(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch;
	struct rs_rule old;
	size_t at;
	int ret;

	if (jump_missing(r, c))
		return 0;
	ch = chain_existing(r, c->chain);
	if (!ch)
		return fail_line(r, c, MSG_NOENT);
	ret = chain_load(r, ch);
	if (ret)
		return ret;
	if (c->rulenum > ch->nrules)
		return fail_line(r, c, "Index of replacement too big.");
	ir_cmd_select_addresses(c, 0);
	verbose_rule(r, c);
	at = c->rulenum - 1;
	old = ch->rules[at];
	if (old.handle) {
		ch->rules[at].ir = NULL;
		chain_remove(ch, at);
		ir_rule_free(old.ir);
		emit_rule(r, ch, c, c->rule, at, RK_RULE_REPLACE,
			  NLM_F_CREATE | NLM_F_REPLACE, old.handle, NULL);
		return 0;
	}
	/* a rule of this batch: the new one goes before it, it goes */
	emit_rule(r, ch, c, c->rule, at, RK_RULE_REPLACE, NLM_F_CREATE, 0,
		  &old);
	emit_rule_del(r, ch, at + 1, &c->loc);
	return 0;
}

static int rs_delete(struct restore *r, struct ir_cmd *c, bool check)
{
	struct rs_chain *ch;
	unsigned int k;
	long at;
	int ret;

	if (jump_missing(r, c))
		return 0;
	ch = chain_existing(r, c->chain);
	if (!ch)
		return fail_line(r, c, MSG_BADRULE);
	ret = chain_load(r, ch);
	if (ret)
		return ret;
	for (k = 0; k < ir_cmd_naddrs(c); k++) {
		ir_cmd_select_addresses(c, k);
		at = rule_find(r, ch, c->rule);
		if (at < 0)
			return fail_line(r, c, MSG_BADRULE);
		verbose_rule(r, c);
		if (!check)
			emit_rule_del(r, ch, at, &c->loc);
	}
	return 0;
}

static int rs_delete_num(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch = chain_existing(r, c->chain);
	int ret;

	if (!ch)
		return fail_line(r, c, MSG_NOENT);
	ret = chain_load(r, ch);
	if (ret)
		return ret;
	if (c->rulenum > ch->nrules)
		return fail_line(r, c, "Index of deletion too big.");
	emit_rule_del(r, ch, c->rulenum - 1, &c->loc);
	return 0;
}

/* ---- chain commands ---- */

/* -F -v without a chain: chain by chain, the builtin ones made first. */
static void flush_all_verbose(struct restore *r, const struct location *l)
{
	struct rs_chain **v;
	size_t n, i;

	for (i = 0; i < TABLE_MAX_BUILTINS && r->td->chains[i].name; i++)
		builtin_ready(r, r->td->chains[i].name, l);
	v = chains_walk(r, false, true, &n);
	for (i = 0; i < n; i++) {
		strbuf_addf(&r->out, "Flushing chain `%s'\n", v[i]->name);
		emit_chain_flush(r, v[i], l);
	}
	free(v);
}

static int rs_flush(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch;

	if (c->chain) {
		ch = rule_chain(r, c);
		if (!ch)
			return fail_line(r, c, MSG_NOENT);
		verbose_chain(r, c, "Flushing", ch->name);
		emit_chain_flush(r, ch, &c->loc);
		return 0;
	}
	if (!(c->options & IR_OPT_VERBOSE)) {
		/* the whole table at once, if the kernel has it */
		if (!r->table_kernel)
			return 0;
		nlb_rule_del(&r->b, r->family, r->td->name, NULL, 0, &c->loc);
		note_kind(r, RK_RULE_FLUSH);
		list_for_each_entry(ch, &r->chains, list)
			chain_clear(ch);
		return 0;
	}
	flush_all_verbose(r, &c->loc);
	return 0;
}

/* -Z: the kernel's rules with counters are written again without. */
static int zero_chain(struct restore *r, const struct ir_cmd *c,
		      struct rs_chain *ch, unsigned int num)
{
	struct ir_rule *rule;
	size_t i;
	int ret;

	ret = chain_load(r, ch);
	if (ret)
		return ret;
	if (num) {
		/* past the end is not an error */
		if (num > ch->nrules)
			return 0;
	} else {
		verbose_chain(r, c, "Zeroing", ch->name);
		if (ch->builtin) {
			nlb_builtin_chain_set(&r->b, r->family, r->td->name,
					      ch->name, -1, 0, 0, &c->loc);
			note_kind(r, RK_CHAIN_ZERO);
		}
	}
	for (i = num ? num - 1 : 0; i < (num ? num : ch->nrules); i++) {
		struct rs_rule *rr = &ch->rules[i];
		uint32_t id = r->next_id++;
		size_t off = r->b.len;

		rule = rule_content(r, rr);
		if (!rule || (!num && !rule->pkts && !rule->bytes))
			continue;
		rule->pkts = 0;
		rule->bytes = 0;
		/* a rule of this batch has no handle: the kernel says no */
		lin_rule_msg_id(&r->b, r->td->name, ch->name, rule,
				NLM_F_CREATE | NLM_F_REPLACE, rr->handle, 0, id,
				0, &c->loc);
		note_kind(r, RK_RULE_REPLACE);
		if (rr->handle) {
			ir_rule_free(rr->ir);
			memset(rr, 0, sizeof(*rr));
			rr->id = id;
			rr->off = off;
		}
	}
	return 0;
}

static int rs_zero(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain **v, *ch;
	size_t n, i;
	int ret = 0;

	if (c->rulenum)
		r->fn = FN_RULE_DELETE;
	if (c->chain) {
		ch = chain_existing(r, c->chain);
		if (!ch)
			return fail_line(r, c, msg_noent(r));
		return zero_chain(r, c, ch, c->rulenum);
	}
	v = chains_walk(r, false, c->options & IR_OPT_VERBOSE, &n);
	for (i = 0; i < n && !ret; i++)
		ret = zero_chain(r, c, v[i], 0);
	free(v);
	return ret;
}

static int rs_new_chain(struct restore *r, struct ir_cmd *c)
{
	if (table_def_builtin(r->td, c->chain) ||
	    chain_existing(r, c->chain))
		return fail_line(r, c, "Chain already exists.");
	table_ensure(r, &c->loc);
	nlb_user_chain_add(&r->b, r->family, r->td->name, c->chain, true,
			   &c->loc);
	note_kind(r, RK_CHAIN_USER_ADD);
	chain_made(r, c->chain);
	return 0;
}

/* The DELCHAIN of ch; the block knows it no more. */
static void chain_delete(struct restore *r, struct rs_chain *ch,
			 const struct location *l)
{
	nlb_chain_del(&r->b, r->family, r->td->name, ch->name, l);
	note_kind(r, RK_CHAIN_USER_DEL);
	chain_clear(ch);
	ch->exists = false;
	ch->kernel = false;
	ch->ready = false;
}

static void emit_chain_del(struct restore *r, const struct ir_cmd *c,
			   struct rs_chain *ch)
{
	/* a builtin chain goes silently, as with iptables-nft */
	if (!ch->builtin)
		verbose_chain(r, c, "Deleting", ch->name);
	chain_delete(r, ch, &c->loc);
}

/*
 * iptables-nft deletes a builtin chain only with the policy ACCEPT and no
 * rules it knows of (the block's, or the kernel's if it fetched them); it
 * leaves the others to the kernel.
 */
static bool builtin_deletable(const struct rs_chain *ch)
{
	size_t i;

	if (ch->policy != NF_ACCEPT)
		return false;
	if (!ch->unloaded)
		return ch->nrules == 0;
	for (i = 0; i < ch->nrules; i++)
		if (!ch->rules[i].handle)
			return false;
	return true;
}

/*
 * -X without a chain: the user chains, and the builtin ones that are empty
 * with the policy ACCEPT, silently (as iptables-nft does); with -v (the
 * table emptied at its start, or -X -v) the builtin ones iptables-nft has
 * made are in its list too.
 */
static int delete_all_chains(struct restore *r, bool verbose,
			     const struct location *l)
{
	struct rs_chain **v;
	size_t n, i;
	int ret = 0;

	v = chains_walk(r, false, verbose, &n);
	for (i = 0; i < n; i++) {
		/*
		 * as the command: a builtin chain goes when it is empty (its
		 * kernel rules are read for that) and its policy ACCEPT
		 */
		if (v[i]->builtin) {
			ret = chain_load(r, v[i]);
			if (ret)
				break;
			if (!builtin_deletable(v[i]))
				continue;
		}
		if (verbose && !v[i]->builtin)
			strbuf_addf(&r->out, "Deleting chain `%s'\n",
				    v[i]->name);
		chain_delete(r, v[i], l);
	}
	free(v);
	return ret;
}

static int rs_delete_chain(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch;

	if (c->chain) {
		ch = chain_existing(r, c->chain);
		if (!ch)
			return fail_line(r, c, MSG_NOENT);
		if (ch->builtin && !builtin_deletable(ch))
			return fail_line(r, c, "Directory not empty.");
		emit_chain_del(r, c, ch);
		return 0;
	}
	return delete_all_chains(r, c->options & IR_OPT_VERBOSE, &c->loc);
}

static int policy_value(const char *s)
{
	if (!strcmp(s, "ACCEPT"))
		return NF_ACCEPT;
	if (!strcmp(s, "DROP"))
		return NF_DROP;
	if (!strcmp(s, "-"))
		return -1;
	return -2;
}

/* A builtin chain's policy (and counters): ":CHAIN POLICY" and -P. */
static void emit_policy(struct restore *r, const char *chain, int policy,
			const uint64_t *counters, const struct location *l)
{
	static const uint64_t zero[2];
	struct rs_chain *ch = chain_get(r, chain);

	/* iptables-nft always sets the counters, to 0 without -c */
	if (!counters)
		counters = zero;
	table_ensure(r, l);
	nlb_builtin_chain_set(&r->b, r->family, r->td->name, chain, policy,
			      counters[0], counters[1], l);
	note_kind(r, RK_CHAIN_UPDATE);
	if (!ch->exists) {
		chain_clear(ch);
		ch->policy = NF_ACCEPT;
	}
	builtin_found(ch);
	/* else ch->policy stays: iptables-nft's cache keeps the old one */
	ch->exists = true;
	ch->ready = true;
}

static int rs_set_policy(struct restore *r, struct ir_cmd *c)
{
	int policy = policy_value(c->policy);

	if (policy < -1)
		return fail_line(r, c, "Bad policy name.");
	if (!table_def_builtin(r->td, c->chain))
		return fail_line(r, c, MSG_BADCHAIN);
	emit_policy(r, c->chain, policy, NULL, &c->loc);
	return 0;
}

static int rs_rename(struct restore *r, struct ir_cmd *c)
{
	struct rs_chain *ch = chain_existing(r, c->chain);

	if (table_def_builtin(r->td, c->newname) ||
	    chain_existing(r, c->newname))
		return fail_line(r, c, "File exists.");
	if (!ch)
		return fail_line(r, c, MSG_NOENT);
	/* a chain of this batch has no handle yet: the kernel says so */
	nlb_chain_rename(&r->b, r->family, r->td->name, ch->handle,
			 c->newname, &c->loc);
	note_kind(r, RK_CHAIN_RENAME);
	/* as iptables-nft, the block goes on knowing the old name only */
	return 0;
}

/* ---- the reader's callbacks ---- */

/*
 * A chain in the kernel, as the dump lists them: in the order they were
 * made, which is the order of their handles (kernel_chain_taken says
 * which ones the block takes).
 */
static int kernel_chain(const char *table, const char *name,
			const struct cache_chain *k, void *data)
{
	struct restore *r = data;

	if (kernel_chain_taken(r, name, k))
		chain_from_kernel(chain_get(r, name), k);
	return 0;
}

/*
 * One try at a block's start: *genid, settled (the empty batch of
 * nls_gen_settled waits for a commit under way, so what is read after is
 * at least that new), and whether the table is there.
 */
static int table_start(struct restore *r, const char *name, uint32_t *genid)
{
	int ret = nls_gen_settled(r->s.nls, genid);

	if (ret < 0)
		return ret;
	ret = cache_table_get(r->s.nls, r->family, name);
	r->table_kernel = !ret;
	r->table_ready = r->table_kernel;
	return ret == -ENOENT ? 0 : ret;
}

/*
 * The table and its chains as one generation of the ruleset shows them;
 * *genid becomes that generation, the one the block's commit names.
 */
static int table_fetch(struct restore *r, const char *name, uint32_t *genid)
{
	unsigned int tries = 0;
	uint32_t after;
	int ret;

	do {
		chains_free(r);
		ret = table_start(r, name, genid);
		if (!ret && r->table_kernel)
			ret = cache_chains_read(r->s.nls, r->family, name,
						*genid, &r->stash,
						kernel_chain, r);
		/* a chain or the table may have gone in between, too */
		if (!ret && !nls_getgen(r->s.nls, &after) && after != *genid)
			ret = -EINTR;
	} while (ret == -EINTR && ++tries < RS_DUMP_TRIES);
	return ret;
}

/*
 * An optimistic pass starts from the generation and the table only; the
 * chains it asks for later are at least as new as *genid, which the
 * commit names.
 */
static int table_probe(struct restore *r, const char *name, uint32_t *genid)
{
	unsigned int tries = 0;
	int ret;

	do
		ret = table_start(r, name, genid);
	while (ret == -EINTR && ++tries < RS_DUMP_TRIES);
	return ret;
}

/* The optimistic pass gives up: the block is read again, carefully. */
static int pass_give_up(struct restore *r)
{
	r->careful = true;
	r->again = true;
	return -ERESTART;
}

/* After a line of an optimistic pass: can it go on? */
static int pass_check(struct restore *r, int ret)
{
	if (ret < 0 || !r->optimistic)
		return ret;
	if (r->careful || erec_pending(&r->fail))
		return pass_give_up(r);
	return 0;
}

/*
 * -v without --noflush: iptables-nft empties the table as "-F -v" and
 * "-X -v" would, instead of deleting it; the table itself stays.
 */
static int table_flush_verbose(struct restore *r, const struct location *l)
{
	struct rs_chain *c;
	int ret;

	flush_all_verbose(r, l);
	ret = delete_all_chains(r, true, l);
	r->table_emptied = true;
	/* what is left, iptables-nft has forgotten (see builtin_found) */
	list_for_each_entry(c, &r->chains, list)
		if (c->builtin && c->exists)
			c->gone = true;
	return ret;
}

static int rs_table(void *data, const char *name, unsigned int line)
{
	struct restore *r = data;
	struct location l = { .line = line };
	uint32_t genid = 0;
	int ret;

	block_reset(r);
	r->td = table_def_find(name);
	/* read again, a block starts from what the blocks before left */
	if (r->again)
		r->fn = r->fn_block;
	else
		r->careful = false;
	r->fn_block = r->fn;
	r->again = false;
	r->optimistic = false;
	r->probes = 0;
	if (r->test)
		return 0;
	if (r->emit) {
		nlb_init(&r->b, 1);
		nlb_batch_begin(&r->b, 0, false);
		return 0;
	}
	ret = nls_getgen(r->s.nls, &genid);
	if (ret < 0) {
		/* as iptables-restore: the block's parse errors come first */
		erec_set(&r->fail, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL,
			 "Could not fetch rule set generation id: %s",
			 xt_strerror(-ret));
		return 0;
	}
	if (!r->o.noflush && !r->o.verbose) {
		ret = cache_table_get(r->s.nls, r->family, name);
		if (ret < 0 && ret != -ENOENT)
			return fetch_error(r, "table", ret);
		r->table_ready = ret == 0;
	} else if (r->o.noflush && !r->careful && !r->never_optimistic) {
		ret = table_probe(r, name, &genid);
		if (ret < 0)
			return fetch_error(r, "table", ret);
		r->optimistic = true;
	} else {
		ret = table_fetch(r, name, &genid);
		if (ret < 0)
			return fetch_error(r, "table", ret);
	}
	r->block_gen = genid;
	nlb_init(&r->b, nls_next_seq(r->s.nls));
	nlb_batch_begin(&r->b, genid, true);
	if (!r->o.noflush)
		r->fn = FN_OTHER;
	if (!r->o.noflush && r->o.verbose)
		return table_flush_verbose(r, &l);
	if (!r->o.noflush && r->table_ready) {
		/* the table goes, whatever it holds */
		nlb_table_del(&r->b, r->family, name, &l);
		note_kind(r, RK_TABLE_FLUSH);
		r->table_ready = false;
	}
	return 0;
}

static int chain_line(struct restore *r, const char *chain,
		      const char *policy, const uint64_t *counters,
		      unsigned int line)
{
	struct location l = { .line = line };
	struct ir_cmd fake = { .loc = l };
	struct rs_chain *ch;
	int pol;

	if (r->test || erec_pending(&r->fail))
		return 0;
	if (table_def_builtin(r->td, chain)) {
		r->fn = FN_CHAIN_SET;
		pol = policy_value(policy);
		if (pol < -1)
			return fail_line(r, &fake, "Bad policy name.");
		emit_policy(r, chain, pol, counters, &l);
		return 0;
	}
	ch = chain_existing(r, chain);
	if (ch) {
		/* a chain that is there already keeps nothing of its rules */
		emit_chain_flush(r, ch, &l);
		return 0;
	}
	table_ensure(r, &l);
	nlb_user_chain_add(&r->b, r->family, r->td->name, chain, true, &l);
	note_kind(r, RK_CHAIN_USER_ADD);
	chain_made(r, chain);
	return 0;
}

static int rs_chain(void *data, const char *chain, const char *policy,
		    const uint64_t *counters, unsigned int line)
{
	struct restore *r = data;

	return pass_check(r, chain_line(r, chain, policy, counters, line));
}

/*
 * Commands about all the table's chains, and -E (after which the block
 * knows the old name only), are for careful passes.
 */
static bool needs_chain_list(const struct ir_cmd *c)
{
	switch (c->command) {
	case IR_CMD_FLUSH:
	case IR_CMD_ZERO:
	case IR_CMD_ZERO_NUM:
	case IR_CMD_DELETE_CHAIN:
		return !c->chain;
	case IR_CMD_RENAME_CHAIN:
		return true;
	default:
		return false;
	}
}

static int rule_line(struct restore *r, struct ir_cmd *c)
{
	/* iptables checks this while parsing */
	if (c->command == IR_CMD_REPLACE &&
	    (c->saddrs.n > 1 || c->daddrs.n > 1))
		return erec_param(r->err, &c->loc,
			"Replacement rule does not specify a unique address");
	if (r->test || erec_pending(&r->fail) || c->wrong_family)
		return 0;
	switch (c->command) {
	case IR_CMD_DELETE:
	case IR_CMD_CHECK:
		r->fn = FN_RULE_DELETE;
		break;
	case IR_CMD_SET_POLICY:
		r->fn = FN_CHAIN_SET;
		break;
	case IR_CMD_ZERO:
	case IR_CMD_ZERO_NUM:
		break;
	default:
		r->fn = FN_OTHER;
		break;
	}
	switch (c->command) {
	case IR_CMD_APPEND:
		return rs_append(r, c);
	case IR_CMD_INSERT:
		return rs_insert(r, c);
	case IR_CMD_REPLACE:
		return rs_replace(r, c);
	case IR_CMD_DELETE:
		return rs_delete(r, c, false);
	case IR_CMD_CHECK:
		return rs_delete(r, c, true);
	case IR_CMD_DELETE_NUM:
		return rs_delete_num(r, c);
	case IR_CMD_FLUSH:
		return rs_flush(r, c);
	case IR_CMD_ZERO:
	case IR_CMD_ZERO_NUM:
		return rs_zero(r, c);
	case IR_CMD_NEW_CHAIN:
		return rs_new_chain(r, c);
	case IR_CMD_DELETE_CHAIN:
		return rs_delete_chain(r, c);
	case IR_CMD_SET_POLICY:
		return rs_set_policy(r, c);
	case IR_CMD_RENAME_CHAIN:
		return rs_rename(r, c);
	}
	return erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW, &c->loc,
			"%s: line %u failed: command not supported in restore files",
			r->prog, c->loc.line);
}

static int rs_rule(void *data, struct ir_cmd *c, unsigned int line)
{
	struct restore *r = data;

	(void)line;
	if (r->optimistic && needs_chain_list(c))
		return pass_give_up(r);
	return pass_check(r, rule_line(r, c));
}

/* ---- COMMIT ---- */

struct kerr {
	uint32_t seq;
	int err;
};

struct kerrs {
	struct kerr *v;
	size_t n;
	size_t cap;
};

static void kerr_cb(uint32_t seq, int err, void *data)
{
	struct kerrs *k = data;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 16;
		k->v = xrealloc(k->v, k->cap * sizeof(*k->v));
	}
	k->v[k->n].seq = seq;
	k->v[k->n].err = err;
	k->n++;
}

static const char *msg_attr_str(const struct nlmsghdr *nlh, uint16_t type)
{
	const struct nlattr *a;

	mnl_attr_for_each(a, nlh, sizeof(struct nfgenmsg))
		if (mnl_attr_get_type(a) == type)
			return mnl_attr_get_str(a);
	return "";
}

/* "line N: KIND failed (strerror): object" of a refused message. */
static void kerr_describe(const struct restore *r, const struct kerr *e,
			  char *buf, size_t len)
{
	const struct nlmsghdr *nlh = nlb_find_msg(&r->b, e->seq);
	const struct location *l = nlb_seq_location(&r->b, e->seq);
	size_t idx = e->seq - r->b.seq_first;
	enum rs_kind k = idx < r->nkinds ? r->kinds[idx] : RK_NONE;
	const char *obj = "", *name = "";
	char head[256];

	if (l && l->line)
		snprintf(head, sizeof(head), "\nline %u: %s failed (%s)",
			 l->line, rk_names[k], strerror(-e->err));
	else
		snprintf(head, sizeof(head), " %s failed (%s)", rk_names[k],
			 strerror(-e->err));
	switch (nlh ? nlh->nlmsg_type & 0xff : 0) {
	case NFT_MSG_NEWTABLE:
	case NFT_MSG_DELTABLE:
		obj = "table ";
		name = msg_attr_str(nlh, NFTA_TABLE_NAME);
		break;
	case NFT_MSG_NEWCHAIN:
	case NFT_MSG_DELCHAIN:
		obj = "chain ";
		name = msg_attr_str(nlh, NFTA_CHAIN_NAME);
		break;
	case NFT_MSG_NEWRULE:
	case NFT_MSG_DELRULE:
		obj = "rule in chain ";
		name = msg_attr_str(nlh, NFTA_RULE_CHAIN);
		break;
	}
	snprintf(buf, len, "%s: %s%s", head, obj, name);
}

/* The kernel's refusals as iptables-nft lists them (1023 bytes at most). */
static int kernel_errors(struct restore *r, const struct kerrs *k)
{
	char msg[1024] = "", one[512];
	size_t used = 0, i;

	/*
	 * A refusal that does not fit is written truncated and overwritten
	 * by the next one: only the last one stays, cut at 1023 bytes.
	 */
	for (i = 0; i < k->n; i++) {
		size_t len;

		kerr_describe(r, &k->v[i], one, sizeof(one));
		len = strlen(one);
		snprintf(msg + used, sizeof(msg) - used, "%s", one);
		if (len < sizeof(msg) - used)
			used += len;
	}
	erec_set(r->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL, "%s", msg);
	r->err->from_kernel = true;
	return -EINVAL;
}

static void print_out(struct restore *r)
{
	if (r->out.len) {
		fputs(r->out.buf, stdout);
		fflush(stdout);
	}
	strbuf_reset(&r->out);
}

static int rs_commit(void *data, unsigned int line)
{
	struct restore *r = data;
	struct kerrs k = { 0 };
	int ret;

	if (r->test) {
		uint32_t genid;

		/* --test reads the generation id at COMMIT too */
		block_reset(r);
		ret = session_nls(&r->s) ? nls_getgen(r->s.nls, &genid) :
		      -errno;
		if (ret == -EPERM || ret == -EACCES) {
			erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW, NULL,
				 "%s: line %u failed: %s.", r->prog, line,
				 xt_strerror(-ret));
			return -EINVAL;
		}
		return 0;
	}
	/* an optimistic pass that cannot go on sends nothing */
	ret = pass_check(r, 0);
	if (ret)
		return ret;
	if (erec_pending(&r->fail)) {
		print_out(r);
		if (r->fail_at_commit)
			r->fail.loc.line = line;
		erec_set(r->err, r->fail.status, r->fail.style, &r->fail.loc,
			 "%s", r->fail.msg);
		return -EINVAL;
	}
	if (!r->b.nmsgs) {
		print_out(r);
		block_reset(r);
		return 0;
	}
	nlb_batch_end(&r->b);
	if (r->emit) {
		ret = fwrite(r->b.buf, 1, r->b.len, r->emit) == r->b.len ?
		      0 : -EIO;
		block_reset(r);
		return ret;
	}
	ret = nls_batch_send_all(r->s.nls, &r->b, kerr_cb, &k);
	nls_reserve_seq(r->s.nls, r->b.seq);
	if (ret == -ERESTART && ++r->tries < RS_RETRIES) {
		free(k.v);
		r->again = true;
		return -ERESTART;
	}
	if (ret < 0 && r->optimistic) {
		/* nothing of it was applied: the careful pass says why */
		free(k.v);
		return pass_give_up(r);
	}
	r->tries = 0;
	/* a new rule is a change for sure; other batches may be none */
	if (!ret && r->next_id > 1)
		cache_chainset_committed(&r->stash, r->td->name, r->block_gen);
	else
		cache_chainset_invalidate(&r->stash);
	print_out(r);
	if (ret < 0) {
		if (!k.n)
			kerr_cb(r->b.seq_first, ret, &k);
		ret = kernel_errors(r, &k);
	}
	free(k.v);
	block_reset(r);
	return ret;
}

static void rs_echo(void *data, const char *text)
{
	(void)data;
	fputs(text, stdout);
	fflush(stdout);
}

static void rs_warn(void *data, const char *text)
{
	(void)data;
	fputs(text, stderr);
}

static bool rs_ext_missing(void *data, const struct ext *x, uint8_t family)
{
	struct restore *r = data;

	if (r->emit)
		return false;
	return session_ext_missing(&r->s, x, family);
}

static const struct restore_ops rs_ops = {
	.table = rs_table,
	.chain = rs_chain,
	.rule = rs_rule,
	.commit = rs_commit,
	.echo = rs_echo,
	.warn = rs_warn,
	.ext_missing = rs_ext_missing,
};

/* ---- the applet ---- */

/* The whole input; a read error ends it, as it ends iptables' fgets(). */
static void read_all(FILE *f, char **buf, size_t *len)
{
	size_t cap = 1 << 16, n;

	*buf = xmalloc(cap);
	*len = 0;
	for (;;) {
		if (*len == cap) {
			cap *= 2;
			*buf = xrealloc(*buf, cap);
		}
		n = fread(*buf + *len, 1, cap - *len, f);
		*len += n;
		if (n == 0)
			break;
	}
}

/*
 * A regular file from its start is mapped instead of read: its pages can
 * then leave the resident set as the reader goes (restore_opts'
 * input_mapped).  Returns false if it is not such a file.
 */
static bool map_input(FILE *f, char **buf, size_t *len)
{
	int fd = fileno(f);
	struct stat st;
	void *p;

	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    lseek(fd, 0, SEEK_CUR) != 0)
		return false;
	p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		return false;
	*buf = p;
	*len = st.st_size;
	return true;
}

static void restore_usage(const char *prog)
{
	fprintf(stderr,
		"Usage: %s [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n"
		"\t   [ --counters ]\n\t   [ --verbose ]\n\t   [ --version]\n"
		"\t   [ --test ]\n\t   [ --help ]\n\t   [ --noflush ]\n"
		"\t   [ --table=<TABLE> ]\n\t   [ --modprobe=<command> ]\n"
		"\t   [ --ipv4 ]\n\t   [ --ipv6 ]\n", prog);
}

static int restore_report(const struct restore *r)
{
	const struct erec *e = r->err;

	if (e->warn.len)
		fputs(e->warn.buf, stderr);
	switch (e->style) {
	case EREC_XTABLES:
		fprintf(stderr, "%s v%s (nf_tables): %s\n", r->prog,
			IPTNFT_XT_VERSION, e->msg);
		break;
	case EREC_SHORT:
		fprintf(stderr, "%s: %s\n", r->prog, e->msg);
		break;
	case EREC_RAW:
		fprintf(stderr, "%s\n", e->msg);
		break;
	case EREC_HINT:
		break;
	}
	if (e->status == XT_PARAMETER_PROBLEM) {
		fprintf(stderr, "Error occurred at line: %u\n", e->loc.line);
		fprintf(stderr,
			"Try `%s -h' or '%s --help' for more information.\n",
			r->prog, r->prog);
	}
	return e->status ? e->status : XT_OTHER_PROBLEM;
}

/* The options; returns -1 to go on, else the exit status. */
static int restore_options(struct restore *r, int argc, char **argv,
			   FILE **in)
{
	static const struct option longopts[] = {
		{ "counters",	no_argument,		NULL, 'c' },
		{ "verbose",	no_argument,		NULL, 'v' },
		{ "version",	no_argument,		NULL, 'V' },
		{ "test",	no_argument,		NULL, 't' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "noflush",	no_argument,		NULL, 'n' },
		{ "modprobe",	required_argument,	NULL, 'M' },
		{ "table",	required_argument,	NULL, 'T' },
		{ "ipv4",	no_argument,		NULL, '4' },
		{ "ipv6",	no_argument,		NULL, '6' },
		{ "wait",	optional_argument,	NULL, 'w' },
		{ "wait-interval", optional_argument,	NULL, 'W' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	while ((opt = getopt_long(argc, argv, "bcvVthnM:T:wW", longopts,
				  NULL)) != -1) {
		switch (opt) {
		case 'b':
			fprintf(stderr,
				"-b/--binary option is not implemented\n");
			break;
		case 'c':
			r->o.counters = true;
			break;
		case 'v':
			r->o.verbose++;
			break;
		case 'V':
			printf("%s v%s (nf_tables)\n", r->prog,
			       IPTNFT_XT_VERSION);
			return 0;
		case 't':
			r->test = true;
			break;
		case 'h':
			restore_usage(r->prog);
			return 0;
		case 'n':
			r->o.noflush = true;
			break;
		case 'M':
			break;
		case 'T':
			r->o.table = optarg;
			break;
		case 'w':
		case 'W':
			/* ignored, and so is a value after them */
			if (!optarg && optind < argc &&
			    argv[optind][0] != '-' && argv[optind][0] != '!')
				optind++;
			break;
		default:
			fprintf(stderr,
				"Try `%s -h' for more information.\n",
				r->prog);
			return 1;
		}
	}
	if (optind == argc - 1) {
		*in = fopen(argv[optind], "re");
		if (!*in) {
			fprintf(stderr, "Can't open %s: %s\n", argv[optind],
				strerror(errno));
			return 1;
		}
	} else if (optind < argc) {
		fprintf(stderr, "Unknown arguments found on commandline\n");
		return 1;
	} else {
		*in = stdin;
	}
	return -1;
}

int applet_restore(uint8_t family, int argc, char **argv)
{
	char *name = xstrdup(argv[0]);
	struct restore r = { .family = family };
	struct erec err = { 0 };
	FILE *in = NULL;
	char *buf = NULL;
	size_t len = 0;
	int ret, status;

	r.prog = basename(name);
	r.err = &err;
	r.hash = xzalloc(RS_BUCKETS * sizeof(*r.hash));
	list_init(&r.chains);
	status = restore_options(&r, argc, argv, &in);
	if (status >= 0)
		goto out_name;
	r.o.input_mapped = map_input(in, &buf, &len);
	if (!r.o.input_mapped)
		read_all(in, &buf, &len);
	if (in != stdin)
		fclose(in);
	session_init(&r.s, family, family_prog(family), &err);
	status = 0;
	/* tests: "1" reads every --noflush block with the chain list */
	r.never_optimistic = getenv("IPTNFT_TEST_CAREFUL") &&
			     !strcmp(getenv("IPTNFT_TEST_CAREFUL"), "1");
	if (!r.test && getenv("IPTNFT_BATCH_OUT")) {
		r.emit = fopen(getenv("IPTNFT_BATCH_OUT"), "we");
		if (!r.emit) {
			fprintf(stderr, "%s: %s\n", getenv("IPTNFT_BATCH_OUT"),
				strerror(errno));
			status = 1;
			goto out_session;
		}
	} else if (!r.test && !session_nls(&r.s)) {
		status = erec_report(&err, family_prog(family), stderr);
		goto out_session;
	}
	ret = parse_restore(family, r.prog, buf, len, &r.o, &rs_ops, &r,
			    &err);
	if (ret < 0)
		status = restore_report(&r);
	block_reset(&r);
	cache_chainset_release(&r.stash);
	ir_rule_free(r.tmp);
	if (r.emit && fclose(r.emit) && !status) {
		perror("IPTNFT_BATCH_OUT");
		status = 1;
	}
out_session:
	session_release(&r.s);
	strbuf_release(&r.out);
	erec_clear(&err);
	erec_clear(&r.fail);
	if (r.o.input_mapped)
		munmap(buf, len);
	else
		free(buf);
out_name:
	free(r.hash);
	free(name);
	return status;
}
