/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Between the flex scanner (lexer.l) and its driver (lex.c). */
#ifndef IPTNFT_LEXER_H
#define IPTNFT_LEXER_H

#include <stddef.h>

#include <iptnft/util.h>

enum lex_kind {
	LEX_END,
	LEX_NEWLINE,
	LEX_WORD,
	LEX_TABLE,
	LEX_CHAIN,
	LEX_COMMIT,
	LEX_COUNTERS,
};

struct lex_state {
	void *scanner;
	unsigned int line;		/* of the token just returned */
	unsigned int next_line;		/* where scanning stands */
	struct strbuf word;		/* the word or line text */
	bool pending_nl;		/* a quoted word took the newline */
};

int lex_line(struct lex_state *s, enum lex_kind kind, const char *text);
int lex_word(struct lex_state *s, const char *text, size_t len,
	     bool quoted);
int lex_newline(struct lex_state *s);
void lex_advance(struct lex_state *s, const char *text, size_t len);

int lex_init(struct lex_state *s, const char *buf, size_t len);
void lex_release(struct lex_state *s);
/* The next token; its text in s->word, its line in s->line. */
enum lex_kind lex_next(struct lex_state *s);

#endif
