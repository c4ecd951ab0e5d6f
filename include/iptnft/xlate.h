/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Translation of IR rules to nft syntax (iptables-translate and
 * iptables-restore-translate, src/xlate.c).
 *
 * Each extension may have an xlate callback (struct ext.xlate) that
 * appends its nft words to the context.  A callback either writes an
 * exact equivalent or returns -EOPNOTSUPP (with xl->why saying what has
 * no equivalent); an extension without the callback is untranslatable.
 * Nothing is ever translated into something that means otherwise.
 */
#ifndef IPTNFT_XLATE_H
#define IPTNFT_XLATE_H

#include <linux/netfilter.h>
#include <stdbool.h>
#include <stdint.h>

#include <iptnft/ir.h>
#include <iptnft/util.h>

struct xlate {
	uint8_t family;
	const struct ir_rule *rule;
	/* the words being built (matches, then the target's statement) */
	struct strbuf *out;
	/*
	 * A match with no single-expression equivalent may say it is the
	 * union of two disjoint conditions: its words in out are the first,
	 * alt holds the second; the rule is then written twice.  Each
	 * packet matches at most one of them (and no target changes which),
	 * so the target runs as often as before.  Only one match of a rule
	 * may do so, and no stateful match may share it.
	 */
	struct strbuf *alt;
	bool has_alt;
	/* a match emitted a header field of rule->proto ("tcp dport") */
	bool proto_implied;
	/* a match keeps state per rule (limit, quota, ...) */
	bool stateful;
	/* the rule's comment (borrowed from a comment match), or NULL */
	const char *comment;
	/* why the rule is untranslatable (static text), or NULL */
	const char *why;
};

/* Appends " words" (the separating blank only when out is not empty). */
void xl_add(struct xlate *xl, const char *fmt, ...) __printf(2, 3);
/* -EOPNOTSUPP, with why set (static text) */
int xl_unsupported(struct xlate *xl, const char *why);
/* "ip" or "ip6": the header of addresses for the rule's family */
const char *xl_nh(const struct xlate *xl);
/* An address in nft form: "1.2.3.0/24", or "& mask == addr" fallback
 * is the caller's; returns false for a non-prefix mask. */
bool xl_addr(struct strbuf *out, uint8_t family, const union ir_addr *a,
	     const union ir_addr *m);
/* Whether nft can write this chain name (it cannot quote them). */
bool xl_chain_ok(const char *name);
#define XL_BAD_CHAIN \
	"nft 1.0 cannot write this chain name (it may be a keyword or need quotes)"

/* A port range as nft writes it: "80" or "1-1023". */
void xl_ports(struct strbuf *out, uint16_t lo, uint16_t hi);

/*
 * One rule as nft words after "add rule FAMILY TABLE CHAIN " (without
 * it), one rule per strbuf line ("\n" separated; two when split).
 * Returns 0, or -EOPNOTSUPP with *why set.
 */
int xlate_rule(const struct ir_rule *r, struct strbuf *out,
	       const char **why);

#endif
