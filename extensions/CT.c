// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CT: sets up the conntrack entry of a packet (notrack, helper, timeout
 * policy, event masks, zone).  The payload is the kernel's struct
 * xt_ct_target_info_v1, written as the compat target revision 2 (as
 * iptables-nft 1.8.9 does).  A CT target with XT_CT_NOTRACK_ALIAS is the
 * NOTRACK alias (extensions/NOTRACK.c) and reads back as that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netfilter/nf_conntrack_common.h>
#include <linux/netfilter/xt_CT.h>

#include <iptnft/ext.h>

enum {
	O_NOTRACK, O_HELPER, O_TIMEOUT, O_CTEVENTS, O_EXPEVENTS,
	O_ZONE_ORIG, O_ZONE_REPLY, O_ZONE,
};

#define INFO struct xt_ct_target_info_v1

static const struct ext_opt CT_opts[] = {
	{ .name = "notrack", .id = O_NOTRACK, .type = EXT_T_NONE },
	{ .name = "helper", .id = O_HELPER, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, helper),
	  .size = sizeof(((INFO *)0)->helper) },
	{ .name = "timeout", .id = O_TIMEOUT, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, timeout),
	  .size = sizeof(((INFO *)0)->timeout) },
	{ .name = "ctevents", .id = O_CTEVENTS, .type = EXT_T_CUSTOM },
	{ .name = "expevents", .id = O_EXPEVENTS, .type = EXT_T_CUSTOM },
	{ .name = "zone-orig", .id = O_ZONE_ORIG, .type = EXT_T_CUSTOM },
	{ .name = "zone-reply", .id = O_ZONE_REPLY, .type = EXT_T_CUSTOM },
	{ .name = "zone", .id = O_ZONE, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

struct ct_event {
	const char *name;
	unsigned int bit;
};

static const struct ct_event ct_events[] = {
	{ "new", IPCT_NEW },
	{ "related", IPCT_RELATED },
	{ "destroy", IPCT_DESTROY },
	{ "reply", IPCT_REPLY },
	{ "assured", IPCT_ASSURED },
	{ "protoinfo", IPCT_PROTOINFO },
	{ "helper", IPCT_HELPER },
	{ "mark", IPCT_MARK },
	{ "natseqinfo", IPCT_NATSEQADJ },
	{ "secmark", IPCT_SECMARK },
	{ NULL, 0 }
};

static const struct ct_event exp_events[] = {
	{ "new", IPEXP_NEW },
	{ NULL, 0 }
};

/* "a,b,c": every word must name an event (an empty one does not) */
static int events_parse(struct ext_parse *p, const struct ct_event *tbl,
			uint32_t *mask)
{
	char *copy = xstrdup(p->arg), *rest = copy, *word;
	const struct ct_event *e;
	int ret = 0;

	*mask = 0;
	while ((word = strsep(&rest, ","))) {
		for (e = tbl; e->name; e++)
			if (!strcmp(word, e->name))
				break;
		if (!e->name) {
			ret = erec_param(p->err, p->loc,
					 "Unknown event type \"%s\"", word);
			break;
		}
		*mask |= 1U << e->bit;
	}
	free(copy);
	return ret;
}

static void events_print(struct strbuf *out, const char *name,
			 const struct ct_event *tbl, uint32_t mask)
{
	const char *sep = "";

	strbuf_addf(out, " %s ", name);
	for (; tbl->name; tbl++) {
		if (!(mask & (1U << tbl->bit)))
			continue;
		strbuf_addf(out, "%s%s", sep, tbl->name);
		sep = ",";
	}
}

/* Each zone option sets the zone; the direction bits accumulate. */
static int zone_parse(struct ext_parse *p, INFO *t)
{
	uint64_t v;

	if (p->opt->id == O_ZONE_ORIG)
		t->flags |= XT_CT_ZONE_DIR_ORIG;
	if (p->opt->id == O_ZONE_REPLY)
		t->flags |= XT_CT_ZONE_DIR_REPL;
	t->zone = 0;
	if (!strcasecmp(p->arg, "mark")) {
		t->flags |= XT_CT_ZONE_MARK;
		return 0;
	}
	if (!ext_strtoul(p->arg, NULL, 0, UINT16_MAX, &v))
		return erec_param(p->err, p->loc,
				  "Cannot parse %s as a zone ID", p->arg);
	t->zone = v;
	return 0;
}

static int CT_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_NOTRACK:
		t->flags |= XT_CT_NOTRACK;
		break;
	case O_CTEVENTS:
		return events_parse(p, ct_events, &t->ct_events);
	case O_EXPEVENTS:
		return events_parse(p, exp_events, &t->exp_events);
	case O_ZONE_ORIG:
	case O_ZONE_REPLY:
	case O_ZONE:
		return zone_parse(p, t);
	}
	return 0;
}

static void ct_print(const struct ext_print *p, const char *dashes)
{
	const INFO *t = ext_data(p->self);
	unsigned int dir = t->flags & (XT_CT_ZONE_DIR_ORIG |
				       XT_CT_ZONE_DIR_REPL);

	if (t->flags & XT_CT_NOTRACK)
		strbuf_addf(p->out, " %snotrack", dashes);
	if (t->helper[0])
		strbuf_addf(p->out, " %shelper %.*s", dashes,
			    (int)sizeof(t->helper), t->helper);
	if (t->timeout[0])
		strbuf_addf(p->out, " %stimeout %.*s", dashes,
			    (int)sizeof(t->timeout), t->timeout);
	if (t->ct_events)
		events_print(p->out, dashes[0] ? "--ctevents" : "ctevents",
			     ct_events, t->ct_events);
	if (t->exp_events)
		events_print(p->out, dashes[0] ? "--expevents" : "expevents",
			     exp_events, t->exp_events);
	if ((t->flags & XT_CT_ZONE_MARK) || t->zone) {
		strbuf_addf(p->out, " %szone%s", dashes,
			    dir == XT_CT_ZONE_DIR_ORIG ? "-orig" :
			    dir == XT_CT_ZONE_DIR_REPL ? "-reply" : "");
		if (t->flags & XT_CT_ZONE_MARK)
			strbuf_adds(p->out, " mark");
		else
			strbuf_addf(p->out, " %u", t->zone);
	}
}

static void CT_save(const struct ext_print *p)
{
	ct_print(p, "--");
}

static void CT_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " CT");
	ct_print(p, "");
}

extern const struct ext ext_NOTRACK;

/* The kernel keeps a pointer after the user part: it reads back as 0. */
static int CT_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	INFO *t = ext_data(self);

	if (len < offsetof(INFO, ct))
		return -1;
	memcpy(t, xt, offsetof(INFO, ct));
	if (t->flags & XT_CT_NOTRACK_ALIAS)
		self->ext = &ext_NOTRACK;
	return 0;
}

static void CT_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CT target options:\n"
		" --notrack\t\t\tDon't track connection\n"
		" --helper name\t\t\tUse conntrack helper 'name' for connection\n"
		" --timeout name \t\tUse timeout policy 'name' for connection\n"
		" --ctevents event[,event...]\tGenerate specified conntrack events for connection\n"
		" --expevents event[,event...]\tGenerate specified expectation events for connection\n"
		" --zone {ID|mark}\t\tAssign/Lookup connection in zone ID/packet nfmark\n"
		" --zone-orig {ID|mark}\t\tSame as 'zone' option, but only applies to ORIGINAL direction\n"
		" --zone-reply {ID|mark} \tSame as 'zone' option, but only applies to REPLY direction\n");
}

const struct ext ext_CT = {
	.name = "CT",
	.kind = EXT_TARGET,
	.revision = 2,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = CT_opts,
	.parse = CT_parse,
	.save = CT_save,
	.print = CT_print,
	.from_xt = CT_from_xt,
	.help = CT_help,
};
