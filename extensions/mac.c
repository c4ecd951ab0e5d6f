// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mac: the Ethernet source address.  The payload is the kernel's struct
 * xt_mac_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/if_ether.h>
#include <linux/netfilter/xt_mac.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_SOURCE,
};

static const struct ext_opt mac_opts[] = {
	{ .name = "mac-source", .id = O_SOURCE, .type = EXT_T_ETHERMAC,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_mac_info, srcaddr) },
	EXT_OPT_END
};

static int mac_parse(struct ext_parse *p)
{
	struct xt_mac_info *m = ext_data(p->self);

	m->invert = p->invert;
	return 0;
}

static void mac_out(struct strbuf *out, const unsigned char *a)
{
	strbuf_addf(out, " %02x:%02x:%02x:%02x:%02x:%02x", a[0], a[1], a[2],
		    a[3], a[4], a[5]);
}

static void mac_save(const struct ext_print *p)
{
	const struct xt_mac_info *m = ext_data(p->self);

	ext_save_opt(p->out, m->invert, "mac-source");
	mac_out(p->out, m->srcaddr);
}

static void mac_print(const struct ext_print *p)
{
	const struct xt_mac_info *m = ext_data(p->self);

	strbuf_adds(p->out, m->invert ? " MAC !" : " MAC");
	mac_out(p->out, m->srcaddr);
}

static void mac_help(struct strbuf *out)
{
	strbuf_adds(out,
		"mac match options:\n"
		"[!] --mac-source XX:XX:XX:XX:XX:XX\n"
		"\t\t\t\tMatch source MAC address\n");
}

/* ---- iptables-translate ---- */

static int mac_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_mac_info *m = ext_data(self);
	const unsigned char *a = m->srcaddr;

	/* nft adds "meta iiftype ether", the match's device test */
	xl_add(xl, "ether saddr %s%02x:%02x:%02x:%02x:%02x:%02x",
	       m->invert ? "!= " : "", a[0], a[1], a[2], a[3], a[4], a[5]);
	return 0;
}

const struct ext ext_mac = {
	.name = "mac",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_mac_info),
	.xt_size = sizeof(struct xt_mac_info),
	.opts = mac_opts,
	.parse = mac_parse,
	.save = mac_save,
	.print = mac_print,
	.help = mac_help,
	.xlate = mac_xlate,
};
