// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Option resolution with getopt_long's observable behaviour, as iptables
 * uses it: exact or unambiguous-prefix long options, "--opt=value", glued
 * short options ("-nvL", "-ptcp", "-w10"), required arguments taken from
 * the next word whatever it looks like, "!" as a word of its own.
 *
 * Extensions are loaded here, because the set of known options changes as
 * the words go by: "-m NAME" and "-j NAME" load NAME, and an unknown option
 * after "-p PROTO" loads the PROTO match (as iptables does).
 */
#include <stddef.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/nft.h>
#include <iptnft/parse.h>

#include "parser.h"

enum arg_kind {
	ARG_NONE,
	ARG_REQ,
	ARG_OPT,	/* optional: glued, or a following number (-w) */
	ARG_POS,	/* optional positional words follow (commands) */
};

struct base_def {
	const char *lname;
	char sname;
	uint8_t arg;
	int tok;
	int base;		/* enum base_opt for T_OPT; command letter */
};

static const struct base_def base_defs[] = {
	{ "append",		'A', ARG_REQ,  T_CMD, 'A' },
	{ "check",		'C', ARG_REQ,  T_CMD, 'C' },
	{ "delete",		'D', ARG_REQ,  T_CMD, 'D' },
	{ "insert",		'I', ARG_REQ,  T_CMD, 'I' },
	{ "replace",		'R', ARG_REQ,  T_CMD, 'R' },
	{ "list",		'L', ARG_POS,  T_CMD, 'L' },
	{ "list-rules",		'S', ARG_POS,  T_CMD, 'S' },
	{ "flush",		'F', ARG_POS,  T_CMD, 'F' },
	{ "zero",		'Z', ARG_POS,  T_CMD, 'Z' },
	{ "new-chain",		'N', ARG_REQ,  T_CMD, 'N' },
	{ "delete-chain",	'X', ARG_POS,  T_CMD, 'X' },
	{ "policy",		'P', ARG_REQ,  T_CMD, 'P' },
	{ "rename-chain",	'E', ARG_REQ,  T_CMD, 'E' },
	{ "help",		'h', ARG_NONE, T_CMD, 'h' },
	{ "version",		'V', ARG_NONE, T_CMD, 'V' },
	{ "source",		's', ARG_REQ,  T_OPT, BO_SOURCE },
	{ "src",		0,   ARG_REQ,  T_OPT, BO_SOURCE },
	{ "destination",	'd', ARG_REQ,  T_OPT, BO_DESTINATION },
	{ "dst",		0,   ARG_REQ,  T_OPT, BO_DESTINATION },
	{ "protocol",		'p', ARG_REQ,  T_OPT, BO_PROTOCOL },
	{ "in-interface",	'i', ARG_REQ,  T_OPT, BO_IN },
	{ "out-interface",	'o', ARG_REQ,  T_OPT, BO_OUT },
	{ "jump",		'j', ARG_REQ,  T_JUMP, 'j' },
	{ "goto",		'g', ARG_REQ,  T_GOTO, 'g' },
	{ "match",		'm', ARG_REQ,  T_MATCH, 'm' },
	{ "table",		't', ARG_REQ,  T_OPT, BO_TABLE },
	{ "numeric",		'n', ARG_NONE, T_OPT, BO_NUMERIC },
	{ "verbose",		'v', ARG_NONE, T_OPT, BO_VERBOSE },
	{ "exact",		'x', ARG_NONE, T_OPT, BO_EXACT },
	{ "fragment",		'f', ARG_NONE, T_OPT, BO_FRAGMENT },
	{ "fragments",		0,   ARG_NONE, T_OPT, BO_FRAGMENT },
	{ "line-numbers",	0,   ARG_NONE, T_OPT, BO_LINE_NUMBERS },
	{ "modprobe",		'M', ARG_REQ,  T_OPT, BO_MODPROBE },
	{ "set-counters",	'c', ARG_REQ,  T_OPT, BO_COUNTERS },
	{ "wait",		'w', ARG_OPT,  T_OPT, BO_WAIT },
	{ "wait-interval",	'W', ARG_OPT,  T_OPT, BO_WAIT_INTERVAL },
	{ "ipv4",		'4', ARG_NONE, T_OPT, BO_IPV4 },
	{ "ipv6",		'6', ARG_NONE, T_OPT, BO_IPV6 },
};

void optres_init(struct optres *r, struct parse_ctx *ctx, int argc,
		 char **argv, unsigned int line)
{
	memset(r, 0, offsetof(struct optres, namebuf));
	r->ctx = ctx;
	r->argc = argc;
	r->argv = argv;
	r->line = line;
}

void optres_release(struct optres *r)
{
	unsigned int i;

	free(r->pending);
	/* extensions never attached to a rule are still ours */
	for (i = 0; i < r->nexts; i++)
		if (list_empty(&r->exts[i]->list) &&
		    r->ctx->cmd->rule->target != r->exts[i])
			ir_ext_free(r->exts[i]);
	r->pending = NULL;
	r->nexts = 0;
}

static struct location optres_loc(const struct optres *r)
{
	struct location l = { .line = r->line, .word = r->idx };

	return l;
}

static __printf(2, 3) int optres_error(struct optres *r, const char *fmt,
					...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (!r->pending) {
		r->pending = xstrdup(strbuf_str(&sb));
		r->pending_loc = optres_loc(r);
	}
	strbuf_release(&sb);
	return -1;
}

int optres_raise(struct optres *r)
{
	if (!r->pending)
		return erec_param(r->ctx->err, NULL, "parse error");
	return erec_param(r->ctx->err, &r->pending_loc, "%s", r->pending);
}

static struct ir_ext *optres_load(struct optres *r, const struct ext *x,
				  bool explicit_m)
{
	const struct ext_probe *pr;
	struct ir_ext *e;

	if (r->nexts == OPTRES_MAX_EXT)
		return NULL;
	/* iptables asks the kernel about each extension it loads */
	pr = r->ctx->probe;
	if (pr && !x->lin && x->xt_size && pr->missing(pr->data, x,
						       r->ctx->family))
		strbuf_addf(&r->ctx->err->warn,
			"Warning: Extension %s revision %u not supported, missing kernel module?\n",
			x->xt_name ? x->xt_name : x->name, x->revision);
	e = ir_ext_alloc(x);
	e->explicit_m = explicit_m;
	e->loc = optres_loc(r);
	r->exts[r->nexts++] = e;
	return e;
}

/* Candidates of a long option: base options, then loaded extensions. */
struct cand {
	const struct base_def *b;
	struct ir_ext *e;
	const struct ext_opt *o;
};

static bool cand_same(const struct cand *a, const struct cand *b)
{
	if (a->b && b->b)
		return a->b->tok == b->b->tok && a->b->base == b->b->base &&
		       a->b->arg == b->b->arg;
	return a->o && a->o == b->o && a->e == b->e;
}

/* Is there an instance of exts[j]'s extension after it? */
static bool later_instance(const struct optres *r, int j)
{
	unsigned int k;

	for (k = j + 1; k < r->nexts; k++)
		if (r->exts[k]->ext == r->exts[j]->ext)
			return true;
	return false;
}

/*
 * How option name n matches the len characters of name (which hold no
 * NUL): NAME_NONE, NAME_PREFIX or NAME_EXACT.  Inline, as nearly all
 * candidates differ in their first character.
 */
enum { NAME_NONE, NAME_PREFIX, NAME_EXACT };

static inline int name_match(const char *n, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (n[i] != name[i])
			return NAME_NONE;
	return n[len] ? NAME_PREFIX : NAME_EXACT;
}

/* base_defs by the hash of their long name, open addressing. */
#define BASE_HASH_SIZE	128

static unsigned int name_hash(const char *name, size_t len)
{
	return str_hash(name, len) & (BASE_HASH_SIZE - 1);
}

/* The base option named exactly so, or NULL. */
static const struct base_def *base_exact(const char *name, size_t len)
{
	/* base_defs' index + 1, made on first use */
	static unsigned char slot[BASE_HASH_SIZE];
	static bool built;
	unsigned int i, h;

	if (!built) {
		for (i = 0; i < ARRAY_SIZE(base_defs); i++) {
			const char *n = base_defs[i].lname;

			h = name_hash(n, strlen(n));
			while (slot[h])
				h = (h + 1) & (BASE_HASH_SIZE - 1);
			slot[h] = i + 1;
		}
		built = true;
	}
	for (h = name_hash(name, len); slot[h];
	     h = (h + 1) & (BASE_HASH_SIZE - 1))
		if (name_match(base_defs[slot[h] - 1].lname, name, len) ==
		    NAME_EXACT)
			return &base_defs[slot[h] - 1];
	return NULL;
}

/*
 * getopt_long's lookup: an exact match wins (a base option before the
 * extensions', later extensions first); otherwise a unique prefix
 * (prefixes naming entries that behave the same are not ambiguous).
 */
static int long_lookup(struct optres *r, const char *name, size_t len,
		       struct cand *out)
{
	struct cand found = { 0 }, c;
	const struct base_def *b;
	bool have = false, ambiguous = false;
	unsigned int i;
	int j;

	b = base_exact(name, len);
	if (b) {
		*out = (struct cand){ .b = b };
		return 0;
	}
	/*
	 * later extensions first, like options merged at the end; of an
	 * extension loaded more than once only the latest instance takes
	 * options (iptables marks the earlier ones completed)
	 */
	for (j = (int)r->nexts - 1; j >= 0; j--) {
		struct ir_ext *e = r->exts[j];
		const struct ext_opt *o;

		if (later_instance(r, j))
			continue;
		for (o = e->ext->opts; o && o->name; o++) {
			int m = name_match(o->name, name, len);

			if (m == NAME_NONE)
				continue;
			c = (struct cand){ .e = e, .o = o };
			if (m == NAME_EXACT) {
				*out = c;
				return 0;
			}
			if (have && !cand_same(&found, &c))
				ambiguous = true;
			found = c;
			have = true;
		}
	}
	/*
	 * no exact name: the base options' prefixes too.  Base and extension
	 * candidates are never the same, so which come first does not
	 * change the answer.
	 */
	for (i = 0; i < ARRAY_SIZE(base_defs); i++) {
		if (!name_match(base_defs[i].lname, name, len))
			continue;
		c = (struct cand){ .b = &base_defs[i] };
		if (have && !cand_same(&found, &c))
			ambiguous = true;
		found = c;
		have = true;
	}
	if (!have || ambiguous)
		return -ENOENT;
	*out = found;
	return 0;
}

/* "-p tcp" then an unknown option: load the protocol's match. */
static bool optres_load_proto(struct optres *r)
{
	const struct ext *x;
	char lower[32];
	size_t i;

	if (!r->proto || r->proto_loaded)
		return false;
	for (i = 0; r->proto[i] && i < sizeof(lower) - 1; i++)
		lower[i] = r->proto[i] >= 'A' && r->proto[i] <= 'Z' ?
			   r->proto[i] - 'A' + 'a' : r->proto[i];
	lower[i] = '\0';
	if (!strcmp(lower, "ipv6-icmp") || !strcmp(lower, "icmpv6"))
		snprintf(lower, sizeof(lower), "icmp6");
	x = ext_find(lower, EXT_MATCH, r->ctx->family);
	if (!x)
		return false;
	r->proto_loaded = true;
	return optres_load(r, x, false) != NULL;
}

static const char *optres_word(struct optres *r)
{
	return r->idx < r->argc ? r->argv[r->idx++] : NULL;
}

/* The argument of an option: glued text, "=value", or the next word. */
static int take_arg(struct optres *r, uint8_t kind, const char *inline_arg,
		    const char *shown, struct opt_tok *val)
{
	val->arg = NULL;
	if (kind == ARG_NONE || kind == ARG_POS) {
		/* "--name=value" of an option without one is unknown
		 * (resolve_long) */
		if (inline_arg && kind == ARG_POS)
			val->arg = inline_arg;
		return 0;
	}
	if (inline_arg) {
		val->arg = inline_arg;
		return 0;
	}
	if (kind == ARG_OPT) {
		const char *w = r->idx < r->argc ? r->argv[r->idx] : NULL;

		if (w && w[0] != '-' && w[0] != '!')
			val->arg = optres_word(r);
		return 0;
	}
	val->arg = optres_word(r);
	if (!val->arg)
		/* iptables names the word as it was typed */
		return optres_error(r, "option \"%s\" requires an argument",
				    r->word ? r->word : shown);
	return 0;
}

static int emit_base(struct optres *r, const struct base_def *b,
		     const char *inline_arg, const char *shown,
		     struct opt_tok *val)
{
	const struct ext *x;

	val->base = b->base;
	val->name = shown;
	if (take_arg(r, b->arg, inline_arg, shown, val) < 0)
		return -1;
	switch (b->tok) {
	case T_MATCH:
		x = ext_find(val->arg, EXT_MATCH, r->ctx->family);
		if (!x) {
			return optres_error(r,
				"Couldn't load match `%s':No such file or directory\n",
				val->arg);
		}
		val->ext = optres_load(r, x, true);
		break;
	case T_JUMP:
		x = ext_find(val->arg, EXT_TARGET, r->ctx->family);
		if (x)
			val->ext = optres_load(r, x, true);
		break;
	case T_OPT:
		if (b->base == BO_PROTOCOL) {
			r->proto = val->arg;
			r->proto_loaded = false;
		}
		break;
	}
	r->after_pos = b->arg == ARG_POS || b->tok == T_CMD;
	/* iptables acts on -V and -h at once: later words are not read */
	if (b->tok == T_CMD && (b->base == 'V' || b->base == 'h')) {
		r->idx = r->argc;
		r->glued = NULL;
	}
	return b->tok;
}

static int emit_ext(struct optres *r, const struct cand *c,
		    const char *inline_arg, const char *shown,
		    struct opt_tok *val)
{
	uint8_t kind = c->o->type == EXT_T_NONE ? ARG_NONE :
		       (c->o->flags & EXT_O_OPTARG) ? ARG_OPT : ARG_REQ;

	if (c->o->flags & EXT_O_OPTARG && !inline_arg)
		kind = ARG_NONE;
	val->name = shown;
	val->ext = c->e;
	val->xopt = c->o;
	if (take_arg(r, kind, inline_arg, shown, val) < 0)
		return -1;
	r->after_pos = false;
	return T_EXTOPT;
}

static int resolve_long(struct optres *r, const char *word,
			struct opt_tok *val)
{
	const char *name = word + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	struct cand c;
	int ret;

	ret = long_lookup(r, name, len, &c);
	if (ret < 0 && optres_load_proto(r))
		ret = long_lookup(r, name, len, &c);
	/* like getopt in iptables: the whole word, "=value" included */
	if (ret < 0)
		return optres_error(r, "unknown option \"%s\"", word);
	if (eq && (c.b ? c.b->arg == ARG_NONE : c.o->type == EXT_T_NONE))
		return optres_error(r, "unknown option \"%s\"", word);
	r->namebuf[0] = '-';
	r->namebuf[1] = '-';
	str_copy(r->namebuf + 2, sizeof(r->namebuf) - 2,
		 c.b ? c.b->lname : c.o->name);
	if (c.b)
		return emit_base(r, c.b, eq ? eq + 1 : NULL, r->namebuf, val);
	return emit_ext(r, &c, eq ? eq + 1 : NULL, r->namebuf, val);
}

static int resolve_short(struct optres *r, struct opt_tok *val)
{
	/* base_defs' index + 1 by short name, made on first use */
	static unsigned char by_char[256];
	static bool built;
	char ch = *r->glued++;
	unsigned int i;
	const char *rest;

	if (!built) {
		for (i = ARRAY_SIZE(base_defs); i-- > 0;)
			if (base_defs[i].sname)
				by_char[(unsigned char)base_defs[i].sname] = i + 1;
		built = true;
	}
	i = by_char[(unsigned char)ch];
	i = i ? i - 1 : ARRAY_SIZE(base_defs);
	r->namebuf[0] = '-';
	r->namebuf[1] = ch;
	r->namebuf[2] = '\0';
	if (i == ARRAY_SIZE(base_defs))
		return optres_error(r, "unknown option \"%s\"", r->namebuf);
	rest = r->glued;
	if (base_defs[i].arg != ARG_NONE && *rest) {
		r->glued = NULL;
		return emit_base(r, &base_defs[i], rest, r->namebuf, val);
	}
	if (!*rest)
		r->glued = NULL;
	return emit_base(r, &base_defs[i], NULL, r->namebuf, val);
}

int optres_next(struct optres *r, struct opt_tok *val)
{
	const char *w;

	memset(val, 0, sizeof(*val));
	val->loc = optres_loc(r);
	if (r->glued)
		return resolve_short(r, val);
	w = optres_word(r);
	if (!w)
		return 0;
	r->word = w;
	val->loc = optres_loc(r);
	if (w[0] == '-' && w[1] == '-' && !w[2]) {
		/* getopt stops here; iptables refuses what is left */
		r->ctx->extra_args = r->idx < r->argc;
		r->idx = r->argc;
		return 0;
	}
	if (w[0] == '-' && w[1] == '-' && w[2]) {
		return resolve_long(r, w, val);
	}
	if (w[0] == '-' && w[1]) {
		r->glued = w + 1;
		return resolve_short(r, val);
	}
	val->arg = w;
	if (w[0] == '!' && !w[1])
		return T_BANG;
	return T_WORD;
}
