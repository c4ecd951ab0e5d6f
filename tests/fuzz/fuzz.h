/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Shared by the libFuzzer targets (fuzz-common.c); docs/FUZZING.md. */
#ifndef IPTNFT_TESTS_FUZZ_H
#define IPTNFT_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <iptnft/ir.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* stdout to /dev/null, unless FUZZ_VERBOSE is set in the environment */
void fuzz_quiet_stdout(void);

/*
 * Every printer over r: the rule-spec form (-S, save, with counters), the
 * -L line in each format, the -v line and the nft translation.  The text
 * is thrown away; only crashes and sanitizer reports matter.
 */
void fuzz_print_rule(const struct ir_rule *r, const char *chain);

/*
 * r written as a NEWRULE message, decoded again and printed: the
 * decoder's round trip, and dlin_canon.
 */
void fuzz_round_trip(const struct ir_rule *r, const char *table,
		     const char *chain);

#endif
