// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TCPOPTSTRIP: removes TCP options from the header.  The payload is the
 * kernel's struct xt_tcpoptstrip_target_info, a bitmap of option kinds
 * (compat target revision 0).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netfilter/xt_TCPOPTSTRIP.h>

#include <iptnft/ext.h>

enum {
	O_STRIP,
};

static const struct ext_opt TCPOPTSTRIP_opts[] = {
	{ .name = "strip-options", .id = O_STRIP, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

static const struct {
	const char *name;
	uint8_t kind;
	const char *desc;
} tcpopt_names[] = {
	{ "wscale", 3, "Window scale" },
	{ "mss", 2, "Maximum Segment Size" },
	{ "sack-permitted", 4, "SACK permitted" },
	{ "sack", 5, "Selective ACK" },
	{ "timestamp", 8, "Timestamp" },
	{ "md5", 19, "MD5 signature" },
};

static bool opt_isset(const struct xt_tcpoptstrip_target_info *t,
		      unsigned int kind)
{
	return t->strip_bmap[kind / 32] & (1U << (kind % 32));
}

/* "a,b,...": names or numbers 2..255, each once */
static int TCPOPTSTRIP_parse(struct ext_parse *p)
{
	struct xt_tcpoptstrip_target_info *t = ext_data(p->self);
	char *copy = xstrdup(p->arg), *rest = copy, *word;
	uint64_t kind;
	size_t i;
	int ret = 0;

	while ((word = strsep(&rest, ","))) {
		kind = 0;
		for (i = 0; i < ARRAY_SIZE(tcpopt_names); i++)
			if (!strcmp(word, tcpopt_names[i].name))
				kind = tcpopt_names[i].kind;
		if (!kind && !ext_strtoul(word, NULL, 0, UINT8_MAX, &kind)) {
			ret = erec_param(p->err, p->loc,
					 "Bad TCP option value \"%s\"", word);
			break;
		}
		if (kind < 2) {
			ret = erec_param(p->err, p->loc,
					 "Option value may not be 0 or 1");
			break;
		}
		if (opt_isset(t, kind)) {
			ret = erec_param(p->err, p->loc,
					 "Option \"%s\" already specified",
					 word);
			break;
		}
		t->strip_bmap[kind / 32] |= 1U << (kind % 32);
	}
	free(copy);
	return ret;
}

static void strip_list(const struct ext_print *p, bool numeric)
{
	const struct xt_tcpoptstrip_target_info *t = ext_data(p->self);
	const char *sep = "", *name;
	unsigned int kind;
	size_t i;

	for (kind = 0; kind < 256; kind++) {
		if (!opt_isset(t, kind))
			continue;
		name = NULL;
		for (i = 0; !numeric && i < ARRAY_SIZE(tcpopt_names); i++)
			if (tcpopt_names[i].kind == kind)
				name = tcpopt_names[i].name;
		if (name)
			strbuf_addf(p->out, "%s%s", sep, name);
		else
			strbuf_addf(p->out, "%s%u", sep, kind);
		sep = ",";
	}
}

static bool strip_empty(const struct ext_print *p)
{
	static const struct xt_tcpoptstrip_target_info empty;

	return !memcmp(ext_data(p->self), &empty, sizeof(empty));
}

static void TCPOPTSTRIP_save(const struct ext_print *p)
{
	if (strip_empty(p))
		return;
	strbuf_adds(p->out, " --strip-options ");
	strip_list(p, true);
}

static void TCPOPTSTRIP_print(const struct ext_print *p)
{
	if (strip_empty(p))
		return;
	strbuf_adds(p->out, " TCPOPTSTRIP options ");
	strip_list(p, p->numeric);
}

static void TCPOPTSTRIP_help(struct strbuf *out)
{
	size_t i;

	strbuf_adds(out,
		"TCPOPTSTRIP target options:\n"
		"  --strip-options value     strip specified TCP options denoted by value\n"
		"                            (separated by comma) from TCP header\n"
		"  Instead of the numeric value, you can also use the following names:\n");
	for (i = 0; i < ARRAY_SIZE(tcpopt_names); i++)
		strbuf_addf(out, "    %-14s    strip \"%s\" option\n",
			    tcpopt_names[i].name, tcpopt_names[i].desc);
}

const struct ext ext_TCPOPTSTRIP = {
	.name = "TCPOPTSTRIP",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_tcpoptstrip_target_info),
	.xt_size = sizeof(struct xt_tcpoptstrip_target_info),
	.opts = TCPOPTSTRIP_opts,
	.parse = TCPOPTSTRIP_parse,
	.save = TCPOPTSTRIP_save,
	.print = TCPOPTSTRIP_print,
	.help = TCPOPTSTRIP_help,
};
