// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * connlabel: a conntrack label bit, by number or by name from
 * /etc/xtables/connlabel.conf.  The payload is the kernel's struct
 * xt_connlabel_mtinfo, written as the compat match.
 *
 * iptables compares none of the payload: for -C and -D any connlabel
 * match is the same as any other.
 *
 * Like iptables, every lookup of a name tries to open the label file and
 * warns on stderr when it cannot (also while listing, hence the direct
 * write: listing has no channel for warnings).
 */
#include <netinet/in.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <linux/netfilter/xt_connlabel.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"

#define LABEL_FILE "/etc/xtables/connlabel.conf"

enum {
	O_LABEL, O_SET,
};

static const struct ext_opt connlabel_opts[] = {
	{ .name = "label", .id = O_LABEL, .type = EXT_T_STRING,
	  .flags = EXT_O_INVERT | EXT_O_MAND, .min = 1 },
	{ .name = "set", .id = O_SET, .type = EXT_T_NONE },
	EXT_OPT_END
};

/*
 * Looks bit up by name (name != NULL: returns the bit or -1) or name up
 * by bit (copies it to buf, returns 0 or -1).  warn gets the message for
 * a file that cannot be opened.
 */
static int label_map(const char *name, unsigned int bit, char *buf,
		     size_t len, struct strbuf *warn)
{
	char line[256], *p, *end;
	unsigned long n;
	int ret = -1;
	FILE *f;

	f = fopen(LABEL_FILE, "re");
	if (!f) {
		strbuf_addf(warn, "Warning: cannot open %s: %s\n", LABEL_FILE,
			    strerror(errno));
		return -1;
	}
	while (ret < 0 && fgets(line, sizeof(line), f)) {
		p = line;
		while (isspace((unsigned char)*p))
			p++;
		if (!isdigit((unsigned char)*p))
			continue;
		n = strtoul(p, &end, 0);
		p = end;
		while (isspace((unsigned char)*p))
			p++;
		end = p + strcspn(p, "\r\n");
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		*end = '\0';
		if (!*p || n > XT_CONNLABEL_MAXBIT)
			continue;
		if (name && !strcmp(name, p))
			ret = n;
		else if (!name && n == bit && snprintf(buf, len, "%s", p) > 0)
			ret = 0;
	}
	fclose(f);
	return ret;
}

static int connlabel_parse(struct ext_parse *p)
{
	struct xt_connlabel_mtinfo *c = ext_data(p->self);
	unsigned long v;
	char *end;
	int bit = -1;

	if (p->opt->id == O_SET) {
		c->options |= XT_CONNLABEL_OP_SET;
		return 0;
	}
	v = strtoul(p->arg, &end, 0);
	if (p->arg[0] && !*end)
		bit = (int)v;	/* as iptables, cut to an int */
	if (bit < 0)
		bit = label_map(p->arg, 0, NULL, 0, &p->err->warn);
	if (bit < 0)
		return erec_param(p->err, p->loc,
			"label '%s' not found or invalid value", p->arg);
	c->bit = bit;
	if (p->invert)
		c->options |= XT_CONNLABEL_OP_INVERT;
	return 0;
}

static const char *label_name(const struct xt_connlabel_mtinfo *c, char *buf,
			      size_t len)
{
	struct strbuf warn = STRBUF_INIT;
	int ret = label_map(NULL, c->bit, buf, len, &warn);

	fputs(strbuf_str(&warn), stderr);
	strbuf_release(&warn);
	return ret < 0 ? NULL : buf;
}

static void connlabel_save(const struct ext_print *p)
{
	const struct xt_connlabel_mtinfo *c = ext_data(p->self);
	char buf[256];
	const char *name = label_name(c, buf, sizeof(buf));

	if (c->options & XT_CONNLABEL_OP_INVERT)
		strbuf_adds(p->out, " !");
	if (name)
		strbuf_addf(p->out, " --label \"%s\"", name);
	else
		strbuf_addf(p->out, " --label \"%u\"", c->bit);
	if (c->options & XT_CONNLABEL_OP_SET)
		strbuf_adds(p->out, " --set");
}

static void connlabel_print(const struct ext_print *p)
{
	const struct xt_connlabel_mtinfo *c = ext_data(p->self);
	char buf[256];
	const char *name = label_name(c, buf, sizeof(buf));

	strbuf_adds(p->out, " connlabel");
	if (c->options & XT_CONNLABEL_OP_INVERT)
		strbuf_adds(p->out, " !");
	if (p->numeric || !name)
		strbuf_addf(p->out, " %u", c->bit);
	else
		strbuf_addf(p->out, " '%s'", name);
	if (c->options & XT_CONNLABEL_OP_SET)
		strbuf_adds(p->out, " set");
}

static void connlabel_help(struct strbuf *out)
{
	strbuf_adds(out,
		"connlabel match options:\n"
		"[!] --label name     Match if label has been set on connection\n"
		"    --set            Set label on connection\n");
}

const struct ext ext_connlabel = {
	.name = "connlabel",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_connlabel_mtinfo),
	.xt_size = sizeof(struct xt_connlabel_mtinfo),
	.opts = connlabel_opts,
	.parse = connlabel_parse,
	.save = connlabel_save,
	.print = connlabel_print,
	.help = connlabel_help,
	.equal = xt_equal_any,
};
