// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * udp: source and destination ports.  The payload is the kernel's struct
 * xt_udp; ports are written as native payload matches, a match without
 * options as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_tcpudp.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/values.h>
#include <iptnft/xlate.h>

enum {
	O_SPORT, O_DPORT,
};

/* read as 1.8.9's generic option layer reads ports (XTTYPE_PORTRC) */
static const struct ext_opt udp_opts[] = {
	{ .name = "source-port", .id = O_SPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_udp, spts) },
	{ .name = "sport", .id = O_SPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_udp, spts) },
	{ .name = "destination-port", .id = O_DPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_udp, dpts) },
	{ .name = "dport", .id = O_DPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_udp, dpts) },
	EXT_OPT_END
};

static void udp_init(struct ir_ext *self)
{
	struct xt_udp *u = ext_data(self);

	u->spts[1] = u->dpts[1] = 0xFFFF;
}

static int udp_parse(struct ext_parse *p)
{
	struct xt_udp *u = ext_data(p->self);

	if (p->invert)
		u->invflags |= p->opt->id == O_SPORT ? XT_UDP_INV_SRCPT :
						       XT_UDP_INV_DSTPT;
	return 0;
}

static int udp_check(struct ext_check *c)
{
	if (c->rule->proto != IPPROTO_UDP)
		return erec_param(c->err, c->loc, "UDP match requires '-p udp'");
	return 0;
}

static void udp_save(const struct ext_print *p)
{
	const struct xt_udp *u = ext_data(p->self);

	port_range_save(p->out, "sport", u->spts,
			u->invflags & XT_UDP_INV_SRCPT);
	port_range_save(p->out, "dport", u->dpts,
			u->invflags & XT_UDP_INV_DSTPT);
}

static void udp_print(const struct ext_print *p)
{
	const struct xt_udp *u = ext_data(p->self);

	strbuf_adds(p->out, " udp");
	port_range_list(p->out, "spt", "spts", u->spts,
			u->invflags & XT_UDP_INV_SRCPT, p->numeric, "udp");
	port_range_list(p->out, "dpt", "dpts", u->dpts,
			u->invflags & XT_UDP_INV_DSTPT, p->numeric, "udp");
	if (u->invflags & ~XT_UDP_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    u->invflags & ~XT_UDP_INV_MASK);
}

static bool port_set(const uint16_t r[2], bool inv)
{
	return r[0] != 0 || r[1] != 0xFFFF || inv;
}

static int udp_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	const struct xt_udp *u = ext_data(self);
	bool si = u->invflags & XT_UDP_INV_SRCPT;
	bool di = u->invflags & XT_UDP_INV_DSTPT;

	if (!port_set(u->spts, si) && !port_set(u->dpts, di)) {
		lin_xt(c, false, "udp", 0, u, sizeof(*u));
		return 0;
	}
	lin_th_ports(c, u->spts, si, u->dpts, di);
	return 0;
}

extern const struct ext ext_udp;

static int udp_dlin(struct dlin_ctx *c)
{
	uint16_t sp[2], dp[2];
	unsigned int which;
	bool si, di;
	struct xt_udp *u;
	int n;

	if (c->rule->proto != IPPROTO_UDP)
		return 0;
	n = dlin_th_ports(c, sp, &si, dp, &di, &which);
	if (!n)
		return 0;
	u = ext_data(dlin_ext_get(c, &ext_udp));
	if (which & DLIN_SPORT) {
		memcpy(u->spts, sp, sizeof(sp));
		if (si)
			u->invflags |= XT_UDP_INV_SRCPT;
	}
	if (which & DLIN_DPORT) {
		memcpy(u->dpts, dp, sizeof(dp));
		if (di)
			u->invflags |= XT_UDP_INV_DSTPT;
	}
	return n;
}

static void udp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"udp match options:\n"
		"[!] --source-port port[:port]\n"
		" --sport ...\n"
		"\t\t\t\tmatch source port(s)\n"
		"[!] --destination-port port[:port]\n"
		" --dport ...\n"
		"\t\t\t\tmatch destination port(s)\n");
}

/* ---- iptables-translate ---- */

static int udp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_udp *u = ext_data(self);
	struct strbuf sb = STRBUF_INIT;

	if (u->spts[0] || u->spts[1] != 0xFFFF ||
	    (u->invflags & XT_UDP_INV_SRCPT)) {
		xl_ports(&sb, u->spts[0], u->spts[1]);
		xl_add(xl, "udp sport %s%s",
		       u->invflags & XT_UDP_INV_SRCPT ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	if (u->dpts[0] || u->dpts[1] != 0xFFFF ||
	    (u->invflags & XT_UDP_INV_DSTPT)) {
		strbuf_reset(&sb);
		xl_ports(&sb, u->dpts[0], u->dpts[1]);
		xl_add(xl, "udp dport %s%s",
		       u->invflags & XT_UDP_INV_DSTPT ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_udp = {
	.name = "udp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_udp),
	.xt_size = sizeof(struct xt_udp),
	.opts = udp_opts,
	.init = udp_init,
	.parse = udp_parse,
	.check = udp_check,
	.save = udp_save,
	.print = udp_print,
	.lin = udp_lin,
	.dlin = udp_dlin,
	.help = udp_help,
	.xlate = udp_xlate,
};
