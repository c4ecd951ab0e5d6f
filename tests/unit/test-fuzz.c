// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Inputs found by fuzzing (tests/fuzz, docs/FUZZING.md) whose right
 * answer cannot be recorded from the oracle (it crashes on them): what
 * iptnft answers instead.  The crashing inputs themselves are in
 * tests/fuzz/crashes/.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include <linux/netfilter.h>

#include <iptnft/applets.h>
#include <iptnft/parse.h>

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
