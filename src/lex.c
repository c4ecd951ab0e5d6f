// SPDX-License-Identifier: GPL-2.0-or-later
/* The flex scanner's actions: word unquoting and line tracking. */
#include <stdio.h>
#include <string.h>

#include <iptnft/parse.h>

#include "lexer.h"

void lex_advance(struct lex_state *s, const char *text, size_t len)
{
	s->line = s->next_line;
	while (len--)
		if (*text++ == '\n')
			s->next_line++;
}

int lex_line(struct lex_state *s, enum lex_kind kind, const char *text)
{
	strbuf_reset(&s->word);
	strbuf_adds(&s->word, text);
	return kind;
}

int lex_newline(struct lex_state *s)
{
	return LEX_NEWLINE;
}

int lex_word(struct lex_state *s, const char *text, size_t len, bool quoted)
{
	bool inq = false;
	size_t i;

	strbuf_reset(&s->word);
	if (!quoted) {
		strbuf_add(&s->word, text, len);
		return LEX_WORD;
	}
	for (i = 0; i < len; i++) {
		char ch = text[i];

		if (!inq) {
			if (ch == '"')
				inq = true;
			else
				strbuf_addc(&s->word, ch);
			continue;
		}
		if (ch == '\\' && i + 1 < len) {
			strbuf_addc(&s->word, text[++i]);
			continue;
		}
		if (ch == '"')
			break;
		strbuf_addc(&s->word, ch);
	}
	if (len && text[len - 1] == '\n')
		s->pending_nl = true;
	if (s->word.buf == NULL)
		strbuf_adds(&s->word, "");
	return LEX_WORD;
}
