// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * iptables-restore and ip6tables-restore.  The file is parsed line by line
 * and each rule is written straight into the batch of its COMMIT block;
 * COMMIT sends the block as one transaction.  Only chain names are kept
 * between lines.
 */
#include <netinet/in.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iptnft/applets.h>
#include <iptnft/cache.h>
#include <iptnft/cmd.h>
#include <iptnft/parse.h>
#include <iptnft/tables.h>

struct restore_opts {
	bool counters;
	bool noflush;
	bool test;
	bool verbose;
	const char *only_table;
	const char *file;
};

/* A chain name known in the current block. */
struct known_chain {
	struct known_chain *next;
	char name[];
};

#define KNOWN_BUCKETS 4096

struct restore {
	struct restore_opts o;
	struct session s;
	struct erec *err;
	const char *prog;		/* "iptables-restore" */
	bool in_block;
	bool skip_block;		/* -T names another table */
	char table[IR_TABLE_MAXLEN];
	struct nlb b;
	struct known_chain *known[KNOWN_BUCKETS];
	struct ir_table *kernel;	/* --noflush: the table's chains */
};

static unsigned int name_hash(const char *s)
{
	unsigned int h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h % KNOWN_BUCKETS;
}

static bool known_has(const struct restore *r, const char *name)
{
	const struct known_chain *k;

	for (k = r->known[name_hash(name)]; k; k = k->next)
		if (!strcmp(k->name, name))
			return true;
	return false;
}

static void known_add(struct restore *r, const char *name)
{
	unsigned int h = name_hash(name);
	struct known_chain *k;

	if (known_has(r, name))
		return;
	k = xmalloc(sizeof(*k) + strlen(name) + 1);
	strcpy(k->name, name);
	k->next = r->known[h];
	r->known[h] = k;
}

static void known_clear(struct restore *r)
{
	unsigned int i;

	for (i = 0; i < KNOWN_BUCKETS; i++) {
		while (r->known[i]) {
			struct known_chain *k = r->known[i];

			r->known[i] = k->next;
			free(k);
		}
	}
}

static void block_end(struct restore *r)
{
	nlb_release(&r->b);
	known_clear(r);
	ir_table_free(r->kernel);
	r->kernel = NULL;
	r->in_block = false;
	r->skip_block = false;
}

static int rs_table(void *data, const char *name, const struct location *l)
{
	struct restore *r = data;
	const struct table_def *td = table_def_find(name);
	struct ir_chain *c;
	uint32_t genid = 0;
	int ret;

	if (r->in_block)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_RAW, l,
				"%s: COMMIT expected at line %u", r->prog,
				l->line);
	if (!td)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES, l,
				"table '%s' does not exist", name);
	r->in_block = true;
	snprintf(r->table, sizeof(r->table), "%s", name);
	if (r->o.only_table && strcmp(r->o.only_table, name)) {
		r->skip_block = true;
		return 0;
	}
	if (!r->o.test) {
		ret = nls_getgen(r->s.nls, &genid);
		if (ret < 0)
			return erec_set(r->err, XT_RESOURCE_PROBLEM,
					EREC_XTABLES, l,
					"Could not fetch rule set generation id: %s",
					strerror(-ret));
		ret = cache_table_load(r->s.nls, r->s.family, name, NULL, 0,
				       &r->kernel, NULL);
		if (ret < 0)
			return erec_set(r->err, XT_RESOURCE_PROBLEM,
					EREC_XTABLES, l, "Could not fetch table %s: %s",
					name, strerror(-ret));
	}
	nlb_init(&r->b, r->o.test ? 1 : nls_next_seq(r->s.nls));
	nlb_batch_begin(&r->b, genid, true);
	if (!r->o.noflush) {
		if (r->kernel && r->kernel->in_kernel)
			nlb_table_del(&r->b, r->s.family, name, l);
	} else if (r->kernel) {
		list_for_each_entry(c, &r->kernel->chains, list)
			if (c->in_kernel)
				known_add(r, c->name);
	}
	nlb_table_add(&r->b, r->s.family, name, l);
	return 0;
}

static int rs_chain(void *data, const char *line, const struct location *l)
{
	struct restore *r = data;
	char name[64], policy[16];
	unsigned long long pk = 0, by = 0;
	int n, pol = -1;

	if (!r->in_block)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES, l,
				"no table specified");
	if (r->skip_block)
		return 0;
	n = sscanf(line, "%63s %15s [%llu:%llu]", name, policy, &pk, &by);
	if (n < 2)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES, l,
				"%s: line %u chain name invalid", r->prog,
				l->line);
	if (strlen(name) >= IR_CHAIN_MAXLEN)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES, l,
				"Invalid chain name `%s' (%u chars max)", name,
				IR_CHAIN_MAXLEN - 1);
	if (table_def_builtin(table_def_find(r->table), name)) {
		if (!strcmp(policy, "ACCEPT"))
			pol = NF_ACCEPT;
		else if (!strcmp(policy, "DROP"))
			pol = NF_DROP;
		else
			return erec_set(r->err, XT_PARAMETER_PROBLEM,
					EREC_XTABLES, l,
					"Can't set policy `%s' on `%s' line %u: Bad built-in chain name",
					policy, name, l->line);
		nlb_builtin_chain_add(&r->b, r->s.family, r->table, name, pol,
				      l);
	} else {
		if (r->o.noflush && known_has(r, name))
			nlb_rule_del(&r->b, r->s.family, r->table, name, 0, l);
		else
			nlb_user_chain_add(&r->b, r->s.family, r->table, name,
					   false, l);
	}
	known_add(r, name);
	return 0;
}

static int rs_chain_ready(struct restore *r, const struct ir_cmd *c)
{
	if (known_has(r, c->chain))
		return 0;
	if (table_def_builtin(table_def_find(r->table), c->chain)) {
		nlb_builtin_chain_add(&r->b, r->s.family, r->table, c->chain,
				      -1, &c->loc);
		known_add(r, c->chain);
		return 0;
	}
	return erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW, &c->loc,
			"%s: line %u failed", r->prog, c->loc.line);
}

static int rs_jump_ready(struct restore *r, const struct ir_cmd *c)
{
	const struct ir_rule *rule = c->rule;

	if (rule->verdict != IR_V_JUMP && rule->verdict != IR_V_GOTO)
		return 0;
	if (known_has(r, rule->chain) || r->o.test)
		return 0;
	return erec_param(r->err, &c->loc, "Chain '%s' does not exist",
			  rule->chain);
}

struct rs_emit {
	struct restore *r;
	uint16_t flags;
};

static int rs_emit_one(struct ir_cmd *c, void *data)
{
	struct rs_emit *e = data;

	lin_rule_msg(&e->r->b, e->r->table, c->chain, c->rule, e->flags, 0, 0,
		     &c->loc);
	return 0;
}

static int rs_for_each_address(struct ir_cmd *c, struct rs_emit *e)
{
	unsigned int ns = c->saddrs.n ? c->saddrs.n : 1;
	unsigned int nd = c->daddrs.n ? c->daddrs.n : 1;
	unsigned int i, j;

	for (i = 0; i < ns; i++) {
		for (j = 0; j < nd; j++) {
			if (c->saddrs.n) {
				c->rule->src = c->saddrs.addr[i];
				c->rule->smsk = c->saddrs.mask[i];
			}
			if (c->daddrs.n) {
				c->rule->dst = c->daddrs.addr[j];
				c->rule->dmsk = c->daddrs.mask[j];
			}
			rs_emit_one(c, e);
		}
	}
	return 0;
}

static int rs_rule(void *data, struct ir_cmd *c)
{
	struct restore *r = data;
	struct rs_emit e = { .r = r };
	int ret;

	if (!r->in_block)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES,
				&c->loc, "no table specified");
	if (r->skip_block || c->wrong_family)
		return 0;
	if (!r->o.counters)
		c->rule->pkts = c->rule->bytes = 0;
	switch (c->command) {
	case IR_CMD_APPEND:
		e.flags = NLM_F_CREATE | NLM_F_APPEND;
		break;
	case IR_CMD_INSERT:
		if (c->rulenum != 1)
			goto unsupported;
		e.flags = NLM_F_CREATE;
		break;
	case IR_CMD_NEW_CHAIN:
		if (known_has(r, c->chain))
			return erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW,
					&c->loc, "%s: line %u failed",
					r->prog, c->loc.line);
		nlb_user_chain_add(&r->b, r->s.family, r->table, c->chain,
				   true, &c->loc);
		known_add(r, c->chain);
		return 0;
	case IR_CMD_FLUSH:
		if (c->chain)
			nlb_rule_del(&r->b, r->s.family, r->table, c->chain, 0,
				     &c->loc);
		else
			nlb_rule_del(&r->b, r->s.family, r->table, NULL, 0,
				     &c->loc);
		return 0;
	case IR_CMD_SET_POLICY:
		if (!table_def_builtin(table_def_find(r->table), c->chain))
			goto failed;
		nlb_builtin_chain_add(&r->b, r->s.family, r->table, c->chain,
				      strcmp(c->policy, "DROP") ? NF_ACCEPT :
				      NF_DROP, &c->loc);
		known_add(r, c->chain);
		return 0;
	default:
		goto unsupported;
	}
	ret = rs_chain_ready(r, c);
	if (!ret)
		ret = rs_jump_ready(r, c);
	if (!ret)
		ret = rs_for_each_address(c, &e);
	return ret;
failed:
	return erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW, &c->loc,
			"%s: line %u failed", r->prog, c->loc.line);
unsupported:
	return erec_set(r->err, XT_OTHER_PROBLEM, EREC_RAW, &c->loc,
			"%s: line %u failed: command not supported in restore files yet",
			r->prog, c->loc.line);
}

/*
 * As iptables-restore: one line per message the kernel refused, each
 * naming its input line, exit status 4.
 */
static void restore_kernel_error(struct restore *r,
				 const struct location *l, int ret,
				 uint32_t seq)
{
	const struct location *fl = nlb_seq_location(&r->b, seq);
	struct strbuf msg = STRBUF_INIT;
	const struct nls_failure *f;
	unsigned int i, n;

	f = nls_batch_failures(r->s.nls, &n);
	if (n == 0) {
		static const struct nls_failure one;

		f = &one;
		n = 1;
	}
	for (i = 0; i < n; i++) {
		const struct location *ml = n == 1 && !f[i].seq ? fl :
			nlb_seq_location(&r->b, f[i].seq);

		strbuf_addf(&msg, "\nline %u: ",
			    ml && ml->line ? ml->line : l->line);
		cmd_batch_errmsg(&r->b, f[i].seq ? f[i].err : ret,
				 f[i].seq ? f[i].seq : seq, &msg);
	}
	erec_set(r->err, XT_RESOURCE_PROBLEM, EREC_XTABLES, fl, "%s",
		 strbuf_str(&msg));
	strbuf_release(&msg);
	r->err->from_kernel = true;
}

static int rs_commit(void *data, const struct location *l)
{
	struct restore *r = data;
	uint32_t seq = 0;
	int ret = 0;

	if (!r->in_block)
		return erec_set(r->err, XT_PARAMETER_PROBLEM, EREC_XTABLES, l,
				"COMMIT without table");
	if (!r->skip_block && !r->o.test) {
		nlb_batch_end(&r->b);
		ret = nls_batch_send(r->s.nls, &r->b, &seq);
		nls_reserve_seq(r->s.nls, r->b.seq);
		if (ret < 0)
			restore_kernel_error(r, l, ret, seq);
	}
	block_end(r);
	return ret;
}

static const struct restore_ops rs_ops = {
	.table = rs_table,
	.chain = rs_chain,
	.commit = rs_commit,
	.rule = rs_rule,
};

static int read_all(const char *file, char **buf, size_t *len)
{
	int fd = file ? open(file, O_RDONLY) : 0;
	size_t cap = 1 << 16;
	ssize_t n;

	if (fd < 0)
		return -errno;
	*buf = xmalloc(cap);
	*len = 0;
	for (;;) {
		if (*len == cap) {
			cap *= 2;
			*buf = xrealloc(*buf, cap);
		}
		n = read(fd, *buf + *len, cap - *len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			n = -errno;
			if (fd)
				close(fd);
			return n;
		}
		if (n == 0)
			break;
		*len += n;
	}
	if (fd)
		close(fd);
	return 0;
}

static void restore_usage(const char *prog)
{
	fprintf(stderr,
		"Usage: %s [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n"
		"\t   [ --counters ]\n\t   [ --verbose ]\n\t   [ --version]\n"
		"\t   [ --test ]\n\t   [ --help ]\n\t   [ --noflush ]\n"
		"\t   [ --table=<TABLE> ]\n\t   [ --modprobe=<command> ]\n"
		"\t   [ --ipv4 ]\n\t   [ --ipv6 ]\n", prog);
}

static int restore_report(const struct restore *r)
{
	const struct erec *e = r->err;

	if (e->style == EREC_RAW) {
		fprintf(stderr, "%s\n", e->msg);
		if (e->status == XT_PARAMETER_PROBLEM) {
			fprintf(stderr, "Error occurred at line: %u\n",
				e->loc.line);
			fprintf(stderr,
				"Try `%s -h' or '%s --help' for more information.\n",
				r->prog, r->prog);
		}
		return e->status;
	}
	if (e->status == XT_PARAMETER_PROBLEM ||
	    e->style == EREC_XTABLES) {
		fprintf(stderr, "%s v%s (nf_tables): %s\n", r->prog,
			IPTNFT_XT_VERSION, e->msg);
		if (e->status != XT_PARAMETER_PROBLEM)
			return e->status;
		fprintf(stderr, "Error occurred at line: %u\n", e->loc.line);
		fprintf(stderr,
			"Try `%s -h' or '%s --help' for more information.\n",
			r->prog, r->prog);
		return e->status;
	}
	fprintf(stderr, "%s: %s\n", r->prog, e->msg);
	return e->status;
}

int applet_restore(uint8_t family, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "counters",	no_argument,		NULL, 'c' },
		{ "verbose",	no_argument,		NULL, 'v' },
		{ "version",	no_argument,		NULL, 'V' },
		{ "test",	no_argument,		NULL, 't' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "noflush",	no_argument,		NULL, 'n' },
		{ "modprobe",	required_argument,	NULL, 'M' },
		{ "table",	required_argument,	NULL, 'T' },
		{ "ipv4",	no_argument,		NULL, '4' },
		{ "ipv6",	no_argument,		NULL, '6' },
		{ "wait",	optional_argument,	NULL, 'w' },
		{ "wait-interval", required_argument,	NULL, 'W' },
		{ NULL, 0, NULL, 0 },
	};
	char prog[32];
	struct restore r = { 0 };
	struct erec err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	int opt, ret, status = 0;

	snprintf(prog, sizeof(prog), "%s-restore", family_prog(family));
	r.prog = prog;
	r.err = &err;
	while ((opt = getopt_long(argc, argv, "bcvVthnM:T:46w::W:", longopts,
				  NULL)) != -1) {
		switch (opt) {
		case 'c':
			r.o.counters = true;
			break;
		case 'v':
			r.o.verbose = true;
			break;
		case 'V':
			printf("%s v%s (nf_tables)\n", prog, IPTNFT_XT_VERSION);
			return 0;
		case 't':
			r.o.test = true;
			break;
		case 'h':
			restore_usage(prog);
			return 0;
		case 'n':
			r.o.noflush = true;
			break;
		case 'T':
			r.o.only_table = optarg;
			break;
		case 'b':
		case 'M':
		case '4':
		case '6':
		case 'w':
		case 'W':
			break;
		default:
			restore_usage(prog);
			return 1;
		}
	}
	if (optind < argc)
		r.o.file = argv[optind];
	ret = read_all(r.o.file, &buf, &len);
	if (ret < 0) {
		fprintf(stderr, "Can't open %s: %s\n", r.o.file,
			strerror(-ret));
		return 1;
	}
	session_init(&r.s, family, family_prog(family), &err);
	if (!r.o.test && !session_nls(&r.s)) {
		status = erec_report(&err, family_prog(family), stderr);
		goto out;
	}
	ret = parse_restore(family, prog, buf, len, &rs_ops, &r, &err);
	if (ret == 0 && r.in_block) {
		erec_set(&err, XT_OTHER_PROBLEM, EREC_RAW, NULL,
			 "%s: COMMIT expected at line %u", prog,
			 (unsigned int)0);
		ret = -EINVAL;
	}
	/* warnings come before the error, as iptables prints them at once */
	if (err.warn.len) {
		fputs(err.warn.buf, stderr);
		strbuf_reset(&err.warn);
	}
	if (ret < 0)
		status = restore_report(&r);
	block_end(&r);
out:
	session_release(&r.s);
	erec_clear(&err);
	free(buf);
	return status;
}
