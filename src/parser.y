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

start		: T_START_CMDLINE cmdline
		;

cmdline		: args
		{
			if (parse_finish(ctx) < 0)
				YYABORT;
		}
		;

args		: %empty
		| items
		;

items		: item
		| items item
		;

item		: T_CMD words
		{
			if (parse_command(ctx, &$1) < 0)
				YYABORT;
		}
		| T_OPT words
		{
			if (parse_base_option(ctx, &$1) < 0)
				YYABORT;
		}
		| T_MATCH words
		{
			if (parse_match(ctx, &$1) < 0)
				YYABORT;
		}
		| T_JUMP words
		{
			if (parse_jump(ctx, &$1, false) < 0)
				YYABORT;
		}
		| T_GOTO words
		{
			if (parse_jump(ctx, &$1, true) < 0)
				YYABORT;
		}
		| T_EXTOPT words
		{
			if (parse_ext_option(ctx, &$1) < 0)
				YYABORT;
		}
		| T_ERROR
		{
			optres_raise(ctx->res);
			YYABORT;
		}
		| T_BANG
		{
			if (parse_bang(ctx, &$1.loc) < 0)
				YYABORT;
		}
		;

/*
 * The words that follow an option or command, before the next option:
 * positional arguments (-D CHAIN 3, -P CHAIN DROP) or a second argument
 * (-c PKTS BYTES, --tcp-flags MASK COMP).  Each handler takes what it
 * allows and reports the first extra word as a bad argument.
 */
words		: %empty
		{
			parse_words_reset(ctx);
		}
		| words T_WORD
		{
			parse_words_add(ctx, &$2);
		}
		;

%%
