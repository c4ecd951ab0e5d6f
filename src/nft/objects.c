// SPDX-License-Identifier: GPL-2.0-or-later
/* Batch messages for tables, chains and rule deletion. */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <errno.h>
#include <linux/netlink.h>
#include <linux/netfilter/nfnetlink.h>

#include <iptnft/nft.h>
#include <iptnft/tables.h>

#define NFT_TYPE(t) ((NFNL_SUBSYS_NFTABLES << 8) | (t))

void nlb_table_add(struct nlb *b, uint8_t family, const char *table,
		   const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_NEWTABLE), family, NLM_F_CREATE,
		      loc);
	nlb_put_str(b, NFTA_TABLE_NAME, table);
	nlb_msg_end(b);
}

void nlb_table_del(struct nlb *b, uint8_t family, const char *table,
		   const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_DELTABLE), family, 0, loc);
	nlb_put_str(b, NFTA_TABLE_NAME, table);
	nlb_msg_end(b);
}

static int builtin_chain(struct nlb *b, uint8_t family, const char *table,
			 const char *chain, int policy, const uint64_t *cnt,
			 const struct location *loc)
{
	const struct table_def *t = table_def_find(table);
	const struct builtin_chain *bc = t ? table_def_builtin(t, chain) :
					     NULL;
	size_t hook;

	if (!bc)
		return -ENOENT;
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_NEWCHAIN), family, NLM_F_CREATE,
		      loc);
	nlb_put_str(b, NFTA_CHAIN_TABLE, table);
	nlb_put_str(b, NFTA_CHAIN_NAME, chain);
	hook = nlb_nest_begin(b, NFTA_CHAIN_HOOK);
	nlb_put_be32(b, NFTA_HOOK_HOOKNUM, bc->hook);
	nlb_put_be32(b, NFTA_HOOK_PRIORITY, (uint32_t)bc->prio);
	nlb_nest_end(b, hook);
	nlb_put_str(b, NFTA_CHAIN_TYPE, bc->type);
	if (policy >= 0)
		nlb_put_be32(b, NFTA_CHAIN_POLICY, (uint32_t)policy);
	if (cnt) {
		size_t n = nlb_nest_begin(b, NFTA_CHAIN_COUNTERS);

		nlb_put_be64(b, NFTA_COUNTER_PACKETS, cnt[0]);
		nlb_put_be64(b, NFTA_COUNTER_BYTES, cnt[1]);
		nlb_nest_end(b, n);
	}
	nlb_msg_end(b);
	return 0;
}

int nlb_builtin_chain_add(struct nlb *b, uint8_t family, const char *table,
			  const char *chain, int policy,
			  const struct location *loc)
{
	return builtin_chain(b, family, table, chain, policy, NULL, loc);
}

int nlb_builtin_chain_set(struct nlb *b, uint8_t family, const char *table,
			  const char *chain, int policy, uint64_t pkts,
			  uint64_t bytes, const struct location *loc)
{
	const uint64_t cnt[2] = { pkts, bytes };

	return builtin_chain(b, family, table, chain, policy, cnt, loc);
}

void nlb_user_chain_add(struct nlb *b, uint8_t family, const char *table,
			const char *chain, bool excl,
			const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_NEWCHAIN), family,
		      NLM_F_CREATE | (excl ? NLM_F_EXCL : 0), loc);
	nlb_put_str(b, NFTA_CHAIN_TABLE, table);
	nlb_put_str(b, NFTA_CHAIN_NAME, chain);
	nlb_msg_end(b);
}

void nlb_chain_del(struct nlb *b, uint8_t family, const char *table,
		   const char *chain, const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_DELCHAIN), family, NLM_F_NONREC,
		      loc);
	nlb_put_str(b, NFTA_CHAIN_TABLE, table);
	nlb_put_str(b, NFTA_CHAIN_NAME, chain);
	nlb_msg_end(b);
}

void nlb_chain_rename(struct nlb *b, uint8_t family, const char *table,
		      uint64_t handle, const char *newname,
		      const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_NEWCHAIN), family, 0, loc);
	nlb_put_str(b, NFTA_CHAIN_TABLE, table);
	nlb_put_be64(b, NFTA_CHAIN_HANDLE, handle);
	nlb_put_str(b, NFTA_CHAIN_NAME, newname);
	nlb_msg_end(b);
}

void nlb_rule_del(struct nlb *b, uint8_t family, const char *table,
		  const char *chain, uint64_t handle,
		  const struct location *loc)
{
	nlb_msg_begin(b, NFT_TYPE(NFT_MSG_DELRULE), family, 0, loc);
	nlb_put_str(b, NFTA_RULE_TABLE, table);
	if (chain)
		nlb_put_str(b, NFTA_RULE_CHAIN, chain);
	if (handle)
		nlb_put_be64(b, NFTA_RULE_HANDLE, handle);
	nlb_msg_end(b);
}
