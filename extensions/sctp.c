// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * sctp: ports and chunk types (with chunk flags).  The payload is the
 * kernel's struct xt_sctp_info, written as the compat match.
 *
 * 1.8.9 records the flags of a chunk under the chunk's position in its
 * name table, not under its type; the two agree for the first fifteen
 * names only, so flags of later chunks (I_DATA) are stored but never
 * shown.  We keep that layout: the bytes are what both tools compare.
 */
#include <netinet/in.h>
#include <ctype.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_sctp.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"
#include <iptnft/values.h>
#include <iptnft/xlate.h>

enum {
	O_SPORT, O_DPORT, O_CHUNKS,
};

static const struct ext_opt sctp_opts[] = {
	{ .name = "source-port", .id = O_SPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "sport", .id = O_SPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "destination-port", .id = O_DPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "dport", .id = O_DPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "chunk-types", .id = O_CHUNKS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	EXT_OPT_END
};

/* In 1.8.9's order: the position is what flags are recorded under. */
static const struct {
	const char *name;
	uint8_t type;
	const char *flags;	/* flag letters, bit 7 first */
} chunk_names[] = {
	{ "DATA", 0, "----IUBE" },
	{ "INIT", 1, "--------" },
	{ "INIT_ACK", 2, "--------" },
	{ "SACK", 3, "--------" },
	{ "HEARTBEAT", 4, "--------" },
	{ "HEARTBEAT_ACK", 5, "--------" },
	{ "ABORT", 6, "-------T" },
	{ "SHUTDOWN", 7, "--------" },
	{ "SHUTDOWN_ACK", 8, "--------" },
	{ "ERROR", 9, "--------" },
	{ "COOKIE_ECHO", 10, "--------" },
	{ "COOKIE_ACK", 11, "--------" },
	{ "ECN_ECNE", 12, "--------" },
	{ "ECN_CWR", 13, "--------" },
	{ "SHUTDOWN_COMPLETE", 14, "-------T" },
	{ "I_DATA", 64, "----IUBE" },
	{ "RE_CONFIG", 130, "--------" },
	{ "PAD", 132, "--------" },
	{ "ASCONF", 193, "--------" },
	{ "ASCONF_ACK", 128, "--------" },
	{ "FORWARD_TSN", 192, "--------" },
	{ "I_FORWARD_TSN", 194, "--------" },
};

#define CHUNKMAP_WORDS ARRAY_SIZE(((struct xt_sctp_info *)0)->chunkmap)

static void sctp_init(struct ir_ext *self)
{
	struct xt_sctp_info *s = ext_data(self);
	unsigned int i;

	for (i = 0; i < XT_NUM_SCTP_FLAGS; i++)
		s->flag_info[i].chunktype = 0xFF;
}

static int flag_add(struct ext_parse *p, struct xt_sctp_info *s,
		    uint8_t idx, unsigned int bit, bool set)
{
	struct xt_sctp_flag_info *f = NULL;
	int i;

	for (i = 0; i < s->flag_count; i++)
		if (s->flag_info[i].chunktype == idx)
			f = &s->flag_info[i];
	if (!f) {
		if (s->flag_count == XT_NUM_SCTP_FLAGS)
			return erec_param(p->err, p->loc,
				"Number of chunk types with flags exceeds currently allowed limit. Increasing this limit involves changing IPT_NUM_SCTP_FLAGS and recompiling both the kernel space and user space modules");
		f = &s->flag_info[s->flag_count++];
		f->chunktype = idx;
	}
	f->flag_mask |= 1 << bit;
	if (set)
		f->flag |= 1 << bit;
	return 0;
}

static int chunk_one(struct ext_parse *p, struct xt_sctp_info *s, char *tok)
{
	char *flags = strchr(tok, ':');
	const char *pos;
	size_t i;

	if (flags)
		*flags++ = '\0';
	for (i = 0; i < ARRAY_SIZE(chunk_names); i++)
		if (!strcasecmp(chunk_names[i].name, tok))
			break;
	if (i == ARRAY_SIZE(chunk_names))
		return erec_param(p->err, p->loc, "Unknown sctp chunk `%s'",
				  tok);
	SCTP_CHUNKMAP_SET(s->chunkmap, chunk_names[i].type);
	for (; flags && *flags; flags++) {
		pos = strchr(chunk_names[i].flags,
			     toupper((unsigned char)*flags));
		if (!pos)
			return erec_param(p->err, p->loc,
				"Invalid flags for chunk type %zu", i);
		if (flag_add(p, s, i, 7 - (pos - chunk_names[i].flags),
			     isupper((unsigned char)*flags)) < 0)
			return -1;
	}
	return 0;
}

static int chunks_parse(struct ext_parse *p, struct xt_sctp_info *s,
			const char *type, const char *list)
{
	char *copy, *tok, *save = NULL;
	int ret = 0;

	if (!strcasecmp(type, "ANY"))
		s->chunk_match_type = SCTP_CHUNK_MATCH_ANY;
	else if (!strcasecmp(type, "ALL"))
		s->chunk_match_type = SCTP_CHUNK_MATCH_ALL;
	else if (!strcasecmp(type, "ONLY"))
		s->chunk_match_type = SCTP_CHUNK_MATCH_ONLY;
	else
		return erec_param(p->err, p->loc,
			"Match type has to be one of \"ALL\", \"ANY\" or \"ONLY\"");
	memset(s->chunkmap, 0, sizeof(s->chunkmap));
	if (!strcasecmp(list, "ALL")) {
		memset(s->chunkmap, 0xFF, sizeof(s->chunkmap));
		return 0;
	}
	if (!strcasecmp(list, "NONE"))
		return 0;
	copy = xstrdup(list);
	for (tok = strtok_r(copy, ",", &save); tok && !ret;
	     tok = strtok_r(NULL, ",", &save))
		ret = chunk_one(p, s, tok);
	free(copy);
	return ret;
}

static int sctp_parse(struct ext_parse *p)
{
	struct xt_sctp_info *s = ext_data(p->self);
	unsigned int id = p->opt->id;
	uint32_t bit;

	switch (id) {
	case O_SPORT:
	case O_DPORT:
		bit = id == O_SPORT ? XT_SCTP_SRC_PORTS : XT_SCTP_DEST_PORTS;
		if (ext_given(p->self, id))
			return erec_param(p->err, p->loc,
					  "Only one `--%s' allowed",
					  id == O_SPORT ? "source-port" :
					  "destination-port");
		s->flags |= bit;
		if (port_range_parse(p->arg, "sctp", id == O_SPORT ? s->spts :
				     s->dpts, p->err, p->loc) < 0)
			return -1;
		break;
	case O_CHUNKS:
		bit = XT_SCTP_CHUNK_TYPES;
		if (ext_given(p->self, id))
			return erec_param(p->err, p->loc,
					  "Only one `--chunk-types' allowed");
		if (!p->nwords)
			return erec_param(p->err, p->loc,
					  "--chunk-types requires two args");
		s->flags |= bit;
		if (chunks_parse(p, s, p->arg, p->words[0]) < 0)
			return -1;
		p->used_words = 1;
		break;
	default:
		return 0;
	}
	if (p->invert)
		s->invflags |= bit;
	return 0;
}

static bool chunkmap_all(const struct xt_sctp_info *s, uint32_t v)
{
	unsigned int i;

	for (i = 0; i < CHUNKMAP_WORDS; i++)
		if (s->chunkmap[i] != v)
			return false;
	return true;
}

static void chunk_flags_out(struct strbuf *out, unsigned int type,
			    const struct xt_sctp_info *s)
{
	const struct xt_sctp_flag_info *f;
	int i, b;

	for (i = 0; i < s->flag_count && i < XT_NUM_SCTP_FLAGS; i++) {
		f = &s->flag_info[i];
		if (f->chunktype != type || !f->flag_mask ||
		    type >= ARRAY_SIZE(chunk_names))
			continue;
		strbuf_addc(out, ':');
		for (b = 7; b >= 0; b--) {
			char c = chunk_names[type].flags[7 - b];

			if (!(f->flag_mask & (1 << b)))
				continue;
			strbuf_addc(out, f->flag & (1 << b) ? c :
				    tolower((unsigned char)c));
		}
	}
}

static void chunks_out(struct strbuf *out, const struct xt_sctp_info *s,
		       bool numeric)
{
	static const char *const types[] = {
		[SCTP_CHUNK_MATCH_ANY] = " any",
		[SCTP_CHUNK_MATCH_ALL] = " all",
		[SCTP_CHUNK_MATCH_ONLY] = " only",
	};
	bool first = true;
	unsigned int i;
	size_t j;

	if (s->chunk_match_type < ARRAY_SIZE(types) &&
	    types[s->chunk_match_type])
		strbuf_adds(out, types[s->chunk_match_type]);
	else
		strbuf_adds(out, "Never reach here\n");
	if (chunkmap_all(s, 0)) {
		strbuf_adds(out, " NONE");
		return;
	}
	if (chunkmap_all(s, UINT32_MAX)) {
		strbuf_adds(out, " ALL");
		return;
	}
	for (i = 0; i < 256; i++) {
		if (!SCTP_CHUNKMAP_IS_SET(s->chunkmap, i))
			continue;
		strbuf_addc(out, first ? ' ' : ',');
		first = false;
		if (numeric) {
			strbuf_addf(out, "0x%04X", i);
		} else {
			for (j = 0; j < ARRAY_SIZE(chunk_names); j++)
				if (chunk_names[j].type == i)
					strbuf_adds(out, chunk_names[j].name);
		}
		chunk_flags_out(out, i, s);
	}
}

static void sctp_save(const struct ext_print *p)
{
	const struct xt_sctp_info *s = ext_data(p->self);

	if (s->flags & XT_SCTP_SRC_PORTS)
		xt_ports_save(p->out, "sport", s->spts,
			   s->invflags & XT_SCTP_SRC_PORTS);
	if (s->flags & XT_SCTP_DEST_PORTS)
		xt_ports_save(p->out, "dport", s->dpts,
			   s->invflags & XT_SCTP_DEST_PORTS);
	if (s->flags & XT_SCTP_CHUNK_TYPES) {
		ext_save_opt(p->out, s->invflags & XT_SCTP_CHUNK_TYPES,
			     "chunk-types");
		chunks_out(p->out, s, false);
	}
}

static void sctp_print(const struct ext_print *p)
{
	const struct xt_sctp_info *s = ext_data(p->self);

	strbuf_adds(p->out, " sctp");
	if (s->flags & XT_SCTP_SRC_PORTS)
		port_range_list(p->out, "spt", "spts", s->spts,
				s->invflags & XT_SCTP_SRC_PORTS, p->numeric,
				"sctp");
	if (s->flags & XT_SCTP_DEST_PORTS)
		port_range_list(p->out, "dpt", "dpts", s->dpts,
				s->invflags & XT_SCTP_DEST_PORTS, p->numeric,
				"sctp");
	if (s->flags & XT_SCTP_CHUNK_TYPES) {
		if (s->invflags & XT_SCTP_CHUNK_TYPES)
			strbuf_adds(p->out, " !");
		chunks_out(p->out, s, p->numeric);
	}
}

static void sctp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"sctp match options\n"
		"[!] --source-port port[:port]                          match source port(s)\n"
		" --sport ...\n"
		"[!] --destination-port port[:port]                     match destination port(s)\n"
		" --dport ...\n"
		"[!] --chunk-types (all|any|none) (chunktype[:flags])+\tmatch if all, any or none of\n"
		"\t\t\t\t\t\t        chunktypes are present\n"
		"chunktypes - DATA INIT INIT_ACK SACK HEARTBEAT HEARTBEAT_ACK ABORT SHUTDOWN SHUTDOWN_ACK ERROR COOKIE_ECHO COOKIE_ACK ECN_ECNE ECN_CWR SHUTDOWN_COMPLETE ASCONF ASCONF_ACK FORWARD_TSN ALL NONE\n");
}

/* ---- iptables-translate ---- */

static int sctp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_sctp_info *s = ext_data(self);
	struct strbuf sb = STRBUF_INIT;

	if (s->flags & ~(XT_SCTP_SRC_PORTS | XT_SCTP_DEST_PORTS))
		return xl_unsupported(xl,
			"sctp: chunk types are not translated");
	if (s->flags & XT_SCTP_SRC_PORTS) {
		xl_ports(&sb, s->spts[0], s->spts[1]);
		xl_add(xl, "sctp sport %s%s",
		       s->invflags & XT_SCTP_SRC_PORTS ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	if (s->flags & XT_SCTP_DEST_PORTS) {
		strbuf_reset(&sb);
		xl_ports(&sb, s->dpts[0], s->dpts[1]);
		xl_add(xl, "sctp dport %s%s",
		       s->invflags & XT_SCTP_DEST_PORTS ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_sctp = {
	.name = "sctp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_sctp_info),
	.xt_size = sizeof(struct xt_sctp_info),
	.opts = sctp_opts,
	.init = sctp_init,
	.parse = sctp_parse,
	.save = sctp_save,
	.print = sctp_print,
	.help = sctp_help,
	.xlate = sctp_xlate,
};
