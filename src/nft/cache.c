// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Fetching kernel state: a table, a chain, one chain's rules or a whole
 * table, each with the narrowest request the kernel offers.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/cache.h>
#include <iptnft/tables.h>

/* table reads that a concurrent change spoilt, before giving up */
#define CACHE_LOAD_TRIES	64

static struct nlmsghdr *req_start(struct nls *s, char *buf, uint16_t type,
				  uint8_t family, uint16_t flags)
{
	struct nlmsghdr *nlh;
	struct nfgenmsg *nfg;

	/* attribute padding is sent too: no stack garbage */
	memset(buf, 0, 512);
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = (NFNL_SUBSYS_NFTABLES << 8) | type;
	nlh->nlmsg_flags = NLM_F_REQUEST | flags;
	nlh->nlmsg_seq = nls_next_seq(s);
	nfg = mnl_nlmsg_put_extra_header(nlh, sizeof(*nfg));
	nfg->nfgen_family = family;
	nfg->version = NFNETLINK_V0;
	return nlh;
}

int cache_table_get(struct nls *s, uint8_t family, const char *table)
{
	char buf[NLS_REQ_SIZE];
	struct nlmsghdr *nlh = req_start(s, buf, NFT_MSG_GETTABLE, family,
					 NLM_F_ACK);

	mnl_attr_put_strz(nlh, NFTA_TABLE_NAME, table);
	return nls_request(s, nlh, NULL, NULL);
}

static bool attr_is(const struct nlattr *a, enum mnl_attr_data_type t)
{
	return mnl_attr_validate(a, t) == 0;
}

static void chain_hook_parse(const struct nlattr *a, struct cache_chain *c)
{
	const struct nlattr *n;

	c->base = true;
	mnl_attr_for_each_nested(n, a) {
		if (!attr_is(n, MNL_TYPE_U32))
			continue;
		if (mnl_attr_get_type(n) == NFTA_HOOK_HOOKNUM)
			c->hook = ntohl(mnl_attr_get_u32(n));
		else if (mnl_attr_get_type(n) == NFTA_HOOK_PRIORITY)
			c->prio = (int32_t)ntohl(mnl_attr_get_u32(n));
	}
}

static void chain_counters_parse(const struct nlattr *a, struct cache_chain *c)
{
	const struct nlattr *n;

	mnl_attr_for_each_nested(n, a) {
		if (!attr_is(n, MNL_TYPE_U64))
			continue;
		if (mnl_attr_get_type(n) == NFTA_COUNTER_BYTES)
			c->bytes = be64toh(mnl_attr_get_u64(n));
		else if (mnl_attr_get_type(n) == NFTA_COUNTER_PACKETS)
			c->pkts = be64toh(mnl_attr_get_u64(n));
	}
}

/*
 * Every attribute is checked before it is read (an attribute of the wrong
 * size or a string without its NUL is ignored): the kernel's messages
 * always pass, tests/fuzz's need not.
 */
void cache_chain_msg_parse(const struct nlmsghdr *nlh,
			   struct cache_chain_msg *m)
{
	const struct nlattr *a;

	memset(m, 0, sizeof(*m));
	m->c.policy = -1;
	if (nlh->nlmsg_len < mnl_nlmsg_size(sizeof(struct nfgenmsg)))
		return;
	mnl_attr_for_each(a, nlh, sizeof(struct nfgenmsg)) {
		switch (mnl_attr_get_type(a)) {
		case NFTA_CHAIN_TABLE:
			if (attr_is(a, MNL_TYPE_NUL_STRING))
				m->table = mnl_attr_get_str(a);
			break;
		case NFTA_CHAIN_NAME:
			if (attr_is(a, MNL_TYPE_NUL_STRING))
				m->name = mnl_attr_get_str(a);
			break;
		case NFTA_CHAIN_HANDLE:
			if (attr_is(a, MNL_TYPE_U64))
				m->c.handle = be64toh(mnl_attr_get_u64(a));
			break;
		case NFTA_CHAIN_POLICY:
			if (attr_is(a, MNL_TYPE_U32))
				m->c.policy = (int)ntohl(mnl_attr_get_u32(a));
			break;
		case NFTA_CHAIN_USE:
			if (attr_is(a, MNL_TYPE_U32))
				m->c.use = ntohl(mnl_attr_get_u32(a));
			break;
		case NFTA_CHAIN_HOOK:
			if (attr_is(a, MNL_TYPE_NESTED))
				chain_hook_parse(a, &m->c);
			break;
		case NFTA_CHAIN_COUNTERS:
			if (attr_is(a, MNL_TYPE_NESTED))
				chain_counters_parse(a, &m->c);
			break;
		}
	}
}

static int chain_get_cb(const struct nlmsghdr *nlh, void *data)
{
	struct cache_chain_msg m;

	cache_chain_msg_parse(nlh, &m);
	*(struct cache_chain *)data = m.c;
	return 0;
}

int cache_chain_get(struct nls *s, uint8_t family, const char *table,
		    const char *chain, struct cache_chain *out)
{
	char buf[NLS_REQ_SIZE];
	struct nlmsghdr *nlh = req_start(s, buf, NFT_MSG_GETCHAIN, family,
					 NLM_F_ACK);
	struct cache_chain tmp;

	mnl_attr_put_strz(nlh, NFTA_CHAIN_TABLE, table);
	mnl_attr_put_strz(nlh, NFTA_CHAIN_NAME, chain);
	return nls_request(s, nlh, chain_get_cb, out ? out : &tmp);
}

struct load_state {
	struct ir_table *t;
	/* base chains not shown (incompatible): names, owned */
	char **hidden;
	size_t nhidden;
	const struct table_def *def;
	struct list_head user;		/* user chains, sorted later */
	unsigned int incompatible;
	/* rules go there instead of into the table (cache_table_stream) */
	const struct cache_sink *sink;
	struct ir_rule *spare;		/* an incompatible rule, for sink */
	struct ir_chain *cur;		/* the chain dumped (NULL: hidden) */
	const char *only;		/* the chain named, or NULL: all */
};

const struct builtin_chain *cache_builtin_match(const struct table_def *def,
					      const char *name,
					      const struct cache_chain *c)
{
	const struct builtin_chain *bc = table_def_builtin(def, name);

	if (!bc || bc->hook != c->hook || bc->prio != c->prio)
		return NULL;
	return bc;
}

static int load_chain(const char *table, const char *name,
		      const struct cache_chain *k, void *data)
{
	struct load_state *st = data;
	const struct builtin_chain *bc = NULL;
	struct ir_chain *c;

	if (st->def && k->base) {
		bc = cache_builtin_match(st->def, name, k);
		if (!bc) {
			st->t->incompatible_base = true;
			st->hidden = xrealloc(st->hidden, (st->nhidden + 1) *
					      sizeof(*st->hidden));
			st->hidden[st->nhidden++] = xstrdup(name);
			return 0;
		}
	}
	if (bc) {
		c = ir_table_find_chain(st->t, name);
	} else {
		c = ir_chain_alloc(name);
		list_add_tail(&c->list, &st->user);
		ir_table_hash_chain(st->t, c);
	}
	c->in_kernel = true;
	c->handle = k->handle;
	c->refs = k->use;
	if (bc) {
		c->policy = k->policy;
		c->pkts = k->pkts;
		c->bytes = k->bytes;
	}
	return 0;
}

struct chain_walk {
	const char *table;		/* NULL: all */
	cache_chain_cb cb;
	void *data;
	bool seen;			/* a chain of table came */
	bool past;			/* then one of another table */
};

/*
 * The kernel lists every chain of the family, whatever table the request
 * names, one table after the other: once past the table's chains, the rest
 * of the dump is left unread (on a Kubernetes node, the filter table's few
 * chains may come before the 30,000 of nat).
 */
static int chain_dump_cb(const struct nlmsghdr *nlh, void *data)
{
	struct chain_walk *w = data;
	struct cache_chain_msg m;

	cache_chain_msg_parse(nlh, &m);
	if (!m.table || !m.name)
		return 0;
	if (w->table && strcmp(m.table, w->table)) {
		w->past = w->seen;
		return w->past ? NLS_STOP : 0;
	}
	w->seen = true;
	return w->cb(m.table, m.name, &m.c, w->data);
}

/* Each chain of table (of every table of the family if NULL), to cb. */
static int cache_chains_walk(struct nls *s, uint8_t family,
			     const char *table, cache_chain_cb cb, void *data)
{
	char buf[NLS_REQ_SIZE];
	struct chain_walk w = { .table = table, .cb = cb, .data = data };
	struct nlmsghdr *nlh;
	int ret;

	nlh = req_start(s, buf, NFT_MSG_GETCHAIN, family, NLM_F_DUMP);
	if (table)
		mnl_attr_put_strz(nlh, NFTA_CHAIN_TABLE, table);
	ret = nls_request(s, nlh, chain_dump_cb, &w);
	return ret == NLS_STOP && w.past ? 0 : ret;
}

static unsigned int chainset_bit(const struct table_def *td)
{
	unsigned int i;

	for (i = 0; table_defs[i]; i++)
		if (table_defs[i] == td)
			return 1u << i;
	return 0;
}

static bool chainset_has(const struct cache_chainset *cs,
			 const struct table_def *td, uint32_t genid)
{
	return cs->valid && cs->genid == genid &&
	       (cs->tables & chainset_bit(td));
}

/* Gives td's chains to cb in the kernel's order; cs covers td no more. */
static int chainset_take(struct cache_chainset *cs,
			 const struct table_def *td, cache_chain_cb cb,
			 void *data)
{
	size_t i;
	int ret;

	cs->tables &= ~chainset_bit(td);
	for (i = 0; i < cs->n; i++) {
		if (cs->v[i].td != td)
			continue;
		ret = cb(td->name, cs->names.buf + cs->v[i].name, &cs->v[i].c,
			 data);
		if (ret < 0)
			return ret;
	}
	return 0;
}

struct chainset_fill {
	const struct table_def *td;	/* the table read */
	struct cache_chainset *cs;	/* gets the others */
	cache_chain_cb cb;
	void *data;
};

static int chainset_fill_cb(const char *table, const char *name,
			    const struct cache_chain *c, void *data)
{
	struct chainset_fill *f = data;
	struct cache_chainset *cs = f->cs;
	const struct table_def *td;
	struct cache_chainset_chain *e;

	if (!strcmp(table, f->td->name))
		return f->cb(table, name, c, f->data);
	td = table_def_find(table);
	if (!td || !(cs->tables & chainset_bit(td)))
		return 0;
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 64;
		cs->v = xrealloc(cs->v, cs->cap * sizeof(*cs->v));
	}
	e = &cs->v[cs->n++];
	e->td = td;
	e->name = cs->names.len;
	e->c = *c;
	strbuf_add(&cs->names, name, strlen(name) + 1);
	return 0;
}

int cache_chains_read(struct nls *s, uint8_t family, const char *table,
		      uint32_t genid, struct cache_chainset *cs,
		      cache_chain_cb cb, void *data)
{
	struct chainset_fill f = { .cs = cs, .cb = cb, .data = data };
	unsigned int i;
	int ret;

	f.td = cs ? table_def_find(table) : NULL;
	if (!f.td)
		return cache_chains_walk(s, family, table, cb, data);
	if (chainset_has(cs, f.td, genid))
		return chainset_take(cs, f.td, cb, data);
	strbuf_reset(&cs->names);
	cs->n = 0;
	cs->genid = genid;
	cs->tables = 0;
	for (i = 0; table_defs[i]; i++)
		if (table_defs[i] != f.td)
			cs->tables |= 1u << i;
	ret = cache_chains_walk(s, family, NULL, chainset_fill_cb, &f);
	cs->valid = !ret;
	return ret;
}

void cache_chainset_committed(struct cache_chainset *cs, const char *table,
			      uint32_t genid)
{
	if (!cs->valid || cs->genid != genid) {
		cs->valid = false;
		return;
	}
	cs->tables &= ~chainset_bit(table_def_find(table));
	cs->genid = genid + 1 ? genid + 1 : 1;
}

void cache_chainset_release(struct cache_chainset *cs)
{
	strbuf_release(&cs->names);
	free(cs->v);
	memset(cs, 0, sizeof(*cs));
}

static int chain_cmp(const void *a, const void *b)
{
	const struct ir_chain *const *x = a, *const *y = b;

	return strcmp((*x)->name, (*y)->name);
}

/* Appends the user chains to the table, sorted by name. */
static void load_sort_user(struct load_state *st)
{
	struct ir_chain **v, *c, *tmp;
	size_t n = 0, i;

	list_for_each_entry(c, &st->user, list)
		n++;
	if (!n)
		return;
	v = xmalloc(n * sizeof(*v));
	i = 0;
	list_for_each_entry_safe(c, tmp, &st->user, list) {
		list_del(&c->list);
		v[i++] = c;
	}
	qsort(v, n, sizeof(*v), chain_cmp);
	for (i = 0; i < n; i++)
		list_add_tail(&v[i]->list, &st->t->chains);
	free(v);
}

struct rule_walk {
	uint8_t family;
	cache_rule_cb cb;
	void *data;
	struct ir_rule *rule;
};

static int rule_dump_cb(const struct nlmsghdr *nlh, void *data)
{
	struct rule_walk *w = data;
	char chain[IR_NAME_MAXLEN] = "";
	int ret;

	ir_rule_reset(w->rule);
	ret = dlin_rule_msg(nlh, w->family, w->rule, chain, sizeof(chain));
	return w->cb(chain, ret < 0 ? NULL : w->rule, ret, w->rule->handle,
		     w->data);
}

/* The dump of a table's rules, or of one chain's (chain not NULL). */
static struct nlmsghdr *rule_dump_req(struct nls *s, char *buf,
				      uint8_t family, const char *table,
				      const char *chain)
{
	struct nlmsghdr *nlh;

	nlh = req_start(s, buf, NFT_MSG_GETRULE, family, NLM_F_DUMP);
	mnl_attr_put_strz(nlh, NFTA_RULE_TABLE, table);
	if (chain)
		mnl_attr_put_strz(nlh, NFTA_RULE_CHAIN, chain);
	return nlh;
}

int cache_rules_walk(struct nls *s, uint8_t family, const char *table,
		     const char *chain, cache_rule_cb cb, void *data)
{
	char buf[NLS_REQ_SIZE];
	struct rule_walk w = { .family = family, .cb = cb, .data = data };
	int ret;

	w.rule = ir_rule_alloc(family);
	ret = nls_request(s, rule_dump_req(s, buf, family, table, chain),
			  rule_dump_cb, &w);
	ir_rule_free(w.rule);
	return ret;
}

static int load_rule_cb(const char *chain, struct ir_rule *rule, int ret,
			uint64_t handle, void *data)
{
	struct load_state *st = data;
	struct ir_chain *c = st->cur;
	struct ir_rule *r;

	if (!c)
		return 0;
	c->nrules++;
	if (st->sink) {
		if (!rule) {
			rule = st->spare;
			ir_rule_reset(rule);
			rule->handle = handle;
			rule->verdict = IR_V_NONE;
			rule->flags |= IR_F_COUNTERS;
			st->incompatible++;
		}
		return st->sink->rule(c, rule, st->sink->data);
	}
	if (rule) {
		r = ir_rule_clone(rule);
	} else {
		r = ir_rule_alloc(st->t->family);
		r->handle = handle;
		r->verdict = IR_V_NONE;
		r->flags |= IR_F_COUNTERS;	/* marks "incompatible" */
		st->incompatible++;
	}
	list_add_tail(&r->list, &c->rules);
	return 0;
}

/* The chains whose rules are read, in the order they are read. */
struct chain_reads {
	uint8_t family;
	const char *table;
	struct chain_read {
		const char *name;
		struct ir_chain *c;	/* where its rules go (st->cur) */
	} *v;
	size_t n;
};

static struct nlmsghdr *chain_read_req(struct nls *s, char *buf, size_t i,
				       void *arg)
{
	const struct chain_reads *r = arg;

	return rule_dump_req(s, buf, r->family, r->table, r->v[i].name);
}

/* Are c's rules read? */
static bool load_wants(const struct load_state *st, const struct ir_chain *c)
{
	if (!c->in_kernel)
		return false;
	if (st->sink && st->sink->want)
		return st->sink->want(c, st->sink->data);
	return !st->only || !strcmp(c->name, st->only);
}

static void chain_reads_plan(struct load_state *st, struct chain_reads *r)
{
	struct ir_chain *c;
	size_t n = 0;

	r->family = st->t->family;
	r->table = st->t->name;
	list_for_each_entry(c, &st->t->chains, list)
		n++;
	r->v = xmalloc((n ? n : 1) * sizeof(*r->v));
	r->n = 0;
	list_for_each_entry(c, &st->t->chains, list) {
		if (!load_wants(st, c))
			continue;
		r->v[r->n].name = c->name;
		r->v[r->n++].c = c;
	}
}

/* Read k of r: chain r->v[k]'s rules to w. */
static int chain_read(struct nls *s, struct nls_ahead *ahead,
		      struct chain_reads *r, size_t k, struct rule_walk *w)
{
	char buf[NLS_REQ_SIZE];

	if (ahead)
		return nls_ahead_request(ahead, s, k, rule_dump_cb, w);
	return nls_request(s, chain_read_req(s, buf, k, r), rule_dump_cb, w);
}

/*
 * All rules of the table, one dump per chain: the kernel resumes a
 * table-wide dump by skipping over everything it already sent, which costs
 * O(rules) per 32 KiB chunk, while a chain's dump starts at the chain.
 * Chains iptables does not show are not read.  With many chains, a second
 * thread reads ahead (src/nft/ahead.c).
 */
static int load_all_rules(struct nls *s, struct load_state *st)
{
	struct rule_walk w = {
		.family = st->t->family, .cb = load_rule_cb, .data = st,
	};
	struct chain_reads r;
	struct nls_ahead *ahead;
	struct ir_chain *c;
	size_t k = 0;
	int ret = 0;

	chain_reads_plan(st, &r);
	w.rule = ir_rule_alloc(w.family);
	ahead = nls_ahead_start(r.n, chain_read_req, &r);
	list_for_each_entry(c, &st->t->chains, list) {
		if (st->sink && st->sink->chain) {
			ret = st->sink->chain(c, st->sink->data);
			if (ret < 0)
				goto out;
		}
		if (k == r.n || r.v[k].c != c)
			continue;
		st->cur = c;
		ret = chain_read(s, ahead, &r, k++, &w);
		if (ret < 0)
			goto out;
	}
out:
	nls_ahead_stop(ahead);
	ir_rule_free(w.rule);
	free(r.v);
	return ret < 0 ? ret : 0;
}

/* chain by name, if it is there */
static int chain_by_name(struct nls *s, uint8_t family, const char *table,
			 const char *chain, struct load_state *st)
{
	struct cache_chain k;
	int ret = cache_chain_get(s, family, table, chain, &k);

	if (ret == -ENOENT)
		return 0;
	return ret < 0 ? ret : load_chain(table, chain, &k, st);
}

/*
 * The chain named and the builtin ones, by name, without the table's chain
 * list (a dump of every chain of the family), as iptables-nft reads them:
 * so a base chain is found incompatible only if it has a builtin name.
 */
static int chains_named_read(struct nls *s, uint8_t family,
			     const char *table, const char *chain,
			     struct load_state *st)
{
	unsigned int i;
	int ret = 0;

	for (i = 0; st->def && i < TABLE_MAX_BUILTINS &&
		    st->def->chains[i].name && !ret; i++)
		ret = chain_by_name(s, family, table, st->def->chains[i].name,
				    st);
	if (!ret && !(st->def && table_def_builtin(st->def, chain)))
		ret = chain_by_name(s, family, table, chain, st);
	return ret;
}

/* One attempt; -EINTR when a dump was interrupted by a change. */
static int table_load_once(struct nls *s, uint8_t family, const char *table,
			   const char *chain, unsigned int flags,
			   uint32_t genid, struct load_state *st)
{
	struct ir_chain *c;
	uint32_t hook;
	int ret;

	st->t = ir_table_alloc(table, family);
	st->def = table_def_find(table);
	list_init(&st->user);
	for (hook = 0; st->def && hook < NF_INET_NUMHOOKS; hook++) {
		const struct builtin_chain *bc = table_def_hook(st->def, hook);

		if (!bc)
			continue;
		c = ir_chain_alloc(bc->name);
		c->builtin = true;
		c->policy = NF_ACCEPT;
		list_add_tail(&c->list, &st->t->chains);
		ir_table_hash_chain(st->t, c);
	}
	ret = cache_table_get(s, family, table);
	if (ret == -ENOENT)
		return 0;
	if (ret < 0)
		return ret;
	st->t->in_kernel = true;
	st->only = chain;
	if (chain)
		ret = chains_named_read(s, family, table, chain, st);
	else
		ret = cache_chains_read(s, family, table, genid,
					st->sink ? st->sink->chains : NULL,
					load_chain, st);
	load_sort_user(st);
	if (ret < 0 || !(flags & CACHE_RULES))
		return ret;
	ret = load_all_rules(s, st);
	/* the kernel's count has the chain's own rules too */
	list_for_each_entry(c, &st->t->chains, list)
		c->refs = c->refs > c->nrules ? c->refs - c->nrules : 0;
	return ret;
}

static int table_load(struct nls *s, uint8_t family, const char *table,
		      const char *chain, unsigned int flags,
		      const struct cache_sink *sink, struct ir_table **out,
		      unsigned int *incompatible)
{
	struct ir_rule *spare = sink ? ir_rule_alloc(family) : NULL;
	struct load_state st;
	int ret, tries = 0;

	/*
	 * The table comes in several dumps (chains, then each chain's
	 * rules): a change between two of them shows as a new generation
	 * id, and the whole table is read again.
	 */
	do {
		uint32_t gen_before, gen_after;
		size_t i;

		memset(&st, 0, sizeof(st));
		st.sink = sink;
		st.spare = spare;
		ret = nls_gen_settled(s, &gen_before);
		if (ret == -EINTR)
			continue;
		if (ret < 0)
			break;
		if (tries && sink && sink->restart)
			sink->restart(sink->data);
		ret = table_load_once(s, family, table, chain, flags,
				      gen_before, &st);
		/* a chain or the table may have gone in between, too */
		if ((!ret || ret == -ENOENT) &&
		    !nls_getgen(s, &gen_after) && gen_after != gen_before)
			ret = -EINTR;
		if (ret < 0)
			ir_table_free(st.t);
		for (i = 0; i < st.nhidden; i++)
			free(st.hidden[i]);
		free(st.hidden);
	} while (ret == -EINTR && ++tries < CACHE_LOAD_TRIES);
	ir_rule_free(spare);
	if (ret < 0)
		return ret;
	if (incompatible)
		*incompatible = st.incompatible;
	*out = st.t;
	return 0;
}

int cache_table_load(struct nls *s, uint8_t family, const char *table,
		     const char *chain, unsigned int flags,
		     struct ir_table **out, unsigned int *incompatible)
{
	return table_load(s, family, table, chain, flags, NULL, out,
			  incompatible);
}

int cache_table_stream(struct nls *s, uint8_t family, const char *table,
		       const char *chain, const struct cache_sink *sink,
		       struct ir_table **out, unsigned int *incompatible)
{
	return table_load(s, family, table, chain, CACHE_RULES, sink, out,
			  incompatible);
}

static int chain_rule_cb(const char *chain, struct ir_rule *rule, int ret,
			 uint64_t handle, void *data)
{
	struct ir_chain *c = data;
	struct ir_rule *r;

	if (rule) {
		r = ir_rule_clone(rule);
	} else {
		r = ir_rule_alloc(rule ? rule->family : AF_UNSPEC);
		r->handle = handle;
	}
	list_add_tail(&r->list, &c->rules);
	c->nrules++;
	return 0;
}

int cache_chain_load(struct nls *s, uint8_t family, const char *table,
		     const char *chain, struct ir_chain **out)
{
	struct cache_chain cc;
	struct ir_chain *c;
	int ret, tries = 0;

	do {
		ret = cache_chain_get(s, family, table, chain, &cc);
		if (ret < 0)
			return ret;
		c = ir_chain_alloc(chain);
		c->in_kernel = true;
		c->handle = cc.handle;
		c->policy = cc.policy;
		c->pkts = cc.pkts;
		c->bytes = cc.bytes;
		c->builtin = cc.base;
		ret = cache_rules_walk(s, family, table, chain, chain_rule_cb,
				       c);
		if (ret < 0)
			ir_chain_free(c);
	} while (ret == -EINTR && ++tries < 16);
	if (ret < 0)
		return ret;
	*out = c;
	return 0;
}
