/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The front end: command lines and restore files into IR commands.
 *
 *   words (argv, or a restore file's rule line: src/restore-parse.c reads
 *   the lines, src/lexer.l splits them into words)
 *     -> src/options.c  getopt-compatible option resolution: long-option
 *                       prefixes, glued short options, "--opt=value",
 *                       extension loading (-m, -j, implicit -p)
 *     -> src/parser.y   commands and their positional words, base options
 *     -> src/parse.c    the actions: fill struct ir_cmd, check it
 *
 * No global state: everything lives in struct parse_ctx.
 */
#ifndef IPTNFT_PARSE_H
#define IPTNFT_PARSE_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/erec.h>
#include <iptnft/ext.h>
#include <iptnft/ir.h>

/* Base options that are not commands (token T_OPT carries one). */
enum base_opt {
	BO_PROTOCOL,
	BO_SOURCE,
	BO_DESTINATION,
	BO_IN,
	BO_OUT,
	BO_NUMERIC,
	BO_VERBOSE,
	BO_EXACT,
	BO_FRAGMENT,
	BO_TABLE,
	BO_COUNTERS,
	BO_WAIT,
	BO_WAIT_INTERVAL,
	BO_IPV4,
	BO_IPV6,
	BO_LINE_NUMBERS,
	BO_MODPROBE,
};

/* One resolved option, the semantic value of most tokens. */
struct opt_tok {
	int base;			/* enum base_opt, or the command letter */
	const char *name;		/* as the user should see it: "-p" */
	const char *arg;		/* borrowed from the words; may be NULL */
	struct ir_ext *ext;		/* T_EXTOPT, T_MATCH, T_JUMP (owned by
					 * the resolver until attached) */
	const struct ext_opt *xopt;	/* T_EXTOPT */
	struct location loc;
};

/*
 * Asked when an extension that is only written as nft_compat is loaded:
 * true when the kernel lacks it, and iptables' warning should be given
 * (the callback answers so once per extension).
 */
struct ext_probe {
	bool (*missing)(void *data, const struct ext *x, uint8_t family);
	void *data;
};

/* ---- restore files (src/restore-parse.c) ---- */

struct restore_opts {
	bool counters;			/* -c: "[p:b]" and policy counters */
	bool noflush;			/* -n: rule lines get no "-v" */
	unsigned int verbose;		/* -v count */
	const char *table;		/* -T: only this table's blocks */
	/*
	 * The input is a private read-only file mapping: the pages of lines
	 * read may be given back (read again from the file if a block is
	 * read again), so that a big input does not stay resident.
	 */
	bool input_mapped;
};

/*
 * What the restore-file reader asks of the restore driver (src/restore.c).
 * Each returns 0, or -errno with the error record set.
 */
struct restore_ops {
	/* "*table": a block starts (again, when it is read again) */
	int (*table)(void *data, const char *table, unsigned int line);
	/*
	 * ":chain policy": counters (pkts, bytes) only with -c.  This and
	 * rule may return -ERESTART: the reader reads the block again.
	 */
	int (*chain)(void *data, const char *chain, const char *policy,
		     const uint64_t *counters, unsigned int line);
	/* a rule line, parsed (cmd stays the reader's) */
	int (*rule)(void *data, struct ir_cmd *cmd, unsigned int line);
	/* COMMIT; -ERESTART: the reader reads the block again */
	int (*commit)(void *data, unsigned int line);
	/* text to print: a comment line (-v), a warning from a parsed line */
	void (*echo)(void *data, const char *text);
	void (*warn)(void *data, const char *text);
	/* may be NULL: is extension x missing from the kernel? */
	bool (*ext_missing)(void *data, const struct ext *x, uint8_t family);
};

struct optres;

struct parse_ctx {
	uint8_t family;
	const char *prog;		/* "iptables", "ip6tables-restore" ... */
	bool restore;			/* parsing a restore file */
	struct erec *err;
	struct ir_cmd *cmd;		/* the command being built */
	bool invert;			/* a "!" is pending */
	struct location bang_loc;
	struct optres *res;		/* option resolution state */
	bool extra_args;		/* words after a "--" */
	/* the words after the current option (see parser.y) */
	const char *words[8];
	unsigned int nwords;
	/* the token the lexer returned last, for syntax errors */
	int last_tok;
	const char *last_word;
	int start_tok;
	/* extensions the kernel may lack; NULL: not asked */
	const struct ext_probe *probe;
};

/*
 * Parses one command line (argv without the program name).  Returns 0 and
 * stores the command in *out (owned by the caller), or -errno with ctx.err
 * set.
 */
int parse_cmdline(uint8_t family, const char *prog, int argc, char **argv,
		  const struct ext_probe *probe, struct erec *err,
		  struct ir_cmd **out);

/*
 * The same for the words of a restore file's rule line, which start with
 * "-t TABLE" (another -t is refused, -4/-6 lines of the other family are
 * marked wrong_family, not refused).
 */
int parse_restore_line(uint8_t family, const char *prog, int argc,
		       char **argv, const struct ext_probe *probe,
		       struct erec *err, struct ir_cmd **out);

/*
 * Reads a restore file from buf (len bytes) as iptables-restore does,
 * calling ops line by line.  Returns 0 or the first error (err is set).
 */
int parse_restore(uint8_t family, const char *prog, const char *buf,
		  size_t len, const struct restore_opts *o,
		  const struct restore_ops *ops, void *data, struct erec *err);

/* Internals shared by options.c, parser.y and parse.c. */

/* Extensions loaded so far (the resolver owns those not yet attached). */
#define OPTRES_MAX_EXT 64

struct optres {
	struct parse_ctx *ctx;
	int argc;
	char **argv;
	int idx;		/* next word */
	const char *glued;	/* rest of a short-option cluster */
	unsigned int line;
	unsigned int nexts;
	const char *proto;	/* argument of the last -p */
	bool proto_loaded;
	bool after_pos;		/* a command may take positional words */
	const char *word;	/* the word being resolved */
	/* an option error, raised when the parser reaches it (after the
	 * options before it are done, as getopt's caller sees them) */
	char *pending;
	struct location pending_loc;
	/* last: optres_init leaves them as they are */
	char namebuf[64];
	struct ir_ext *exts[OPTRES_MAX_EXT];	/* nexts of them */
};

/* Option resolution over argv; release frees what no rule took. */
void optres_init(struct optres *r, struct parse_ctx *ctx, int argc,
		 char **argv, unsigned int line);
void optres_release(struct optres *r);
/* The next token for bison: its value in *val. 0 at the end. */
int optres_next(struct optres *r, struct opt_tok *val);
/* Records the error that made optres_next() fail; returns -EINVAL. */
int optres_raise(struct optres *r);

int parse_command(struct parse_ctx *ctx, const struct opt_tok *t);
int parse_base_option(struct parse_ctx *ctx, const struct opt_tok *t);
int parse_match(struct parse_ctx *ctx, const struct opt_tok *t);
int parse_jump(struct parse_ctx *ctx, const struct opt_tok *t, bool go);
int parse_ext_option(struct parse_ctx *ctx, const struct opt_tok *t);
int parse_bang(struct parse_ctx *ctx, const struct location *loc);
int parse_bad_word(struct parse_ctx *ctx, const char *word);
/* After the last word of a command: combination checks, final checks. */
int parse_finish(struct parse_ctx *ctx);

/* Generic typed option parsing for extensions (src/ext.c). */
int ext_parse_option(struct ext_parse *p);
int ext_final_check(struct ext_check *c);

#endif
