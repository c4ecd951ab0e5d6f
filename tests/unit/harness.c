// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The unit test framework (harness.h) and the test program's main.
 *
 *   unit-test [-v] [--data DIR] [--xfail FILE] [FILTER...]
 *
 * FILTER selects tests whose group or name contains it.  -v also shows
 * the failed checks of expected failures.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#ifndef UT_DATADIR
#define UT_DATADIR "tests/unit/data"
#endif

struct xfail {
	char *group;
	char *reason;
	unsigned int line;
	unsigned int tests;
	unsigned int failed;
};

static struct {
	bool verbose;
	const char *datadir;
	const char *xfail_file;
	struct xfail *xfails;
	unsigned int nxfails;
	char **filters;
	int nfilters;
	struct ut_case *cases;
	struct ut_case **last;
	unsigned int passed, failed, skipped;
} H = {
	.datadir = UT_DATADIR,
};

static void *xmalloc_or_die(size_t n)
{
	void *p = malloc(n);

	if (!p) {
		fprintf(stderr, "unit-test: out of memory\n");
		exit(99);
	}
	return p;
}

static char *xstrdup_or_die(const char *s)
{
	char *p = xmalloc_or_die(strlen(s) + 1);

	return strcpy(p, s);
}

void ut_register(struct ut_case *c)
{
	if (!H.last)
		H.last = &H.cases;
	*H.last = c;
	H.last = &c->next;
}

const char *ut_datadir(void)
{
	return H.datadir;
}

bool ut_selected(const char *group, const char *name)
{
	int i;

	if (!H.nfilters)
		return true;
	for (i = 0; i < H.nfilters; i++)
		if (strstr(group, H.filters[i]) || strstr(name, H.filters[i]))
			return true;
	return false;
}

void ut_fail(struct ut *t, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	t->failures++;
	fprintf(t->logf, "    %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(t->logf, fmt, ap);
	va_end(ap);
	fputc('\n', t->logf);
}

/* Prints text with every line indented and prefixed by mark. */
static void put_lines(FILE *f, char mark, const char *text)
{
	const char *p = text;

	while (*p) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);

		fprintf(f, "      %c%.*s\n", mark, len, p);
		p += len + (nl ? 1 : 0);
	}
}

bool ut_streq(struct ut *t, const char *file, int line, const char *what,
	      const char *expected, const char *actual)
{
	if (!strcmp(expected, actual))
		return true;
	ut_fail(t, file, line, "%s differs (-expected +actual):", what);
	put_lines(t->logf, '-', expected);
	put_lines(t->logf, '+', actual);
	return false;
}

static struct xfail *xfail_find(const char *group)
{
	unsigned int i;

	for (i = 0; i < H.nxfails; i++)
		if (!strcmp(H.xfails[i].group, group))
			return &H.xfails[i];
	return NULL;
}

void ut_run(const char *group, const char *name, ut_fn fn, void *arg)
{
	struct ut t = { .group = group, .name = name };
	struct xfail *x = xfail_find(group);

	if (!ut_selected(group, name))
		return;
	t.logf = open_memstream(&t.log, &t.loglen);
	if (!t.logf) {
		perror("unit-test: open_memstream");
		exit(99);
	}
	fn(&t, arg);
	fclose(t.logf);
	if (x)
		x->tests++;
	if (!t.failures) {
		printf("ok %s\n", name);
		H.passed++;
	} else if (x) {
		x->failed++;
		printf("xfail %s (%s)\n", name, x->reason);
		if (H.verbose)
			fputs(t.log, stdout);
		H.skipped++;
	} else {
		printf("FAIL %s\n", name);
		fputs(t.log, stdout);
		H.failed++;
	}
	fflush(stdout);
	free(t.log);
}

static void run_case(struct ut *t, void *arg)
{
	struct ut_case *c = arg;

	c->fn(t);
}

/* "group  reason" lines; '#' comments and blank lines are ignored. */
static void xfail_load(const char *path)
{
	char *line = NULL;
	size_t cap = 0;
	unsigned int lineno = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		perror(path);
		exit(99);
	}
	while (getline(&line, &cap, f) > 0) {
		char *p = line, *group, *reason;
		struct xfail *x;

		lineno++;
		p[strcspn(p, "\n")] = '\0';
		p += strspn(p, " \t");
		if (!*p || *p == '#')
			continue;
		group = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = '\0';
		reason = p + strspn(p, " \t");
		if (!*reason) {
			fprintf(stderr, "%s:%u: no reason given for %s\n",
				path, lineno, group);
			exit(99);
		}
		H.xfails = realloc(H.xfails, (H.nxfails + 1) * sizeof(*x));
		if (!H.xfails)
			exit(99);
		x = &H.xfails[H.nxfails++];
		memset(x, 0, sizeof(*x));
		x->group = xstrdup_or_die(group);
		x->reason = xstrdup_or_die(reason);
		x->line = lineno;
	}
	free(line);
	fclose(f);
}

/* An XFAIL entry must name a group with tests, and one that fails. */
static void xfail_report(void)
{
	unsigned int i;

	for (i = 0; i < H.nxfails; i++) {
		struct xfail *x = &H.xfails[i];

		if (!x->tests && !H.nfilters) {
			printf("FAIL %s:%u: XFAIL names %s, which has no tests\n",
			       H.xfail_file, x->line, x->group);
			H.failed++;
		} else if (x->tests && !x->failed) {
			printf("XPASS %s: all %u tests pass; remove it from %s\n",
			       x->group, x->tests, H.xfail_file);
			H.failed++;
		}
	}
}

static void usage(void)
{
	fprintf(stderr,
		"usage: unit-test [-v] [--data DIR] [--xfail FILE] [FILTER...]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	struct ut_case *c;
	unsigned int i;
	int a;

	H.filters = xmalloc_or_die(sizeof(char *) * (size_t)argc);
	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "-v")) {
			H.verbose = true;
		} else if (!strcmp(argv[a], "--data") && a + 1 < argc) {
			H.datadir = argv[++a];
		} else if (!strcmp(argv[a], "--xfail") && a + 1 < argc) {
			H.xfail_file = argv[++a];
		} else if (argv[a][0] == '-') {
			usage();
		} else {
			H.filters[H.nfilters++] = argv[a];
		}
	}
	if (H.xfail_file)
		xfail_load(H.xfail_file);

	for (c = H.cases; c; c = c->next)
		ut_run(c->name, c->name, run_case, c);
	ut_run_records();
	xfail_report();

	printf("%u passed, %u failed", H.passed, H.failed);
	if (H.skipped)
		printf(", %u skipped", H.skipped);
	printf("\n");

	for (i = 0; i < H.nxfails; i++) {
		free(H.xfails[i].group);
		free(H.xfails[i].reason);
	}
	free(H.xfails);
	free(H.filters);
	return H.failed ? 1 : 0;
}
