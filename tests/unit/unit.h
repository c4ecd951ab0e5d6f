/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Helpers shared by the unit tests (helpers.c). */
#ifndef IPTNFT_TESTS_UNIT_H
#define IPTNFT_TESTS_UNIT_H

#include <iptnft/ir.h>

/*
 * Splits a command line into words as a POSIX shell does for '...',
 * "..." (with \" \\ \$ \`) and \x; no expansions.  Returns the number of
 * words, with *argv a NULL-terminated array (free it with ut_words_free),
 * or -1 for an unterminated quote.
 */
int ut_split_words(const char *s, char ***argv);
void ut_words_free(char **argv);

#endif
