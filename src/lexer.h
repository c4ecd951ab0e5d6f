/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reading a restore file the way iptables-restore 1.8.9 does: line by line
 * as fgets() with a 10240-byte buffer returns them (a longer line comes in
 * pieces, each counted as a line), each taken as a C string (up to a NUL),
 * and the words of rule lines split by the scanner in lexer.l.
 */
#ifndef IPTNFT_LEXER_H
#define IPTNFT_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include <iptnft/erec.h>
#include <iptnft/util.h>

/* iptables-restore's line buffer, and its limits on words. */
#define LEX_LINE_SIZE	10240
#define LEX_WORD_MAX	1024	/* a word must be shorter */
#define LEX_ARGC_MAX	255	/* argv must be shorter (with the program) */

struct lex_state {
	void *scanner;
	const char *buf;		/* the whole input (borrowed) */
	size_t len;
	size_t pos;			/* where the next line starts */
	/* buf is a file mapping: pages before dropped were given back */
	bool drop_read;
	size_t dropped;
	unsigned int line;		/* number of the current line */
	/* the current line, NUL-terminated (and a second NUL for flex) */
	char text[LEX_LINE_SIZE + 1];
	size_t tlen;
	/* what the scanner scans (with the two NULs flex wants) */
	char scan[LEX_LINE_SIZE + 2];
	/* words: their text back to back in words, offsets in offs */
	struct strbuf words;
	size_t *offs;
	char **argv;			/* valid after lex_split() */
	int argc;
	int cap;
	int keep_argc;			/* lex_words_keep() */
	size_t keep_len;
	size_t word_start;		/* the word being built */
	bool in_word;
	struct erec *err;
};

int lex_init(struct lex_state *s, const char *buf, size_t len);
void lex_release(struct lex_state *s);

/* Reads the next line into s->text; false at the end of the input. */
bool lex_read_line(struct lex_state *s);
/* Where the next line starts, and going back there. */
void lex_tell(const struct lex_state *s, size_t *pos, unsigned int *line);
void lex_seek(struct lex_state *s, size_t pos, unsigned int line);

/* Empties the word list (words kept included). */
void lex_words_reset(struct lex_state *s);
/* The words so far stay: lex_words_rewind goes back to them. */
void lex_words_keep(struct lex_state *s);
void lex_words_rewind(struct lex_state *s);
/* Adds a word as it is (the program name, "-t", the table ...). */
int lex_words_push(struct lex_state *s, const char *word);
/*
 * Splits text (a part of s->text) into words after those pushed already;
 * s->argv and s->argc then hold all of them.  Returns 0, or -EINVAL with
 * s->err set (a word too long, too many words).
 */
int lex_split(struct lex_state *s, char *text);

/* The scanner and its actions (lexer.l, lex.c). */
int lex_scan(struct lex_state *s, char *text, size_t len);
int lex_word_add(struct lex_state *s, const char *text, size_t len);
int lex_word(struct lex_state *s, const char *text, size_t len);
int lex_word_end(struct lex_state *s, bool always);

#endif
