/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The extension interface.  An extension (a match or a target) declares its
 * options in a static table that the front end reads; the generic option
 * parser stores typed values straight into the extension's payload, and the
 * extension's callbacks do only what is specific to it.
 *
 * One file in extensions/ per extension, registered in extensions/list.c.
 */
#ifndef IPTNFT_EXT_H
#define IPTNFT_EXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <iptnft/erec.h>
#include <iptnft/ir.h>
#include <iptnft/util.h>

struct lin_ctx;
struct dlin_ctx;
struct dexpr;
struct xlate;

enum ext_kind {
	EXT_MATCH,
	EXT_TARGET,
};

/* How the generic parser reads and stores an option's argument. */
enum ext_type {
	EXT_T_NONE,	/* a flag: no argument, nothing stored */
	EXT_T_U8,	/* integer stored at off (width from the type) */
	EXT_T_U16,
	EXT_T_U32,
	EXT_T_U64,
	EXT_T_U16RANGE,	/* "a[:b]" into two u16 at off (b = a if absent) */
	EXT_T_U32RANGE,	/* "a[:b]" into two u32 at off */
	EXT_T_U64RANGE,	/* "a[:b]" into two u64 at off */
	EXT_T_STRING,	/* copied to char[size] at off; min/max: length */
	EXT_T_MARKMASK,	/* "v[/m]" into two u32 at off (m = ~0 if absent) */
	EXT_T_PORT,	/* a port number or service name into a u16 at off */
	EXT_T_PORTRANGE, /* "p[:p]" of ports/services into two u16 at off */
	EXT_T_ETHERMAC,	/* "xx:xx:xx:xx:xx:xx" into 6 bytes at off */
	EXT_T_PLENMASK,	/* prefix length or mask into a 16-byte mask at off */
	EXT_T_HOST,	/* one address (names resolved) into 16 bytes at off */
	EXT_T_HOSTMASK,	/* "host[/plen|mask]": 16 bytes address, 16 mask */
	EXT_T_CUSTOM,	/* the extension's parse() reads arg itself */
};

/* ext_opt.flags */
enum {
	EXT_O_INVERT	= 1 << 0,	/* may be preceded by ! */
	EXT_O_MULTI	= 1 << 1,	/* may be given more than once */
	EXT_O_MAND	= 1 << 2,	/* must be given */
	EXT_O_OPTARG	= 1 << 3,	/* argument optional (--opt=value) */
	EXT_O_PUT	= 1 << 4,	/* store at off (else only checked) */
	EXT_O_NBO	= 1 << 5,	/* store in network byte order */
	EXT_O_ANYORDER	= 1 << 6,	/* range ends in any order: the
					 * extension checks them itself */
};

struct ext_opt {
	const char *name;		/* long name, without "--" */
	uint8_t id;			/* bit number in ir_ext.given */
	uint8_t type;			/* enum ext_type */
	uint16_t flags;			/* EXT_O_* */
	uint64_t excl;			/* ids (bits) it cannot be used with */
	uint64_t also;			/* ids (bits) it needs as well */
	uint16_t off;			/* payload offset (EXT_O_PUT) */
	uint16_t size;			/* EXT_T_STRING: buffer size */
	uint64_t min, max;		/* integer range (max 0: type max) */
};

#define EXT_OPT_END { .name = NULL }

/* What the generic parser hands to ext->parse for each option. */
struct ext_parse {
	const struct ext_opt *opt;
	const char *arg;		/* NULL for EXT_T_NONE */
	bool invert;
	uint8_t family;
	struct ir_rule *rule;		/* the rule being built (read -p) */
	struct ir_ext *self;
	struct erec *err;
	const struct location *loc;
	/* words after the argument (--tcp-flags MASK COMP); set used_words
	 * to how many the option took */
	const char *const *words;
	unsigned int nwords;
	unsigned int used_words;
	/* ranges: how many parts the argument had (1 or 2) */
	unsigned int nvals;
	/* EXT_T_PLENMASK: the prefix length, 255 for a non-prefix mask */
	uint8_t plen;
	/* typed options: the value read (in the payload with EXT_O_PUT,
	 * else in scratch space valid during parse()) */
	const void *val;
};

/* The final check after all options of a rule were read. */
struct ext_check {
	uint8_t family;
	const struct ir_rule *rule;
	struct ir_ext *self;
	struct erec *err;
	const struct location *loc;
	const char *table;
	const char *chain;
};

/*
 * The payload is the whole truth about a match or target: rules read back
 * from the kernel have no given/inverted bits (those only serve the parser's
 * once/conflict checks), so printing, comparing and emitting read only the
 * payload.
 *
 * Printing: save() writes the option text exactly as iptables-save does,
 * starting with a space (" --dport 22"); print() writes the -L form
 * (numeric for -n), also starting with a space.
 */
struct ext_print {
	const struct ir_ext *self;
	const struct ir_rule *rule;
	uint8_t family;
	bool numeric;
	struct strbuf *out;
};

struct ext {
	const char *name;		/* as after -m / -j */
	const char *xt_name;		/* kernel module name if it differs */
	enum ext_kind kind;
	uint8_t family;			/* NFPROTO_UNSPEC: both */
	uint8_t revision;		/* compat revision we emit */
	size_t size;			/* payload size */
	/* payload size sent to nft_compat; 0 = not emitted as compat */
	size_t xt_size;
	const struct ext_opt *opts;

	/* fills the payload's defaults; may be NULL (zeroed) */
	void (*init)(struct ir_ext *self);
	/* after typed storage of one option; NULL = nothing more to do */
	int (*parse)(struct ext_parse *p);
	/* after all options; NULL = nothing to check */
	int (*check)(struct ext_check *c);
	void (*save)(const struct ext_print *p);
	void (*print)(const struct ext_print *p);
	/* emit expressions; NULL = compat match/target with the payload */
	int (*lin)(struct lin_ctx *ctx, const struct ir_ext *self);
	/*
	 * native decoding: consume expressions at ctx's cursor (and return
	 * how many), or 0 when they are not ours.  NULL = compat only.
	 */
	int (*dlin)(struct dlin_ctx *ctx);
	/* compat decoding from the kernel's xt struct; NULL = memcpy */
	int (*from_xt)(struct ir_ext *self, const void *xt, size_t len);
	/* the -h text ("tcp match options:\n..."); NULL = none */
	void (*help)(struct strbuf *out);
	/* payload comparison when memcmp is not right; NULL = memcmp */
	bool (*equal)(const struct ir_ext *a, const struct ir_ext *b);
	/*
	 * nft words for iptables-translate (include/iptnft/xlate.h): 0, or
	 * -EOPNOTSUPP when there is no exact equivalent.  NULL = none.
	 */
	int (*xlate)(struct xlate *xl, const struct ir_ext *self);
};

/* The registry (extensions/list.c). */
const struct ext *ext_find(const char *name, enum ext_kind kind,
			   uint8_t family);
/* Every registered extension, NULL-terminated. */
extern const struct ext *const ext_all[];

/* Helpers for extensions (src/ext.c). */
static inline void *ext_data(const struct ir_ext *e)
{
	return (void *)e->data;
}

static inline bool ext_given(const struct ir_ext *e, unsigned int id)
{
	return e->given & (1ULL << id);
}

static inline bool ext_inverted(const struct ir_ext *e, unsigned int id)
{
	return e->inverted & (1ULL << id);
}

/*
 * A number as iptables reads it (xtables_strtoul): leading blanks and '+'
 * allowed, no '-', any C base, min <= v <= max.  With end NULL the whole
 * word must be the number; else *end is where it stopped.
 */
bool ext_strtoul(const char *s, char **end, uint64_t min, uint64_t max,
		 uint64_t *v);

/*
 * p->arg as EXT_T_MARKMASK reads it ("v[/m]", m = ~0 when absent), for
 * structs that keep the two elsewhere; 0 or -EINVAL with p->err set.
 */
int ext_markmask(struct ext_parse *p, uint32_t *value, uint32_t *mask);

/* " [!] --name" */
void ext_save_opt(struct strbuf *out, bool inv, const char *name);

/* The name messages give option o: the first one with its id. */
const char *ext_opt_name(const struct ext *x, const struct ext_opt *o);

/*
 * A port number or service name as iptables resolves it (any protocol,
 * numbers modulo 2^16): the port, or -1.
 */
int ext_port_lookup(const char *name);

#endif
