// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The batch buffer: nfnetlink messages written back to back into one
 * growable buffer, sent later in a single sendmsg.  Nests and the open
 * message are tracked by offset, so the buffer may move while it grows.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <endian.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/nft.h>

/*
 * A big batch (bigbuf: from 4 MB on) moves into a huge-page mapping of its
 * own: a big restore writes tens of MB once from start to end.
 */
void nlb_grow(struct nlb *b, size_t need)
{
	size_t cap = b->cap ? b->cap * 2 : 16384;

	while (cap < need)
		cap *= 2;
	if (cap > BIGBUF_SPAN)		/* seq and lengths are 32-bit */
		oom();
	b->buf = bigbuf_grow(b->buf, b->len, cap, &b->map);
	b->cap = cap;
}

void nlb_init(struct nlb *b, uint32_t seq)
{
	memset(b, 0, sizeof(*b));
	b->seq_first = seq;
	b->seq = seq;
}

void nlb_release(struct nlb *b)
{
	bigbuf_free(b->buf, b->map);
	free(b->locs);
	memset(b, 0, sizeof(*b));
}

static void nlb_note_location(struct nlb *b, const struct location *loc)
{
	size_t idx = b->seq - b->seq_first;

	if (idx >= b->caplocs) {
		b->caplocs = b->caplocs ? b->caplocs * 2 : 256;
		while (b->caplocs <= idx)
			b->caplocs *= 2;
		b->locs = xrealloc(b->locs, b->caplocs * sizeof(*b->locs));
	}
	if (loc)
		b->locs[idx] = *loc;
	else
		memset(&b->locs[idx], 0, sizeof(b->locs[idx]));
	if (idx >= b->nlocs)
		b->nlocs = idx + 1;
}

const struct location *nlb_seq_location(const struct nlb *b, uint32_t seq)
{
	size_t idx = seq - b->seq_first;

	return idx < b->nlocs ? &b->locs[idx] : NULL;
}

const struct nlmsghdr *nlb_find_msg(const struct nlb *b, uint32_t seq)
{
	size_t off = 0;

	while (off + sizeof(struct nlmsghdr) <= b->len) {
		const struct nlmsghdr *nlh = (const void *)(b->buf + off);

		if (nlh->nlmsg_len < sizeof(*nlh))
			break;
		if (nlh->nlmsg_seq == seq)
			return nlh;
		off += MNL_ALIGN(nlh->nlmsg_len);
	}
	return NULL;
}

static struct nlmsghdr *nlb_open_msg(struct nlb *b)
{
	return (struct nlmsghdr *)(b->buf + b->msg);
}

void nlb_msg_begin(struct nlb *b, uint16_t type, uint8_t family,
		   uint16_t flags, const struct location *loc)
{
	struct nlmsghdr *nlh;
	struct nfgenmsg *nfg;
	size_t hdr = MNL_ALIGN(sizeof(*nlh)) + MNL_ALIGN(sizeof(*nfg));

	nlb_reserve(b, hdr);
	b->msg = b->len;
	nlh = nlb_open_msg(b);
	memset(nlh, 0, hdr);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = NLM_F_REQUEST | flags;
	nlh->nlmsg_seq = b->seq;
	nfg = (struct nfgenmsg *)((char *)nlh + MNL_ALIGN(sizeof(*nlh)));
	nfg->nfgen_family = family;
	nfg->version = NFNETLINK_V0;
	nfg->res_id = 0;
	b->len += hdr;
	nlb_note_location(b, loc);
}

void nlb_msg_end(struct nlb *b)
{
	nlb_open_msg(b)->nlmsg_len = b->len - b->msg;
	b->seq++;
	b->nmsgs++;
}

void nlb_batch_begin(struct nlb *b, uint32_t genid, bool use_genid)
{
	struct nfgenmsg *nfg;

	nlb_msg_begin(b, NFNL_MSG_BATCH_BEGIN, AF_UNSPEC, 0, NULL);
	nfg = (struct nfgenmsg *)(b->buf + b->msg +
				  MNL_ALIGN(sizeof(struct nlmsghdr)));
	nfg->res_id = htons(NFNL_SUBSYS_NFTABLES);
	if (use_genid)
		nlb_put_be32(b, NFNL_BATCH_GENID, genid);
	nlb_msg_end(b);
	b->nmsgs = 0;
}

void nlb_batch_end(struct nlb *b)
{
	struct nfgenmsg *nfg;

	nlb_msg_begin(b, NFNL_MSG_BATCH_END, AF_UNSPEC, 0, NULL);
	nfg = (struct nfgenmsg *)(b->buf + b->msg +
				  MNL_ALIGN(sizeof(struct nlmsghdr)));
	nfg->res_id = htons(NFNL_SUBSYS_NFTABLES);
	nlb_msg_end(b);
	b->nmsgs--;
}

