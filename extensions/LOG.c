// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * LOG: log the packet to the kernel log.  The payload is the kernel's
 * struct xt_log_info (the same for IPv4 and IPv6), written as the compat
 * target revision 0.
 */
#include <stdio.h>
#include <linux/netfilter/xt_LOG.h>
#include <string.h>
#include <syslog.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_LOG_LEVEL, O_LOG_PREFIX, O_LOG_TCPSEQ, O_LOG_TCPOPTS, O_LOG_IPOPTS,
	O_LOG_UID, O_LOG_MAC,
};

static const struct ext_opt LOG_opts[] = {
	{ .name = "log-level", .id = O_LOG_LEVEL, .type = EXT_T_CUSTOM },
	{ .name = "log-prefix", .id = O_LOG_PREFIX, .type = EXT_T_CUSTOM },
	{ .name = "log-tcp-sequence", .id = O_LOG_TCPSEQ, .type = EXT_T_NONE },
	{ .name = "log-tcp-options", .id = O_LOG_TCPOPTS, .type = EXT_T_NONE },
	{ .name = "log-ip-options", .id = O_LOG_IPOPTS, .type = EXT_T_NONE },
	{ .name = "log-uid", .id = O_LOG_UID, .type = EXT_T_NONE },
	{ .name = "log-macdecode", .id = O_LOG_MAC, .type = EXT_T_NONE },
	EXT_OPT_END
};

/* the names --log-level takes */
static const struct {
	const char *name;
	uint8_t level;
} level_in[] = {
	{ "alert", LOG_ALERT }, { "crit", LOG_CRIT }, { "debug", LOG_DEBUG },
	{ "emerg", LOG_EMERG }, { "error", LOG_ERR }, { "info", LOG_INFO },
	{ "notice", LOG_NOTICE }, { "panic", LOG_EMERG },
	{ "warning", LOG_WARNING },
};

/* the names -L shows, by level */
static const char *const level_out[] = {
	[LOG_EMERG] = "emerg", [LOG_ALERT] = "alert", [LOG_CRIT] = "crit",
	[LOG_ERR] = "err", [LOG_WARNING] = "warn", [LOG_NOTICE] = "notice",
	[LOG_INFO] = "info", [LOG_DEBUG] = "debug",
};

static const struct {
	uint8_t flag;
	const char *name;	/* -L; the option is "--log-" name */
} log_flags[] = {
	{ XT_LOG_TCPSEQ, "tcp-sequence" },
	{ XT_LOG_TCPOPT, "tcp-options" },
	{ XT_LOG_IPOPT, "ip-options" },
	{ XT_LOG_UID, "uid" },
	{ XT_LOG_MACDECODE, "macdecode" },
};

#define LOG_DEFAULT_LEVEL LOG_WARNING

static void LOG_init(struct ir_ext *self)
{
	struct xt_log_info *l = ext_data(self);

	l->level = LOG_DEFAULT_LEVEL;
}

/* 0-7 in any C base, or a syslog name */
static int level_parse(struct ext_parse *p, uint8_t *out)
{
	uint64_t n;
	size_t i;

	if (xt_parse_uint(p->arg, NULL, 0, 7, &n)) {
		*out = n;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(level_in); i++) {
		if (!strcmp(level_in[i].name, p->arg)) {
			*out = level_in[i].level;
			return 0;
		}
	}
	return erec_param(p->err, p->loc, "log level \"%s\" unknown\n",
			  p->arg);
}

static int LOG_parse(struct ext_parse *p)
{
	struct xt_log_info *l = ext_data(p->self);

	switch (p->opt->id) {
	case O_LOG_LEVEL:
		return level_parse(p, &l->level);
	case O_LOG_PREFIX:
		if (!*p->arg)
			return erec_param(p->err, p->loc,
				"Argument must have a minimum length of 1 characters\n");
		snprintf(l->prefix, sizeof(l->prefix), "%s", p->arg);
		if (strchr(p->arg, '\n'))
			return erec_param(p->err, p->loc,
				"Newlines not allowed in --log-prefix");
		break;
	case O_LOG_TCPSEQ:
		l->logflags |= XT_LOG_TCPSEQ;
		break;
	case O_LOG_TCPOPTS:
		l->logflags |= XT_LOG_TCPOPT;
		break;
	case O_LOG_IPOPTS:
		l->logflags |= XT_LOG_IPOPT;
		break;
	case O_LOG_UID:
		l->logflags |= XT_LOG_UID;
		break;
	case O_LOG_MAC:
		l->logflags |= XT_LOG_MACDECODE;
		break;
	}
	return 0;
}

static void prefix_get(const struct xt_log_info *l, char *buf)
{
	memcpy(buf, l->prefix, sizeof(l->prefix));
	buf[sizeof(l->prefix)] = '\0';
}

static void LOG_save(const struct ext_print *p)
{
	const struct xt_log_info *l = ext_data(p->self);
	char prefix[sizeof(l->prefix) + 1];
	size_t i;

	prefix_get(l, prefix);
	if (*prefix) {
		strbuf_adds(p->out, " --log-prefix");
		xt_save_string(p->out, prefix);
	}
	if (l->level != LOG_DEFAULT_LEVEL)
		strbuf_addf(p->out, " --log-level %d", l->level);
	for (i = 0; i < ARRAY_SIZE(log_flags); i++)
		if (l->logflags & log_flags[i].flag)
			strbuf_addf(p->out, " --log-%s", log_flags[i].name);
}

static void LOG_print(const struct ext_print *p)
{
	const struct xt_log_info *l = ext_data(p->self);
	char prefix[sizeof(l->prefix) + 1];
	size_t i;

	strbuf_adds(p->out, " LOG");
	if (p->numeric) {
		strbuf_addf(p->out, " flags %u level %u", l->logflags,
			    l->level);
	} else {
		if (l->level < ARRAY_SIZE(level_out))
			strbuf_addf(p->out, " level %s", level_out[l->level]);
		else
			strbuf_addf(p->out, " UNKNOWN level %u", l->level);
		for (i = 0; i < ARRAY_SIZE(log_flags); i++)
			if (l->logflags & log_flags[i].flag)
				strbuf_addf(p->out, " %s", log_flags[i].name);
		if (l->logflags & ~XT_LOG_MASK)
			strbuf_adds(p->out, " unknown-flags");
	}
	prefix_get(l, prefix);
	if (*prefix)
		strbuf_addf(p->out, " prefix \"%s\"", prefix);
}

static void LOG_help(struct strbuf *out)
{
	strbuf_adds(out,
		"LOG target options:\n"
		" --log-level level\t\tLevel of logging (numeric or see syslog.conf)\n"
		" --log-prefix prefix\t\tPrefix log messages with this prefix.\n"
		" --log-tcp-sequence\t\tLog TCP sequence numbers.\n"
		" --log-tcp-options\t\tLog TCP options.\n"
		" --log-ip-options\t\tLog IP options.\n"
		" --log-uid\t\t\tLog UID owning the local socket.\n"
		" --log-macdecode\t\tDecode MAC addresses and protocol.\n");
}

/* ---- iptables-translate ---- */

static int LOG_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_log_info *l = ext_data(self);
	const char *sep = " flags ";
	struct strbuf sb = STRBUF_INIT;
	char prefix[sizeof(l->prefix) + 1];

	snprintf(prefix, sizeof(prefix), "%.*s", (int)sizeof(l->prefix),
		 l->prefix);
	if (strpbrk(prefix, "\"\\\n"))
		return xl_unsupported(xl,
			"LOG: a prefix with a quote or \\ cannot be written in nft");
	if (l->level >= ARRAY_SIZE(level_out) ||
	    !level_out[l->level] || (l->logflags & ~XT_LOG_MASK))
		return xl_unsupported(xl, "LOG: an unknown level or flag");
	strbuf_adds(&sb, "log");
	if (prefix[0])
		strbuf_addf(&sb, " prefix \"%s\"", prefix);
	if (l->level != LOG_WARNING)
		strbuf_addf(&sb, " level %s", level_out[l->level]);
	if ((l->logflags & XT_LOG_MASK) == XT_LOG_MASK) {
		strbuf_adds(&sb, " flags all");
	} else {
		if ((l->logflags & (XT_LOG_TCPSEQ | XT_LOG_TCPOPT)) ==
		    (XT_LOG_TCPSEQ | XT_LOG_TCPOPT))
			strbuf_addf(&sb, "%stcp sequence,options", sep);
		else if (l->logflags & XT_LOG_TCPSEQ)
			strbuf_addf(&sb, "%stcp sequence", sep);
		else if (l->logflags & XT_LOG_TCPOPT)
			strbuf_addf(&sb, "%stcp options", sep);
		if (l->logflags & XT_LOG_IPOPT)
			strbuf_addf(&sb, "%sip options", sep);
		if (l->logflags & XT_LOG_UID)
			strbuf_addf(&sb, "%sskuid", sep);
		if (l->logflags & XT_LOG_MACDECODE)
			strbuf_addf(&sb, "%sether", sep);
	}
	xl_add(xl, "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_LOG = {
	.name = "LOG",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_log_info),
	.xt_size = sizeof(struct xt_log_info),
	.opts = LOG_opts,
	.init = LOG_init,
	.parse = LOG_parse,
	.save = LOG_save,
	.print = LOG_print,
	.help = LOG_help,
	.xlate = LOG_xlate,
};
