// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The parser's actions: commands with their positional words, the base
 * options, -m/-j/-g, extension options, and the checks iptables makes once
 * a command line is complete.
 */
#include <netinet/in.h>
#include <ctype.h>
#include <stdio.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/tables.h>
#include <iptnft/values.h>

#include "parse-internal.h"

/* ---- words after an option ---- */

void parse_words_reset(struct parse_ctx *ctx)
{
	ctx->nwords = 0;
}

void parse_words_add(struct parse_ctx *ctx, const struct opt_tok *t)
{
	if (ctx->nwords < ARRAY_SIZE(ctx->words))
		ctx->words[ctx->nwords++] = t->arg;
}

int parse_bad_word(struct parse_ctx *ctx, const char *word)
{
	return erec_set(ctx->err, XT_PARAMETER_PROBLEM, EREC_RAW, &ctx->cmd->loc,
			"Bad argument `%s'", word);
}

/* Reports the first word after the allowed ones. */
static int words_max(struct parse_ctx *ctx, unsigned int max)
{
	if (ctx->nwords > max)
		return parse_bad_word(ctx, ctx->words[max]);
	return 0;
}

void parse_syntax_error(struct parse_ctx *ctx, const char *msg)
{
	if (erec_pending(ctx->err))
		return;
	if (ctx->last_tok == T_WORD && ctx->last_word)
		parse_bad_word(ctx, ctx->last_word);
	else
		erec_param(ctx->err, &ctx->cmd->loc, "%s", msg);
}

int parse_bang(struct parse_ctx *ctx, const struct location *loc)
{
	if (ctx->invert)
		return erec_param(ctx->err, loc,
				  "multiple consecutive ! not allowed");
	ctx->invert = true;
	ctx->bang_loc = *loc;
	return 0;
}

static bool take_invert(struct parse_ctx *ctx)
{
	bool inv = ctx->invert;

	ctx->invert = false;
	return inv;
}

/* ---- commands ---- */

static const struct {
	char letter;
	unsigned int bit;
} cmd_letters[] = {
	{ 'I', IR_CMD_INSERT }, { 'D', IR_CMD_DELETE },
	{ 'D', IR_CMD_DELETE_NUM }, { 'R', IR_CMD_REPLACE },
	{ 'A', IR_CMD_APPEND }, { 'L', IR_CMD_LIST }, { 'F', IR_CMD_FLUSH },
	{ 'Z', IR_CMD_ZERO }, { 'N', IR_CMD_NEW_CHAIN },
	{ 'X', IR_CMD_DELETE_CHAIN }, { 'P', IR_CMD_SET_POLICY },
	{ 'E', IR_CMD_RENAME_CHAIN }, { 'S', IR_CMD_LIST_RULES },
	{ 'Z', IR_CMD_ZERO_NUM }, { 'C', IR_CMD_CHECK }, { 'h', IR_CMD_HELP },
	{ 'V', IR_CMD_VERSION },
};

static char cmd_letter(unsigned int bits)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cmd_letters); i++)
		if (bits & cmd_letters[i].bit)
			return cmd_letters[i].letter;
	return '?';
}

static unsigned int cmd_bit(char letter)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cmd_letters); i++)
		if (cmd_letters[i].letter == letter)
			return cmd_letters[i].bit;
	return 0;
}

static int add_command(struct parse_ctx *ctx, unsigned int bit,
		       const struct opt_tok *t)
{
	unsigned int others = 0, old = ctx->cmd->command;

	if (take_invert(ctx))
		return erec_param(ctx->err, &t->loc, "unexpected '!' flag");
	if (bit == IR_CMD_LIST || bit == IR_CMD_LIST_RULES)
		others = IR_CMD_ZERO | IR_CMD_ZERO_NUM;
	else if (bit == IR_CMD_ZERO || bit == IR_CMD_ZERO_NUM)
		others = IR_CMD_LIST | IR_CMD_LIST_RULES;
	if (old & ~others)
		return erec_param(ctx->err, &t->loc, "Cannot use -%c with -%c",
				  cmd_letter(bit), cmd_letter(old));
	ctx->cmd->command |= bit;
	return 0;
}

static int parse_rulenum(struct parse_ctx *ctx, const char *s,
			 unsigned int *out)
{
	uint32_t n;

	if (str_to_u32(s, 10, 1, INT32_MAX, &n) < 0)
		return erec_param(ctx->err, &ctx->cmd->loc,
				  "Invalid rule number `%s'", s);
	*out = n;
	return 0;
}

static void set_chain(struct parse_ctx *ctx, const char *name)
{
	free(ctx->cmd->chain);
	ctx->cmd->chain = name ? xstrdup(name) : NULL;
}

/*
 * The words a command or option may take: those before one starting with
 * '-' or '!' (iptables only takes a next word that starts with neither).
 */
static unsigned int positional_words(const struct parse_ctx *ctx)
{
	unsigned int i;

	for (i = 0; i < ctx->nwords; i++)
		if (ctx->words[i][0] == '-' || ctx->words[i][0] == '!')
			break;
	return i;
}

/* The optional first positional word of -L -F -X -S -Z: glued or next. */
static const char *opt_positional(struct parse_ctx *ctx,
				  const struct opt_tok *t, unsigned int *used)
{
	*used = 0;
	if (t->arg)
		return t->arg;
	if (positional_words(ctx)) {
		*used = 1;
		return ctx->words[0];
	}
	return NULL;
}

int parse_command(struct parse_ctx *ctx, const struct opt_tok *t)
{
	struct ir_cmd *c = ctx->cmd;
	unsigned int used = 0, bit = cmd_bit(t->base);
	unsigned int npos = positional_words(ctx);
	const char *chain;
	int ret;

	switch (t->base) {
	case 'A':
	case 'C':
	case 'N':
		ret = add_command(ctx, bit, t);
		if (!ret)
			set_chain(ctx, t->arg);
		return ret ? ret : words_max(ctx, 0);
	case 'D':
		ret = add_command(ctx, npos ? IR_CMD_DELETE_NUM :
				  IR_CMD_DELETE, t);
		if (ret)
			return ret;
		set_chain(ctx, t->arg);
		if (npos &&
		    parse_rulenum(ctx, ctx->words[0], &c->rulenum) < 0)
			return -EINVAL;
		return words_max(ctx, npos ? 1 : 0);
	case 'I':
		ret = add_command(ctx, bit, t);
		if (ret)
			return ret;
		set_chain(ctx, t->arg);
		c->rulenum = 1;
		if (npos &&
		    parse_rulenum(ctx, ctx->words[0], &c->rulenum) < 0)
			return -EINVAL;
		return words_max(ctx, npos ? 1 : 0);
	case 'R':
		ret = add_command(ctx, bit, t);
		if (ret)
			return ret;
		set_chain(ctx, t->arg);
		if (!npos)
			return erec_param(ctx->err, &t->loc,
					  "-%c requires a rule number",
					  t->base);
		if (parse_rulenum(ctx, ctx->words[0], &c->rulenum) < 0)
			return -EINVAL;
		return words_max(ctx, 1);
	case 'F':
	case 'X':
		ret = add_command(ctx, bit, t);
		if (ret)
			return ret;
		chain = opt_positional(ctx, t, &used);
		set_chain(ctx, chain);
		return words_max(ctx, used);
	case 'L':
	case 'S':
	case 'Z':
		chain = opt_positional(ctx, t, &used);
		if (chain && npos > used) {
			if (t->base == 'Z')
				bit = IR_CMD_ZERO_NUM;
			ret = add_command(ctx, bit, t);
			/* -Z CHAIN N only zeroes: a -L or -S before it is
			 * dropped, as iptables does (one after it lists) */
			if (!ret && bit == IR_CMD_ZERO_NUM)
				c->command = IR_CMD_ZERO_NUM;
			if (!ret)
				ret = parse_rulenum(ctx, ctx->words[used],
						    &c->rulenum);
			if (ret)
				return ret;
			used++;
		} else {
			ret = add_command(ctx, bit, t);
			if (ret)
				return ret;
		}
		/* -L CHAIN -Z: the chain stays */
		if (chain)
			set_chain(ctx, chain);
		return words_max(ctx, used);
	case 'P':
		ret = add_command(ctx, bit, t);
		if (ret)
			return ret;
		set_chain(ctx, t->arg);
		if (!npos)
			return erec_param(ctx->err, &t->loc,
					  "-%c requires a chain and a policy",
					  t->base);
		c->policy = xstrdup(ctx->words[0]);
		return words_max(ctx, 1);
	case 'E':
		ret = add_command(ctx, bit, t);
		if (ret)
			return ret;
		set_chain(ctx, t->arg);
		if (!npos)
			return erec_param(ctx->err, &t->loc,
				"-%c requires old-chain-name and new-chain-name",
				t->base);
		c->newname = xstrdup(ctx->words[0]);
		return words_max(ctx, 1);
	case 'h':
	case 'V':
		/* acted on at once, whatever came before */
		take_invert(ctx);
		c->command = bit;
		return 0;
	}
	return erec_param(ctx->err, &t->loc, "unknown command");
}

/* ---- base options ---- */

/* The letter iptables names each base option by in its messages. */
static const struct {
	unsigned int opt;
	const char *name;
	bool invertible;
} opt_names[] = {
	{ IR_OPT_NUMERIC,	"-n",		false },
	{ IR_OPT_SOURCE,	"-s",		true },
	{ IR_OPT_DESTINATION,	"-d",		true },
	{ IR_OPT_PROTOCOL,	"-p",		true },
	{ IR_OPT_JUMP,		"-j",		false },
	{ IR_OPT_VERBOSE,	"-v",		false },
	{ IR_OPT_EXPANDED,	"-x",		false },
	{ IR_OPT_VIANAMEIN,	"-i",		true },
	{ IR_OPT_VIANAMEOUT,	"-o",		true },
	{ IR_OPT_LINENUMBERS,	"-0",		false },
	{ IR_OPT_COUNTERS,	"-c",		false },
	{ IR_OPT_FRAGMENT,	"-f",		true },
};

static const char *opt_name(unsigned int opt)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(opt_names); i++)
		if (opt_names[i].opt == opt)
			return opt_names[i].name;
	return "?";
}

static bool opt_invertible(unsigned int opt)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(opt_names); i++)
		if (opt_names[i].opt == opt)
			return opt_names[i].invertible;
	return false;
}

/* Records option opt (once only); returns the invert flag in *inv. */
static int set_option(struct parse_ctx *ctx, unsigned int opt,
		      const struct location *loc, bool *inv)
{
	bool invert = take_invert(ctx);

	if (ctx->cmd->options & opt)
		return erec_param(ctx->err, loc, "multiple %s flags not allowed",
				  opt_name(opt));
	ctx->cmd->options |= opt;
	if (invert && !opt_invertible(opt))
		return erec_param(ctx->err, loc, "cannot have ! before %s",
				  opt_name(opt));
	*inv = invert;
	return 0;
}

static int opt_interface(struct parse_ctx *ctx, const struct opt_tok *t,
			 bool out, bool inv)
{
	struct ir_rule *r = ctx->cmd->rule;
	char *dst = out ? r->outiface : r->iniface;

	if (!t->arg[0])
		return erec_param(ctx->err, &t->loc,
				  "Empty interface is likely to be undesired");
	if (iface_check(t->arg, ctx->err, &t->loc) < 0)
		return -EINVAL;
	if (strpbrk(t->arg, "/ "))
		strbuf_addf(&ctx->err->warn,
			"Warning: weird character in interface `%s' ('/' and ' ' are not allowed by the kernel).\n",
			t->arg);
	str_copy(dst, IFNAMSIZ, t->arg);
	if (inv)
		r->invflags |= out ? IR_INV_OUT : IR_INV_IN;
	return 0;
}

static int opt_protocol(struct parse_ctx *ctx, const struct opt_tok *t,
			bool inv)
{
	struct ir_rule *r = ctx->cmd->rule;
	char *lower;
	size_t i;

	if (proto_parse(t->arg, &r->proto) < 0) {
		/* iptables lowers -p's word before it looks it up */
		lower = xstrdup(t->arg);
		for (i = 0; lower[i]; i++)
			lower[i] = tolower((unsigned char)lower[i]);
		erec_param(ctx->err, &t->loc,
			   "unknown protocol \"%s\" specified", lower);
		free(lower);
		return -EINVAL;
	}
	r->flags |= IR_F_PROTO;
	if (inv) {
		if (!r->proto)
			return erec_param(ctx->err, &t->loc,
					  "rule would never match protocol");
		r->invflags |= IR_INV_PROTO;
	}
	/* IPv6 extension headers are not what the rule's protocol is */
	if (ctx->family == NFPROTO_IPV6 && !inv &&
	    (r->proto == IPPROTO_ROUTING || r->proto == IPPROTO_FRAGMENT ||
	     r->proto == IPPROTO_AH || r->proto == IPPROTO_DSTOPTS))
		strbuf_addf(&ctx->err->warn,
			"Warning: never matched protocol: %s. use extension match instead.\n",
			t->arg);
	return 0;
}

static int opt_counters(struct parse_ctx *ctx, const struct opt_tok *t)
{
	struct ir_rule *r = ctx->cmd->rule;
	const char *pk = t->arg, *by = NULL;
	char *comma = NULL, *copy = NULL;
	unsigned int used = 0;
	int ret = 0;

	if (strchr(pk, ',')) {
		copy = xstrdup(pk);
		comma = strchr(copy, ',');
		*comma = '\0';
		pk = copy;
		by = comma + 1;
	} else if (positional_words(ctx)) {
		by = ctx->words[0];
		used = 1;
	}
	if (!by) {
		ret = erec_param(ctx->err, &t->loc,
				 "-c requires packet and byte counter");
		goto out;
	}
	/* as lenient as iptables' sscanf: leading digits, wrapping */
	if (sscanf(pk, "%llu", (unsigned long long *)&r->pkts) != 1) {
		ret = erec_param(ctx->err, &t->loc,
				 "-c packet counter not numeric");
		goto out;
	}
	if (sscanf(by, "%llu", (unsigned long long *)&r->bytes) != 1) {
		ret = erec_param(ctx->err, &t->loc,
				 "-c byte counter not numeric");
		goto out;
	}
	/* ip6tables 1.8.9 accepts -c (and restore counters) but its rules
	 * start from zero */
	if (ctx->family == NFPROTO_IPV6)
		r->pkts = r->bytes = 0;
	else
		r->flags |= IR_F_COUNTERS;
	ret = words_max(ctx, used);
out:
	free(copy);
	return ret;
}

static int opt_table(struct parse_ctx *ctx, const struct opt_tok *t)
{
	if (take_invert(ctx))
		return erec_param(ctx->err, &t->loc,
				  "unexpected ! flag before --table");
	/* a restore line starts with the "-t TABLE" of its block */
	if (ctx->restore && ctx->cmd->table[0])
		return erec_param(ctx->err, &t->loc,
				  "The -t option cannot be used in %s.\n",
				  ctx->prog);
	str_copy(ctx->cmd->table, sizeof(ctx->cmd->table), t->arg);
	return 0;
}

/*
 * -w and -W take an optional number, read as sscanf's "%u" reads it (so
 * "5x" is 5 and "-1" wraps), as iptables does.
 */
static int opt_wait(struct parse_ctx *ctx, const struct opt_tok *t)
{
	unsigned int v;

	take_invert(ctx);
	if (ctx->restore)
		return erec_param(ctx->err, &t->loc,
				  "You cannot use `-%c' from iptables-restore",
				  t->base == BO_WAIT ? 'w' : 'W');
	if (t->base == BO_WAIT) {
		ctx->cmd->options |= IR_OPT_WAIT;
		if (t->arg && sscanf(t->arg, "%u", &v) != 1)
			return erec_param(ctx->err, &t->loc,
					  "wait seconds not numeric");
		return 0;
	}
	ctx->cmd->options |= IR_OPT_WAIT_INTERVAL;
	if (!t->arg)
		return erec_param(ctx->err, &t->loc,
				  "wait interval value required");
	if (sscanf(t->arg, "%u", &v) != 1)
		return erec_param(ctx->err, &t->loc,
				  "wait interval not numeric");
	if (v > 999999)
		return erec_param(ctx->err, &t->loc,
				  "too long usec wait %u > 999999 usec", v);
	strbuf_adds(&ctx->err->warn,
		    "Ignoring deprecated --wait-interval option.\n");
	return 0;
}

static int base_option(struct parse_ctx *ctx, const struct opt_tok *t)
{
	struct ir_cmd *c = ctx->cmd;
	bool inv = false;
	int ret = 0;

	switch (t->base) {
	case BO_PROTOCOL:
		ret = set_option(ctx, IR_OPT_PROTOCOL, &t->loc, &inv);
		return ret ? ret : opt_protocol(ctx, t, inv);
	case BO_SOURCE:
	case BO_DESTINATION: {
		bool src = t->base == BO_SOURCE;

		ret = set_option(ctx, src ? IR_OPT_SOURCE : IR_OPT_DESTINATION,
				 &t->loc, &inv);
		if (ret)
			return ret;
		if (inv)
			c->rule->invflags |= src ? IR_INV_SRC : IR_INV_DST;
		c->rule->flags |= src ? IR_F_SRC : IR_F_DST;
		if (src) {
			c->src_arg = t->arg;
			c->src_loc = t->loc;
		} else {
			c->dst_arg = t->arg;
			c->dst_loc = t->loc;
		}
		return 0;
	}
	case BO_IN:
	case BO_OUT:
		ret = set_option(ctx, t->base == BO_IN ? IR_OPT_VIANAMEIN :
				 IR_OPT_VIANAMEOUT, &t->loc, &inv);
		return ret ? ret : opt_interface(ctx, t, t->base == BO_OUT,
						 inv);
	case BO_FRAGMENT:
		if (c->family == NFPROTO_IPV6)
			return erec_param(ctx->err, &t->loc,
				"`-f' is not supported in IPv6, use -m frag instead");
		ret = set_option(ctx, IR_OPT_FRAGMENT, &t->loc, &inv);
		if (ret)
			return ret;
		c->rule->flags |= IR_F_FRAG;
		if (inv)
			c->rule->invflags |= IR_INV_FRAG;
		return 0;
	case BO_NUMERIC:
		return set_option(ctx, IR_OPT_NUMERIC, &t->loc, &inv);
	case BO_VERBOSE:
		if (take_invert(ctx))
			return erec_param(ctx->err, &t->loc,
					  "cannot have ! before -v");
		c->options |= IR_OPT_VERBOSE;
		c->verbose++;
		return 0;
	case BO_EXACT:
		return set_option(ctx, IR_OPT_EXPANDED, &t->loc, &inv);
	case BO_LINE_NUMBERS:
		return set_option(ctx, IR_OPT_LINENUMBERS, &t->loc, &inv);
	case BO_TABLE:
		return opt_table(ctx, t);
	case BO_COUNTERS:
		ret = set_option(ctx, IR_OPT_COUNTERS, &t->loc, &inv);
		return ret ? ret : opt_counters(ctx, t);
	case BO_WAIT:
	case BO_WAIT_INTERVAL:
		return opt_wait(ctx, t);
	case BO_MODPROBE:
		take_invert(ctx);
		return 0;
	case BO_IPV4:
	case BO_IPV6:
		take_invert(ctx);
		if ((t->base == BO_IPV6) != (c->family == NFPROTO_IPV6))
			c->wrong_family = true;
		return 0;
	}
	return 0;
}

int parse_base_option(struct parse_ctx *ctx, const struct opt_tok *t)
{
	int ret = base_option(ctx, t);

	if (ret || t->base == BO_COUNTERS)
		return ret;
	return words_max(ctx, 0);
}

/* ---- -m, -j, -g and extension options ---- */

int parse_match(struct parse_ctx *ctx, const struct opt_tok *t)
{
	if (take_invert(ctx))
		return erec_param(ctx->err, &t->loc,
				  "unexpected ! flag before --match");
	if (words_max(ctx, 0) < 0)
		return -EINVAL;
	list_add_tail(&t->ext->list, &ctx->cmd->rule->matches);
	return 0;
}

static bool is_verdict(const char *s, enum ir_verdict *v)
{
	if (!strcmp(s, "ACCEPT"))
		*v = IR_V_ACCEPT;
	else if (!strcmp(s, "DROP"))
		*v = IR_V_DROP;
	else if (!strcmp(s, "RETURN"))
		*v = IR_V_RETURN;
	else
		return false;
	return true;
}

static int check_target_name(struct parse_ctx *ctx, const struct opt_tok *t)
{
	const char *p;

	if (!t->arg[0])
		return erec_param(ctx->err, &t->loc,
				  "Invalid target name (too short)");
	if (strlen(t->arg) >= IR_CHAIN_MAXLEN)
		return erec_param(ctx->err, &t->loc,
				  "Invalid target name `%s' (%u chars max)",
				  t->arg, IR_CHAIN_MAXLEN - 1);
	for (p = t->arg; *p; p++)
		if (isspace((unsigned char)*p))
			return erec_param(ctx->err, &t->loc,
					  "Invalid target name `%s'", t->arg);
	return 0;
}

int parse_jump(struct parse_ctx *ctx, const struct opt_tok *t, bool go)
{
	struct ir_rule *r = ctx->cmd->rule;
	enum ir_verdict v;
	bool inv;
	int ret;

	ret = set_option(ctx, IR_OPT_JUMP, &t->loc, &inv);
	if (ret)
		return ret;
	if (words_max(ctx, 0) < 0 || check_target_name(ctx, t) < 0)
		return -EINVAL;
	if (go) {
		ctx->cmd->options |= IR_OPT_GOTO;
		ir_rule_set_target_chain(r, IR_V_GOTO, t->arg);
		return 0;
	}
	if (t->ext) {
		r->target = t->ext;
		r->verdict = IR_V_EXT;
		return 0;
	}
	if (is_verdict(t->arg, &v)) {
		r->verdict = v;
		return 0;
	}
	ir_rule_set_target_chain(r, IR_V_JUMP, t->arg);
	return 0;
}

int parse_ext_option(struct parse_ctx *ctx, const struct opt_tok *t)
{
	struct ir_rule *r = ctx->cmd->rule;
	struct ext_parse p = {
		.opt = t->xopt,
		.arg = t->arg,
		.invert = take_invert(ctx),
		.family = ctx->family,
		.rule = r,
		.self = t->ext,
		.err = ctx->err,
		.loc = &t->loc,
		.words = ctx->words,
		.nwords = positional_words(ctx),
	};
	int ret;

	/* an implicitly loaded match joins the rule at its first option */
	if (t->ext != r->target && list_empty(&t->ext->list))
		list_add_tail(&t->ext->list, &r->matches);
	ret = ext_parse_option(&p);
	if (ret < 0)
		return ret;
	return words_max(ctx, p.used_words);
}

/* ---- the complete command ---- */

/*
 * Options iptables refuses with each command: one bit per option, per the
 * command's bit.  Absent commands take every option.
 */
static const struct {
	unsigned int cmd;
	unsigned int illegal;
} cmd_illegal[] = {
#define RULE_ILLEGAL (IR_OPT_NUMERIC | IR_OPT_EXPANDED | IR_OPT_LINENUMBERS)
#define SPEC (IR_OPT_SOURCE | IR_OPT_DESTINATION | IR_OPT_PROTOCOL | \
	      IR_OPT_JUMP | IR_OPT_VIANAMEIN | IR_OPT_VIANAMEOUT | \
	      IR_OPT_FRAGMENT)
	{ IR_CMD_INSERT,	RULE_ILLEGAL },
	{ IR_CMD_DELETE,	RULE_ILLEGAL | IR_OPT_COUNTERS },
	{ IR_CMD_DELETE_NUM,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_REPLACE,	RULE_ILLEGAL },
	{ IR_CMD_APPEND,	RULE_ILLEGAL },
	{ IR_CMD_LIST,		SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_FLUSH,		RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_ZERO,		RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_ZERO_NUM,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_NEW_CHAIN,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_DELETE_CHAIN,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_SET_POLICY,	RULE_ILLEGAL | SPEC },
	{ IR_CMD_RENAME_CHAIN,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_LIST_RULES,	RULE_ILLEGAL | SPEC | IR_OPT_COUNTERS },
	{ IR_CMD_CHECK,		RULE_ILLEGAL | IR_OPT_COUNTERS },
#undef SPEC
#undef RULE_ILLEGAL
};

static int check_options(struct parse_ctx *ctx)
{
	unsigned int cmd = ctx->cmd->command, opts = ctx->cmd->options;
	unsigned int legal_somewhere = 0, illegal_all = ~0U, bit;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cmd_illegal); i++) {
		if (!(cmd & cmd_illegal[i].cmd))
			continue;
		legal_somewhere |= ~cmd_illegal[i].illegal;
		illegal_all &= cmd_illegal[i].illegal;
	}
	/* an option legal with any of the given commands is legal */
	for (bit = 1; bit <= IR_OPT_FRAGMENT; bit <<= 1) {
		if (!(opts & bit) || !(illegal_all & bit) ||
		    (legal_somewhere & bit))
			continue;
		return erec_param(ctx->err, &ctx->cmd->loc,
				  "Illegal option `%s' with this command",
				  opt_name(bit));
	}
	return 0;
}

static int check_chain_iface(struct parse_ctx *ctx)
{
	const struct ir_cmd *c = ctx->cmd;
	const char *ch = c->chain;

	if (!ch || !(c->command & (IR_CMD_APPEND | IR_CMD_INSERT |
				   IR_CMD_REPLACE | IR_CMD_CHECK |
				   IR_CMD_DELETE)))
		return 0;
	if ((!strcmp(ch, "PREROUTING") || !strcmp(ch, "INPUT")) &&
	    (c->options & IR_OPT_VIANAMEOUT))
		return erec_param(ctx->err, &c->loc, "Can't use -%c with %s\n",
				  'o', ch);
	if ((!strcmp(ch, "POSTROUTING") || !strcmp(ch, "OUTPUT")) &&
	    (c->options & IR_OPT_VIANAMEIN))
		return erec_param(ctx->err, &c->loc, "Can't use -%c with %s\n",
				  'i', ch);
	return 0;
}

static int check_extensions(struct parse_ctx *ctx)
{
	struct ir_cmd *c = ctx->cmd;
	struct ext_check chk = {
		.family = c->family,
		.rule = c->rule,
		.err = ctx->err,
		.table = c->table,
		.chain = c->chain,
	};
	struct ir_ext *e;

	list_for_each_entry(e, &c->rule->matches, list) {
		chk.self = e;
		chk.loc = &e->loc;
		if (ext_final_check(&chk) < 0)
			return -EINVAL;
	}
	if (c->rule->target) {
		chk.self = c->rule->target;
		chk.loc = &c->rule->target->loc;
		if (ext_final_check(&chk) < 0)
			return -EINVAL;
	}
	return 0;
}

static int check_nat_drop(struct parse_ctx *ctx)
{
	const struct ir_cmd *c = ctx->cmd;
	bool drop = c->rule->verdict == IR_V_DROP ||
		    (c->policy && !strcmp(c->policy, "DROP"));

	if (strcmp(c->table, "nat") || !drop)
		return 0;
	return erec_param(ctx->err, &c->loc,
		"\nThe \"nat\" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n");
}

static int check_chain_name(struct parse_ctx *ctx)
{
	const struct ir_cmd *c = ctx->cmd;
	const char *name = c->chain;

	/* every command's chain (-E: the old name only) */
	if (name && strlen(name) >= IR_CHAIN_MAXLEN)
		return erec_param(ctx->err, &c->loc,
			"chain name `%s' too long (must be under %u chars)",
			name, IR_CHAIN_MAXLEN);
	if (!(c->command & (IR_CMD_NEW_CHAIN | IR_CMD_RENAME_CHAIN)))
		return 0;
	/* -E only checks the old name's length, as iptables does */
	if (c->command & IR_CMD_RENAME_CHAIN)
		return 0;
	if (name[0] == '-' || name[0] == '!')
		return erec_param(ctx->err, &c->loc,
			"chain name not allowed to start with `%c'", name[0]);
	if (!name[0] || ext_find(name, EXT_TARGET, c->family) ||
	    !strcmp(name, "ACCEPT") ||
	    !strcmp(name, "DROP") || !strcmp(name, "RETURN") ||
	    !strcmp(name, "QUEUE"))
		return erec_param(ctx->err, &c->loc,
			"chain name may not clash with target name");
	if (strpbrk(name, " \t\n"))
		return erec_param(ctx->err, &c->loc,
				  "Invalid chain name `%s'", name);
	return 0;
}

int parse_finish(struct parse_ctx *ctx)
{
	struct ir_cmd *c = ctx->cmd;

	if (c->wrong_family && ctx->restore)
		return 0;
	if (c->wrong_family)
		return erec_set(ctx->err, XT_PARAMETER_PROBLEM, EREC_HINT,
				&c->loc, "wrong family");
	/* iptables' order after its option loop: DROP in nat, -W, the
	 * extensions' final checks (whatever the command), words after
	 * "--", the command, a dangling "!" */
	if (check_nat_drop(ctx) < 0)
		return -EINVAL;
	if ((c->options & IR_OPT_WAIT_INTERVAL) &&
	    !(c->options & IR_OPT_WAIT))
		return erec_param(ctx->err, &c->loc,
				  "--wait-interval only makes sense with --wait\n");
	if (!c->table[0])
		str_copy(c->table, sizeof(c->table), "filter");
	if (!(c->command & (IR_CMD_HELP | IR_CMD_VERSION)) &&
	    check_extensions(ctx) < 0)
		return -EINVAL;
	if (ctx->extra_args)
		return erec_param(ctx->err, &c->loc,
				  "unknown arguments found on commandline");
	if (!c->command)
		return erec_param(ctx->err, &c->loc, "no command specified");
	if (ctx->invert)
		return erec_param(ctx->err, &ctx->bang_loc,
				  "nothing appropriate following !");
	if (c->src_arg && host_parse_list(c->family, c->src_arg, &c->saddrs,
					  ctx->err, &c->src_loc) < 0)
		return -EINVAL;
	if (c->dst_arg && host_parse_list(c->family, c->dst_arg, &c->daddrs,
					  ctx->err, &c->dst_loc) < 0)
		return -EINVAL;
	if ((c->rule->invflags & (IR_INV_SRC | IR_INV_DST)) &&
	    (c->saddrs.n > 1 || c->daddrs.n > 1))
		return erec_param(ctx->err, &c->loc,
			"! not allowed with multiple source or destination IP addresses");
	if (c->command & (IR_CMD_HELP | IR_CMD_VERSION))
		return 0;
	if (check_options(ctx) < 0 || check_chain_name(ctx) < 0 ||
	    check_chain_iface(ctx) < 0)
		return -EINVAL;
	if (!table_def_find(c->table)) {
		return erec_set(ctx->err, XT_VERSION_PROBLEM, EREC_XTABLES,
				&c->loc,
				"table '%s' does not exist\nPerhaps %s or your kernel needs to be upgraded.",
				c->table, ctx->prog);
	}
	if (!(c->options & IR_OPT_SOURCE))
		c->rule->flags &= ~IR_F_SRC;
	if (!(c->options & IR_OPT_DESTINATION))
		c->rule->flags &= ~IR_F_DST;
	return 0;
}

/* ---- entry points ---- */

int yylex(YYSTYPE *lval, struct parse_ctx *ctx)
{
	int tok;

	if (ctx->start_tok) {
		tok = ctx->start_tok;
		ctx->start_tok = 0;
		return tok;
	}
	/* iptables-restore reads no further than a -4/-6 of the other
	 * family: the line is left out */
	if (ctx->restore && ctx->cmd->wrong_family)
		return 0;
	tok = optres_next(ctx->res, &lval->tok);
	if (tok < 0)
		return T_ERROR;
	if (tok == T_OPT && (lval->tok.base == BO_IPV4 ||
			     lval->tok.base == BO_IPV6) &&
	    (lval->tok.base == BO_IPV6) != (ctx->family == NFPROTO_IPV6))
		ctx->cmd->wrong_family = true;
	ctx->last_tok = tok;
	ctx->last_word = tok == T_WORD ? lval->tok.arg : NULL;
	return tok;
}

static int parse_words(uint8_t family, const char *prog, bool restore,
		       int argc, char **argv,
		       const struct ext_probe *probe, struct erec *err,
		       struct ir_cmd **out)
{
	struct parse_ctx ctx = {
		.family = family,
		.prog = prog,
		.restore = restore,
		.err = err,
		.probe = probe,
		.start_tok = T_START_CMDLINE,
	};
	struct optres res;
	int ret;

	ctx.cmd = ir_cmd_alloc(family);
	optres_init(&res, &ctx, argc, argv, 0);
	ctx.res = &res;
	ret = yyparse(&ctx);
	optres_release(&res);
	if (ret || erec_pending(err)) {
		if (!erec_pending(err))
			erec_param(err, NULL, "parse error");
		ir_cmd_free(ctx.cmd);
		return -EINVAL;
	}
	*out = ctx.cmd;
	return 0;
}

int parse_cmdline(uint8_t family, const char *prog, int argc, char **argv,
		  const struct ext_probe *probe, struct erec *err,
		  struct ir_cmd **out)
{
	return parse_words(family, prog, false, argc, argv, probe, err, out);
}

int parse_restore_line(uint8_t family, const char *prog, int argc,
		       char **argv, const struct ext_probe *probe,
		       struct erec *err, struct ir_cmd **out)
{
	return parse_words(family, prog, true, argc, argv, probe, err, out);
}
