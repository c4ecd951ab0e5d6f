/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Between the generated parser and the rest of the front end. */
#ifndef IPTNFT_PARSE_INTERNAL_H
#define IPTNFT_PARSE_INTERNAL_H

#include <iptnft/parse.h>

#include "parser.h"

int yylex(YYSTYPE *lval, struct parse_ctx *ctx);
void parse_syntax_error(struct parse_ctx *ctx, const char *msg);
void parse_words_reset(struct parse_ctx *ctx);
void parse_words_add(struct parse_ctx *ctx, const struct opt_tok *t);

#endif
