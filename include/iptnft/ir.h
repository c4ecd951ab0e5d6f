/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The intermediate representation shared by every front and back end:
 * a rule as iptables sees it (base match, extension matches, a target),
 * chains and tables as listed, and a parsed command.
 *
 * Ownership: containers own their children.  ir_*_free(NULL) is a no-op.
 */
#ifndef IPTNFT_IR_H
#define IPTNFT_IR_H

/* IFNAMSIZ without net/if.h, which clashes with the kernel headers */
#ifndef IFNAMSIZ
#define IFNAMSIZ 16
#endif
#include <netinet/in.h>
#include <stdbool.h>
#include <stdint.h>

#include <iptnft/location.h>
#include <iptnft/util.h>

struct ext;

#define IR_CHAIN_MAXLEN		29	/* iptables' limit for new chains */
#define IR_TABLE_MAXLEN		32
#define IR_NAME_MAXLEN		256	/* the kernel's limit for any name */

union ir_addr {
	struct in_addr in;
	struct in6_addr in6;
	uint32_t w[4];
};

/* ir_rule.invflags */
enum {
	IR_INV_SRC	= 1 << 0,
	IR_INV_DST	= 1 << 1,
	IR_INV_IN	= 1 << 2,
	IR_INV_OUT	= 1 << 3,
	IR_INV_PROTO	= 1 << 4,
	IR_INV_FRAG	= 1 << 5,
};

/* ir_rule.flags */
enum {
	IR_F_FRAG	= 1 << 0,	/* -f (IPv4) */
	IR_F_PROTO	= 1 << 1,	/* -p given (even "all") */
	IR_F_SRC	= 1 << 2,	/* -s given */
	IR_F_DST	= 1 << 3,	/* -d given */
	IR_F_COUNTERS	= 1 << 4,	/* -c / [p:b] given */
};

enum ir_verdict {
	IR_V_NONE,	/* no -j: the rule only counts */
	IR_V_ACCEPT,
	IR_V_DROP,
	IR_V_RETURN,
	IR_V_JUMP,	/* -j CHAIN */
	IR_V_GOTO,	/* -g CHAIN */
	IR_V_EXT,	/* an extension target (rule->target) */
};

/*
 * One match or target with its options.  The payload (data) is the
 * extension's own struct of ext->size bytes.  given/inverted have one bit
 * per option id of the extension's option table.
 */
struct ir_ext {
	struct list_head list;
	const struct ext *ext;
	struct location loc;
	uint64_t given;
	uint64_t inverted;
	/* set when the user named it with -m (not loaded by -p) */
	bool explicit_m;
	unsigned char data[] __attribute__((aligned(8)));
};

struct ir_rule {
	struct list_head list;
	struct location loc;
	uint8_t family;			/* NFPROTO_IPV4 or NFPROTO_IPV6 */
	uint16_t flags;			/* IR_F_* */
	uint16_t invflags;		/* IR_INV_* */
	union ir_addr src, smsk, dst, dmsk;
	char iniface[IFNAMSIZ];		/* "" = any; trailing '+' = prefix */
	char outiface[IFNAMSIZ];
	uint16_t proto;			/* 0 = all */
	struct list_head matches;	/* of struct ir_ext */
	enum ir_verdict verdict;
	char *chain;			/* IR_V_JUMP/GOTO target, owned */
	struct ir_ext *target;		/* IR_V_EXT, owned */
	uint64_t pkts, bytes;
	uint64_t handle;		/* kernel handle, 0 if not from kernel */
};

struct ir_chain {
	struct list_head list;
	struct ir_chain *hnext;		/* ir_table's name hash */
	uint32_t hash;			/* str_hash() of the name */
	bool builtin;
	bool in_kernel;			/* false: a builtin not yet created */
	int policy;			/* NF_ACCEPT/NF_DROP; -1 for user chains */
	uint64_t pkts, bytes;		/* policy counters */
	uint64_t handle;
	unsigned int refs;		/* rules jumping here (-L) */
	unsigned int nrules;
	struct list_head rules;		/* of struct ir_rule */
	/* as long as it is (below IR_NAME_MAXLEN): a table may have
	 * tens of thousands of chains */
	char name[];
};

struct ir_table {
	char name[IR_TABLE_MAXLEN];
	uint8_t family;
	bool in_kernel;
	/* base chains iptables cannot show (renamed, foreign hooks) */
	bool incompatible_base;
	struct list_head chains;	/* of struct ir_chain, builtins first */
	/* chains by name (ir_table_add_chain keeps it) */
	struct ir_chain **hash;
	size_t hsize, nchains;
};

struct ir_rule *ir_rule_alloc(uint8_t family);
void ir_rule_free(struct ir_rule *r);
/* Empties r for reuse (keeps the family). */
void ir_rule_reset(struct ir_rule *r);
/* A deep copy; owned by the caller. */
struct ir_rule *ir_rule_clone(const struct ir_rule *r);
/* Semantic equality, as -C and -D by spec need it (handles, counters and
 * locations ignored). */
bool ir_rule_equal(const struct ir_rule *a, const struct ir_rule *b);
void ir_rule_set_target_chain(struct ir_rule *r, enum ir_verdict v,
			      const char *chain);

struct ir_ext *ir_ext_alloc(const struct ext *ext);
struct ir_ext *ir_ext_clone(const struct ir_ext *e);
void ir_ext_free(struct ir_ext *e);
/* Finds the first match of this extension in r, or NULL. */
struct ir_ext *ir_rule_find_match(const struct ir_rule *r,
				  const struct ext *ext);

struct ir_chain *ir_chain_alloc(const char *name);
void ir_chain_free(struct ir_chain *c);
struct ir_chain *ir_table_find_chain(const struct ir_table *t,
				     const char *name);
/* Indexes c by name (the caller puts it on t->chains where it belongs). */
void ir_table_hash_chain(struct ir_table *t, struct ir_chain *c);

struct ir_table *ir_table_alloc(const char *name, uint8_t family);
void ir_table_free(struct ir_table *t);

/* Address helpers shared by the parser, printers and back end. */
unsigned int ir_addr_len(uint8_t family);
/* Prefix length of a contiguous mask, or -1. */
int ir_mask_to_prefix(uint8_t family, const union ir_addr *mask);
void ir_prefix_to_mask(uint8_t family, unsigned int plen, union ir_addr *m);
bool ir_addr_is_any(uint8_t family, const union ir_addr *a);

/* Command bits: combinations are checked like iptables does. */
enum {
	IR_CMD_NONE		= 0,
	IR_CMD_INSERT		= 1 << 0,
	IR_CMD_DELETE		= 1 << 1,
	IR_CMD_DELETE_NUM	= 1 << 2,
	IR_CMD_REPLACE		= 1 << 3,
	IR_CMD_APPEND		= 1 << 4,
	IR_CMD_LIST		= 1 << 5,
	IR_CMD_FLUSH		= 1 << 6,
	IR_CMD_ZERO		= 1 << 7,
	IR_CMD_NEW_CHAIN	= 1 << 8,
	IR_CMD_DELETE_CHAIN	= 1 << 9,
	IR_CMD_SET_POLICY	= 1 << 10,
	IR_CMD_RENAME_CHAIN	= 1 << 11,
	IR_CMD_LIST_RULES	= 1 << 12,
	IR_CMD_ZERO_NUM		= 1 << 13,
	IR_CMD_CHECK		= 1 << 14,
	IR_CMD_HELP		= 1 << 15,
	IR_CMD_VERSION		= 1 << 16,
};

/* ir_cmd.options: the base options as iptables counts them */
enum {
	IR_OPT_NUMERIC		= 1 << 0,
	IR_OPT_SOURCE		= 1 << 1,
	IR_OPT_DESTINATION	= 1 << 2,
	IR_OPT_PROTOCOL		= 1 << 3,
	IR_OPT_JUMP		= 1 << 4,
	IR_OPT_VERBOSE		= 1 << 5,
	IR_OPT_EXPANDED		= 1 << 6,
	IR_OPT_VIANAMEIN	= 1 << 7,
	IR_OPT_VIANAMEOUT	= 1 << 8,
	IR_OPT_LINENUMBERS	= 1 << 9,
	IR_OPT_COUNTERS		= 1 << 10,
	IR_OPT_FRAGMENT		= 1 << 11,
	IR_OPT_GOTO		= 1 << 12,
	IR_OPT_WAIT		= 1 << 13,
	IR_OPT_WAIT_INTERVAL	= 1 << 14,
	IR_OPT_IPV4		= 1 << 15,
	IR_OPT_IPV6		= 1 << 16,
	IR_OPT_MODPROBE		= 1 << 17,
};

struct ir_addr_list {
	unsigned int n;
	union ir_addr *addr;		/* owned, n entries */
	union ir_addr *mask;		/* owned, n entries */
};

/* One command line (or one rule line of a restore file). */
struct ir_cmd {
	struct location loc;
	uint8_t family;
	unsigned int command;		/* IR_CMD_* */
	unsigned int options;		/* IR_OPT_* */
	unsigned int verbose;		/* -v count */
	char table[IR_TABLE_MAXLEN];
	char *chain;			/* owned */
	char *newname;			/* -E, owned */
	char *policy;			/* -P, owned */
	unsigned int rulenum;		/* -I/-R/-D/-Z/-S n; 0 = none */
	struct ir_rule *rule;		/* the rule spec, in the same block */
	struct ir_addr_list saddrs, daddrs;
	/* -s/-d as given, resolved once the whole line is read */
	const char *src_arg, *dst_arg;
	struct location src_loc, dst_loc;
	bool wrong_family;		/* -4 given to ip6tables or vice versa */
};

struct ir_cmd *ir_cmd_alloc(uint8_t family);
void ir_cmd_free(struct ir_cmd *c);
/*
 * Puts the k-th of the source x destination address pairs of c (-s/-d
 * lists, one rule each as iptables) into c->rule; k < ir_cmd_naddrs(c).
 */
void ir_cmd_select_addresses(struct ir_cmd *c, unsigned int k);
unsigned int ir_cmd_naddrs(const struct ir_cmd *c);

#endif
