// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Data-driven tests: every *.rules file in the data directory holds
 * records, each an iptables command line and what the oracle (Debian's
 * iptables-nft 1.8.9) did with it, recorded by tests/unit/record.py:
 *
 *   # comment
 *   @ iptables -N FOO                  setup for the next record (the
 *                                      recorder runs it; ignored here)
 *   iptables -A INPUT -p tcp --dport 22 -j FOO
 *   <TAB>save -A INPUT -p tcp -m tcp --dport 22 -j FOO
 *   <TAB>nft ip filter INPUT           the rule as the kernel dumps it,
 *   <TAB>nft   [ meta load ... ]       in nftprint.h's text form
 *   <TAB>raw 48010000060a...           the kernel's NEWRULE message (hex)
 *   iptables -A INPUT -p tcp --dport 99999
 *   <TAB>exit 2
 *   <TAB>err iptables v1.8.9 (nf_tables): invalid port/service ...
 *
 * A "save" line starts each rule the command made (one per source x
 * destination address).  "err" lines are the standard error (warnings
 * too), "exit" the status when it is not 0.  Status 4 means the oracle's
 * kernel refused the rule: the front end must accept such a command, and
 * the rest is left to the shell tests.
 *
 * The N-th record of FILE.rules is the test "FILE#N".
 *
 * For each record, without a kernel:
 *   parse   parse_cmdline() accepts or rejects it like the oracle: the
 *           same error text (struct erec through erec_report()) and
 *           exit status, the same warnings;
 *   save    print_rule_spec() of each rule is the oracle's save line;
 *   lin     lin_rule_msg() writes the expressions the oracle wrote;
 *   dlin    dlin_rule_msg() of our message gives back an equal rule
 *           (ir_rule_equal(), and the same save line);
 *   oracle  dlin_rule_msg() of the oracle's message gives the save line.
 */
#include <netinet/in.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <linux/netfilter.h>
#include <linux/netlink.h>

#include <iptnft/applets.h>
#include <iptnft/nft.h>
#include <iptnft/parse.h>
#include <iptnft/print.h>

#include "harness.h"
#include "nftprint.h"
#include "unit.h"

struct rrule {
	char *save;
	struct strbuf nft;
	struct strbuf rawhex;
};

struct record {
	char *group;		/* the file name without .rules */
	char *id;		/* "group#N": the N-th record of the file */
	char *cmd;
	int exit;
	struct strbuf err;
	struct rrule *rules;
	unsigned int nrules;
};

/* ---- the data files ---- */

static void record_free(struct record *r)
{
	unsigned int i;

	for (i = 0; i < r->nrules; i++) {
		free(r->rules[i].save);
		strbuf_release(&r->rules[i].nft);
		strbuf_release(&r->rules[i].rawhex);
	}
	free(r->rules);
	strbuf_release(&r->err);
	free(r->cmd);
	free(r->id);
	free(r->group);
	memset(r, 0, sizeof(*r));
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Decodes hex into a buffer the caller frees; NULL if malformed. */
static void *unhex(const char *hex, size_t *len)
{
	size_t n = strlen(hex), i;
	unsigned char *out;

	if (n % 2)
		return NULL;
	out = xzalloc(n / 2 + 1);
	for (i = 0; i < n / 2; i++) {
		int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			free(out);
			return NULL;
		}
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	*len = n / 2;
	return out;
}

/* ---- the checks ---- */

static uint8_t family_of(const char *tool)
{
	if (!strcmp(tool, "iptables"))
		return NFPROTO_IPV4;
	if (!strcmp(tool, "ip6tables"))
		return NFPROTO_IPV6;
	return NFPROTO_UNSPEC;
}

static char *save_form(const struct ir_rule *r, const char *chain)
{
	struct strbuf sb = STRBUF_INIT;

	print_rule_spec(r, chain, 0, &sb);
	return strbuf_detach(&sb);
}

/* The decoded form of a rule message, checked against the save line. */
static void check_dlin(struct ut *t, const char *what,
		       const struct nlmsghdr *nlh, uint8_t family,
		       const char *chain, const struct ir_rule *orig,
		       const char *save)
{
	struct ir_rule *d = ir_rule_alloc(family);
	char dchain[64] = "";
	char *text;
	int ret;

	ret = dlin_rule_msg(nlh, family, d, dchain, sizeof(dchain));
	if (ret) {
		ut_fail(t, __FILE__, __LINE__, "%s: dlin_rule_msg: %s", what,
			strerror(-ret));
		ir_rule_free(d);
		return;
	}
	UT_STREQ(t, "chain of the decoded rule", chain, dchain);
	text = save_form(d, dchain);
	UT_STREQ(t, what, save, text);
	if (orig && !ir_rule_equal(orig, d))
		ut_fail(t, __FILE__, __LINE__,
			"%s: ir_rule_equal(rule, decoded) is false", what);
	if (orig && (orig->flags & IR_F_COUNTERS) &&
	    (orig->pkts != d->pkts || orig->bytes != d->bytes))
		ut_fail(t, __FILE__, __LINE__,
			"%s: counters [%llu:%llu] decoded as [%llu:%llu]",
			what, (unsigned long long)orig->pkts,
			(unsigned long long)orig->bytes,
			(unsigned long long)d->pkts,
			(unsigned long long)d->bytes);
	free(text);
	ir_rule_free(d);
}

static void check_rule(struct ut *t, const struct ir_cmd *c,
		       const struct rrule *rr)
{
	struct nlb b;
	const struct nlmsghdr *nlh;
	char *text = NULL, *raw;
	size_t textlen = 0, rawlen;
	FILE *f;

	/* save: the IR printed */
	text = save_form(c->rule, c->chain);
	UT_STREQ(t, "save form", rr->save, text);
	free(text);

	/* lin: the expressions, as libnftnl prints them */
	nlb_init(&b, 1);
	lin_rule_msg(&b, c->table, c->chain, c->rule,
		     NLM_F_CREATE | NLM_F_APPEND, 0, 0, NULL);
	nlh = nlb_find_msg(&b, 1);
	if (!nlh) {
		ut_fail(t, __FILE__, __LINE__, "lin_rule_msg wrote no message");
		nlb_release(&b);
		return;
	}
	text = NULL;
	f = open_memstream(&text, &textlen);
	if (!f)
		abort();
	if (nftprint_rule(nlh, f) < 0)
		fprintf(f, "(libnftnl cannot parse the message)\n");
	fclose(f);
	UT_STREQ(t, "expressions (lin_rule_msg)", strbuf_str(&rr->nft), text);
	free(text);

	/* dlin(lin(x)) == x */
	check_dlin(t, "save form of dlin(lin(rule))", nlh, c->family,
		   c->chain, c->rule, rr->save);
	nlb_release(&b);

	/* the oracle's message decoded */
	if (!rr->rawhex.len)
		return;
	raw = unhex(strbuf_str(&rr->rawhex), &rawlen);
	if (!raw || rawlen < sizeof(struct nlmsghdr) ||
	    ((struct nlmsghdr *)(void *)raw)->nlmsg_len != rawlen) {
		ut_fail(t, __FILE__, __LINE__, "bad raw message in data file");
	} else {
		check_dlin(t, "save form of dlin(oracle's rule)",
			   (const struct nlmsghdr *)(void *)raw, c->family,
			   c->chain, NULL, rr->save);
	}
	free(raw);
}

static void run_record(struct ut *t, void *arg)
{
	const struct record *r = arg;
	struct erec err = { 0 };
	struct ir_cmd *c = NULL;
	char **argv = NULL, *text = NULL;
	size_t textlen = 0;
	unsigned int n, k;
	uint8_t family;
	int argc, ret, status;
	FILE *f;

	argc = ut_split_words(r->cmd, &argv);
	if (argc < 1 || !(family = family_of(argv[0]))) {
		ut_fail(t, __FILE__, __LINE__,
			"bad command in data file (iptables or ip6tables)");
		goto out;
	}
	ret = parse_cmdline(family, argv[0], argc - 1, argv + 1, NULL, &err, &c);

	/*
	 * Status 4: the oracle's kernel refused the rule.  The front end must
	 * accept it; what the kernel says is for the shell tests to compare.
	 */
	if (r->exit == XT_RESOURCE_PROBLEM) {
		if (ret < 0)
			ut_fail(t, __FILE__, __LINE__,
				"rejected (%s), but the oracle's error came from the kernel",
				err.msg ? err.msg : "no message");
		goto out;
	}

	/* what it printed to stderr, and its exit status */
	f = open_memstream(&text, &textlen);
	if (!f)
		abort();
	status = 0;
	if (ret < 0)
		status = erec_report(&err, argv[0], f);
	else if (err.warn.len)
		fputs(err.warn.buf, f);
	fclose(f);
	UT_STREQ(t, "standard error", strbuf_str(&r->err), text);
	if (status != r->exit)
		ut_fail(t, __FILE__, __LINE__, "exit status %d, expected %d",
			status, r->exit);
	if (ret < 0 || r->exit)
		goto out;

	n = ir_cmd_naddrs(c);
	if (!c->rule)
		n = 0;
	if (n != r->nrules) {
		ut_fail(t, __FILE__, __LINE__, "%u rules, the oracle made %u",
			n, r->nrules);
		goto out;
	}
	for (k = 0; k < n; k++) {
		ir_cmd_select_addresses(c, k);
		check_rule(t, c, &r->rules[k]);
	}
out:
	free(text);
	erec_clear(&err);
	ir_cmd_free(c);
	ut_words_free(argv);
}

static void finish_record(struct record *r)
{
	if (r->cmd) {
		ut_run(r->group, r->id, r->cmd, run_record, r);
		record_free(r);
	}
}

/* A result line of the current record: "\tKEY VALUE". */
static int add_result(struct record *r, const char *line)
{
	const char *sp = strchr(line, ' ');
	size_t klen = sp ? (size_t)(sp - line) : strlen(line);
	const char *v = sp ? sp + 1 : "";
	struct rrule *rr = r->nrules ? &r->rules[r->nrules - 1] : NULL;

	if (klen == 4 && !strncmp(line, "save", 4)) {
		r->rules = xrealloc(r->rules, sizeof(*rr) * (r->nrules + 1));
		rr = &r->rules[r->nrules++];
		memset(rr, 0, sizeof(*rr));
		rr->save = xstrdup(v);
	} else if (klen == 3 && !strncmp(line, "nft", 3) && rr) {
		strbuf_addf(&rr->nft, "%s\n", v);
	} else if (klen == 3 && !strncmp(line, "raw", 3) && rr) {
		strbuf_adds(&rr->rawhex, v);
	} else if (klen == 3 && !strncmp(line, "err", 3)) {
		strbuf_addf(&r->err, "%s\n", v);
	} else if (klen == 4 && !strncmp(line, "exit", 4)) {
		r->exit = atoi(v);
	} else {
		return -1;
	}
	return 0;
}

static void run_file(const char *dir, const char *file)
{
	struct record r = { 0 };
	struct strbuf path = STRBUF_INIT, group = STRBUF_INIT;
	struct strbuf name = STRBUF_INIT;
	char *line = NULL;
	size_t cap = 0;
	unsigned int lineno = 0, nrecords = 0;
	ssize_t len;
	FILE *f;

	strbuf_addf(&path, "%s/%s", dir, file);
	strbuf_add(&group, file, strlen(file) - strlen(".rules"));
	f = fopen(strbuf_str(&path), "r");
	if (!f) {
		printf("FAIL %s: %s\n", strbuf_str(&path), strerror(errno));
		exit(1);
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (line[0] == '\t') {
			if (!r.cmd || add_result(&r, line + 1) < 0) {
				printf("FAIL %s:%u: bad result line\n",
				       strbuf_str(&path), lineno);
				exit(1);
			}
			continue;
		}
		if (!line[0] || line[0] == '#' || line[0] == '@') {
			finish_record(&r);
			continue;
		}
		finish_record(&r);
		r.group = xstrdup(strbuf_str(&group));
		r.cmd = xstrdup(line);
		strbuf_addf(&name, "%s#%u", r.group, ++nrecords);
		r.id = strbuf_detach(&name);
	}
	finish_record(&r);
	free(line);
	fclose(f);
	strbuf_release(&path);
	strbuf_release(&group);
}

static int rules_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 6 && !strcmp(d->d_name + n - 6, ".rules");
}

void ut_run_records(void)
{
	struct dirent **list;
	int n, i;

	n = scandir(ut_datadir(), &list, rules_file, alphasort);
	if (n < 0) {
		printf("FAIL %s: %s\n", ut_datadir(), strerror(errno));
		exit(1);
	}
	for (i = 0; i < n; i++) {
		run_file(ut_datadir(), list[i]->d_name);
		free(list[i]);
	}
	free(list);
}
