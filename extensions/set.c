// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * set: matches when the packet's addresses/ports are in an ipset set,
 * optionally testing the entry's packet and byte counters.  The payload is
 * the kernel's struct xt_set_info_match_v4 (compat match revision 4, as
 * iptables-nft 1.8.9 writes it); the set is named by its kernel index,
 * looked up over the ipset socket option.  --match-set takes a second
 * word, "src[,dst...]"; --set is its deprecated alias.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netfilter/xt_set.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_MATCH_SET, O_SET, O_RETURN_NOMATCH, O_UPDATE_COUNTERS,
	O_UPDATE_SUBCOUNTERS, O_PACKETS_EQ, O_PACKETS_LT, O_PACKETS_GT,
	O_BYTES_EQ, O_BYTES_LT, O_BYTES_GT,
};

#define INFO struct xt_set_info_match_v4

/* iptables reads these the old way: no generic once or "!" checks */
#define SETM_OPT(n, i, t) { .name = n, .id = i, .type = t, \
			    .flags = EXT_O_MULTI | EXT_O_INVERT }

static const struct ext_opt set_opts[] = {
	SETM_OPT("match-set", O_MATCH_SET, EXT_T_CUSTOM),
	SETM_OPT("set", O_SET, EXT_T_CUSTOM),
	SETM_OPT("return-nomatch", O_RETURN_NOMATCH, EXT_T_NONE),
	SETM_OPT("update-counters", O_UPDATE_COUNTERS, EXT_T_NONE),
	SETM_OPT("update-subcounters", O_UPDATE_SUBCOUNTERS, EXT_T_NONE),
	SETM_OPT("packets-eq", O_PACKETS_EQ, EXT_T_CUSTOM),
	SETM_OPT("packets-lt", O_PACKETS_LT, EXT_T_CUSTOM),
	SETM_OPT("packets-gt", O_PACKETS_GT, EXT_T_CUSTOM),
	SETM_OPT("bytes-eq", O_BYTES_EQ, EXT_T_CUSTOM),
	SETM_OPT("bytes-lt", O_BYTES_LT, EXT_T_CUSTOM),
	SETM_OPT("bytes-gt", O_BYTES_GT, EXT_T_CUSTOM),
	EXT_OPT_END
};

static void set_init(struct ir_ext *self)
{
	INFO *m = ext_data(self);

	m->match_set.index = IPSET_INVALID_ID;
}

static int match_set_parse(struct ext_parse *p, struct xt_set_info *s)
{
	if (p->opt->id == O_SET)
		strbuf_adds(&p->err->warn,
			    "--set option deprecated, please use --match-set\n");
	if (s->dim)
		return erec_param(p->err, p->loc,
				  "--match-set can be specified only once");
	if (p->invert)
		s->flags |= IPSET_INV_MATCH;
	if (!p->nwords)
		return erec_param(p->err, p->loc,
				  "--match-set requires two args.");
	if (strlen(p->arg) > IPSET_MAXNAMELEN - 1)
		return erec_param(p->err, p->loc,
			"setname `%s' too long, max %d characters.", p->arg,
			IPSET_MAXNAMELEN - 1);
	if (xt_ipset_by_name(p->arg, p->family, &s->index, p->err,
			     p->loc) < 0)
		return -1;
	p->used_words = 1;
	return xt_ipset_dirs_parse(p, p->words[0], s);
}

/* --packets-* and --bytes-*: one comparison each; only eq inverts */
static int counter_parse(struct ext_parse *p, struct ip_set_counter_match *c,
			 const char *what, uint8_t op)
{
	uint64_t v;

	if (c->op != IPSET_COUNTER_NONE)
		return erec_param(p->err, p->loc,
			"only one of the --%s-[eq|lt|gt] is allowed", what);
	if (p->invert && op != IPSET_COUNTER_EQ)
		return erec_param(p->err, p->loc,
				  "--%s option cannot be inverted",
				  p->opt->name);
	if (!xt_strtoull(p->arg, NULL, 0, UINT64_MAX, &v))
		return erec_param(p->err, p->loc,
				  "Cannot parse %s as a counter value", p->arg);
	c->op = p->invert ? IPSET_COUNTER_NE : op;
	c->value = v;
	return 0;
}

static int set_parse(struct ext_parse *p)
{
	INFO *m = ext_data(p->self);

	switch (p->opt->id) {
	case O_MATCH_SET:
	case O_SET:
		return match_set_parse(p, &m->match_set);
	case O_RETURN_NOMATCH:
		if (p->invert)
			return erec_param(p->err, p->loc,
				"--return-nomatch flag cannot be inverted");
		m->flags |= IPSET_FLAG_RETURN_NOMATCH;
		break;
	case O_UPDATE_COUNTERS:
		if (p->invert)
			m->flags |= IPSET_FLAG_SKIP_COUNTER_UPDATE;
		break;
	case O_UPDATE_SUBCOUNTERS:
		if (p->invert)
			m->flags |= IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE;
		break;
	case O_PACKETS_EQ:
		return counter_parse(p, &m->packets, "packets",
				     IPSET_COUNTER_EQ);
	case O_PACKETS_LT:
		return counter_parse(p, &m->packets, "packets",
				     IPSET_COUNTER_LT);
	case O_PACKETS_GT:
		return counter_parse(p, &m->packets, "packets",
				     IPSET_COUNTER_GT);
	case O_BYTES_EQ:
		return counter_parse(p, &m->bytes, "bytes", IPSET_COUNTER_EQ);
	case O_BYTES_LT:
		return counter_parse(p, &m->bytes, "bytes", IPSET_COUNTER_LT);
	case O_BYTES_GT:
		return counter_parse(p, &m->bytes, "bytes", IPSET_COUNTER_GT);
	}
	return 0;
}

static int set_check(struct ext_check *c)
{
	const INFO *m = ext_data(c->self);

	if (!m->match_set.dim)
		return erec_param(c->err, c->loc,
			"You must specify `--match-set' with proper arguments");
	return 0;
}

static void counter_print(struct strbuf *out, const char *dashes,
			  const char *what,
			  const struct ip_set_counter_match *c)
{
	static const char *const ops[] = {
		[IPSET_COUNTER_EQ] = "eq", [IPSET_COUNTER_NE] = "eq",
		[IPSET_COUNTER_LT] = "lt", [IPSET_COUNTER_GT] = "gt",
	};

	if (c->op == IPSET_COUNTER_NONE || c->op > IPSET_COUNTER_GT)
		return;
	strbuf_addf(out, " %s%s%s-%s %llu",
		    c->op == IPSET_COUNTER_NE ? "! " : "", dashes, what,
		    ops[c->op], (unsigned long long)c->value);
}

/* save (dashes "--") and -L (dashes "") print the same words */
static void set_print_all(const struct ext_print *p, const char *dashes)
{
	const INFO *m = ext_data(p->self);
	const struct xt_set_info *s = &m->match_set;
	char name[IPSET_MAXNAMELEN] = "";
	unsigned int i;

	xt_ipset_name(s->index, name);
	strbuf_addf(p->out, " %s%smatch-set %s",
		    s->flags & IPSET_INV_MATCH ? "! " : "", dashes, name);
	for (i = 1; i <= s->dim; i++)
		strbuf_addf(p->out, "%s%s", i == 1 ? " " : ",",
			    i < 8 && s->flags & (1 << i) ? "src" : "dst");
	if (m->flags & IPSET_FLAG_RETURN_NOMATCH)
		strbuf_addf(p->out, " %sreturn-nomatch", dashes);
	if (m->flags & IPSET_FLAG_SKIP_COUNTER_UPDATE)
		strbuf_addf(p->out, " ! %supdate-counters", dashes);
	if (m->flags & IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE)
		strbuf_addf(p->out, " ! %supdate-subcounters", dashes);
	counter_print(p->out, dashes, "packets", &m->packets);
	counter_print(p->out, dashes, "bytes", &m->bytes);
}

static void set_save(const struct ext_print *p)
{
	set_print_all(p, "--");
}

static void set_print(const struct ext_print *p)
{
	set_print_all(p, "");
}

static void set_help(struct strbuf *out)
{
	strbuf_adds(out,
		"set match options:\n"
		" [!] --match-set name flags [--return-nomatch]\n"
		"   [! --update-counters] [! --update-subcounters]\n"
		"   [[!] --packets-eq value | --packets-lt value | --packets-gt value\n"
		"   [[!] --bytes-eq value | --bytes-lt value | --bytes-gt value\n"
		"\t\t 'name' is the set name from to match,\n"
		"\t\t 'flags' are the comma separated list of\n"
		"\t\t 'src' and 'dst' specifications.\n");
}

const struct ext ext_set = {
	.name = "set",
	.kind = EXT_MATCH,
	.revision = 4,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = set_opts,
	.init = set_init,
	.parse = set_parse,
	.check = set_check,
	.save = set_save,
	.print = set_print,
	.help = set_help,
};
