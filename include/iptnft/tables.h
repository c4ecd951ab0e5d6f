/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The iptables tables and their builtin chains, as iptables-nft creates
 * them: base chain type, hook and priority.
 */
#ifndef IPTNFT_TABLES_H
#define IPTNFT_TABLES_H

#include <stdbool.h>
#include <stdint.h>

#define TABLE_MAX_BUILTINS 5

struct builtin_chain {
	const char *name;
	const char *type;	/* "filter", "nat", "route" */
	uint32_t hook;		/* NF_INET_* */
	int32_t prio;
};

/* chains[] in the order iptables-nft creates them; listings show them in
 * hook order. */
struct table_def {
	const char *name;
	struct builtin_chain chains[TABLE_MAX_BUILTINS];
};

/* NULL when the table does not exist (for this family). */
const struct table_def *table_def_find(const char *name);
const struct builtin_chain *table_def_builtin(const struct table_def *t,
					     const char *chain);
/* The builtin chain of t attached to hook, or NULL. */
const struct builtin_chain *table_def_hook(const struct table_def *t,
					  uint32_t hook);
/* All tables, in iptables-save order; NULL-terminated. */
extern const struct table_def *const table_defs[];

/* Legacy x_tables tables exist in this namespace (src/legacy.c). */
bool legacy_tables_present(uint8_t family);

#endif
