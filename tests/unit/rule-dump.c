// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * rule-dump: prints every nf_tables rule of the current network namespace
 * in the golden text form (nftprint.h), followed by the message as the
 * kernel sent it, in hex.  tests/unit/record.py runs it after the oracle
 * has added a rule, to record what the unit tests compare with.
 *
 * Output, per rule:
 *   rule
 *   <nftprint_rule() text>
 *   raw:
 *     <hex, 32 bytes a line>
 */
#include <netinet/in.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>

#include "nftprint.h"

static int rule_cb(const struct nlmsghdr *nlh, void *data)
{
	struct nlmsghdr *copy;

	(void)data;
	printf("rule\n");
	if (nftprint_rule(nlh, stdout) < 0) {
		fprintf(stderr, "rule-dump: libnftnl cannot parse a rule\n");
		return MNL_CB_ERROR;
	}
	/* the same bytes on every run: no sequence number or port id */
	copy = malloc(nlh->nlmsg_len);
	if (!copy)
		abort();
	memcpy(copy, nlh, nlh->nlmsg_len);
	copy->nlmsg_seq = 0;
	copy->nlmsg_pid = 0;
	printf("raw:\n");
	nftprint_hex(stdout, "  ", copy, copy->nlmsg_len);
	free(copy);
	return MNL_CB_OK;
}

int main(int argc, char **argv)
{
	static char buf[32768];
	struct mnl_socket *nl;
	struct nlmsghdr *nlh;
	struct nfgenmsg *nfg;
	uint32_t seq = (uint32_t)time(NULL), portid;
	int ret;

	(void)argv;
	if (argc != 1) {
		fprintf(stderr, "usage: rule-dump\n");
		return 2;
	}
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_GETRULE;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = seq;
	nfg = mnl_nlmsg_put_extra_header(nlh, sizeof(*nfg));
	nfg->nfgen_family = NFPROTO_UNSPEC;
	nfg->version = NFNETLINK_V0;
	nfg->res_id = 0;

	nl = mnl_socket_open(NETLINK_NETFILTER);
	if (!nl || mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		perror("rule-dump: netlink socket");
		return 1;
	}
	portid = mnl_socket_get_portid(nl);
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0) {
		perror("rule-dump: send");
		return 1;
	}
	do {
		ret = mnl_socket_recvfrom(nl, buf, sizeof(buf));
		if (ret <= 0)
			break;
		ret = mnl_cb_run(buf, ret, seq, portid, rule_cb, NULL);
	} while (ret > 0);
	if (ret < 0) {
		fprintf(stderr, "rule-dump: %s\n", strerror(errno));
		return 1;
	}
	mnl_socket_close(nl);
	return 0;
}
