// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CLUSTERIP: the old IPv4 load-sharing cluster target (compat revision 0,
 * payload the kernel's struct ipt_clusterip_tgt_info).  Kernels since
 * 6.3 have no ipt_CLUSTERIP, so this one mostly exists to fail as
 * iptables-nft does: the probe warns at -j CLUSTERIP, the options are
 * checked, and the kernel refuses the rule (ENOENT).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv4/ipt_CLUSTERIP.h>

#include <iptnft/ext.h>

enum {
	O_NEW, O_HASHMODE, O_CLUSTERMAC, O_TOTAL_NODES, O_LOCAL_NODE,
	O_HASH_INIT,
};

#define INFO struct ipt_clusterip_tgt_info
#define F(o) (1ULL << (o))

static const struct ext_opt CLUSTERIP_opts[] = {
	{ .name = "new", .id = O_NEW, .type = EXT_T_NONE },
	{ .name = "hashmode", .id = O_HASHMODE, .type = EXT_T_CUSTOM },
	{ .name = "clustermac", .id = O_CLUSTERMAC, .type = EXT_T_ETHERMAC,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, clustermac) },
	{ .name = "total-nodes", .id = O_TOTAL_NODES, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .max = CLUSTERIP_MAX_NODES,
	  .off = offsetof(INFO, num_total_nodes) },
	{ .name = "local-node", .id = O_LOCAL_NODE, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .max = CLUSTERIP_MAX_NODES,
	  .off = offsetof(INFO, local_nodes) },
	{ .name = "hash-init", .id = O_HASH_INIT, .type = EXT_T_U32,
	  .flags = EXT_O_PUT, .off = offsetof(INFO, hash_initval) },
	EXT_OPT_END
};

static const char *const hashmodes[] = {
	[CLUSTERIP_HASHMODE_SIP] = "sourceip",
	[CLUSTERIP_HASHMODE_SIP_SPT] = "sourceip-sourceport",
	[CLUSTERIP_HASHMODE_SIP_SPT_DPT] = "sourceip-sourceport-destport",
};

static int CLUSTERIP_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);
	unsigned int i;

	switch (p->opt->id) {
	case O_NEW:
		t->flags |= CLUSTERIP_FLAG_NEW;
		break;
	case O_HASHMODE:
		for (i = 0; i < ARRAY_SIZE(hashmodes); i++)
			if (!strcmp(p->arg, hashmodes[i]))
				break;
		if (i == ARRAY_SIZE(hashmodes))
			return erec_param(p->err, p->loc,
					  "Unknown hashmode \"%s\"", p->arg);
		t->hash_mode = i;
		break;
	case O_CLUSTERMAC:
		if (!(t->clustermac[0] & 0x01))
			return erec_param(p->err, p->loc,
				"MAC has to be a multicast ethernet address");
		break;
	case O_LOCAL_NODE:
		t->num_local_nodes = 1;
		break;
	}
	return 0;
}

/* nothing at all, or a new cluster with all that it needs */
static int CLUSTERIP_check(struct ext_check *c)
{
	const uint64_t need = F(O_NEW) | F(O_HASHMODE) | F(O_CLUSTERMAC) |
			      F(O_TOTAL_NODES) | F(O_LOCAL_NODE);
	uint64_t g = c->self->given;

	if (g && (g & need) != need)
		return erec_param(c->err, c->loc,
			"CLUSTERIP target: Invalid parameter combination");
	return 0;
}

static void CLUSTERIP_out(const struct ext_print *p, const char *dashes)
{
	const INFO *t = ext_data(p->self);
	const uint8_t *m = t->clustermac;

	if (!(t->flags & CLUSTERIP_FLAG_NEW))
		return;
	strbuf_addf(p->out, " %snew %shashmode %s", dashes, dashes,
		    t->hash_mode < ARRAY_SIZE(hashmodes) ?
		    hashmodes[t->hash_mode] : "unknown");
	strbuf_addf(p->out,
		    " %sclustermac %02X:%02X:%02X:%02X:%02X:%02X", dashes,
		    m[0], m[1], m[2], m[3], m[4], m[5]);
	strbuf_addf(p->out, " %stotal-nodes %u %slocal-node %u %shash-init %u",
		    dashes, t->num_total_nodes, dashes, t->local_nodes[0],
		    dashes, t->hash_initval);
}

static void CLUSTERIP_save(const struct ext_print *p)
{
	CLUSTERIP_out(p, "--");
}

static void CLUSTERIP_print(const struct ext_print *p)
{
	CLUSTERIP_out(p, "");
}

static void CLUSTERIP_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CLUSTERIP target options:\n"
		"  --new\t\t\t Create a new ClusterIP\n"
		"  --hashmode <mode>\t\t Specify hashing mode\n"
		"\t\t\t\t\tsourceip\n"
		"\t\t\t\t\tsourceip-sourceport\n"
		"\t\t\t\t\tsourceip-sourceport-destport\n"
		"  --clustermac <mac>\t\t Set clusterIP MAC address\n"
		"  --total-nodes <num>\t\t Set number of total nodes in cluster\n"
		"  --local-node <num>\t\t Set the local node number\n"
		"  --hash-init <num>\t\t Set init value of the Jenkins hash\n");
}

const struct ext ext_CLUSTERIP = {
	.name = "CLUSTERIP",
	.kind = EXT_TARGET,
	.family = NFPROTO_IPV4,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = CLUSTERIP_opts,
	.parse = CLUSTERIP_parse,
	.check = CLUSTERIP_check,
	.save = CLUSTERIP_save,
	.print = CLUSTERIP_print,
	.help = CLUSTERIP_help,
};
