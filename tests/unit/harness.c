// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The unit test framework (harness.h) and the test program's main.
 *
 *   unit-test [-v] [--data DIR] [--xfail FILE] [FILTER...]
 *
 * FILTER selects the tests whose group, ID or description contains it.
 * -v also shows the failed checks of expected failures.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/util.h>

#include "harness.h"

#ifndef UT_DATADIR
#define UT_DATADIR "tests/unit/data"
#endif

struct xfail {
	char *name;		/* a test's ID or a group */
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

bool ut_selected(const char *group, const char *id, const char *desc)
{
	int i;

	if (!H.nfilters)
		return true;
	for (i = 0; i < H.nfilters; i++)
		if (strstr(group, H.filters[i]) || strstr(id, H.filters[i]) ||
		    (desc && strstr(desc, H.filters[i])))
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

static struct xfail *xfail_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < H.nxfails; i++)
		if (!strcmp(H.xfails[i].name, name))
			return &H.xfails[i];
	return NULL;
}

void ut_run(const char *group, const char *id, const char *desc, ut_fn fn,
	    void *arg)
{
	struct ut t = { .group = group, .id = id };
	struct xfail *x = xfail_find(id);

	if (!x)
		x = xfail_find(group);
	if (!ut_selected(group, id, desc))
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
		printf("ok %s%s%s\n", id, desc ? " " : "", desc ? desc : "");
		H.passed++;
	} else if (x) {
		x->failed++;
		printf("xfail %s%s%s (%s)\n", id, desc ? " " : "",
		       desc ? desc : "", x->reason);
		if (H.verbose)
			fputs(t.log, stdout);
		H.skipped++;
	} else {
		printf("FAIL %s%s%s\n", id, desc ? " " : "", desc ? desc : "");
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

/* "ID-or-group  reason" lines; '#' comments and blank lines are ignored. */
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
		char *p = line, *name, *reason;
		struct xfail *x;

		lineno++;
		p[strcspn(p, "\n")] = '\0';
		p += strspn(p, " \t");
		if (!*p || *p == '#')
			continue;
		name = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = '\0';
		reason = p + strspn(p, " \t");
		if (!*reason) {
			fprintf(stderr, "%s:%u: no reason given for %s\n",
				path, lineno, name);
			exit(99);
		}
		H.xfails = xrealloc(H.xfails, (H.nxfails + 1) * sizeof(*x));
		x = &H.xfails[H.nxfails++];
		memset(x, 0, sizeof(*x));
		x->name = xstrdup(name);
		x->reason = xstrdup(reason);
		x->line = lineno;
	}
	free(line);
	fclose(f);
}

/* An XFAIL entry must name tests, and one of them must fail. */
static void xfail_report(void)
{
	unsigned int i;

	for (i = 0; i < H.nxfails; i++) {
		struct xfail *x = &H.xfails[i];

		if (!x->tests && !H.nfilters) {
			printf("FAIL %s:%u: XFAIL names %s: no such test\n",
			       H.xfail_file, x->line, x->name);
			H.failed++;
		} else if (x->tests && !x->failed) {
			printf("XPASS %s: all %u tests pass; remove it from %s\n",
			       x->name, x->tests, H.xfail_file);
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

	H.filters = xzalloc(sizeof(char *) * (size_t)argc);
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
		ut_run(c->name, c->name, NULL, run_case, c);
	ut_run_records();
	xfail_report();

	printf("%u passed, %u failed", H.passed, H.failed);
	if (H.skipped)
		printf(", %u skipped", H.skipped);
	printf("\n");

	for (i = 0; i < H.nxfails; i++) {
		free(H.xfails[i].name);
		free(H.xfails[i].reason);
	}
	free(H.xfails);
	free(H.filters);
	return H.failed ? 1 : 0;
}
