/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The grammar of an iptables command line (also each rule line of a
 * restore file, whose line structure src/restore-parse.c reads).  It knows
 * the commands with their positional words and the base options;
 * extension options arrive as T_EXTOPT tokens,
 * already resolved against the loaded extensions' option tables (see
 * options.c), and are handed to the extension's typed parser.
 */
%code requires {
#include <iptnft/parse.h>
}

%code {
#include "parse-internal.h"

static void yyerror(struct parse_ctx *ctx, const char *msg)
{
	parse_syntax_error(ctx, msg);
}

/* An option's action: its words are used up whether it fails or not. */
#define ITEM(call)						\
	do {							\
		int item_ret_ = (call);				\
								\
		parse_words_reset(ctx);				\
		if (item_ret_ < 0)				\
			YYABORT;				\
	} while (0)
}

%define api.pure full
%define parse.error simple
/*
 * Default reductions only where reducing is the one thing a state can
 * do: a misplaced word (iptables foo) is then a syntax error before any
 * action has run, as iptables reports it, without the cost of LAC.  The
 * state after T_ERROR stays consistent, so the option error is raised
 * without reading the next word.
 */
%define lr.default-reduction consistent
%parse-param { struct parse_ctx *ctx }
%lex-param { struct parse_ctx *ctx }
%expect 0

%union {
	struct opt_tok tok;
}

%token <tok> T_CMD T_OPT T_EXTOPT T_MATCH T_JUMP T_GOTO T_WORD T_BANG
/* an unknown option or a missing argument: raised in its turn */
%token T_ERROR
%token T_START_CMDLINE

%%

start		: T_START_CMDLINE items
		{
			if (parse_finish(ctx) < 0)
				YYABORT;
		}
		;

/*
 * One reduction per option: an option without words and one with them
 * are two alternatives, so that no empty word list is reduced for every
 * option of every rule (a restore file has tens of thousands of rules).
 * The words an option takes are in ctx->words when its action runs.
 */
items		: %empty
		| items T_CMD		{ ITEM(parse_command(ctx, &$2)); }
		| items T_CMD words	{ ITEM(parse_command(ctx, &$2)); }
		| items T_OPT		{ ITEM(parse_base_option(ctx, &$2)); }
		| items T_OPT words	{ ITEM(parse_base_option(ctx, &$2)); }
		| items T_MATCH		{ ITEM(parse_match(ctx, &$2)); }
		| items T_MATCH words	{ ITEM(parse_match(ctx, &$2)); }
		| items T_JUMP		{ ITEM(parse_jump(ctx, &$2, false)); }
		| items T_JUMP words	{ ITEM(parse_jump(ctx, &$2, false)); }
		| items T_GOTO		{ ITEM(parse_jump(ctx, &$2, true)); }
		| items T_GOTO words	{ ITEM(parse_jump(ctx, &$2, true)); }
		| items T_EXTOPT	{ ITEM(parse_ext_option(ctx, &$2)); }
		| items T_EXTOPT words	{ ITEM(parse_ext_option(ctx, &$2)); }
		| items T_ERROR
		{
			optres_raise(ctx->res);
			YYABORT;
		}
		| items T_BANG		{ ITEM(parse_bang(ctx, &$2.loc)); }
		;

/*
 * The words that follow an option or command, before the next option:
 * positional arguments (-D CHAIN 3, -P CHAIN DROP) or a second argument
 * (-c PKTS BYTES, --tcp-flags MASK COMP).  Each handler takes what it
 * allows and reports the first extra word as a bad argument.
 */
words		: T_WORD
		{
			parse_words_add(ctx, &$1);
		}
		| words T_WORD
		{
			parse_words_add(ctx, &$2);
		}
		;

%%
