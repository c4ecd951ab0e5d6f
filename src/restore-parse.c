// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Restore files through the same grammar as command lines: the lexer
 * gives the line structure, each rule line's words go through the option
 * resolver, and the line actions call the restore driver's callbacks.
 */
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parse-internal.h"

static void line_words_free(struct parse_ctx *ctx)
{
	int i;

	for (i = 0; i < ctx->line_argc; i++)
		free(ctx->line_argv[i]);
	free(ctx->line_argv);
	ctx->line_argv = NULL;
	ctx->line_argc = 0;
}

/* Ends the current rule line: the resolver, the words, the command. */
static void rule_line_end(struct parse_ctx *ctx)
{
	if (ctx->res) {
		optres_free(ctx->res);
		ctx->res = NULL;
	}
	ir_cmd_free(ctx->cmd);
	ctx->cmd = NULL;
	line_words_free(ctx);
	ctx->line_counters = false;
	ctx->invert = false;
}

/* Reads the words of a rule line, the first one already in the lexer. */
static void rule_line_start(struct parse_ctx *ctx)
{
	struct lex_state *lex = ctx->lex;
	unsigned int line = lex->line;
	int cap = 16;
	enum lex_kind k = LEX_WORD;

	ctx->line_argv = xmalloc(cap * sizeof(char *));
	while (k == LEX_WORD) {
		if (ctx->line_argc == cap) {
			cap *= 2;
			ctx->line_argv = xrealloc(ctx->line_argv,
						  cap * sizeof(char *));
		}
		ctx->line_argv[ctx->line_argc++] = xstrdup(lex->word.buf);
		k = lex_next(lex);
	}
	/* a line that ends the file without a newline still ends */
	ctx->eof_pending = k == LEX_END;
	if (!ctx->cmd)
		ctx->cmd = ir_cmd_alloc(ctx->family);
	ctx->cmd->loc.line = line;
	ctx->res = optres_alloc(ctx, ctx->line_argc, ctx->line_argv, line);
	ctx->in_rule = true;
}

static int line_token(struct parse_ctx *ctx, YYSTYPE *lval, int tok)
{
	strbuf_reset(&ctx->linebuf);
	strbuf_adds(&ctx->linebuf, ctx->lex->word.buf);
	lval->str = ctx->linebuf.buf;
	ctx->cur_line = ctx->lex->line;
	return tok;
}

int restore_lex(struct parse_ctx *ctx, YYSTYPE *lval)
{
	int tok;

	if (ctx->in_rule) {
		tok = optres_next(ctx->res, &lval->tok);
		if (tok)
			return tok;
		ctx->in_rule = false;
		return T_NL;
	}
	if (ctx->eof_pending)
		return 0;
	switch (lex_next(ctx->lex)) {
	case LEX_END:
		return 0;
	case LEX_NEWLINE:
		return T_NL;
	case LEX_TABLE:
		return line_token(ctx, lval, T_TABLE);
	case LEX_CHAIN:
		return line_token(ctx, lval, T_CHAIN);
	case LEX_COMMIT:
		return line_token(ctx, lval, T_COMMIT);
	case LEX_COUNTERS:
		if (!ctx->cmd)
			ctx->cmd = ir_cmd_alloc(ctx->family);
		return line_token(ctx, lval, T_COUNTERS);
	case LEX_WORD:
		rule_line_start(ctx);
		return restore_lex(ctx, lval);
	}
	return 0;
}

static struct location line_loc(const struct parse_ctx *ctx)
{
	struct location l = { .line = ctx->cur_line };

	return l;
}

int restore_table(struct parse_ctx *ctx, const char *text)
{
	struct location l = line_loc(ctx);

	return ctx->rops->table(ctx->rdata, text, &l);
}

int restore_chain(struct parse_ctx *ctx, const char *text)
{
	struct location l = line_loc(ctx);

	return ctx->rops->chain(ctx->rdata, text, &l);
}

int restore_commit(struct parse_ctx *ctx)
{
	struct location l = line_loc(ctx);

	return ctx->rops->commit(ctx->rdata, &l);
}

int restore_counters(struct parse_ctx *ctx, const char *text)
{
	unsigned long long p, b;

	if (sscanf(text, "[%llu:%llu]", &p, &b) != 2)
		return erec_param(ctx->err, NULL, "Bad counters");
	ctx->line_counters = true;
	ctx->line_pkts = p;
	ctx->line_bytes = b;
	return 0;
}

int restore_rule(struct parse_ctx *ctx)
{
	struct ir_cmd *c = ctx->cmd;
	int ret;

	ret = parse_finish(ctx);
	if (ret == 0) {
		if (ctx->line_counters && !(c->rule->flags & IR_F_COUNTERS)) {
			c->rule->pkts = ctx->line_pkts;
			c->rule->bytes = ctx->line_bytes;
			c->rule->flags |= IR_F_COUNTERS;
		}
		ret = ctx->rops->rule(ctx->rdata, c);
	}
	rule_line_end(ctx);
	return ret;
}

int parse_restore(uint8_t family, const char *prog, const char *buf,
		  size_t len, const struct restore_ops *ops, void *data,
		  struct erec *err)
{
	struct ext_probe probe = { .missing = ops->ext_missing, .data = data };
	struct lex_state lex;
	struct parse_ctx ctx = {
		.family = family,
		.prog = prog,
		.restore = true,
		.err = err,
		.lex = &lex,
		.rops = ops,
		.rdata = data,
		.start_tok = T_START_RESTORE,
		.probe = ops->ext_missing ? &probe : NULL,
	};
	int ret;

	if (lex_init(&lex, buf, len) < 0)
		oom();
	ret = yyparse(&ctx);
	if (ret && !erec_pending(err))
		erec_param(err, NULL, "parse error");
	if (ret && !err->loc.line)
		err->loc.line = ctx.cmd ? ctx.cmd->loc.line : lex.line;
	rule_line_end(&ctx);
	strbuf_release(&ctx.linebuf);
	lex_release(&lex);
	return ret ? -EINVAL : 0;
}
