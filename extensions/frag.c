// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * frag: the IPv6 fragment header (id range, length, flags).  The payload
 * is the kernel's struct ip6t_frag, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_frag.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_IDS, O_LEN, O_RES, O_FIRST, O_MORE, O_LAST,
};

static const struct ext_opt frag_opts[] = {
	{ .name = "fragid", .id = O_IDS, .type = EXT_T_U32RANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_frag, ids) },
	{ .name = "fraglen", .id = O_LEN, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_frag, hdrlen) },
	{ .name = "fragres", .id = O_RES, .type = EXT_T_NONE },
	{ .name = "fragfirst", .id = O_FIRST, .type = EXT_T_NONE },
	{ .name = "fragmore", .id = O_MORE, .type = EXT_T_NONE,
	  .excl = 1 << O_LAST },
	{ .name = "fraglast", .id = O_LAST, .type = EXT_T_NONE,
	  .excl = 1 << O_MORE },
	EXT_OPT_END
};

static const uint8_t frag_flags[] = {
	[O_IDS] = IP6T_FRAG_IDS, [O_LEN] = IP6T_FRAG_LEN,
	[O_RES] = IP6T_FRAG_RES, [O_FIRST] = IP6T_FRAG_FST,
	[O_MORE] = IP6T_FRAG_MF, [O_LAST] = IP6T_FRAG_NMF,
};

static void frag_init(struct ir_ext *self)
{
	struct ip6t_frag *f = ext_data(self);

	f->ids[1] = UINT32_MAX;
}

static int frag_parse(struct ext_parse *p)
{
	struct ip6t_frag *f = ext_data(p->self);
	unsigned int id = p->opt->id;

	f->flags |= frag_flags[id];
	if (p->invert)
		f->invflags |= id == O_IDS ? IP6T_FRAG_INV_IDS :
			       IP6T_FRAG_INV_LEN;
	return 0;
}

static const struct {
	uint8_t flag;
	const char *save, *list;
} frag_words[] = {
	{ IP6T_FRAG_RES, " --fragres", " reserved" },
	{ IP6T_FRAG_FST, " --fragfirst", " first" },
	{ IP6T_FRAG_MF, " --fragmore", " more" },
	{ IP6T_FRAG_NMF, " --fraglast", " last" },
};

/* upstream shows an inverted 0:max too (1.8.9 drops it) */
static void frag_save(const struct ext_print *p)
{
	const struct ip6t_frag *f = ext_data(p->self);
	bool inv = f->invflags & IP6T_FRAG_INV_IDS;
	size_t i;

	if (f->ids[0] != 0 || f->ids[1] != UINT32_MAX || inv)
		xt_range_save(p->out, "fragid", f->ids, inv);
	if (f->flags & IP6T_FRAG_LEN)
		strbuf_addf(p->out, "%s --fraglen %u",
			    f->invflags & IP6T_FRAG_INV_LEN ? " !" : "",
			    f->hdrlen);
	for (i = 0; i < ARRAY_SIZE(frag_words); i++)
		if (f->flags & frag_words[i].flag)
			strbuf_adds(p->out, frag_words[i].save);
}

static void frag_print(const struct ext_print *p)
{
	const struct ip6t_frag *f = ext_data(p->self);
	size_t i;

	strbuf_adds(p->out, " frag ");
	xt_range_list(p->out, "id", f->ids, f->invflags & IP6T_FRAG_INV_IDS,
		      UINT32_MAX);
	if (f->flags & IP6T_FRAG_LEN)
		strbuf_addf(p->out, " length:%s%u",
			    f->invflags & IP6T_FRAG_INV_LEN ? "!" : "",
			    f->hdrlen);
	for (i = 0; i < ARRAY_SIZE(frag_words); i++)
		if (f->flags & frag_words[i].flag)
			strbuf_adds(p->out, frag_words[i].list);
	if (f->invflags & ~IP6T_FRAG_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    f->invflags & ~IP6T_FRAG_INV_MASK);
}

static void frag_help(struct strbuf *out)
{
	strbuf_adds(out,
		"frag match options:\n"
		"[!] --fragid id[:id]           match the id (range)\n"
		"[!] --fraglen length           total length of this header\n"
		" --fragres                     check the reserved field too\n"
		" --fragfirst                   matches on the first fragment\n"
		" [--fragmore|--fraglast]       there are more fragments or this\n"
		"                               is the last one\n");
}

const struct ext ext_frag = {
	.name = "frag",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_frag),
	.xt_size = sizeof(struct ip6t_frag),
	.opts = frag_opts,
	.init = frag_init,
	.parse = frag_parse,
	.save = frag_save,
	.print = frag_print,
	.help = frag_help,
};
