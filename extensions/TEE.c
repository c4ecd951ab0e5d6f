// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TEE: sends a copy of the packet to a gateway.  The payload is the
 * kernel's struct xt_tee_tginfo, written as the compat target revision 1
 * (as iptables-nft 1.8.9 does); the kernel's private pointer after the
 * user part reads back as zero.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/xt_TEE.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

enum {
	O_GATEWAY, O_OIF,
};

static const struct ext_opt TEE_opts[] = {
	{ .name = "gateway", .id = O_GATEWAY, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "oif", .id = O_OIF, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT, .off = offsetof(struct xt_tee_tginfo, oif),
	  .size = sizeof(((struct xt_tee_tginfo *)0)->oif) },
	EXT_OPT_END
};

static int TEE_parse(struct ext_parse *p)
{
	struct xt_tee_tginfo *t = ext_data(p->self);
	union ir_addr a;

	if (p->opt->id != O_GATEWAY)
		return 0;
	if (xt_parse_host(p->family, p->arg, &a, p->err, p->loc) < 0)
		return -1;
	memcpy(&t->gw, &a, sizeof(t->gw));
	return 0;
}

static void TEE_save(const struct ext_print *p)
{
	const struct xt_tee_tginfo *t = ext_data(p->self);
	char buf[INET6_ADDRSTRLEN];
	union ir_addr a;

	memcpy(&a, &t->gw, sizeof(a));
	strbuf_addf(p->out, " --gateway %s",
		    addr_str(p->family, &a, buf, sizeof(buf)));
	if (t->oif[0])
		strbuf_addf(p->out, " --oif %.*s", (int)sizeof(t->oif),
			    t->oif);
}

static void TEE_print(const struct ext_print *p)
{
	const struct xt_tee_tginfo *t = ext_data(p->self);
	union ir_addr a;

	memcpy(&a, &t->gw, sizeof(a));
	strbuf_adds(p->out, " TEE gw:");
	addr_name(p->family, &a, p->numeric, p->out);
	if (t->oif[0])
		strbuf_addf(p->out, " oif=%.*s", (int)sizeof(t->oif), t->oif);
}

static int TEE_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	if (len < offsetof(struct xt_tee_tginfo, priv))
		return -1;
	memcpy(ext_data(self), xt, offsetof(struct xt_tee_tginfo, priv));
	return 0;
}

static void TEE_help(struct strbuf *out)
{
	strbuf_adds(out,
		"TEE target options:\n"
		"  --gateway IPADDR    Route packet via the gateway given by address\n"
		"  --oif NAME          Include oif in route calculation\n"
		"\n");
}

const struct ext ext_TEE = {
	.name = "TEE",
	.kind = EXT_TARGET,
	.revision = 1,
	.size = sizeof(struct xt_tee_tginfo),
	.xt_size = sizeof(struct xt_tee_tginfo),
	.opts = TEE_opts,
	.parse = TEE_parse,
	.save = TEE_save,
	.print = TEE_print,
	.from_xt = TEE_from_xt,
	.help = TEE_help,
};
