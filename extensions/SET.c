// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SET: adds to, deletes from or maps by an ipset set.  The payload is the
 * kernel's struct xt_set_info_target_v3 (compat target revision 3, as
 * iptables-nft 1.8.9 writes it); sets are named by their kernel index,
 * looked up over the ipset socket option when a rule is read and when it
 * is printed.  The options take a second word, "src[,dst...]".
 */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netfilter/xt_set.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_ADD_SET, O_DEL_SET, O_EXIST, O_TIMEOUT, O_MAP_SET, O_MAP_MARK,
	O_MAP_PRIO, O_MAP_QUEUE,
};

#define INFO struct xt_set_info_target_v3
#define F(o) (1ULL << (o))

/* iptables reads these the old way: no once checks, "!" ignored */
#define SET_OPT(n, i, t) { .name = n, .id = i, .type = t, \
			   .flags = EXT_O_MULTI | EXT_O_INVERT }

static const struct ext_opt SET_opts[] = {
	SET_OPT("add-set", O_ADD_SET, EXT_T_CUSTOM),
	SET_OPT("del-set", O_DEL_SET, EXT_T_CUSTOM),
	SET_OPT("exist", O_EXIST, EXT_T_NONE),
	SET_OPT("timeout", O_TIMEOUT, EXT_T_CUSTOM),
	SET_OPT("map-set", O_MAP_SET, EXT_T_CUSTOM),
	SET_OPT("map-mark", O_MAP_MARK, EXT_T_NONE),
	SET_OPT("map-prio", O_MAP_PRIO, EXT_T_NONE),
	SET_OPT("map-queue", O_MAP_QUEUE, EXT_T_NONE),
	EXT_OPT_END
};

static void SET_init(struct ir_ext *self)
{
	INFO *t = ext_data(self);

	t->add_set.index = t->del_set.index = t->map_set.index =
		IPSET_INVALID_ID;
	t->timeout = UINT32_MAX;
}

static int set_parse(struct ext_parse *p, struct xt_set_info *s)
{
	if (s->dim)
		return erec_param(p->err, p->loc,
				  "--%s can be specified only once",
				  p->opt->name);
	if (!p->nwords)
		return erec_param(p->err, p->loc, "--%s requires two args.",
				  p->opt->name);
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

static int SET_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);
	uint64_t v;

	switch (p->opt->id) {
	case O_ADD_SET:
		return set_parse(p, &t->add_set);
	case O_DEL_SET:
		return set_parse(p, &t->del_set);
	case O_MAP_SET:
		return set_parse(p, &t->map_set);
	case O_EXIST:
		t->flags |= IPSET_FLAG_EXIST;
		break;
	case O_TIMEOUT:
		if (!ext_strtoul(p->arg, NULL, 0, UINT32_MAX - 1, &v))
			return erec_param(p->err, p->loc,
				"Invalid value for option --timeout or out of range 0-%u",
				UINT32_MAX - 1);
		t->timeout = v;
		break;
	case O_MAP_MARK:
		t->flags |= IPSET_FLAG_MAP_SKBMARK;
		break;
	case O_MAP_PRIO:
		t->flags |= IPSET_FLAG_MAP_SKBPRIO;
		break;
	case O_MAP_QUEUE:
		t->flags |= IPSET_FLAG_MAP_SKBQUEUE;
		break;
	}
	return 0;
}

static int SET_check(struct ext_check *c)
{
	uint64_t g = c->self->given;
	static const struct {
		unsigned int id;
		const char *msg;
	} add_only[] = {
		{ O_EXIST, "Flag `--exist' can be used with `--add-set' only" },
		{ O_TIMEOUT,
		  "Option `--timeout' can be used with `--add-set' only" },
	}, map_only[] = {
		{ O_MAP_MARK,
		  "Flag `--map-mark' can be used with `--map-set' only" },
		{ O_MAP_PRIO,
		  "Flag `--map-prio' can be used with `--map-set' only" },
		{ O_MAP_QUEUE,
		  "Flag `--map-queue' can be used with `--map-set' only" },
	};
	size_t i;

	if (!(g & (F(O_ADD_SET) | F(O_DEL_SET) | F(O_MAP_SET))))
		return erec_param(c->err, c->loc,
			"You must specify either `--add-set' or `--del-set' or `--map-set'");
	for (i = 0; !(g & F(O_ADD_SET)) && i < ARRAY_SIZE(add_only); i++)
		if (g & F(add_only[i].id))
			return erec_param(c->err, c->loc, "%s",
					  add_only[i].msg);
	for (i = 0; !(g & F(O_MAP_SET)) && i < ARRAY_SIZE(map_only); i++)
		if (g & F(map_only[i].id))
			return erec_param(c->err, c->loc, "%s",
					  map_only[i].msg);
	if ((g & F(O_MAP_SET)) &&
	    !(g & (F(O_MAP_MARK) | F(O_MAP_PRIO) | F(O_MAP_QUEUE))))
		return erec_param(c->err, c->loc,
			"You must specify flags `--map-mark' or '--map-prio` or `--map-queue'");
	return 0;
}

/* " add-set NAME src,dst" (nothing for an unused set) */
static void set_print(struct strbuf *out, const char *prefix,
		      const struct xt_set_info *s)
{
	char name[IPSET_MAXNAMELEN] = "";
	unsigned int i;

	if (s->index == IPSET_INVALID_ID)
		return;
	xt_ipset_name(s->index, name);
	strbuf_addf(out, " %s %s", prefix, name);
	for (i = 1; i <= s->dim; i++)
		strbuf_addf(out, "%s%s", i == 1 ? " " : ",",
			    i < 8 && s->flags & (1 << i) ? "src" : "dst");
}

static void set_print_all(const struct ext_print *p, const char *dashes)
{
	const INFO *t = ext_data(p->self);
	char buf[16];

#define NAME(n) (snprintf(buf, sizeof(buf), "%s%s", dashes, n), buf)
	set_print(p->out, NAME("add-set"), &t->add_set);
	if (t->flags & IPSET_FLAG_EXIST)
		strbuf_addf(p->out, " %s", NAME("exist"));
	if (t->timeout != UINT32_MAX)
		strbuf_addf(p->out, " %s %u", NAME("timeout"), t->timeout);
	set_print(p->out, NAME("del-set"), &t->del_set);
	set_print(p->out, NAME("map-set"), &t->map_set);
	if (t->flags & IPSET_FLAG_MAP_SKBMARK)
		strbuf_addf(p->out, " %s", NAME("map-mark"));
	if (t->flags & IPSET_FLAG_MAP_SKBPRIO)
		strbuf_addf(p->out, " %s", NAME("map-prio"));
	if (t->flags & IPSET_FLAG_MAP_SKBQUEUE)
		strbuf_addf(p->out, " %s", NAME("map-queue"));
#undef NAME
}

static void SET_save(const struct ext_print *p)
{
	set_print_all(p, "--");
}

static void SET_print(const struct ext_print *p)
{
	set_print_all(p, "");
}

static void SET_help(struct strbuf *out)
{
	strbuf_adds(out,
		"SET target options:\n"
		" --add-set name flags [--exist] [--timeout n]\n"
		" --del-set name flags\n"
		" --map-set name flags [--map-mark] [--map-prio] [--map-queue]\n"
		"\t\tadd/del src/dst IP/port from/to named sets,\n"
		"\t\twhere flags are the comma separated list of\n"
		"\t\t'src' and 'dst' specifications.\n");
}

const struct ext ext_SET = {
	.name = "SET",
	.kind = EXT_TARGET,
	.revision = 3,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = SET_opts,
	.init = SET_init,
	.parse = SET_parse,
	.check = SET_check,
	.save = SET_save,
	.print = SET_print,
	.help = SET_help,
};
