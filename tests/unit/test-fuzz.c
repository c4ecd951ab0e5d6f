// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Inputs found by fuzzing (tests/fuzz, docs/FUZZING.md) whose right
 * answer cannot be recorded from the oracle (it crashes on them): what
 * iptnft answers instead.  The crashing inputs themselves are in
 * tests/fuzz/crashes/.
 */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/netfilter.h>
#include <linux/netlink.h>

#include <iptnft/applets.h>
#include <iptnft/cache.h>
#include <iptnft/nft.h>
#include <iptnft/parse.h>
#include <iptnft/print.h>
#include <iptnft/xlate.h>

#include "harness.h"
#include "unit.h"

/* stderr and exit status of parsing an iptables command line */
static int parse_error(const char *line, char **text)
{
	struct erec err = { 0 };
	struct ir_cmd *c = NULL;
	size_t len = 0;
	char **argv;
	int argc, status = 0;
	FILE *f;

	argc = ut_split_words(line, &argv);
	f = open_memstream(text, &len);
	if (!f)
		abort();
	if (parse_cmdline(NFPROTO_IPV4, "iptables", argc, argv, NULL, &err,
			  &c) < 0)
		status = erec_report(&err, "iptables", f);
	fclose(f);
	erec_clear(&err);
	ir_cmd_free(c);
	ut_words_free(argv);
	return status;
}

/*
 * A byte rate of 2^36 - 1 b/s or more: 1.8.9 divides by zero (SIGFPE);
 * it is beyond the largest rate, as is what 1.8.9 calls too high.
 */
UT_TEST(fuzz_hashlimit_byte_rate_beyond_the_largest)
{
	static const char *const rates[] = {
		"68719476735b/s", "18446744073709551615b/s",
	};
	char line[256], want[256], *text;
	size_t i;

	for (i = 0; i < sizeof(rates) / sizeof(rates[0]); i++) {
		snprintf(line, sizeof(line),
			 "-A INPUT -m hashlimit --hashlimit-upto %s "
			 "--hashlimit-name x", rates[i]);
		snprintf(want, sizeof(want),
			 "iptables v1.8.9 (nf_tables): Rate too high \"%s\"\n"
			 "Try `iptables -h' or 'iptables --help' for more information.\n",
			 rates[i]);
		text = NULL;
		UT_CHECK(t, parse_error(line, &text) == XT_PARAMETER_PROBLEM);
		UT_STREQ(t, rates[i], want, text);
		free(text);
	}
}

/*
 * The decoder's crash inputs (tests/fuzz/crashes/decoder: a family byte,
 * then a NEWRULE message, as the fuzz target reads them), here in the
 * normal build (and under valgrind in the memcheck suite): each is
 * decoded as expected and printed in every form.
 */
static const struct {
	const char *file;
	int ret;		/* of dlin_rule_msg */
} decoder_crashes[] = {
	/* a compat match/target without data or info: not iptables' */
	{ "xt-without-data", -EOPNOTSUPP },
	{ "xt-without-info", -EOPNOTSUPP },
	/* an estimator interval the kernel refuses */
	{ "RATEEST-interval-shift", -EOPNOTSUPP },
	/* more ports than the array holds: decoded, printed as far as held */
	{ "multiport-xlate-count", 0 },
	/* a set with more dimensions than flag bits */
	{ "SET-dim-shift", 0 },
	{ "ULOG-prefix-unterminated", 0 },
};

static void *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "re");
	char *buf;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	/* padded and aligned as a receive buffer */
	buf = xzalloc(NLMSG_ALIGN((size_t)n) + 4);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

UT_TEST(fuzz_decoder_crash_inputs)
{
	struct strbuf sb = STRBUF_INIT;
	char path[4096], chain[64];
	const char *why;
	struct nlmsghdr *nlh;
	struct ir_rule *r;
	uint8_t family;
	size_t i, len;
	uint8_t *buf;
	int ret;

	for (i = 0; i < sizeof(decoder_crashes) / sizeof(decoder_crashes[0]);
	     i++) {
		snprintf(path, sizeof(path), "%s/../../fuzz/crashes/decoder/%s",
			 UT_DATADIR, decoder_crashes[i].file);
		buf = read_file(path, &len);
		if (!buf || len < 1 + sizeof(*nlh)) {
			ut_fail(t, __FILE__, __LINE__, "cannot read %s", path);
			free(buf);
			continue;
		}
		family = buf[0] & 1 ? NFPROTO_IPV6 : NFPROTO_IPV4;
		/* the message, aligned, as long as the file says */
		nlh = xzalloc(NLMSG_ALIGN(len - 1));
		memcpy(nlh, buf + 1, len - 1);
		nlh->nlmsg_len = (uint32_t)(len - 1);
		r = ir_rule_alloc(family);
		chain[0] = '\0';
		ret = dlin_rule_msg(nlh, family, r, chain, sizeof(chain));
		if (ret != decoder_crashes[i].ret)
			ut_fail(t, __FILE__, __LINE__, "%s: dlin_rule_msg %d, expected %d",
				decoder_crashes[i].file, ret,
				decoder_crashes[i].ret);
		if (!ret) {
			print_rule_spec(r, chain, 0, &sb);
			list_rule(r, 1, LIST_NUMERIC | LIST_VERBOSE, &sb);
			why = NULL;
			xlate_rule(r, &sb, &why);
			UT_CHECK(t, sb.len > 0);
			strbuf_reset(&sb);
		}
		ir_rule_free(r);
		free(nlh);
		free(buf);
	}
	strbuf_release(&sb);
}

/* a chain message's file (tests/fuzz/crashes or corpus), aligned */
static struct nlmsghdr *chain_file(struct ut *t, const char *dir,
				   const char *name)
{
	char path[4096];
	struct nlmsghdr *nlh;
	uint8_t *buf;
	size_t len;

	snprintf(path, sizeof(path), "%s/../../fuzz/%s/decoder/%s",
		 UT_DATADIR, dir, name);
	buf = read_file(path, &len);
	if (!buf || len < 1 + sizeof(*nlh)) {
		ut_fail(t, __FILE__, __LINE__, "cannot read %s", path);
		free(buf);
		return NULL;
	}
	nlh = xzalloc(NLMSG_ALIGN(len - 1));
	memcpy(nlh, buf + 1, len - 1);
	nlh->nlmsg_len = (uint32_t)(len - 1);
	free(buf);
	return nlh;
}

/*
 * The chain cache reads only well-formed attributes: a name without its
 * NUL, a handle, use count or hook number of the wrong size are left out.
 */
UT_TEST(fuzz_chain_message_malformed)
{
	struct cache_chain_msg m;
	struct nlmsghdr *nlh;

	nlh = chain_file(t, "crashes", "chain-unterminated");
	if (nlh) {
		cache_chain_msg_parse(nlh, &m);
		UT_STREQ(t, "table", "filter", m.table ? m.table : "(null)");
		UT_CHECK(t, m.name == NULL);
		UT_CHECK(t, m.c.handle == 0 && m.c.use == 0);
		UT_CHECK(t, m.c.base && m.c.hook == 0 && m.c.policy == -1);
		free(nlh);
	}
	nlh = chain_file(t, "corpus", "chain-base");
	if (nlh) {
		cache_chain_msg_parse(nlh, &m);
		UT_STREQ(t, "table", "filter", m.table ? m.table : "(null)");
		UT_STREQ(t, "name", "INPUT", m.name ? m.name : "(null)");
		UT_CHECK(t, m.c.handle == 1 && m.c.use == 3);
		UT_CHECK(t, m.c.base && m.c.hook == 1 && m.c.prio == 0);
		UT_CHECK(t, m.c.policy == 1);
		UT_CHECK(t, m.c.pkts == 7 && m.c.bytes == 700);
		free(nlh);
	}
}
