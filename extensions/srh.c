// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * srh: the IPv6 segment routing header (next header, lengths, segments
 * left, last entry, tag, previous/next/last SID).  The payload is the
 * kernel's struct ip6t_srh1 (revision 1), written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_srh.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_NEXTHDR, O_LEN_EQ, O_LEN_GT, O_LEN_LT, O_SEGS_EQ, O_SEGS_GT,
	O_SEGS_LT, O_LAST_EQ, O_LAST_GT, O_LAST_LT, O_TAG, O_PSID, O_NSID,
	O_LSID,
};

#define SRH_U8(n, i, f) \
	{ .name = n, .id = i, .type = EXT_T_U8, \
	  .flags = EXT_O_INVERT | EXT_O_PUT, \
	  .off = offsetof(struct ip6t_srh1, f) }

static const struct ext_opt srh_opts[] = {
	SRH_U8("srh-next-hdr", O_NEXTHDR, next_hdr),
	SRH_U8("srh-hdr-len-eq", O_LEN_EQ, hdr_len),
	SRH_U8("srh-hdr-len-gt", O_LEN_GT, hdr_len),
	SRH_U8("srh-hdr-len-lt", O_LEN_LT, hdr_len),
	SRH_U8("srh-segs-left-eq", O_SEGS_EQ, segs_left),
	SRH_U8("srh-segs-left-gt", O_SEGS_GT, segs_left),
	SRH_U8("srh-segs-left-lt", O_SEGS_LT, segs_left),
	SRH_U8("srh-last-entry-eq", O_LAST_EQ, last_entry),
	SRH_U8("srh-last-entry-gt", O_LAST_GT, last_entry),
	SRH_U8("srh-last-entry-lt", O_LAST_LT, last_entry),
	{ .name = "srh-tag", .id = O_TAG, .type = EXT_T_U16,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct ip6t_srh1, tag) },
	{ .name = "srh-psid", .id = O_PSID, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_INVERT },
	{ .name = "srh-nsid", .id = O_NSID, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_INVERT },
	{ .name = "srh-lsid", .id = O_LSID, .type = EXT_T_HOSTMASK,
	  .flags = EXT_O_INVERT },
	EXT_OPT_END
};

/* option ids are the bit numbers of the flags; names without "srh-" */
static int srh_parse(struct ext_parse *p)
{
	struct ip6t_srh1 *s = ext_data(p->self);
	unsigned int id = p->opt->id;
	const uint8_t *val = p->val;

	s->mt_flags |= 1 << id;
	if (p->invert)
		s->mt_invflags |= 1 << id;
	switch (id) {
	case O_PSID:
		memcpy(&s->psid_addr, val, 16);
		memcpy(&s->psid_msk, val + 16, 16);
		break;
	case O_NSID:
		memcpy(&s->nsid_addr, val, 16);
		memcpy(&s->nsid_msk, val + 16, 16);
		break;
	case O_LSID:
		memcpy(&s->lsid_addr, val, 16);
		memcpy(&s->lsid_msk, val + 16, 16);
		break;
	}
	return 0;
}

static unsigned int field(const struct ip6t_srh1 *s, unsigned int id)
{
	if (id == O_NEXTHDR)
		return s->next_hdr;
	if (id <= O_LEN_LT)
		return s->hdr_len;
	if (id <= O_SEGS_LT)
		return s->segs_left;
	if (id <= O_LAST_LT)
		return s->last_entry;
	return s->tag;
}

static int mask_len(const struct in6_addr *m)
{
	unsigned int i, n = 0;

	for (i = 0; i < 128; i++) {
		if (!(m->s6_addr[i / 8] & (0x80 >> (i % 8))))
			break;
		n++;
	}
	for (; i < 128; i++)
		if (m->s6_addr[i / 8] & (0x80 >> (i % 8)))
			return -1;
	return n;
}

/* "ADDR/LEN" */
static void sid_out(struct strbuf *out, const struct in6_addr *a,
		    const struct in6_addr *m)
{
	char buf[INET6_ADDRSTRLEN];

	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	strbuf_addf(out, "%s/%u", buf, (unsigned int)mask_len(m));
}

static void srh_out(const struct ext_print *p, bool save)
{
	const struct ip6t_srh1 *s = ext_data(p->self);
	const struct ext_opt *o;
	const struct in6_addr *a, *m;
	bool inv;

	if (!save)
		strbuf_adds(p->out, " srh");
	for (o = srh_opts; o->name; o++) {
		if (!(s->mt_flags & (1 << o->id)))
			continue;
		inv = s->mt_invflags & (1 << o->id);
		if (o->id < O_PSID) {
			if (save)
				strbuf_addf(p->out, "%s --%s %u",
					    inv ? " !" : "", o->name,
					    field(s, o->id));
			else
				strbuf_addf(p->out, " %s:%s%u", o->name + 4,
					    inv ? "!" : "", field(s, o->id));
			continue;
		}
		a = o->id == O_PSID ? &s->psid_addr :
		    o->id == O_NSID ? &s->nsid_addr : &s->lsid_addr;
		m = o->id == O_PSID ? &s->psid_msk :
		    o->id == O_NSID ? &s->nsid_msk : &s->lsid_msk;
		if (save)
			strbuf_addf(p->out, "%s --%s ", inv ? " !" : "",
				    o->name);
		else
			strbuf_addf(p->out, " %s %s ", o->name + 4,
				    inv ? "!" : "");
		sid_out(p->out, a, m);
	}
}

static void srh_save(const struct ext_print *p)
{
	srh_out(p, true);
}

static void srh_print(const struct ext_print *p)
{
	srh_out(p, false);
}

static void srh_help(struct strbuf *out)
{
	strbuf_adds(out,
		"srh match options:\n"
		"[!] --srh-next-hdr\t\tnext-hdr        Next Header value of SRH\n"
		"[!] --srh-hdr-len-eq\t\thdr_len         Hdr Ext Len value of SRH\n"
		"[!] --srh-hdr-len-gt\t\thdr_len         Hdr Ext Len value of SRH\n"
		"[!] --srh-hdr-len-lt\t\thdr_len         Hdr Ext Len value of SRH\n"
		"[!] --srh-segs-left-eq\t\tsegs_left       Segments Left value of SRH\n"
		"[!] --srh-segs-left-gt\t\tsegs_left       Segments Left value of SRH\n"
		"[!] --srh-segs-left-lt\t\tsegs_left       Segments Left value of SRH\n"
		"[!] --srh-last-entry-eq \tlast_entry      Last Entry value of SRH\n"
		"[!] --srh-last-entry-gt \tlast_entry      Last Entry value of SRH\n"
		"[!] --srh-last-entry-lt \tlast_entry      Last Entry value of SRH\n"
		"[!] --srh-tag\t\t\ttag             Tag value of SRH\n"
		"[!] --srh-psid\t\t\taddr[/mask]\tSRH previous SID\n"
		"[!] --srh-nsid\t\t\taddr[/mask]\tSRH next SID\n"
		"[!] --srh-lsid\t\t\taddr[/mask]\tSRH Last SID\n");
}

const struct ext ext_srh = {
	.name = "srh",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.revision = 1,
	.size = sizeof(struct ip6t_srh1),
	.xt_size = sizeof(struct ip6t_srh1),
	.opts = srh_opts,
	.parse = srh_parse,
	.save = srh_save,
	.print = srh_print,
	.help = srh_help,
};
