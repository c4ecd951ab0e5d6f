/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A small test framework for the kernel-free unit tests: nothing beyond
 * libc and the project's own util.h.
 *
 * A test is a function that gets a struct ut and reports failed checks on
 * it; the first failed check does not stop the test.  Tests written in C
 * register themselves with UT_TEST(); data-driven tests (records.c) call
 * ut_run() for each record of a data file.
 *
 * Every test has an ID (a UT_TEST's name; "FILE#N" for the N-th record of
 * a data file) and belongs to a group (a UT_TEST's name; a data file's name
 * without ".rules").  The XFAIL file lists tests or groups that are
 * expected to fail, one per line, "ID-or-group  reason": a failing test so
 * listed is reported "xfail" and counted as skipped; an entry none of whose
 * tests fails is reported "XPASS" and counted as failed, so the list stays
 * honest.
 *
 * Output: "ok NAME", "FAIL NAME" (then the failed checks, indented),
 * "xfail NAME (reason)", and a last line "N passed, N failed[, N skipped]".
 */
#ifndef IPTNFT_TESTS_HARNESS_H
#define IPTNFT_TESTS_HARNESS_H

#include <stdbool.h>
#include <stdio.h>

struct ut {
	const char *group;
	const char *id;
	unsigned int failures;
	/* the failure messages, shown under the FAIL line */
	char *log;
	size_t loglen;
	FILE *logf;
};

__attribute__((format(printf, 4, 5)))
void ut_fail(struct ut *t, const char *file, int line, const char *fmt, ...);

/* true if the strings are equal; otherwise records a failure with a diff */
bool ut_streq(struct ut *t, const char *file, int line, const char *what,
	      const char *expected, const char *actual);

#define UT_CHECK(t, cond) do { \
	if (!(cond)) \
		ut_fail(t, __FILE__, __LINE__, "check failed: %s", #cond); \
} while (0)

#define UT_STREQ(t, what, expected, actual) \
	ut_streq(t, __FILE__, __LINE__, what, expected, actual)

typedef void (*ut_fn)(struct ut *t, void *arg);

/*
 * Runs one test and reports it as "ok ID DESC".  An XFAIL entry names the
 * test's ID or its group.
 */
void ut_run(const char *group, const char *id, const char *desc, ut_fn fn,
	    void *arg);

struct ut_case {
	const char *name;
	void (*fn)(struct ut *t);
	struct ut_case *next;
};

void ut_register(struct ut_case *c);

/* Defines and registers a test written in C: UT_TEST(name) { ... } */
#define UT_TEST(fn) \
	static void fn(struct ut *t); \
	static struct ut_case fn##_case = { #fn, fn, NULL }; \
	__attribute__((constructor)) static void fn##_register(void) \
	{ \
		ut_register(&fn##_case); \
	} \
	static void fn(struct ut *t)

/* The directory of the data files (--data, or the built-in default). */
const char *ut_datadir(void);

/* Whether a test is selected by the command line filters. */
bool ut_selected(const char *group, const char *id, const char *desc);

/* records.c: runs every data file. */
void ut_run_records(void);

#endif
