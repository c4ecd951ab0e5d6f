// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * recent: lists of recently seen addresses (set, check, update, remove).
 * The payload is the kernel's struct xt_recent_mtinfo_v1 (revision 1),
 * written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_recent.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_SET, O_RCHECK, O_UPDATE, O_REMOVE, O_SECONDS, O_REAP, O_HITCOUNT,
	O_RTTL, O_NAME, O_RSOURCE, O_RDEST, O_MASK,
};

#define O_ANY_OP ((1 << O_SET) | (1 << O_RCHECK) | (1 << O_UPDATE) | \
		  (1 << O_REMOVE))

static const struct ext_opt recent_opts[] = {
	{ .name = "set", .id = O_SET, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT, .excl = O_ANY_OP },
	{ .name = "rcheck", .id = O_RCHECK, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT, .excl = O_ANY_OP },
	{ .name = "update", .id = O_UPDATE, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT, .excl = O_ANY_OP },
	{ .name = "remove", .id = O_REMOVE, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT, .excl = O_ANY_OP },
	{ .name = "seconds", .id = O_SECONDS, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .min = 1,
	  .off = offsetof(struct xt_recent_mtinfo_v1, seconds) },
	{ .name = "reap", .id = O_REAP, .type = EXT_T_NONE,
	  .also = 1 << O_SECONDS },
	{ .name = "hitcount", .id = O_HITCOUNT, .type = EXT_T_U32,
	  .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_recent_mtinfo_v1, hit_count) },
	{ .name = "rttl", .id = O_RTTL, .type = EXT_T_NONE,
	  .excl = (1 << O_SET) | (1 << O_REMOVE) },
	{ .name = "name", .id = O_NAME, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .size = XT_RECENT_NAME_LEN,
	  .off = offsetof(struct xt_recent_mtinfo_v1, name) },
	{ .name = "rsource", .id = O_RSOURCE, .type = EXT_T_NONE },
	{ .name = "rdest", .id = O_RDEST, .type = EXT_T_NONE },
	{ .name = "mask", .id = O_MASK, .type = EXT_T_HOST,
	  .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_recent_mtinfo_v1, mask) },
	EXT_OPT_END
};

static void recent_init(struct ir_ext *self)
{
	struct xt_recent_mtinfo_v1 *r = ext_data(self);

	snprintf(r->name, sizeof(r->name), "DEFAULT");
	r->side = XT_RECENT_SOURCE;
	memset(&r->mask, 0xFF, sizeof(r->mask));
}

static int recent_parse(struct ext_parse *p)
{
	static const uint8_t ops[] = {
		[O_SET] = XT_RECENT_SET, [O_RCHECK] = XT_RECENT_CHECK,
		[O_UPDATE] = XT_RECENT_UPDATE, [O_REMOVE] = XT_RECENT_REMOVE,
		[O_REAP] = XT_RECENT_REAP, [O_RTTL] = XT_RECENT_TTL,
	};
	struct xt_recent_mtinfo_v1 *r = ext_data(p->self);
	unsigned int id = p->opt->id;

	switch (id) {
	case O_SET:
	case O_RCHECK:
	case O_UPDATE:
	case O_REMOVE:
		if (p->invert)
			r->invert = 1;
		/* fallthrough */
	case O_REAP:
	case O_RTTL:
		r->check_set |= ops[id];
		break;
	case O_RSOURCE:
		r->side = XT_RECENT_SOURCE;
		break;
	case O_RDEST:
		r->side = XT_RECENT_DEST;
		break;
	}
	return 0;
}

static int recent_check(struct ext_check *c)
{
	if (!(c->self->given & O_ANY_OP))
		return erec_param(c->err, c->loc,
			"recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
	return 0;
}

static void mask_out(struct strbuf *out, const struct ext_print *p,
		     const struct xt_recent_mtinfo_v1 *r)
{
	char buf[INET6_ADDRSTRLEN];

	inet_ntop(p->family == NFPROTO_IPV6 ? AF_INET6 : AF_INET, &r->mask,
		  buf, sizeof(buf));
	strbuf_adds(out, buf);
}

static void recent_out(const struct ext_print *p, bool save)
{
	const struct xt_recent_mtinfo_v1 *r = ext_data(p->self);
	static const struct {
		uint8_t flag;
		const char *save, *list;
	} ops[] = {
		{ XT_RECENT_SET, " --set", " SET" },
		{ XT_RECENT_CHECK, " --rcheck", " CHECK" },
		{ XT_RECENT_UPDATE, " --update", " UPDATE" },
		{ XT_RECENT_REMOVE, " --remove", " REMOVE" },
	};
	size_t i;

	if (r->invert)
		strbuf_adds(p->out, " !");
	if (!save)
		strbuf_adds(p->out, " recent:");
	for (i = 0; i < ARRAY_SIZE(ops); i++)
		if (r->check_set & ops[i].flag)
			strbuf_adds(p->out, save ? ops[i].save : ops[i].list);
	if (r->seconds)
		strbuf_addf(p->out, save ? " --seconds %d" : " seconds: %d",
			    (int)r->seconds);
	if (r->check_set & XT_RECENT_REAP)
		strbuf_adds(p->out, save ? " --reap" : " reap");
	if (r->hit_count)
		strbuf_addf(p->out, save ? " --hitcount %d" : " hit_count: %d",
			    (int)r->hit_count);
	if (r->check_set & XT_RECENT_TTL)
		strbuf_adds(p->out, save ? " --rttl" : " TTL-Match");
	strbuf_addf(p->out, save ? " --name %.*s" : " name: %.*s",
		    XT_RECENT_NAME_LEN, r->name);
	if (!save) {
		if (r->side == XT_RECENT_SOURCE)
			strbuf_adds(p->out, " side: source");
		if (r->side == XT_RECENT_DEST)
			strbuf_adds(p->out, " side: dest");
	}
	strbuf_adds(p->out, save ? " --mask " : " mask: ");
	mask_out(p->out, p, r);
	if (save) {
		if (r->side == XT_RECENT_SOURCE)
			strbuf_adds(p->out, " --rsource");
		if (r->side == XT_RECENT_DEST)
			strbuf_adds(p->out, " --rdest");
	}
}

static void recent_save(const struct ext_print *p)
{
	recent_out(p, true);
}

static void recent_print(const struct ext_print *p)
{
	recent_out(p, false);
}

static void recent_help(struct strbuf *out)
{
	strbuf_adds(out,
		"recent match options:\n"
		"[!] --set                       Add source address to list, always matches.\n"
		"[!] --rcheck                    Match if source address in list.\n"
		"[!] --update                    Match if source address in list, also update last-seen time.\n"
		"[!] --remove                    Match if source address in list, also removes that address from list.\n"
		"    --seconds seconds           For check and update commands above.\n"
		"                                Specifies that the match will only occur if source address last seen within\n"
		"                                the last 'seconds' seconds.\n"
		"    --reap                      Purge entries older then 'seconds'.\n"
		"                                Can only be used in conjunction with the seconds option.\n"
		"    --hitcount hits             For check and update commands above.\n"
		"                                Specifies that the match will only occur if source address seen hits times.\n"
		"                                May be used in conjunction with the seconds option.\n"
		"    --rttl                      For check and update commands above.\n"
		"                                Specifies that the match will only occur if the source address and the TTL\n"
		"                                match between this packet and the one which was set.\n"
		"                                Useful if you have problems with people spoofing their source address in order\n"
		"                                to DoS you via this module.\n"
		"    --name name                 Name of the recent list to be used.  DEFAULT used if none given.\n"
		"    --rsource                   Match/Save the source address of each packet in the recent list table (default).\n"
		"    --rdest                     Match/Save the destination address of each packet in the recent list table.\n"
		"    --mask netmask              Netmask that will be applied to this recent list.\n"
		"xt_recent by: Stephen Frost <sfrost@snowman.net>.\n");
}

const struct ext ext_recent = {
	.name = "recent",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_recent_mtinfo_v1),
	.xt_size = sizeof(struct xt_recent_mtinfo_v1),
	.opts = recent_opts,
	.init = recent_init,
	.parse = recent_parse,
	.check = recent_check,
	.save = recent_save,
	.print = recent_print,
	.help = recent_help,
};
