// SPDX-License-Identifier: GPL-2.0-or-later
/* Helpers shared by the unit tests: see unit.h. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static void words_push(char ***argv, int *argc, struct strbuf *w)
{
	*argv = xrealloc(*argv, sizeof(char *) * (size_t)(*argc + 2));
	(*argv)[(*argc)++] = strbuf_detach(w);
	(*argv)[*argc] = NULL;
}

/* Splits s into words: '...', "..." (with \" \\ \$ \`), and \x. */
int ut_split_words(const char *s, char ***argv)
{
	struct strbuf w = STRBUF_INIT;
	bool inword = false;
	int argc = 0;

	*argv = xzalloc(sizeof(char *));
	for (; *s; s++) {
		if (*s == ' ' || *s == '\t') {
			if (inword)
				words_push(argv, &argc, &w);
			inword = false;
			continue;
		}
		inword = true;
		if (*s == '\'') {
			const char *end = strchr(s + 1, '\'');

			if (!end)
				goto bad;
			strbuf_add(&w, s + 1, (size_t)(end - s - 1));
			s = end;
		} else if (*s == '"') {
			for (s++; *s && *s != '"'; s++) {
				if (*s == '\\' && s[1] && strchr("\"\\$`", s[1]))
					s++;
				strbuf_addc(&w, *s);
			}
			if (!*s)
				goto bad;
		} else if (*s == '\\' && s[1]) {
			strbuf_addc(&w, *++s);
		} else {
			strbuf_addc(&w, *s);
		}
	}
	if (inword)
		words_push(argv, &argc, &w);
	strbuf_release(&w);
	return argc;
bad:
	strbuf_release(&w);
	return -1;
}

void ut_words_free(char **argv)
{
	char **p;

	for (p = argv; p && *p; p++)
		free(*p);
	free(argv);
}

