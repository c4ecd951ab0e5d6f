// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The commands.  Each one fetches only what it needs (a chain's existence,
 * one chain's rules, a table), writes one batch and commits it with the
 * generation id it read first; on ERESTART it starts over.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/cache.h>
#include <iptnft/cmd.h>
#include <iptnft/ext.h>
#include <iptnft/print.h>
#include <iptnft/tables.h>

#define CMD_RETRIES 64

void session_init(struct session *s, uint8_t family, const char *prog,
		  struct erec *err)
{
	memset(s, 0, sizeof(*s));
	s->family = family;
	s->prog = prog;
	s->err = err;
}

void session_release(struct session *s)
{
	nls_close(s->nls);
	s->nls = NULL;
}

struct nls *session_nls(struct session *s)
{
	if (s->nls)
		return s->nls;
	s->nls = nls_open();
	if (!s->nls)
		erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL,
			 "Could not open netlink socket: %s", strerror(errno));
	return s->nls;
}

bool session_ext_missing(void *data, const struct ext *x, uint8_t family)
{
	struct session *s = data;
	struct erec quiet = { 0 };
	struct erec *saved = s->err;
	struct nls *nls;
	unsigned int i;
	int ret;

	for (i = 0; i < s->nprobed; i++)
		if (s->probed[i] == x)
			return false;
	if (s->nprobed < ARRAY_SIZE(s->probed))
		s->probed[s->nprobed++] = x;
	/* a socket that cannot be opened is reported later, if needed */
	s->err = &quiet;
	nls = session_nls(s);
	s->err = saved;
	erec_clear(&quiet);
	if (!nls)
		return false;
	ret = nls_compat_get(nls, family, x->xt_name ? x->xt_name : x->name,
			     x->revision, x->kind == EXT_TARGET);
	return ret == -ENOENT;
}

/* ---- errors ---- */

/* "iptables: MSG." for the errors iptables reports by errno. */
static int short_error(struct session *s, const char *msg)
{
	return erec_set(s->err, XT_OTHER_PROBLEM, EREC_SHORT, NULL, "%s", msg);
}

static const char *errno_msg(int err)
{
	switch (err) {
	case ENOENT:
		return "No chain/target/match by that name.";
	case EEXIST:
		return "Chain already exists.";
	case ELOOP:
		return "Loop found in table.";
	case ENOMEM:
		return "Memory allocation problem.";
	case EPERM:
	case EACCES:
		return "Permission denied (you must be root).";
	}
	return NULL;
}

static const char *msg_attr_str(const struct nlmsghdr *nlh, uint16_t type)
{
	const struct nlattr *a;

	mnl_attr_for_each(a, nlh, sizeof(struct nfgenmsg))
		if (mnl_attr_get_type(a) == type)
			return mnl_attr_get_str(a);
	return "";
}

void cmd_batch_errmsg(const struct nlb *b, int err, uint32_t seq,
		      struct strbuf *out)
{
	const struct nlmsghdr *nlh = nlb_find_msg(b, seq);
	const char *what = "BATCH", *obj = "", *name = "";
	uint16_t type = nlh ? nlh->nlmsg_type & 0xff : 0;

	switch (type) {
	case NFT_MSG_NEWRULE:
		what = nlh->nlmsg_flags & NLM_F_REPLACE ? "RULE_REPLACE" :
		       nlh->nlmsg_flags & NLM_F_APPEND ? "RULE_APPEND" :
		       "RULE_INSERT";
		obj = "rule in chain ";
		name = msg_attr_str(nlh, NFTA_RULE_CHAIN);
		break;
	case NFT_MSG_DELRULE:
		what = "RULE_DELETE";
		obj = "rule in chain ";
		name = msg_attr_str(nlh, NFTA_RULE_CHAIN);
		break;
	case NFT_MSG_NEWCHAIN:
		what = nlh->nlmsg_flags & NLM_F_EXCL ? "CHAIN_USER_ADD" :
		       "CHAIN_ADD";
		obj = "chain ";
		name = msg_attr_str(nlh, NFTA_CHAIN_NAME);
		break;
	case NFT_MSG_DELCHAIN:
		what = "CHAIN_DEL";
		obj = "chain ";
		name = msg_attr_str(nlh, NFTA_CHAIN_NAME);
		break;
	case NFT_MSG_NEWTABLE:
		what = "TABLE_ADD";
		obj = "table ";
		name = msg_attr_str(nlh, NFTA_TABLE_NAME);
		break;
	case NFT_MSG_DELTABLE:
		what = "TABLE_DEL";
		obj = "table ";
		name = msg_attr_str(nlh, NFTA_TABLE_NAME);
		break;
	}
	strbuf_addf(out, "%s failed (%s): %s%s", what, strerror(-err), obj,
		    name);
}

int cmd_batch_error(struct session *s, const struct nlb *b, int err,
		    uint32_t seq)
{
	struct strbuf msg = STRBUF_INIT;

	cmd_batch_errmsg(b, err, seq, &msg);
	erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
		 nlb_seq_location(b, seq), " %s", strbuf_str(&msg));
	strbuf_release(&msg);
	s->err->from_kernel = true;
	return err;
}

int cmd_commit(struct session *s, struct nlb *b)
{
	uint32_t seq = 0;
	int ret;

	if (b->nmsgs == 0)
		return 0;
	nlb_batch_end(b);
	ret = nls_batch_send(s->nls, b, &seq);
	if (ret == -ERESTART)
		return ret;
	if (ret < 0)
		return cmd_batch_error(s, b, ret, seq);
	return 0;
}

/* ---- helpers ---- */

static int table_load(struct session *s, const struct ir_cmd *c,
		      const char *chain, unsigned int flags,
		      struct ir_table **t);

static bool is_builtin(const char *table, const char *chain)
{
	const struct table_def *t = table_def_find(table);

	return t && table_def_builtin(t, chain);
}

/* Does the chain exist?  0, -ENOENT, or -errno with the error set. */
static int chain_exists(struct session *s, const char *table,
			const char *chain)
{
	int ret = cache_chain_get(s->nls, s->family, table, chain, NULL);

	if (ret < 0 && ret != -ENOENT)
		erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL,
			 "Could not fetch chain %s: %s", chain,
			 strerror(-ret));
	return ret;
}

/*
 * The chain a rule command works on must exist; a builtin one is created
 * on the fly (with its table) as iptables-nft does.
 */
static int rule_chain_prepare(struct session *s, struct nlb *b,
			      const struct ir_cmd *c)
{
	int ret;

	if (is_builtin(c->table, c->chain)) {
		nlb_table_add(b, s->family, c->table, &c->loc);
		return nlb_builtin_chain_add(b, s->family, c->table, c->chain,
					     -1, &c->loc);
	}
	ret = chain_exists(s, c->table, c->chain);
	if (ret == -ENOENT)
		return short_error(s, errno_msg(ENOENT));
	return ret;
}

static int jump_target_check(struct session *s, const struct ir_cmd *c)
{
	const struct ir_rule *r = c->rule;
	int ret;

	/* builtin names are left to the kernel, as iptables-nft does */
	if ((r->verdict != IR_V_JUMP && r->verdict != IR_V_GOTO) ||
	    is_builtin(c->table, r->chain))
		return 0;
	ret = chain_exists(s, c->table, r->chain);
	if (ret == -ENOENT)
		return erec_param(s->err, &c->loc,
				  "Chain '%s' does not exist", r->chain);
	return ret;
}

/*
 * Calls fn for every source x destination address of the command, in
 * order, or in reverse (rules inserted one by one at the same place end up
 * in reverse, as iptables' do).
 */
static int for_each_address_dir(struct ir_cmd *c,
				int (*fn)(struct ir_cmd *c, void *data),
				void *data, bool reverse)
{
	unsigned int n = ir_cmd_naddrs(c), k;
	int ret;

	for (k = 0; k < n; k++) {
		ir_cmd_select_addresses(c, reverse ? n - 1 - k : k);
		ret = fn(c, data);
		if (ret)
			return ret;
	}
	return 0;
}

static int for_each_address(struct ir_cmd *c,
			    int (*fn)(struct ir_cmd *c, void *data),
			    void *data)
{
	return for_each_address_dir(c, fn, data, false);
}

/* One chain with its rules, fetched alone (-D, -C of several rules, -v). */
struct chain_rules {
	struct ir_chain *c;
};

static int chain_rules_load(struct session *s, const struct ir_cmd *c,
			    struct chain_rules *cr, const char *missing)
{
	int ret;

	memset(cr, 0, sizeof(*cr));
	ret = cache_chain_load(s->nls, s->family, c->table, c->chain, &cr->c);
	if (ret == -ENOENT)
		return short_error(s, missing);
	if (ret < 0)
		return erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
				NULL, "Could not fetch rules: %s",
				strerror(-ret));
	return 0;
}

/* reads of a chain's rules interrupted by changes, at most */
#define RULE_FIND_TRIES	16

/*
 * Where a search of a chain's rules stopped: how many rules it read (all
 * of them if none was the one), and the handle of the one (0: none).
 */
struct rule_hit {
	unsigned int seen;
	uint64_t handle;
};

/*
 * c's chain, asked for first (-ENOENT if it is missing), then its rules
 * to cb as the dump brings them, until cb returns NLS_STOP; from the start
 * again, hit cleared, when a change interrupts the dump.
 */
static int chain_rules_search(struct session *s, const struct ir_cmd *c,
			      cache_rule_cb cb, void *data,
			      struct rule_hit *hit)
{
	struct cache_chain cc;
	int ret, tries = 0;

	do {
		memset(hit, 0, sizeof(*hit));
		ret = cache_chain_get(s->nls, s->family, c->table, c->chain,
				      &cc);
		if (ret < 0)
			break;
		ret = cache_rules_walk(s->nls, s->family, c->table, c->chain,
				       cb, data);
	} while (ret == -EINTR && ++tries < RULE_FIND_TRIES);
	return ret < 0 ? ret : 0;
}

/*
 * Rule num of a chain, by position (-I n, -R n, -D n): the dump ends at it,
 * nothing after it is read.  Every rule counts, those iptables cannot show
 * too.
 */
struct rule_nth {
	unsigned int want;	/* its position, from 1 */
	struct rule_hit hit;
};

static int rule_nth_cb(const char *chain, struct ir_rule *rule, int ret,
		       uint64_t handle, void *data)
{
	struct rule_nth *n = data;

	(void)chain;
	(void)rule;
	(void)ret;
	if (++n->hit.seen != n->want)
		return 0;
	n->hit.handle = handle;
	return NLS_STOP;
}

/* lazy: a builtin chain not made yet has no rules (-I), else it is missing */
static int rule_nth_find(struct session *s, const struct ir_cmd *c,
			 unsigned int num, bool lazy, struct rule_hit *at)
{
	struct rule_nth n = { .want = num };
	int ret = chain_rules_search(s, c, rule_nth_cb, &n, &n.hit);

	*at = n.hit;
	if (ret == -ENOENT && lazy && is_builtin(c->table, c->chain))
		return 0;
	if (ret == -ENOENT)
		return short_error(s, errno_msg(ENOENT));
	if (ret < 0)
		return erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
				NULL, "Could not fetch rules: %s",
				strerror(-ret));
	return 0;
}

/* ---- rule commands ---- */

/* -v: the rule a command works on, as iptables shows it. */
static void verbose_rule(struct session *s, const struct ir_cmd *c)
{
	if (c->options & IR_OPT_VERBOSE)
		list_rule_verbose(c->rule, s->out);
}

/* The expressions of a rule message, as libnftnl prints them (-vv). */
static void debug_msg(const struct nlb *b, struct strbuf *out)
{
	nftnl_rule_text((const void *)(b->buf + b->msg), out);
}

/* -vv: the rule message just written */
static void debug_rule(struct session *s, const struct ir_cmd *c,
		       const struct nlb *b)
{
	if (c->verbose >= 2)
		debug_msg(b, s->out);
}

static void verbose_chain(struct session *s, const struct ir_cmd *c,
			  const char *what, const char *chain)
{
	if (c->options & IR_OPT_VERBOSE)
		strbuf_addf(s->out, "%s chain `%s'\n", what, chain);
}

struct append_state {
	struct session *s;
	struct nlb *b;
};

static int append_one(struct ir_cmd *c, void *data)
{
	struct append_state *st = data;
	struct nlb *b = st->b;

	verbose_rule(st->s, c);
	lin_rule_msg(b, c->table, c->chain, c->rule,
		     NLM_F_CREATE | NLM_F_APPEND, 0, 0, &c->loc);
	debug_rule(st->s, c, b);
	return 0;
}

static int cmd_append(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct append_state st = { .s = s, .b = b };
	int ret = rule_chain_prepare(s, b, c);

	if (!ret)
		ret = for_each_address(c, append_one, &st);
	return ret;
}

struct insert_state {
	struct session *s;
	struct nlb *b;
	uint64_t before;	/* handle to insert before; 0: at the head */
	bool append;
};

static int insert_verbose(struct ir_cmd *c, void *data)
{
	struct insert_state *st = data;

	verbose_rule(st->s, c);
	return 0;
}

static int insert_one(struct ir_cmd *c, void *data)
{
	struct insert_state *st = data;

	if (st->append)
		lin_rule_msg(st->b, c->table, c->chain, c->rule,
			     NLM_F_CREATE | NLM_F_APPEND, 0, 0, &c->loc);
	else
		lin_rule_msg(st->b, c->table, c->chain, c->rule, NLM_F_CREATE,
			     0, st->before, &c->loc);
	return 0;
}

static int cmd_insert(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct insert_state st = { .s = s, .b = b };
	struct rule_hit at;
	int ret;

	if (c->rulenum != 1 || !is_builtin(c->table, c->chain)) {
		ret = rule_nth_find(s, c, c->rulenum, true, &at);
		if (ret)
			return ret;
		if (!at.handle && c->rulenum > at.seen + 1)
			return short_error(s, "Index of insertion too big.");
		if (at.handle)
			st.before = at.handle;
		else
			st.append = c->rulenum > 1;
	}
	ret = rule_chain_prepare(s, b, c);
	if (ret)
		return ret;
	/*
	 * iptables inserts the rules of several addresses one by one at the
	 * same place, so that they end up in reverse order; -v names them
	 * in order.  Inserted at the head they are sent in order, before a
	 * rule or appended (n + 1) in reverse.
	 */
	for_each_address(c, insert_verbose, &st);
	return for_each_address_dir(c, insert_one, &st,
				    st.before || st.append);
}

static int cmd_replace(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct rule_hit at;
	int ret;

	if (c->saddrs.n > 1 || c->daddrs.n > 1)
		return erec_param(s->err, &c->loc,
			"Replacement rule does not specify a unique address");
	ret = jump_target_check(s, c);
	if (ret)
		return ret;
	ret = rule_nth_find(s, c, c->rulenum, false, &at);
	if (ret)
		return ret;
	if (!at.handle)
		return short_error(s, "Index of replacement too big.");
	ir_cmd_select_addresses(c, 0);
	verbose_rule(s, c);
	lin_rule_msg(b, c->table, c->chain, c->rule, NLM_F_REPLACE,
		     at.handle, 0, &c->loc);
	return 0;
}

struct match_state {
	struct session *s;
	struct nlb *b;		/* NULL: only check */
	struct ir_chain *chain;
	int missing;
};

/* -D and -C by spec: the first equal rule not yet taken. */
static int match_one(struct ir_cmd *c, void *data)
{
	struct match_state *st = data;
	struct ir_rule *r, *canon;
	const struct ir_rule *want;

	/* the first rule missing ends the search */
	if (st->missing)
		return 0;
	canon = dlin_canon(c->rule);
	want = canon ? canon : c->rule;
	list_for_each_entry(r, &st->chain->rules, list) {
		if (r->handle == 0 || !ir_rule_equal(r, want))
			continue;
		/* -v names the rules found, as iptables-nft does */
		verbose_rule(st->s, c);
		if (st->b)
			nlb_rule_del(st->b, c->family, c->table, c->chain,
				     r->handle, &c->loc);
		r->handle = 0;
		goto out;
	}
	st->missing++;
out:
	if (canon)
		ir_rule_free(canon);
	return 0;
}

static const char bad_rule[] =
	"Bad rule (does a matching rule exist in that chain?).";

struct find_state {
	const struct ir_rule *want;
	struct rule_hit hit;
};

static int find_cb(const char *chain, struct ir_rule *rule, int ret,
		   uint64_t handle, void *data)
{
	struct find_state *f = data;

	(void)chain;
	(void)ret;
	if (!rule || !handle || !ir_rule_equal(rule, f->want))
		return 0;
	f->hit.handle = handle;
	return NLS_STOP;
}

/* The one rule spec of c (a single address each way) */
static int find_one(struct ir_cmd *c, void *data)
{
	struct session *s = ((void **)data)[0];
	struct find_state *f = ((void **)data)[1];
	struct ir_rule *canon = dlin_canon(c->rule);
	int ret;

	f->want = canon ? canon : c->rule;
	ret = chain_rules_search(s, c, find_cb, f, &f->hit);
	if (canon)
		ir_rule_free(canon);
	return ret;
}

/*
 * -C and -D of one rule spec: the chain's rules are decoded as they come
 * and the dump ends at the first equal one; nothing after it is read.
 */
static int delete_one(struct session *s, struct ir_cmd *c, struct nlb *b,
		      bool check)
{
	struct find_state f = { 0 };
	void *data[2] = { s, &f };
	int ret;

	ret = for_each_address(c, find_one, data);
	if (ret == -ENOENT)
		return short_error(s, bad_rule);
	if (ret < 0)
		return erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
				NULL, "Could not fetch rules: %s",
				strerror(-ret));
	if (!f.hit.handle)
		return short_error(s, bad_rule);
	if (!check)
		nlb_rule_del(b, c->family, c->table, c->chain, f.hit.handle,
			     &c->loc);
	return 0;
}

static int cmd_delete(struct session *s, struct ir_cmd *c, struct nlb *b,
		      bool check)
{
	struct match_state st = { .s = s, .b = check ? NULL : b };
	struct chain_rules cr;
	int ret;

	if (c->saddrs.n <= 1 && c->daddrs.n <= 1 &&
	    !(c->options & IR_OPT_VERBOSE))
		return delete_one(s, c, b, check);
	ret = chain_rules_load(s, c, &cr, bad_rule);
	if (ret)
		return ret;
	st.chain = cr.c;
	ret = for_each_address(c, match_one, &st);
	if (!ret && st.missing)
		ret = short_error(s, bad_rule);
	ir_chain_free(cr.c);
	return ret;
}

static int cmd_delete_num(struct session *s, struct ir_cmd *c,
			  struct nlb *b)
{
	struct rule_hit at;
	int ret;

	ret = rule_nth_find(s, c, c->rulenum, false, &at);
	if (ret)
		return ret;
	if (!at.handle)
		return short_error(s, "Index of deletion too big.");
	nlb_rule_del(b, c->family, c->table, c->chain, at.handle, &c->loc);
	return 0;
}

/* ---- chain commands ---- */

/* ret of a table read (cache_table_load/stream) as iptables reports it */
static int table_fetched(struct session *s, const struct ir_cmd *c, int ret)
{
	if (ret < 0)
		return erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
				NULL, "Could not fetch table %s: %s", c->table,
				strerror(-ret));
	return 0;
}

static int table_load(struct session *s, const struct ir_cmd *c,
		      const char *chain, unsigned int flags,
		      struct ir_table **t)
{
	return table_fetched(s, c, cache_table_load(s->nls, s->family,
						    c->table, chain, flags,
						    t, NULL));
}

/* The table and all its builtin chains, in iptables-nft's order. */
static void builtins_create(struct session *s, const struct ir_cmd *c,
			    struct nlb *b)
{
	const struct table_def *td = table_def_find(c->table);
	unsigned int i;

	nlb_table_add(b, s->family, c->table, &c->loc);
	for (i = 0; i < TABLE_MAX_BUILTINS && td->chains[i].name; i++)
		nlb_builtin_chain_add(b, s->family, c->table,
				      td->chains[i].name, -1, &c->loc);
}

/* -F: a builtin chain is created if need be, like iptables-nft does. */
static int cmd_flush(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct ir_table *t;
	struct ir_chain *ch;
	int ret;

	if (c->chain) {
		if (is_builtin(c->table, c->chain)) {
			nlb_table_add(b, s->family, c->table, &c->loc);
			nlb_builtin_chain_add(b, s->family, c->table, c->chain,
					      -1, &c->loc);
		} else {
			ret = chain_exists(s, c->table, c->chain);
			if (ret == -ENOENT)
				return short_error(s, errno_msg(ENOENT));
			if (ret)
				return ret;
		}
		verbose_chain(s, c, "Flushing", c->chain);
		nlb_rule_del(b, s->family, c->table, c->chain, 0, &c->loc);
		return 0;
	}
	if (!(c->options & IR_OPT_VERBOSE)) {
		/* one message flushes every chain: no need to know them */
		ret = cache_table_get(s->nls, s->family, c->table);
		if (ret == -ENOENT)
			return 0;
		ret = table_fetched(s, c, ret);
		if (!ret)
			nlb_rule_del(b, s->family, c->table, NULL, 0, &c->loc);
		return ret;
	}
	ret = table_load(s, c, NULL, 0, &t);
	if (ret)
		return ret;
	/* -v flushes chain by chain, which creates the builtin ones */
	builtins_create(s, c, b);
	list_for_each_entry(ch, &t->chains, list) {
		verbose_chain(s, c, "Flushing", ch->name);
		nlb_rule_del(b, s->family, c->table, ch->name, 0, &c->loc);
	}
	ir_table_free(t);
	return 0;
}

static int cmd_new_chain(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	int ret;

	if (is_builtin(c->table, c->chain))
		return short_error(s, errno_msg(EEXIST));
	ret = chain_exists(s, c->table, c->chain);
	if (ret == 0)
		return short_error(s, errno_msg(EEXIST));
	if (ret != -ENOENT)
		return ret;
	nlb_table_add(b, s->family, c->table, &c->loc);
	nlb_user_chain_add(b, s->family, c->table, c->chain, true, &c->loc);
	return 0;
}

static int chain_handle_cmp(const void *a, const void *b)
{
	const struct ir_chain *x = *(struct ir_chain *const *)a;
	const struct ir_chain *y = *(struct ir_chain *const *)b;

	return x->handle < y->handle ? -1 : x->handle > y->handle;
}

static int cmd_delete_chain(struct session *s, struct ir_cmd *c,
			    struct nlb *b)
{
	struct ir_table *t;
	struct ir_chain *ch, **order;
	size_t i, n;
	int ret;

	/* one chain: does it exist (the kernel refuses one in use) */
	ret = table_load(s, c, c->chain, c->chain ? 0 : CACHE_RULES, &t);
	if (ret)
		return ret;
	if (t->in_kernel)
		nlb_table_add(b, s->family, c->table, &c->loc);
	if (c->chain) {
		ch = ir_table_find_chain(t, c->chain);
		if (!ch || !ch->in_kernel) {
			ret = short_error(s, errno_msg(ENOENT));
		} else if (ch->builtin && ch->policy != NF_ACCEPT) {
			/* iptables-nft keeps a builtin chain that drops; one
			 * with rules is left to the kernel to refuse */
			ret = short_error(s, "Directory not empty.");
		} else {
			/* a builtin chain goes silently */
			if (!ch->builtin)
				verbose_chain(s, c, "Deleting", ch->name);
			nlb_chain_del(b, s->family, c->table, ch->name,
				      &c->loc);
		}
		goto out;
	}
	/*
	 * all user chains, and the builtin ones that are empty and accept:
	 * -v names them in the listing's order, the batch has them in the
	 * kernel's (as iptables-nft: the first refused is the one reported)
	 */
	n = 0;
	list_for_each_entry(ch, &t->chains, list) {
		n++;
		if (ch->in_kernel && !ch->builtin)
			verbose_chain(s, c, "Deleting", ch->name);
	}
	order = xmalloc((n ? n : 1) * sizeof(*order));
	n = 0;
	list_for_each_entry(ch, &t->chains, list)
		if (ch->in_kernel && (!ch->builtin ||
				      (!ch->nrules && ch->policy == NF_ACCEPT)))
			order[n++] = ch;
	qsort(order, n, sizeof(*order), chain_handle_cmp);
	for (i = 0; i < n; i++)
		nlb_chain_del(b, s->family, c->table, order[i]->name,
			      &c->loc);
	free(order);
out:
	ir_table_free(t);
	return ret;
}

static int cmd_set_policy(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	int policy;

	if (!is_builtin(c->table, c->chain))
		return short_error(s, "Bad built-in chain name.");
	if (!strcmp(c->policy, "ACCEPT"))
		policy = NF_ACCEPT;
	else if (!strcmp(c->policy, "DROP"))
		policy = NF_DROP;
	else
		return short_error(s,
				   "Bad policy name. Run `dmesg' for more information.");
	nlb_table_add(b, s->family, c->table, &c->loc);
	return nlb_builtin_chain_set(b, s->family, c->table, c->chain, policy,
				     0, 0, &c->loc);
}

static int cmd_rename(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct cache_chain cc;
	int ret;

	/* the new name is looked at first, as iptables does */
	if (is_builtin(c->table, c->newname) ||
	    chain_exists(s, c->table, c->newname) == 0)
		return short_error(s, "File exists.");
	ret = cache_chain_get(s->nls, s->family, c->table, c->chain, &cc);
	if (ret == -ENOENT)
		return short_error(s, errno_msg(ENOENT));
	if (ret)
		return ret;
	nlb_chain_rename(b, s->family, c->table, cc.handle, c->newname,
			 &c->loc);
	return 0;
}

/* -Z: rules with counters are written again with zero counters. */
static int zero_chain(struct session *s, const struct ir_cmd *c,
		      struct ir_chain *ch, unsigned int num, struct nlb *b)
{
	struct ir_rule *r;
	unsigned int i = 0;

	/* a builtin chain not made yet is made only by -L -Z */
	if (!ch->in_kernel &&
	    !(c->command & (IR_CMD_LIST | IR_CMD_LIST_RULES)))
		return 0;
	/* zeroing one rule says nothing, even with -v */
	if (c->command & IR_CMD_ZERO)
		verbose_chain(s, c, "Zeroing", ch->name);
	if (ch->builtin && !num)
		nlb_builtin_chain_set(b, s->family, c->table, ch->name,
				      ch->policy, 0, 0, &c->loc);
	list_for_each_entry(r, &ch->rules, list) {
		i++;
		if (num && i != num)
			continue;
		if (!r->pkts && !r->bytes)
			continue;
		r->pkts = 0;
		r->bytes = 0;
		lin_rule_msg(b, c->table, ch->name, r, NLM_F_REPLACE,
			     r->handle, 0, &c->loc);
	}
	return 0;
}

/*
 * -L -Z (or -S -Z) in a table not made yet: the builtin chains just
 * listed are zeroed, which iptables-nft tries in a table that does not
 * exist, and the kernel refuses the first.
 */
static int zero_no_table(struct session *s, const struct ir_cmd *c,
			 struct ir_table *t)
{
	struct ir_chain *ch;
	const char *first = NULL;

	list_for_each_entry(ch, &t->chains, list) {
		if (c->chain && strcmp(ch->name, c->chain))
			continue;
		verbose_chain(s, c, "Zeroing", ch->name);
		if (!first)
			first = ch->name;
	}
	if (!first)
		return 0;
	erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, &c->loc,
		 " CHAIN_ZERO failed (%s): chain %s", strerror(ENOENT), first);
	return -ENOENT;
}

static int cmd_zero(struct session *s, struct ir_cmd *c, struct nlb *b)
{
	struct ir_table *t;
	struct ir_chain *ch;
	int ret;

	ret = table_load(s, c, c->chain, CACHE_RULES, &t);
	if (ret)
		return ret;
	/* a chain named must be there; a builtin one not made yet will do
	 * with -L only (which makes it) */
	ch = c->chain ? ir_table_find_chain(t, c->chain) : NULL;
	if (c->chain &&
	    (!ch || (!ch->in_kernel &&
		     (!ch->builtin ||
		      !(c->command & (IR_CMD_LIST | IR_CMD_LIST_RULES)))))) {
		ret = short_error(s, c->rulenum ? bad_rule : errno_msg(ENOENT));
		goto out;
	}
	if (!t->in_kernel) {
		if (c->command & (IR_CMD_LIST | IR_CMD_LIST_RULES) &&
		    c->command & IR_CMD_ZERO)
			ret = zero_no_table(s, c, t);
		goto out;
	}
	/* -L -Z zeroes the builtin chains it listed, which makes them */
	if (c->command & (IR_CMD_LIST | IR_CMD_LIST_RULES) && !c->chain)
		builtins_create(s, c, b);
	if (c->chain) {
		ret = zero_chain(s, c, ch, c->rulenum, b);
	} else {
		list_for_each_entry(ch, &t->chains, list)
			zero_chain(s, c, ch, 0, b);
	}
out:
	ir_table_free(t);
	return ret;
}

/* ---- listing ---- */

static unsigned int list_format(const struct ir_cmd *c)
{
	unsigned int fmt = 0;

	if (c->options & IR_OPT_NUMERIC)
		fmt |= LIST_NUMERIC;
	if (c->options & IR_OPT_VERBOSE)
		fmt |= LIST_VERBOSE;
	if (c->options & IR_OPT_EXPANDED)
		fmt |= LIST_EXACT;
	if (c->options & IR_OPT_LINENUMBERS)
		fmt |= LIST_LINENUMS;
	return fmt;
}

static int incompatible(struct session *s, const struct ir_cmd *c,
			const char *chain)
{
	return erec_other(s->err, NULL,
		"chain `%s' in table `%s' is incompatible, use 'nft' tool.",
		chain, c->table);
}

/*
 * -L and -S print each rule as the kernel gives it.  What comes before the
 * rules (a chain's header with its references, the -P and -N lines) is
 * known only when all is read, so the rules' text waits in one buffer,
 * with where each chain's part starts.  With -vv, the rules read are
 * shown as iptables-nft shows them first: those of the builtin chains and
 * of the chain named (all if none is), builtins first, then user chains
 * in the kernel's order.
 */
struct list_walk {
	const struct ir_cmd *c;
	bool spec;			/* -S, else -L */
	unsigned int fmt;		/* -L: LIST_* */
	unsigned int flags;		/* -S: PRINT_* */
	struct strbuf text, debug;
	struct list_span {
		size_t text, debug;
	} *start;			/* each chain's, in table order */
	size_t n, cap;
	unsigned int num;		/* rule number in the current chain */
	uint64_t prev;			/* the rule handle before (-vv) */
	bool named;			/* in the chain named */
};

static bool list_is_named(const struct list_walk *w, const struct ir_chain *ch)
{
	return w->c->chain && !strcmp(ch->name, w->c->chain);
}

/* the chain named, and with -vv the builtin ones (their rules are shown) */
static bool list_walk_want(const struct ir_chain *ch, void *data)
{
	struct list_walk *w = data;

	return !w->c->chain || list_is_named(w, ch) ||
	       (w->c->verbose >= 2 && ch->builtin);
}

static int list_walk_chain(const struct ir_chain *ch, void *data)
{
	struct list_walk *w = data;

	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->start = xrealloc(w->start, w->cap * sizeof(*w->start));
	}
	w->start[w->n].text = w->text.len;
	w->start[w->n].debug = w->debug.len;
	w->n++;
	w->num = 0;
	w->prev = 0;
	w->named = list_is_named(w, ch);
	return 0;
}

static int list_walk_rule(const struct ir_chain *ch, const struct ir_rule *r,
			  void *data)
{
	struct list_walk *w = data;
	const struct ir_cmd *c = w->c;
	struct nlb b;

	w->num++;
	/* the kernel gives each rule its predecessor's handle */
	if (c->verbose >= 2 && (!c->chain || w->named || ch->builtin)) {
		nlb_init(&b, 0);
		lin_rule_msg(&b, c->table, ch->name, r, 0, r->handle,
			     w->prev, NULL);
		debug_msg(&b, &w->debug);
		nlb_release(&b);
		w->prev = r->handle;
	}
	if ((c->chain && !w->named) || (c->rulenum && w->num != c->rulenum))
		return 0;
	if (w->spec) {
		print_rule_spec(r, ch->name, w->flags, &w->text);
		strbuf_addc(&w->text, '\n');
	} else {
		list_rule(r, w->num, w->fmt, &w->text);
	}
	/* -L/-S CHAIN N: the rules after it are not needed (nor, without
	 * a header, their number), unless -vv shows them */
	return c->rulenum && c->verbose < 2 ? NLS_STOP : 0;
}

static void list_walk_restart(void *data)
{
	struct list_walk *w = data;

	strbuf_reset(&w->text);
	strbuf_reset(&w->debug);
	w->n = 0;
}

static void list_walk_release(struct list_walk *w)
{
	strbuf_release(&w->text);
	strbuf_release(&w->debug);
	free(w->start);
}

/* The i-th chain's part of buf (text or debug). */
static void list_span_add(const struct list_walk *w, size_t i, bool debug,
			  struct strbuf *out)
{
	const struct strbuf *sb = debug ? &w->debug : &w->text;
	size_t from, to;

	if (i >= w->n)
		return;
	from = debug ? w->start[i].debug : w->start[i].text;
	to = i + 1 == w->n ? sb->len :
	     debug ? w->start[i + 1].debug : w->start[i + 1].text;
	if (to > from)
		strbuf_add(out, sb->buf + from, to - from);
}

struct chain_order {
	uint64_t handle;
	size_t i;
};

static int chain_order_cmp(const void *a, const void *b)
{
	const struct chain_order *x = a, *y = b;

	return x->handle < y->handle ? -1 : x->handle > y->handle;
}

/* Reads the table for -L/-S; -vv lines and the incompatible note to out. */
static int list_walk_run(struct session *s, struct list_walk *w,
			 struct strbuf *out, struct ir_table **t)
{
	const struct cache_sink sink = {
		.want = list_walk_want, .chain = list_walk_chain,
		.rule = list_walk_rule, .restart = list_walk_restart,
		.data = w,
	};
	struct chain_order *order;
	const struct ir_chain *ch;
	size_t i = 0, n;
	int ret;

	ret = table_fetched(s, w->c, cache_table_stream(s->nls, s->family,
							w->c->table,
							w->c->chain, &sink,
							t, NULL));
	if (ret)
		return ret;
	if (w->debug.len) {
		order = xmalloc(w->n * sizeof(*order));
		list_for_each_entry(ch, &(*t)->chains, list) {
			if (i == w->n)
				break;
			/* builtins first, as the table has them */
			order[i].handle = ch->builtin ? i :
					  (1ULL << 63) + ch->handle;
			order[i].i = i;
			i++;
		}
		qsort(order, i, sizeof(*order), chain_order_cmp);
		for (n = 0; n < i; n++)
			list_span_add(w, order[n].i, true, out);
		free(order);
	}
	/* after -vv's lines; with the table or a chain of it, not an error */
	if ((*t)->incompatible_base &&
	    (!w->c->chain || ir_table_find_chain(*t, w->c->chain)))
		strbuf_addf(out,
			"# Table `%s' contains incompatible base-chains, use 'nft' tool to list them.\n",
			(*t)->name);
	return 0;
}

static int cmd_list(struct session *s, struct ir_cmd *c, struct strbuf *out)
{
	struct list_walk w = {
		.c = c, .fmt = list_format(c), .text = STRBUF_INIT,
		.debug = STRBUF_INIT,
	};
	struct ir_table *t;
	struct ir_chain *ch;
	bool first = true;
	size_t i = 0;
	int ret;

	ret = list_walk_run(s, &w, out, &t);
	if (ret)
		goto out;
	list_for_each_entry(ch, &t->chains, list) {
		if (c->chain && strcmp(ch->name, c->chain)) {
			i++;
			continue;
		}
		if (!c->rulenum) {
			if (!first)
				strbuf_addc(out, '\n');
			list_chain_header(ch, w.fmt, out);
			list_columns(w.fmt, out);
		}
		first = false;
		list_span_add(&w, i++, false, out);
	}
	if (c->chain && first)
		ret = incompatible(s, c, c->chain);
	ir_table_free(t);
out:
	list_walk_release(&w);
	return ret;
}

static int cmd_list_rules(struct session *s, struct ir_cmd *c,
			  struct strbuf *out)
{
	struct list_walk w = {
		.c = c, .spec = true, .text = STRBUF_INIT,
		.flags = c->options & IR_OPT_VERBOSE ? PRINT_C_COUNTERS : 0,
		.debug = STRBUF_INIT,
	};
	struct ir_table *t;
	struct ir_chain *ch;
	bool found = false;
	size_t i = 0;
	int ret;

	ret = list_walk_run(s, &w, out, &t);
	if (ret)
		goto out;
	list_for_each_entry(ch, &t->chains, list) {
		if (c->chain && strcmp(ch->name, c->chain))
			continue;
		found = true;
		if (c->rulenum)
			break;
		if (ch->builtin) {
			strbuf_addf(out, "-P %s %s", ch->name,
				    ch->policy == NF_DROP ? "DROP" : "ACCEPT");
			if (w.flags & PRINT_C_COUNTERS)
				strbuf_addf(out, " -c %llu %llu",
					    (unsigned long long)ch->pkts,
					    (unsigned long long)ch->bytes);
			strbuf_addc(out, '\n');
		} else {
			strbuf_addf(out, "-N %s\n", ch->name);
		}
	}
	list_for_each_entry(ch, &t->chains, list)
		list_span_add(&w, i++, false, out);
	if (c->chain && !found)
		ret = incompatible(s, c, c->chain);
	ir_table_free(t);
out:
	list_walk_release(&w);
	return ret;
}

/* ---- dispatch ---- */

static int cmd_build(struct session *s, struct ir_cmd *c, struct nlb *b,
		     struct strbuf *out)
{
	unsigned int cmd = c->command;
	int ret = 0;

	if (cmd & (IR_CMD_LIST | IR_CMD_LIST_RULES)) {
		ret = cmd & IR_CMD_LIST ? cmd_list(s, c, out) :
		      cmd_list_rules(s, c, out);
		if (ret || !(cmd & (IR_CMD_ZERO | IR_CMD_ZERO_NUM)))
			return ret;
		return cmd_zero(s, c, b);
	}
	/* a jump to a chain that does not exist is found first, whatever
	 * the command would do then (as iptables checks it) */
	if (cmd & (IR_CMD_APPEND | IR_CMD_INSERT | IR_CMD_DELETE |
		   IR_CMD_CHECK)) {
		ret = jump_target_check(s, c);
		if (ret)
			return ret;
	}
	switch (cmd) {
	case IR_CMD_APPEND:
		return cmd_append(s, c, b);
	case IR_CMD_INSERT:
		return cmd_insert(s, c, b);
	case IR_CMD_REPLACE:
		return cmd_replace(s, c, b);
	case IR_CMD_DELETE:
		return cmd_delete(s, c, b, false);
	case IR_CMD_CHECK:
		return cmd_delete(s, c, b, true);
	case IR_CMD_DELETE_NUM:
		return cmd_delete_num(s, c, b);
	case IR_CMD_FLUSH:
		return cmd_flush(s, c, b);
	case IR_CMD_ZERO:
	case IR_CMD_ZERO_NUM:
		return cmd_zero(s, c, b);
	case IR_CMD_NEW_CHAIN:
		return cmd_new_chain(s, c, b);
	case IR_CMD_DELETE_CHAIN:
		return cmd_delete_chain(s, c, b);
	case IR_CMD_SET_POLICY:
		return cmd_set_policy(s, c, b);
	case IR_CMD_RENAME_CHAIN:
		return cmd_rename(s, c, b);
	}
	return erec_param(s->err, &c->loc, "Unknown command");
}

int cmd_run(struct session *s, struct ir_cmd *c, struct strbuf *out)
{
	unsigned int tries;
	int ret = 0;

	if (c->wrong_family)
		return 0;
	if (!session_nls(s))
		return -EPERM;
	for (tries = 0; tries < CMD_RETRIES; tries++) {
		struct nlb b;
		uint32_t genid;

		strbuf_reset(out);
		s->out = out;
		ret = nls_getgen(s->nls, &genid);
		if (ret < 0) {
			erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES,
				 NULL,
				 "Could not fetch rule set generation id: %s",
				 xt_strerror(-ret));
			return ret;
		}
		nlb_init(&b, nls_next_seq(s->nls));
		nlb_batch_begin(&b, genid, true);
		ret = cmd_build(s, c, &b, out);
		if (!ret)
			ret = cmd_commit(s, &b);
		nls_reserve_seq(s->nls, b.seq);
		nlb_release(&b);
		if (ret != -ERESTART)
			break;
		erec_clear(s->err);
	}
	if (ret == -ERESTART)
		erec_set(s->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, NULL,
			 "The ruleset kept changing: gave up after %u tries",
			 CMD_RETRIES);
	return ret;
}
