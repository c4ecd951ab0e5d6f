// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * cluster: this node's share of a cluster by a hash of the connection.
 * The payload is the kernel's struct xt_cluster_match_info, written as the
 * compat match; a local node number is stored as its mask bit.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_cluster.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_TOTAL, O_NODE, O_NODEMASK, O_SEED,
};

static const struct ext_opt cluster_opts[] = {
	{ .name = "cluster-total-nodes", .id = O_TOTAL, .type = EXT_T_U32,
	  .flags = EXT_O_MAND | EXT_O_PUT, .min = 1,
	  .max = XT_CLUSTER_NODES_MAX,
	  .off = offsetof(struct xt_cluster_match_info, total_nodes) },
	{ .name = "cluster-local-node", .id = O_NODE, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT, .min = 1, .max = XT_CLUSTER_NODES_MAX,
	  .excl = 1 << O_NODEMASK },
	{ .name = "cluster-local-nodemask", .id = O_NODEMASK,
	  .type = EXT_T_U32, .flags = EXT_O_INVERT | EXT_O_PUT, .min = 1,
	  .max = XT_CLUSTER_NODES_MAX, .excl = 1 << O_NODE,
	  .off = offsetof(struct xt_cluster_match_info, node_mask) },
	{ .name = "cluster-hash-seed", .id = O_SEED, .type = EXT_T_U32,
	  .flags = EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_cluster_match_info, hash_seed) },
	EXT_OPT_END
};

static int cluster_parse(struct ext_parse *p)
{
	struct xt_cluster_match_info *c = ext_data(p->self);
	uint32_t node;

	if (p->opt->id == O_NODE) {
		memcpy(&node, p->val, sizeof(node));
		c->node_mask = 1U << (node - 1);
	}
	if (p->invert)
		c->flags |= XT_CLUSTER_F_INV;
	return 0;
}

static bool given_all(const struct ir_ext *e, uint64_t ids)
{
	return (e->given & ids) == ids;
}

static int cluster_check(struct ext_check *c)
{
	const struct xt_cluster_match_info *info = ext_data(c->self);
	bool too_big = info->node_mask >= (1ULL << info->total_nodes);

	if (given_all(c->self, (1 << O_TOTAL) | (1 << O_NODE) | (1 << O_SEED))) {
		if (too_big)
			return erec_param(c->err, c->loc,
				"cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'");
		return 0;
	}
	if (given_all(c->self,
		      (1 << O_TOTAL) | (1 << O_NODEMASK) | (1 << O_SEED))) {
		if (too_big)
			return erec_param(c->err, c->loc,
				"cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'");
		return 0;
	}
	if (!(c->self->given & ((1 << O_NODE) | (1 << O_NODEMASK))))
		return erec_param(c->err, c->loc,
			"cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing");
	return 0;
}

static void cluster_out(const struct ext_print *p, bool save)
{
	const struct xt_cluster_match_info *c = ext_data(p->self);
	bool inv = c->flags & XT_CLUSTER_F_INV;

	if (save)
		strbuf_addf(p->out,
			    "%s --cluster-local-nodemask 0x%08x --cluster-total-nodes %u --cluster-hash-seed 0x%08x",
			    inv ? " !" : "", c->node_mask, c->total_nodes,
			    c->hash_seed);
	else
		strbuf_addf(p->out,
			    " cluster %snode_mask=0x%08x total_nodes=%u hash_seed=0x%08x",
			    inv ? "!" : "", c->node_mask, c->total_nodes,
			    c->hash_seed);
}

static void cluster_save(const struct ext_print *p)
{
	cluster_out(p, true);
}

static void cluster_print(const struct ext_print *p)
{
	cluster_out(p, false);
}

static void cluster_help(struct strbuf *out)
{
	strbuf_adds(out,
		"cluster match options:\n"
		"  --cluster-total-nodes <num>\t\tSet number of total nodes in cluster\n"
		"  [!] --cluster-local-node <num>\tSet the local node number\n"
		"  [!] --cluster-local-nodemask <num>\tSet the local node mask\n"
		"  --cluster-hash-seed <num>\t\tSet seed value of the Jenkins hash\n");
}

const struct ext ext_cluster = {
	.name = "cluster",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_cluster_match_info),
	.xt_size = sizeof(struct xt_cluster_match_info),
	.opts = cluster_opts,
	.parse = cluster_parse,
	.check = cluster_check,
	.save = cluster_save,
	.print = cluster_print,
	.help = cluster_help,
};
