// SPDX-License-Identifier: GPL-2.0-or-later
/* The iptables and ip6tables applets: one command line, one command. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>

#include <iptnft/applets.h>
#include <iptnft/cmd.h>
#include <iptnft/parse.h>
#include <iptnft/tables.h>
#include <iptnft/values.h>

/* one extension's -h text, or iptables' note that it has none */
static void ext_help(struct strbuf *sb, const struct ext *x)
{
	strbuf_addc(sb, '\n');
	if (x->help)
		x->help(sb);
	else
		strbuf_addf(sb, "%s does not take any options\n", x->name);
}

/*
 * -h also explains the target, then the loaded matches (or the -p
 * protocol's), in that order as iptables prints them.
 */
static void print_ext_help(const struct ir_rule *r)
{
	struct strbuf sb = STRBUF_INIT;
	const struct ir_ext *e;
	const struct ext *x;

	if (r->target)
		ext_help(&sb, r->target->ext);
	if (list_empty(&r->matches) && r->proto) {
		x = ext_find(r->proto == IPPROTO_ICMPV6 ? "icmp6" :
			     proto_name(r->proto) ? proto_name(r->proto) : "",
			     EXT_MATCH, r->family);
		if (x)
			ext_help(&sb, x);
	}
	list_for_each_entry(e, &r->matches, list)
		ext_help(&sb, e->ext);
	fputs(strbuf_str(&sb), stdout);
	strbuf_release(&sb);
}

int applet_xtables(uint8_t family, int argc, char **argv)
{
	const char *prog = family_prog(family);
	struct strbuf out = STRBUF_INIT;
	struct erec err = { 0 };
	struct ext_probe probe = { .missing = session_ext_missing };
	struct session s;
	struct ir_cmd *c;
	int ret, status = 0;

	session_init(&s, family, prog, &err);
	probe.data = &s;
	if (parse_cmdline(family, prog, argc - 1, argv + 1, &probe, &err,
			  &c) < 0) {
		status = erec_report(&err, prog, stderr);
		erec_clear(&err);
		session_release(&s);
		return status;
	}
	if (err.warn.len) {
		fputs(err.warn.buf, stderr);
		strbuf_reset(&err.warn);
	}
	if (c->command & IR_CMD_HELP) {
		print_help(family);
		print_ext_help(c->rule);
		goto out;
	}
	if (c->command & IR_CMD_VERSION) {
		printf("%s v%s (nf_tables)\n", prog, IPTNFT_XT_VERSION);
		goto out;
	}
	if (c->command & (IR_CMD_LIST | IR_CMD_LIST_RULES) &&
	    legacy_tables_present(family))
		fprintf(stderr,
			"# Warning: %s-legacy tables present, use %s-legacy to see them\n",
			prog, prog);
	ret = cmd_run(&s, c, &out);
	fwrite(strbuf_str(&out), 1, out.len, stdout);
	if (ret < 0)
		status = erec_report(&err, prog, stderr);
out:
	session_release(&s);
	fflush(stdout);
	erec_clear(&err);
	strbuf_release(&out);
	ir_cmd_free(c);
	return status;
}
