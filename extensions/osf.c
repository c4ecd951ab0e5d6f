// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * osf: passive OS fingerprinting of TCP SYNs (IPv4 only).  The payload is
 * the kernel's struct xt_osf_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_osf.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_GENRE, O_TTL, O_LOG,
};

static const struct ext_opt osf_opts[] = {
	{ .name = "genre", .id = O_GENRE, .type = EXT_T_STRING,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_osf_info, genre), .size = MAXGENRELEN },
	{ .name = "ttl", .id = O_TTL, .type = EXT_T_U32, .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_osf_info, ttl), .max = XT_OSF_TTL_NOCHECK },
	{ .name = "log", .id = O_LOG, .type = EXT_T_U32, .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_osf_info, loglevel),
	  .max = XT_OSF_LOGLEVEL_ALL_KNOWN },
	EXT_OPT_END
};

/* as iptables, --genre alone sets no flag */
static int osf_parse(struct ext_parse *p)
{
	struct xt_osf_info *o = ext_data(p->self);

	switch (p->opt->id) {
	case O_GENRE:
		o->len = strlen(o->genre);
		if (p->invert)
			o->flags |= XT_OSF_INVERT;
		break;
	case O_TTL:
		o->flags |= XT_OSF_TTL;
		break;
	case O_LOG:
		o->flags |= XT_OSF_LOG;
		break;
	}
	return 0;
}

static void osf_save(const struct ext_print *p)
{
	const struct xt_osf_info *o = ext_data(p->self);

	strbuf_addf(p->out, "%s --genre %.*s",
		    o->flags & XT_OSF_INVERT ? " !" : "",
		    (int)sizeof(o->genre), o->genre);
	if (o->flags & XT_OSF_TTL)
		strbuf_addf(p->out, " --ttl %u", o->ttl);
	if (o->flags & XT_OSF_LOG)
		strbuf_addf(p->out, " --log %u", o->loglevel);
}

static void osf_print(const struct ext_print *p)
{
	const struct xt_osf_info *o = ext_data(p->self);

	strbuf_addf(p->out, " OS fingerprint match %s%.*s",
		    o->flags & XT_OSF_INVERT ? "! " : "",
		    (int)sizeof(o->genre), o->genre);
}

static void osf_help(struct strbuf *out)
{
	strbuf_adds(out,
		"OS fingerprint match options:\n"
		"[!] --genre string     Match a OS genre by passive "
		"fingerprinting.\n"
		"--ttl level            Use some TTL check extensions to "
		"determine OS:\n"
		"       0                       true ip and fingerprint TTL "
		"comparison. Works for LAN.\n"
		"       1                       check if ip TTL is less than "
		"fingerprint one. Works for global addresses.\n"
		"       2                       do not compare TTL at all. "
		"This allows NMAP detection, but can produce false results.\n"
		"--log level            Log determined genres into dmesg even "
		"if they do not match desired one:\n"
		"       0                       log all matched or unknown "
		"signatures.\n"
		"       1                       log only first one.\n"
		"       2                       log all known matched "
		"signatures.\n");
}

const struct ext ext_osf = {
	.name = "osf",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct xt_osf_info),
	.xt_size = sizeof(struct xt_osf_info),
	.opts = osf_opts,
	.parse = osf_parse,
	.save = osf_save,
	.print = osf_print,
	.help = osf_help,
};
