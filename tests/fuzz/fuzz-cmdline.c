// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target: the iptables/ip6tables command line parser.
 *
 * Input: the first byte chooses the program (bit 0: ip6tables), the rest
 * is the argument words, each ended by a newline or a NUL.  The command is
 * parsed as the applet does, with no kernel: an error is formatted as the
 * applet would print it; a rule is printed in every form, written as a
 * NEWRULE message into a batch buffer and decoded again.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/netfilter.h>

#include <iptnft/applets.h>
#include <iptnft/parse.h>
#include <iptnft/util.h>

#include "fuzz.h"

#define MAX_WORDS 128
#define MAX_RULES 4

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stdout();
	devnull = fopen("/dev/null", "we");
	if (!devnull)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t family;
	const char *prog;
	char *buf, *p, *end, *argv[MAX_WORDS + 1];
	struct erec err = { 0 };
	struct ir_cmd *c = NULL;
	unsigned int n, k;
	int argc = 0;

	if (size < 1)
		return 0;
	family = data[0] & 1 ? NFPROTO_IPV6 : NFPROTO_IPV4;
	prog = family_prog(family);
	/* the words, each NUL-terminated in a copy of the input */
	buf = xzalloc(size);
	memcpy(buf, data + 1, size - 1);
	end = buf + size - 1;
	for (p = buf; p < end && argc < MAX_WORDS;) {
		char *w = p;

		while (p < end && *p && *p != '\n')
			p++;
		*p++ = '\0';
		argv[argc++] = w;
	}
	argv[argc] = NULL;

	if (parse_cmdline(family, prog, argc, argv, NULL, &err, &c) < 0) {
		erec_report(&err, prog, devnull);
		goto out;
	}
	if (!c->rule)
		goto out;
	n = ir_cmd_naddrs(c);
	for (k = 0; k < n && k < MAX_RULES; k++) {
		ir_cmd_select_addresses(c, k);
		fuzz_print_rule(c->rule, c->chain ? c->chain : "INPUT");
		fuzz_round_trip(c->rule, c->table,
				c->chain ? c->chain : "INPUT");
	}
out:
	erec_clear(&err);
	ir_cmd_free(c);
	free(buf);
	return 0;
}
