// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * connbytes: packets, bytes or average packet size of the connection so
 * far, in a range.  The payload is the kernel's struct xt_connbytes_info,
 * written as the compat match; "!" swaps the range's ends.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_connbytes.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_BYTES, O_DIR, O_MODE,
};

static const struct ext_opt connbytes_opts[] = {
	{ .name = "connbytes", .id = O_BYTES, .type = EXT_T_U64RANGE,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT | EXT_O_ANYORDER,
	  .off = offsetof(struct xt_connbytes_info, count) },
	{ .name = "connbytes-dir", .id = O_DIR, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "connbytes-mode", .id = O_MODE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

static const char *const modes[] = {
	[XT_CONNBYTES_PKTS] = "packets",
	[XT_CONNBYTES_BYTES] = "bytes",
	[XT_CONNBYTES_AVGPKT] = "avgpkt",
};

static const char *const dirs[] = {
	[XT_CONNBYTES_DIR_ORIGINAL] = "original",
	[XT_CONNBYTES_DIR_REPLY] = "reply",
	[XT_CONNBYTES_DIR_BOTH] = "both",
};

static int word_index(const char *const *words, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(words[i], w))
			return i;
	return -1;
}

static int connbytes_parse(struct ext_parse *p)
{
	struct xt_connbytes_info *c = ext_data(p->self);
	uint64_t t;
	int i;

	switch (p->opt->id) {
	case O_BYTES:
		if (p->nvals == 1)
			c->count.to = UINT64_MAX;
		if (c->count.from > c->count.to)
			return erec_param(p->err, p->loc,
				"%llu should be less than %llu",
				(unsigned long long)c->count.from,
				(unsigned long long)c->count.to);
		if (p->invert) {
			t = c->count.from;
			c->count.from = c->count.to;
			c->count.to = t;
		}
		break;
	case O_DIR:
		i = word_index(dirs, ARRAY_SIZE(dirs), p->arg);
		if (i < 0)
			return erec_param(p->err, p->loc,
				"Unknown --connbytes-dir `%s'", p->arg);
		c->direction = i;
		break;
	case O_MODE:
		i = word_index(modes, ARRAY_SIZE(modes), p->arg);
		if (i < 0)
			return erec_param(p->err, p->loc,
				"Unknown --connbytes-mode `%s'", p->arg);
		c->what = i;
		break;
	}
	return 0;
}

/* from > to is an inverted range */
static void range_out(struct strbuf *out, const struct xt_connbytes_info *c,
		      const char *pfx)
{
	uint64_t from = c->count.from, to = c->count.to;

	if (from > to) {
		strbuf_adds(out, " !");
		from = c->count.to;
		to = c->count.from;
	}
	strbuf_addf(out, " %sconnbytes %llu", pfx, (unsigned long long)from);
	if (to && to < UINT64_MAX)
		strbuf_addf(out, ":%llu", (unsigned long long)to);
}

static const char *name_of(const char *const *names, size_t n, uint8_t v)
{
	return v < n ? names[v] : "unknown";
}

static void connbytes_save(const struct ext_print *p)
{
	const struct xt_connbytes_info *c = ext_data(p->self);

	range_out(p->out, c, "--");
	strbuf_addf(p->out, " --connbytes-mode %s --connbytes-dir %s",
		    name_of(modes, ARRAY_SIZE(modes), c->what),
		    name_of(dirs, ARRAY_SIZE(dirs), c->direction));
}

static void connbytes_print(const struct ext_print *p)
{
	const struct xt_connbytes_info *c = ext_data(p->self);

	range_out(p->out, c, "");
	strbuf_addf(p->out, " connbytes mode %s connbytes direction %s",
		    name_of(modes, ARRAY_SIZE(modes), c->what),
		    name_of(dirs, ARRAY_SIZE(dirs), c->direction));
}

static void connbytes_help(struct strbuf *out)
{
	strbuf_adds(out,
		"connbytes match options:\n"
		" [!] --connbytes from:[to]\n"
		"     --connbytes-dir [original, reply, both]\n"
		"     --connbytes-mode [packets, bytes, avgpkt]\n");
}

const struct ext ext_connbytes = {
	.name = "connbytes",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_connbytes_info),
	.xt_size = sizeof(struct xt_connbytes_info),
	.opts = connbytes_opts,
	.parse = connbytes_parse,
	.save = connbytes_save,
	.print = connbytes_print,
	.help = connbytes_help,
};
