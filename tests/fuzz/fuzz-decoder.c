// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target: the delinearizer, fed rules another tool may have
 * written.
 *
 * Input: the first byte chooses the family (bit 0: IPv6), the rest is a
 * NEWRULE message as the kernel dumps it (struct nlmsghdr, struct
 * nfgenmsg, attributes); its nlmsg_len is set to the size given.  The
 * decoded rule is printed in every form (-S, -L, -v, translation), and
 * written and decoded once more.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>

#include <iptnft/nft.h>
#include <iptnft/util.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stdout();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nlmsghdr *nlh;
	struct ir_rule *r;
	char chain[64] = "";
	uint8_t family;
	size_t len;

	if (size < 1 + sizeof(struct nlmsghdr) + sizeof(struct nfgenmsg) ||
	    size > 1 + 65535)
		return 0;
	family = data[0] & 1 ? NFPROTO_IPV6 : NFPROTO_IPV4;
	len = size - 1;
	/*
	 * A private, aligned copy, as long as the message and its padding:
	 * a receive buffer always holds NLMSG_ALIGN(nlmsg_len) bytes, and
	 * libmnl's walk over the attributes goes that far.
	 */
	nlh = calloc(1, NLMSG_ALIGN(len));
	if (!nlh)
		abort();
	memcpy(nlh, data + 1, len);
	nlh->nlmsg_len = (uint32_t)len;

	r = ir_rule_alloc(family);
	if (!dlin_rule_msg(nlh, family, r, chain, sizeof(chain))) {
		fuzz_print_rule(r, chain);
		fuzz_round_trip(r, "filter", chain[0] ? chain : "INPUT");
	}
	ir_rule_free(r);
	free(nlh);
	return 0;
}
