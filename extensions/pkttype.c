// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * pkttype: the link-layer packet type (unicast, broadcast, ...).  The
 * payload is the kernel's struct xt_pkttype_info, written as the compat
 * match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/if_packet.h>
#include <linux/netfilter/xt_pkttype.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_TYPE,
};

static const struct ext_opt pkttype_opts[] = {
	{ .name = "pkt-type", .id = O_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

/* the names shown first, then aliases */
static const struct {
	const char *name;
	int type;
} pkt_types[] = {
	{ "unicast", PACKET_HOST },
	{ "broadcast", PACKET_BROADCAST },
	{ "multicast", PACKET_MULTICAST },
	{ "otherhost", PACKET_OTHERHOST },
	{ "host", PACKET_HOST },
	{ "bcast", PACKET_BROADCAST },
	{ "mcast", PACKET_MULTICAST },
};

static int pkttype_parse(struct ext_parse *p)
{
	struct xt_pkttype_info *t = ext_data(p->self);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(pkt_types); i++)
		if (!strcasecmp(pkt_types[i].name, p->arg))
			break;
	if (i == ARRAY_SIZE(pkt_types))
		return erec_param(p->err, p->loc, "Bad packet type '%s'",
				  p->arg);
	t->pkttype = pkt_types[i].type;
	t->invert = p->invert;
	return 0;
}

static void type_out(struct strbuf *out, int type)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(pkt_types); i++) {
		if (pkt_types[i].type == type) {
			strbuf_adds(out, pkt_types[i].name);
			return;
		}
	}
	strbuf_addf(out, "%d", type);
}

static void pkttype_save(const struct ext_print *p)
{
	const struct xt_pkttype_info *t = ext_data(p->self);

	ext_save_opt(p->out, t->invert, "pkt-type");
	strbuf_addc(p->out, ' ');
	type_out(p->out, t->pkttype);
}

static void pkttype_print(const struct ext_print *p)
{
	const struct xt_pkttype_info *t = ext_data(p->self);

	strbuf_addf(p->out, " PKTTYPE %s= ", t->invert ? "!" : "");
	type_out(p->out, t->pkttype);
}

static void pkttype_help(struct strbuf *out)
{
	strbuf_adds(out,
		"pkttype match options:\n"
		"[!] --pkt-type packettype    match packet type\n"
		"Valid packet types:\n"
		"\tunicast       \t\tto us\n"
		"\tbroadcast     \t\tto all\n"
		"\tmulticast     \t\tto group\n"
		"\totherhost     \t\tto someone else\n"
		"\n");
}

/* ---- iptables-translate ---- */

static int pkttype_xlate(struct xlate *xl, const struct ir_ext *self)
{
	static const char *const names[] = {
		"unicast", "broadcast", "multicast", "other",
	};
	const struct xt_pkttype_info *p = ext_data(self);

	if (p->pkttype < 0 || p->pkttype >= (int)ARRAY_SIZE(names))
		xl_add(xl, "pkttype %s%d", p->invert ? "!= " : "",
		       p->pkttype);
	else
		xl_add(xl, "pkttype %s%s", p->invert ? "!= " : "",
		       names[p->pkttype]);
	return 0;
}

const struct ext ext_pkttype = {
	.name = "pkttype",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_pkttype_info),
	.xt_size = sizeof(struct xt_pkttype_info),
	.opts = pkttype_opts,
	.parse = pkttype_parse,
	.save = pkttype_save,
	.print = pkttype_print,
	.help = pkttype_help,
	.xlate = pkttype_xlate,
};
