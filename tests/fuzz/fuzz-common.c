// SPDX-License-Identifier: GPL-2.0-or-later
/* Shared by the libFuzzer targets: see fuzz.h. */
#include <netinet/in.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <linux/netlink.h>

#include <iptnft/nft.h>
#include <iptnft/print.h>
#include <iptnft/xlate.h>

#include "fuzz.h"

void fuzz_quiet_stdout(void)
{
	int fd;

	if (getenv("FUZZ_VERBOSE"))
		return;
	fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	dup2(fd, STDOUT_FILENO);
	close(fd);
}

void fuzz_print_rule(const struct ir_rule *r, const char *chain)
{
	static const unsigned int fmts[] = {
		0, LIST_NUMERIC, LIST_VERBOSE | LIST_LINENUMS,
		LIST_NUMERIC | LIST_VERBOSE | LIST_EXACT,
	};
	struct strbuf sb = STRBUF_INIT;
	const char *why = NULL;
	size_t i;

	print_rule_spec(r, chain, 0, &sb);
	print_rule_spec(r, chain, PRINT_SAVE_COUNTERS, &sb);
	print_rule_spec(r, chain, PRINT_C_COUNTERS, &sb);
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		list_rule(r, (unsigned int)i + 1, fmts[i], &sb);
	list_rule_verbose(r, &sb);
	xlate_rule(r, &sb, &why);
	strbuf_release(&sb);
}

void fuzz_round_trip(const struct ir_rule *r, const char *table,
		     const char *chain)
{
	struct ir_rule *d, *canon;
	const struct nlmsghdr *nlh;
	char dchain[64] = "";
	struct nlb b;

	nlb_init(&b, 1);
	lin_rule_msg(&b, table, chain, r, NLM_F_CREATE | NLM_F_APPEND, 0, 0,
		     NULL);
	nlh = nlb_find_msg(&b, 1);
	if (nlh) {
		d = ir_rule_alloc(r->family);
		if (!dlin_rule_msg(nlh, r->family, d, dchain, sizeof(dchain))) {
			fuzz_print_rule(d, dchain);
			ir_rule_equal(r, d);
		}
		ir_rule_free(d);
	}
	nlb_release(&b);
	canon = dlin_canon(r);
	if (canon) {
		fuzz_print_rule(canon, chain);
		ir_rule_free(canon);
	}
}
