/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The text form of a NEWRULE message that the golden files record: what
 * libnftnl prints for it (nftnl_rule_snprintf, NFTNL_OUTPUT_DEFAULT), with
 * the kernel-assigned handle and position left out, followed by what that
 * format hides: the xt_* payload of nft_compat matches and targets, and the
 * user data, in hex.  The rule's compat attributes (NFTA_RULE_COMPAT) are
 * not shown: the kernel does not dump them, so the oracle's side could
 * never have them.
 *
 * Shared by the unit tests (our messages) and tests/unit/rule-dump (the
 * oracle's rules as the kernel dumps them), so both sides are printed by
 * the same code.
 */
#ifndef IPTNFT_TESTS_NFTPRINT_H
#define IPTNFT_TESTS_NFTPRINT_H

#include <stddef.h>
#include <stdio.h>

struct nlmsghdr;

/*
 * Prints the rule in nlh to f.  Returns 0, or -1 if libnftnl cannot parse
 * the message.
 */
int nftprint_rule(const struct nlmsghdr *nlh, FILE *f);

/* Prints len bytes as lowercase hex, 32 bytes a line, each line prefixed. */
void nftprint_hex(FILE *f, const char *prefix, const void *data, size_t len);

#endif
