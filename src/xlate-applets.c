// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * iptables-translate, ip6tables-translate: one command line to the nft
 * command that does the same; iptables-restore-translate and
 * ip6tables-restore-translate: a restore file to an nft -f file.
 *
 * No kernel is needed.  A command or rule without an exact nft equivalent
 * is reported on stderr (with its line for restore files), written as a
 * comment, and makes the exit status 1; it is never replaced by something
 * that means otherwise.
 */
#include <netinet/in.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <linux/netfilter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <iptnft/applets.h>
#include <iptnft/parse.h>
#include <iptnft/print.h>
#include <iptnft/tables.h>
#include <iptnft/xlate.h>

static const char *nft_family(uint8_t family)
{
	return family == NFPROTO_IPV6 ? "ip6" : "ip";
}

static const char *hook_name(uint32_t hook)
{
	static const char *const names[] = {
		[NF_INET_PRE_ROUTING]	= "prerouting",
		[NF_INET_LOCAL_IN]	= "input",
		[NF_INET_FORWARD]	= "forward",
		[NF_INET_LOCAL_OUT]	= "output",
		[NF_INET_POST_ROUTING]	= "postrouting",
	};

	return hook < ARRAY_SIZE(names) && names[hook] ? names[hook] : "?";
}

/* "add chain ip filter INPUT { type filter hook input priority 0; ... }" */
static void chain_decl(struct strbuf *out, uint8_t family, const char *table,
		       const char *chain, const char *policy)
{
	const struct table_def *td = table_def_find(table);
	const struct builtin_chain *bc = td ? table_def_builtin(td, chain) :
					     NULL;

	strbuf_addf(out, "add chain %s %s %s", nft_family(family), table,
		    chain);
	if (bc)
		strbuf_addf(out,
			    " { type %s hook %s priority %d; policy %s; }",
			    bc->type, hook_name(bc->hook), (int)bc->prio,
			    policy && !strcmp(policy, "DROP") ? "drop" :
			    "accept");
}

/* one "add rule"/"insert rule" line per address pair, into out */
static int cmd_rules(struct ir_cmd *c, const char *verb, const char *pre,
		     const char *post, struct strbuf *out, const char **why)
{
	struct strbuf words = STRBUF_INIT;
	unsigned int k;
	int ret = 0;

	for (k = 0; k < ir_cmd_naddrs(c); k++) {
		const char *w, *nl;

		ir_cmd_select_addresses(c, k);
		strbuf_reset(&words);
		ret = xlate_rule(c->rule, &words, why);
		if (ret < 0)
			break;
		/* a rule may need two nft rules */
		for (w = strbuf_str(&words); w; w = nl) {
			nl = strchr(w, '\n');
			strbuf_addf(out, "%s%s rule %s %s %s ", pre, verb,
				    nft_family(c->family), c->table,
				    c->chain);
			for (; *w && *w != '\n'; w++) {
				/* inside the shell form's quotes */
				if (*w == '\'' && *post)
					strbuf_adds(out, "'\\''");
				else
					strbuf_addc(out, *w);
			}
			strbuf_addf(out, "%s\n", post);
			if (nl)
				nl++;
		}
	}
	strbuf_release(&words);
	return ret;
}

/*
 * The nft form of a command.  line_pre/line_post frame each line (the
 * shell form quotes rules).  Returns 0, or -EOPNOTSUPP with *why set.
 */
static int xlate_cmd(struct ir_cmd *c, bool shell, struct strbuf *out,
		     const char **why)
{
	const char *fam = nft_family(c->family);
	const char *pre = shell ? "nft '" : "";
	const char *post = shell ? "'" : "";
	struct strbuf sb = STRBUF_INIT;
	int ret = 0;

	if ((c->chain && !xl_chain_ok(c->chain)) ||
	    (c->newname && !xl_chain_ok(c->newname))) {
		*why = XL_BAD_CHAIN;
		return -EOPNOTSUPP;
	}
	switch (c->command) {
	case IR_CMD_APPEND:
		return cmd_rules(c, "add", pre, post, out, why);
	case IR_CMD_INSERT:
		if (c->rulenum > 1) {
			*why = "inserting at a position other than the first needs a rule handle in nft";
			return -EOPNOTSUPP;
		}
		return cmd_rules(c, "insert", pre, post, out, why);
	case IR_CMD_NEW_CHAIN:
		strbuf_addf(out, "%sadd chain %s %s %s\n", shell ? "nft " : "",
			    fam, c->table, c->chain);
		return 0;
	case IR_CMD_DELETE_CHAIN:
		if (!c->chain)
			break;
		strbuf_addf(out, "%sdelete chain %s %s %s\n",
			    shell ? "nft " : "", fam, c->table, c->chain);
		return 0;
	case IR_CMD_FLUSH:
		if (c->chain)
			strbuf_addf(out, "%sflush chain %s %s %s\n",
				    shell ? "nft " : "", fam, c->table,
				    c->chain);
		else
			strbuf_addf(out, "%sflush table %s %s\n",
				    shell ? "nft " : "", fam, c->table);
		return 0;
	case IR_CMD_RENAME_CHAIN:
		strbuf_addf(out, "%srename chain %s %s %s %s\n",
			    shell ? "nft " : "", fam, c->table, c->chain,
			    c->newname);
		return 0;
	case IR_CMD_SET_POLICY:
		chain_decl(&sb, c->family, c->table, c->chain, c->policy);
		strbuf_addf(out, "%s%s%s\n", pre, strbuf_str(&sb), post);
		strbuf_release(&sb);
		return ret;
	}
	*why = "Translation not implemented";
	return -EOPNOTSUPP;
}

/* ---- iptables-translate ---- */

int applet_translate(uint8_t family, int argc, char **argv)
{
	char prog[32];
	struct strbuf out = STRBUF_INIT;
	struct erec err = { 0 };
	const char *why = NULL;
	struct ir_cmd *c;
	int i, status = 0;

	snprintf(prog, sizeof(prog), "%s-translate", family_prog(family));
	if (parse_cmdline(family, prog, argc - 1, argv + 1, NULL, &err,
			  &c) < 0) {
		status = erec_report(&err, prog, stderr);
		erec_clear(&err);
		return status;
	}
	if (err.warn.len)
		fputs(err.warn.buf, stderr);
	if (c->command & IR_CMD_HELP) {
		print_help(family);
		goto out;
	}
	if (c->command & IR_CMD_VERSION) {
		printf("%s v%s (nf_tables)\n", prog, IPTNFT_XT_VERSION);
		goto out;
	}
	if (xlate_cmd(c, true, &out, &why) < 0) {
		if (!strcmp(why, "Translation not implemented")) {
			fprintf(stderr, "%s\n", why);
			status = 1;
			goto out;
		}
		/* as 1.8.9 writes what it cannot translate */
		fputs("nft #", stdout);
		for (i = 1; i < argc; i++)
			printf(" %s", argv[i]);
		fputs(" \n", stdout);
		fprintf(stderr, "%s: rule not translated: %s\n", prog, why);
		status = 1;
		goto out;
	}
	fputs(strbuf_str(&out), stdout);
out:
	fflush(stdout);
	strbuf_release(&out);
	erec_clear(&err);
	ir_cmd_free(c);
	return status;
}

/* ---- iptables-restore-translate ---- */

struct rtrans {
	uint8_t family;
	bool noflush;			/* for iptables-restore --noflush */
	const char *prog;
	char table[IR_TABLE_MAXLEN];
	unsigned int failed;
	struct strbuf out;
};

static int rt_table(void *data, const char *table, unsigned int line)
{
	struct rtrans *t = data;
	const char *fam = nft_family(t->family);

	(void)line;
	snprintf(t->table, sizeof(t->table), "%s", table);
	strbuf_addf(&t->out, "add table %s %s\n", fam, table);
	/*
	 * iptables-restore replaces the table, chains and policies too, as
	 * iptables-nft does: deleted and made again (the first line makes
	 * the deletion work when there is none)
	 */
	if (!t->noflush)
		strbuf_addf(&t->out, "delete table %s %s\nadd table %s %s\n",
			    fam, table, fam, table);
	return 0;
}

static int rt_chain(void *data, const char *chain, const char *policy,
		    const uint64_t *counters, unsigned int line)
{
	struct rtrans *t = data;

	(void)counters;
	if (!xl_chain_ok(chain)) {
		fprintf(stderr, "%s: line %u: not translated: %s\n", t->prog,
			line, XL_BAD_CHAIN);
		strbuf_addf(&t->out, "# :%s %s\n", chain, policy);
		t->failed++;
		return 0;
	}
	chain_decl(&t->out, t->family, t->table, chain, policy);
	strbuf_addc(&t->out, '\n');
	/* with --noflush, a declared user chain loses its rules */
	if (t->noflush && !(table_def_find(t->table) &&
			    table_def_builtin(table_def_find(t->table), chain)))
		strbuf_addf(&t->out, "flush chain %s %s %s\n",
			    nft_family(t->family), t->table, chain);
	return 0;
}

static int rt_rule(void *data, struct ir_cmd *c, unsigned int line)
{
	struct rtrans *t = data;
	struct strbuf sb = STRBUF_INIT;
	const char *why = NULL;

	if (c->wrong_family)
		return 0;
	if (xlate_cmd(c, false, &sb, &why) < 0) {
		fprintf(stderr, "%s: line %u: not translated: %s\n", t->prog,
			line, why);
		strbuf_reset(&sb);
		if (c->rule) {
			print_rule_spec(c->rule, c->chain ? c->chain : "", 0,
					&sb);
			strbuf_addf(&t->out, "# -t %s %s\n", c->table,
				    strbuf_str(&sb));
		}
		t->failed++;
	} else {
		strbuf_add(&t->out, strbuf_str(&sb), sb.len);
	}
	strbuf_release(&sb);
	/* keep the output streaming */
	if (t->out.len > (1 << 16)) {
		fwrite(strbuf_str(&t->out), 1, t->out.len, stdout);
		strbuf_reset(&t->out);
	}
	return 0;
}

static int rt_commit(void *data, unsigned int line)
{
	(void)data;
	(void)line;
	return 0;
}

static void rt_echo(void *data, const char *text)
{
	(void)data;
	(void)text;
}

static void rt_warn(void *data, const char *text)
{
	(void)data;
	fputs(text, stderr);
}

static const struct restore_ops rt_ops = {
	.table = rt_table,
	.chain = rt_chain,
	.rule = rt_rule,
	.commit = rt_commit,
	.echo = rt_echo,
	.warn = rt_warn,
};

/* as iptables-restore reports a line it cannot parse */
static int rt_report(const struct erec *e, const char *prog)
{
	if (e->warn.len)
		fputs(e->warn.buf, stderr);
	switch (e->style) {
	case EREC_XTABLES:
		fprintf(stderr, "%s v%s (nf_tables): %s\n", prog,
			IPTNFT_XT_VERSION, e->msg);
		break;
	case EREC_SHORT:
		fprintf(stderr, "%s: %s\n", prog, e->msg);
		break;
	case EREC_RAW:
		fprintf(stderr, "%s\n", e->msg);
		break;
	case EREC_HINT:
		break;
	}
	fprintf(stderr, "Error occurred at line: %u\n", e->loc.line);
	if (e->status == XT_PARAMETER_PROBLEM)
		fprintf(stderr,
			"Try `%s -h' or '%s --help' for more information.\n",
			prog, prog);
	return e->status ? e->status : XT_OTHER_PROBLEM;
}

static void rt_usage(const char *prog, FILE *f)
{
	fprintf(f,
		"Usage: %s [-h] [-f <FILE>] [-n] [-V]\n"
		"\t[ --help ]\n\t[ --file=<FILE> ]\n\t[ --noflush ]\n"
		"\t[ --version ]\n"
		"Reads standard input when no file is given.  With --noflush,\n"
		"the file is for iptables-restore --noflush: tables keep\n"
		"their rules, declared user chains are flushed.\n", prog);
}

static void read_stream(FILE *f, char **buf, size_t *len)
{
	size_t cap = 1 << 16, n;

	*buf = xmalloc(cap);
	*len = 0;
	for (;;) {
		if (*len == cap) {
			cap *= 2;
			*buf = xrealloc(*buf, cap);
		}
		n = fread(*buf + *len, 1, cap - *len, f);
		*len += n;
		if (n == 0)
			break;
	}
}

int applet_restore_translate(uint8_t family, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "file",	required_argument,	NULL, 'f' },
		{ "noflush",	no_argument,		NULL, 'n' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct restore_opts o = { 0 };
	struct rtrans t = { .family = family };
	struct erec err = { 0 };
	const char *file = NULL;
	char prog[40], date[64];
	time_t now = time(NULL);
	FILE *in = stdin;
	char *buf;
	size_t len;
	int opt, ret, status = 0;

	snprintf(prog, sizeof(prog), "%s-restore-translate",
		 family_prog(family));
	t.prog = prog;
	while ((opt = getopt_long(argc, argv, "f:hnV", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n':
			t.noflush = true;
			o.noflush = true;
			break;
		case 'f':
			file = optarg;
			break;
		case 'h':
			rt_usage(prog, stdout);
			return 0;
		case 'V':
			printf("%s v%s (nf_tables)\n", prog,
			       IPTNFT_XT_VERSION);
			return 0;
		default:
			rt_usage(prog, stderr);
			return 1;
		}
	}
	if (!file && optind == argc - 1)
		file = argv[optind++];
	if (optind < argc) {
		rt_usage(prog, stderr);
		return 1;
	}
	if (file) {
		in = fopen(file, "re");
		if (!in) {
			fprintf(stderr, "%s: cannot open %s: %s\n", prog, file,
				strerror(errno));
			return 1;
		}
	}
	read_stream(in, &buf, &len);
	if (in != stdin)
		fclose(in);
	strftime(date, sizeof(date), "%a %b %e %H:%M:%S %Y", localtime(&now));
	printf("# Translated by %s v%s on %s\n", prog, IPTNFT_XT_VERSION,
	       date);
	ret = parse_restore(family, prog, buf, len, &o, &rt_ops, &t, &err);
	fwrite(strbuf_str(&t.out), 1, t.out.len, stdout);
	if (ret < 0) {
		status = rt_report(&err, prog);
	} else {
		printf("# Completed on %s\n", date);
		if (t.failed) {
			fprintf(stderr,
				"%s: %u line(s) not translated, see above\n",
				prog, t.failed);
			status = 1;
		}
	}
	fflush(stdout);
	strbuf_release(&t.out);
	erec_clear(&err);
	free(buf);
	return status;
}
