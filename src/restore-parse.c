// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The restore-file reader.  It takes the lines as iptables-restore 1.8.9
 * does, by their first characters and whether a table block is open:
 *
 *   "\n" ............... skipped
 *   "#..." ............. a comment (echoed with -v)
 *   "COMMIT" ........... ends the block (in a block only; "COMMIT " is not)
 *   "*table" ........... starts a block (outside a block only)
 *   ":chain policy" .... a chain (in a block)
 *   anything else ...... a rule line (in a block), words after an optional
 *                        "[pkts:bytes]" prefix, parsed like a command line
 *                        that starts with "-t table"
 *
 * and a line that is none of these fails ("line N failed").  A block that
 * -T leaves out is skipped whole, unparsed.  When the driver says
 * -ERESTART (at COMMIT, or at a chain or rule line), the block is read
 * again from its first line.
 */
#include <inttypes.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/parse.h>
#include <iptnft/tables.h>

#include "lexer.h"

struct reader {
	uint8_t family;
	const char *prog;
	const struct restore_opts *o;
	const struct restore_ops *ops;
	void *data;
	struct erec *err;
	struct lex_state *lex;
	bool in_table;
	const struct table_def *curtable;	/* of the last "*table" */
	/* the table whose first words the lexer keeps (read_rule) */
	const struct table_def *words_of;
	/* a block read again echoes nothing up to the line it got to */
	unsigned int echoed;
	size_t block_pos;	/* where the block's second line starts */
	unsigned int block_line;
	struct ext_probe probe;	/* ops->ext_missing, when given */
};

static const char blanks[] = " \t\n";

/* A parameter problem on the current line. */
static __printf(2, 3) int line_error(struct reader *rd, const char *fmt, ...)
{
	struct location l = { .line = rd->lex->line };
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	erec_param(rd->err, &l, "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return -EINVAL;
}

/* "prog: line N failed": a line that is not allowed where it is. */
static int line_failed(struct reader *rd)
{
	struct location l = { .line = rd->lex->line };

	return erec_set(rd->err, XT_OTHER_PROBLEM, EREC_RAW, &l,
			"%s: line %u failed", rd->prog, rd->lex->line);
}

static int read_table(struct reader *rd, char *text)
{
	char *save, *name = strtok_r(text + 1, blanks, &save);
	int ret;

	if (!name)
		return line_error(rd, "%s: line %u table name invalid",
				  rd->prog, rd->lex->line);
	rd->curtable = table_def_find(name);
	if (!rd->curtable)
		return line_error(rd, "%s: line %u table name '%s' invalid",
				  rd->prog, rd->lex->line, name);
	if (rd->o->table && strcmp(rd->o->table, name))
		return 0;
	ret = rd->ops->table(rd->data, rd->curtable->name, rd->lex->line);
	if (ret < 0)
		return ret;
	rd->in_table = true;
	lex_tell(rd->lex, &rd->block_pos, &rd->block_line);
	return 0;
}

/* The names a chain line may not use; other targets' names are fine. */
static bool is_standard_target(const char *name)
{
	static const char *const std[] = { "ACCEPT", "DROP", "QUEUE",
					   "RETURN" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(std); i++)
		if (!strcmp(name, std[i]))
			return true;
	return false;
}

static int read_chain(struct reader *rd, char *text)
{
	char *save, *chain, *policy, *ctrs;
	unsigned long long pkts, bytes;
	uint64_t counters[2];

	chain = strtok_r(text + 1, blanks, &save);
	if (!chain)
		return line_error(rd, "%s: line %u chain name invalid",
				  rd->prog, rd->lex->line);
	if (strlen(chain) >= IR_CHAIN_MAXLEN)
		return line_error(rd,
			"chain name `%s' too long (must be under %u chars)",
			chain, IR_CHAIN_MAXLEN);
	if (chain[0] == '-' || chain[0] == '!')
		return line_error(rd,
				  "chain name not allowed to start with `%c'",
				  chain[0]);
	if (is_standard_target(chain))
		return line_error(rd,
				  "chain name may not clash with target name");
	policy = strtok_r(NULL, blanks, &save);
	if (!policy)
		return line_error(rd, "%s: line %u policy invalid", rd->prog,
				  rd->lex->line);
	if (!table_def_builtin(rd->curtable, chain) || !rd->o->counters)
		return rd->ops->chain(rd->data, chain, policy, NULL,
				      rd->lex->line);
	ctrs = strtok_r(NULL, blanks, &save);
	if (!ctrs || sscanf(ctrs, "[%llu:%llu]", &pkts, &bytes) != 2)
		return line_error(rd, "invalid policy counters for chain '%s'",
				  chain);
	counters[0] = pkts;
	counters[1] = bytes;
	return rd->ops->chain(rd->data, chain, policy, counters,
			      rd->lex->line);
}

/*
 * A "[pkts:bytes]" prefix, cut with strtok() exactly as iptables-restore
 * does (which may cut the rest of the line short, too).
 */
static int read_counters(struct reader *rd, char *text, char **start,
			 char **pcnt, char **bcnt)
{
	char *save, *end;

	*pcnt = *bcnt = NULL;
	*start = text;
	if (text[0] != '[')
		return 0;
	end = strchr(text, ']');
	if (!end)
		return line_error(rd, "Bad line %u: need ]", rd->lex->line);
	*pcnt = strtok_r(text + 1, ":", &save);
	if (!*pcnt)
		return line_error(rd, "Bad line %u: need :", rd->lex->line);
	*bcnt = strtok_r(NULL, "]", &save);
	if (!*bcnt)
		return line_error(rd, "Bad line %u: need ]", rd->lex->line);
	*start = end + 1;
	return 0;
}

static int read_rule(struct reader *rd, char *text)
{
	struct lex_state *lex = rd->lex;
	char *start, *pcnt, *bcnt;
	struct ir_cmd *cmd = NULL;
	unsigned int i;
	int ret;

	/* the words every rule of the table starts with, made once */
	ret = 0;
	if (rd->words_of != rd->curtable) {
		lex_words_reset(lex);
		ret = lex_words_push(lex, rd->prog);
		ret = ret ?: lex_words_push(lex, "-t");
		ret = ret ?: lex_words_push(lex, rd->curtable->name);
		for (i = 0; !rd->o->noflush && i < rd->o->verbose; i++)
			ret = ret ?: lex_words_push(lex, "-v");
		if (!ret) {
			lex_words_keep(lex);
			rd->words_of = rd->curtable;
		}
	}
	lex_words_rewind(lex);
	ret = ret ?: read_counters(rd, text, &start, &pcnt, &bcnt);
	if (!ret && rd->o->counters && pcnt && bcnt) {
		ret = lex_words_push(lex, "--set-counters");
		ret = ret ?: lex_words_push(lex, pcnt);
		ret = ret ?: lex_words_push(lex, bcnt);
	}
	ret = ret ?: lex_split(lex, start);
	if (ret < 0) {
		rd->err->loc.line = lex->line;
		return ret;
	}
	ret = parse_restore_line(rd->family, rd->prog, lex->argc - 1,
				 lex->argv + 1,
				 rd->probe.missing ? &rd->probe : NULL,
				 rd->err, &cmd);
	if (ret < 0) {
		rd->err->loc.line = lex->line;
		return ret;
	}
	if (rd->err->warn.len) {
		if (lex->line > rd->echoed && rd->ops->warn)
			rd->ops->warn(rd->data, strbuf_str(&rd->err->warn));
		strbuf_reset(&rd->err->warn);
	}
	cmd->loc.line = lex->line;
	ret = rd->ops->rule(rd->data, cmd, lex->line);
	ir_cmd_free(cmd);
	return ret;
}

/* The driver wants the block again: from its first line. */
static int block_again(struct reader *rd)
{
	if (rd->lex->line > rd->echoed)
		rd->echoed = rd->lex->line;
	lex_seek(rd->lex, rd->block_pos, rd->block_line);
	return rd->ops->table(rd->data, rd->curtable->name, rd->block_line);
}

/* COMMIT: a refused commit (-ERESTART) has the block read again. */
static int read_commit(struct reader *rd)
{
	int ret = rd->ops->commit(rd->data, rd->lex->line);

	if (ret != -ERESTART) {
		rd->in_table = false;
		rd->echoed = 0;
		return ret;
	}
	return block_again(rd);
}

static bool is_commit(const char *text)
{
	return !strncmp(text, "COMMIT", 6) &&
	       (text[6] == '\0' || text[6] == '\n');
}

static int read_line(struct reader *rd)
{
	char *text = rd->lex->text;
	int ret;

	if (text[0] == '\n')
		return 0;
	if (text[0] == '#') {
		if (rd->o->verbose && rd->lex->line > rd->echoed &&
		    rd->ops->echo)
			rd->ops->echo(rd->data, text);
		return 0;
	}
	if (rd->in_table && is_commit(text))
		ret = read_commit(rd);
	else if (text[0] == '*' && !rd->in_table)
		ret = read_table(rd, text);
	else if (text[0] == ':' && rd->in_table)
		ret = read_chain(rd, text);
	else if (rd->in_table)
		ret = read_rule(rd, text);
	else
		ret = 1;
	/* a chain or rule line may ask for the block again, too */
	if (ret == -ERESTART && rd->in_table && !is_commit(text))
		ret = block_again(rd);
	if (ret < 0)
		return ret;
	/* lines of a block that -T leaves out count for nothing */
	if (rd->o->table && rd->curtable &&
	    strcmp(rd->o->table, rd->curtable->name))
		return 0;
	return ret ? line_failed(rd) : 0;
}

int parse_restore(uint8_t family, const char *prog, const char *buf,
		  size_t len, const struct restore_opts *o,
		  const struct restore_ops *ops, void *data, struct erec *err)
{
	struct lex_state *lex = xzalloc(sizeof(*lex));
	struct reader rd = {
		.family = family,
		.prog = prog,
		.o = o,
		.ops = ops,
		.data = data,
		.err = err,
		.lex = lex,
		.probe = { .missing = ops->ext_missing, .data = data },
	};
	int ret = 0;

	if (lex_init(lex, buf, len) < 0)
		oom();
	lex->drop_read = o->input_mapped;
	lex->err = err;
	while (lex_read_line(lex)) {
		ret = read_line(&rd);
		if (ret < 0)
			break;
	}
	if (!ret && rd.in_table) {
		struct location l = { .line = lex->line + 1 };

		ret = erec_set(err, XT_OTHER_PROBLEM, EREC_RAW, &l,
			       "%s: COMMIT expected at line %u", prog,
			       lex->line + 1);
	}
	lex_release(lex);
	free(lex);
	return ret;
}
