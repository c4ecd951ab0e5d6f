/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Printing the IR: the rule-spec form shared by -S and iptables-save, and
 * the -L table.
 */
#ifndef IPTNFT_PRINT_H
#define IPTNFT_PRINT_H

#include <stdbool.h>

#include <iptnft/ir.h>

enum {
	PRINT_SAVE_COUNTERS	= 1 << 0,	/* "[p:b] -A ..." */
	PRINT_C_COUNTERS	= 1 << 1,	/* "-A CHAIN -c p b ..." (-S -v) */
};

/* "-A CHAIN spec" without a newline. */
void print_rule_spec(const struct ir_rule *r, const char *chain,
		     unsigned int flags, struct strbuf *out);

enum {
	LIST_NUMERIC	= 1 << 0,
	LIST_VERBOSE	= 1 << 1,
	LIST_EXACT	= 1 << 2,
	LIST_LINENUMS	= 1 << 3,
};

void list_chain_header(const struct ir_chain *c, unsigned int fmt,
		       struct strbuf *out);
void list_columns(unsigned int fmt, struct strbuf *out);
void list_rule(const struct ir_rule *r, unsigned int num, unsigned int fmt,
	       struct strbuf *out);
/* The line -v prints for a rule a command adds, deletes or checks. */
void list_rule_verbose(const struct ir_rule *r, struct strbuf *out);

#endif
