// SPDX-License-Identifier: GPL-2.0-or-later
/* Restore-file lines, and the scanner's word actions (see lexer.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lexer.h"

/* Input given back to the kernel at a time, when it is a file mapping. */
#define LEX_DROP_CHUNK	(1u << 20)

/*
 * The pages of the lines read so far leave the resident set: a private
 * mapping of a file reads them again from the file if they are touched
 * again (a block read again after ERESTART).
 */
static void lex_drop_read(struct lex_state *s)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t start = ((uintptr_t)s->buf + s->dropped) & ~(page - 1);
	uintptr_t end = ((uintptr_t)s->buf + s->pos) & ~(page - 1);

	if (end > start)
		madvise((void *)start, end - start, MADV_DONTNEED);
	s->dropped = s->pos;
}

bool lex_read_line(struct lex_state *s)
{
	const char *p = s->buf + s->pos, *nl;
	size_t n;

	if (s->pos >= s->len)
		return false;
	n = s->len - s->pos;
	if (n > LEX_LINE_SIZE - 1)
		n = LEX_LINE_SIZE - 1;
	nl = memchr(p, '\n', n);
	if (nl)
		n = nl - p + 1;
	memcpy(s->text, p, n);
	s->text[n] = '\0';
	s->tlen = strlen(s->text);
	s->pos += n;
	s->line++;
	if (s->drop_read && s->pos - s->dropped >= LEX_DROP_CHUNK)
		lex_drop_read(s);
	return true;
}

void lex_tell(const struct lex_state *s, size_t *pos, unsigned int *line)
{
	*pos = s->pos;
	*line = s->line;
}

void lex_seek(struct lex_state *s, size_t pos, unsigned int line)
{
	s->pos = pos;
	s->line = line;
}

void lex_words_reset(struct lex_state *s)
{
	s->keep_argc = 0;
	s->keep_len = 0;
	lex_words_rewind(s);
}

void lex_words_keep(struct lex_state *s)
{
	s->keep_argc = s->argc;
	s->keep_len = s->words.len;
}

void lex_words_rewind(struct lex_state *s)
{
	s->words.len = s->keep_len;
	s->argc = s->keep_argc;
	s->in_word = false;
}

static int lex_word_record(struct lex_state *s)
{
	if (s->argc + 1 >= LEX_ARGC_MAX)
		return erec_param(s->err, NULL,
				  "Parser cannot handle more arguments\n");
	if (s->argc + 1 >= s->cap) {
		s->cap *= 2;
		s->offs = xrealloc(s->offs, s->cap * sizeof(*s->offs));
		s->argv = xrealloc(s->argv, s->cap * sizeof(*s->argv));
	}
	s->offs[s->argc++] = s->word_start;
	s->words.buf[s->words.len++] = '\0';
	s->in_word = false;
	return 0;
}

int lex_words_push(struct lex_state *s, const char *word)
{
	s->word_start = s->words.len;
	strbuf_adds(&s->words, word);
	strbuf_reserve(&s->words, 1);
	return lex_word_record(s);
}

/* Room was reserved by lex_split: the words are never longer than the
 * line and a NUL after each. */
int lex_word_add(struct lex_state *s, const char *text, size_t len)
{
	if (!s->in_word) {
		s->word_start = s->words.len;
		s->in_word = true;
	}
	memcpy(s->words.buf + s->words.len, text, len);
	s->words.len += len;
	if (s->words.len - s->word_start >= LEX_WORD_MAX)
		return erec_param(s->err, NULL, "Parameter too long!");
	return 0;
}

/* A whole word (no quoted part continues it): its text and its end. */
int lex_word(struct lex_state *s, const char *text, size_t len)
{
	if (len >= LEX_WORD_MAX)
		return erec_param(s->err, NULL, "Parameter too long!");
	s->word_start = s->words.len;
	memcpy(s->words.buf + s->words.len, text, len);
	s->words.len += len;
	return lex_word_record(s);
}

/* Ends the word being built; "always": also an empty one (""). */
int lex_word_end(struct lex_state *s, bool always)
{
	if (!s->in_word) {
		if (!always)
			return 0;
		s->word_start = s->words.len;
	}
	return lex_word_record(s);
}

int lex_split(struct lex_state *s, char *text)
{
	size_t len = strlen(text);
	int i, ret;

	/* text may be s->text itself, cut short by the counters' strtok */
	memmove(s->scan, text, len);
	s->scan[len] = '\0';
	s->scan[len + 1] = '\0';
	/* each input byte gives at most one byte of words, "" gives its
	 * NUL from two bytes, a word's NUL follows at least one byte */
	strbuf_reserve(&s->words, 2 * len + 1);
	ret = lex_scan(s, s->scan, len);
	if (ret < 0)
		return -EINVAL;
	for (i = 0; i < s->argc; i++)
		s->argv[i] = s->words.buf + s->offs[i];
	s->argv[s->argc] = NULL;
	return 0;
}
