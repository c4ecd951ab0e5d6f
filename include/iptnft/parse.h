/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The front end: command lines and restore files into IR commands.
 *
 *   words (argv, or restore lines split by src/lexer.l)
 *     -> src/options.c  getopt-compatible option resolution: long-option
 *                       prefixes, glued short options, "--opt=value",
 *                       extension loading (-m, -j, implicit -p)
 *     -> src/parser.y   commands and their positional words, base options,
 *                       restore-file structure
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

struct restore_ops;

/* Callbacks the restore driver gives to the parser (src/restore.c). */
struct restore_ops {
	int (*table)(void *data, const char *name, const struct location *l);
	int (*chain)(void *data, const char *line, const struct location *l);
	int (*commit)(void *data, const struct location *l);
	int (*rule)(void *data, struct ir_cmd *cmd);
};

struct lex_state;
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
	struct lex_state *lex;		/* restore files only */
	/* restore files: counters from a "[p:b]" prefix */
	bool line_counters;
	uint64_t line_pkts, line_bytes;
	const struct restore_ops *rops;
	void *rdata;
	/* the words after the current option (see parser.y) */
	const char *words[8];
	unsigned int nwords;
	/* the token the lexer returned last, for syntax errors */
	int last_tok;
	const char *last_word;
	int start_tok;
	/* restore: the words of the current rule line (owned) */
	char **line_argv;
	int line_argc;
	struct strbuf linebuf;
	unsigned int cur_line;
	bool in_rule;
	bool eof_pending;
	/* extensions whose kernel support was asked for (see options.c) */
	const struct ext *probed[32];
	unsigned int nprobed;
};

/*
 * Parses one command line (argv without the program name).  Returns 0 and
 * stores the command in *out (owned by the caller), or -errno with ctx.err
 * set.
 */
int parse_cmdline(uint8_t family, const char *prog, int argc, char **argv,
		  struct erec *err, struct ir_cmd **out);

/*
 * Parses a restore file from buf (len bytes), calling ops as it goes.
 * Returns 0 or the first error.
 */
int parse_restore(uint8_t family, const char *prog, const char *buf,
		  size_t len, const struct restore_ops *ops, void *data,
		  struct erec *err);

/* Internals shared by options.c, parser.y and parse.c. */
struct optres *optres_alloc(struct parse_ctx *ctx, int argc, char **argv,
			    unsigned int line);
void optres_free(struct optres *r);
/* The next token for bison: its value in *val. 0 at the end. */
int optres_next(struct optres *r, struct opt_tok *val);

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
