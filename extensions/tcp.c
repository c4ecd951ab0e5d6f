// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * tcp: ports, flags and options.  The payload is the kernel's struct
 * xt_tcp; ports and flags are written as native payload matches (as
 * iptables-nft does), a match with --tcp-option or no option at all as
 * the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_tcpudp.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/nft.h>
#include <iptnft/values.h>
#include <iptnft/xlate.h>

enum {
	O_SPORT, O_DPORT, O_FLAGS, O_SYN, O_OPTION,
};

static const struct ext_opt tcp_opts[] = {
	{ .name = "source-port", .id = O_SPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "sport", .id = O_SPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "destination-port", .id = O_DPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "dport", .id = O_DPORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "tcp-flags", .id = O_FLAGS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "syn", .id = O_SYN, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	{ .name = "tcp-option", .id = O_OPTION, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MULTI },
	EXT_OPT_END
};

static const struct {
	const char *name;
	uint8_t bits;
} tcp_flag_names[] = {
	{ "FIN", 0x01 }, { "SYN", 0x02 }, { "RST", 0x04 }, { "PSH", 0x08 },
	{ "ACK", 0x10 }, { "URG", 0x20 }, { "ECE", 0x40 }, { "CWR", 0x80 },
	{ "ALL", 0x3F }, { "NONE", 0 },
};

static void tcp_init(struct ir_ext *self)
{
	struct xt_tcp *t = ext_data(self);

	t->spts[1] = t->dpts[1] = 0xFFFF;
}

static int flags_parse(struct ext_parse *p, const char *s, uint8_t *out)
{
	char *copy = xstrdup(s), *tok, *save = NULL;
	size_t i;
	int ret = 0;

	*out = 0;
	for (tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < ARRAY_SIZE(tcp_flag_names); i++)
			if (!strcasecmp(tcp_flag_names[i].name, tok))
				break;
		if (i == ARRAY_SIZE(tcp_flag_names)) {
			ret = erec_param(p->err, p->loc,
					 "Unknown TCP flag `%s'", tok);
			break;
		}
		*out |= tcp_flag_names[i].bits;
	}
	free(copy);
	return ret;
}

static int tcp_parse(struct ext_parse *p)
{
	struct xt_tcp *t = ext_data(p->self);
	struct ir_ext *e = p->self;

	switch (p->opt->id) {
	case O_SPORT:
	case O_DPORT: {
		bool src = p->opt->id == O_SPORT;

		if (ext_given(e, p->opt->id))
			return erec_param(p->err, p->loc,
					  "Only one `--%s' allowed",
					  src ? "source-port" :
					  "destination-port");
		if (port_range_parse(p->arg, "tcp", src ? t->spts : t->dpts,
				     p->err, p->loc) < 0)
			return -1;
		if (p->invert)
			t->invflags |= src ? XT_TCP_INV_SRCPT :
				       XT_TCP_INV_DSTPT;
		return 0;
	}
	case O_SYN:
	case O_FLAGS:
		if (ext_given(e, O_SYN) || ext_given(e, O_FLAGS))
			return erec_param(p->err, p->loc,
				"Only one of `--syn' or `--tcp-flags'  allowed");
		if (p->opt->id == O_SYN) {
			t->flg_mask = 0x17;
			t->flg_cmp = 0x02;
		} else {
			if (!p->nwords)
				return erec_param(p->err, p->loc,
					"--tcp-flags requires two args.");
			if (flags_parse(p, p->arg, &t->flg_mask) < 0 ||
			    flags_parse(p, p->words[0], &t->flg_cmp) < 0)
				return -1;
			p->used_words = 1;
		}
		if (p->invert)
			t->invflags |= XT_TCP_INV_FLAGS;
		return 0;
	case O_OPTION: {
		uint32_t v;

		if (ext_given(e, O_OPTION))
			return erec_param(p->err, p->loc,
					  "Only one `--tcp-option' allowed");
		if (str_to_u32(p->arg, 10, 1, 255, &v) < 0)
			return erec_param(p->err, p->loc,
					  "Bad TCP option \"%s\"", p->arg);
		t->option = v;
		if (p->invert)
			t->invflags |= XT_TCP_INV_OPTION;
		return 0;
	}
	}
	return 0;
}

static bool tcp_is_default(const struct xt_tcp *t);

/* The native form needs the protocol; the compat one leaves the check to
 * the kernel, as iptables-nft does. */
static int tcp_check(struct ext_check *c)
{
	const struct xt_tcp *t = ext_data(c->self);

	if (t->option || tcp_is_default(t))
		return 0;
	if (c->rule->proto != IPPROTO_TCP)
		return erec_param(c->err, c->loc, "TCP match requires '-p tcp'");
	return 0;
}

static bool tcp_is_default(const struct xt_tcp *t)
{
	return t->spts[0] == 0 && t->spts[1] == 0xFFFF && t->dpts[0] == 0 &&
	       t->dpts[1] == 0xFFFF && !t->flg_mask && !t->option &&
	       !(t->invflags & (XT_TCP_INV_SRCPT | XT_TCP_INV_DSTPT));
}

static void flags_save(struct strbuf *out, uint8_t bits)
{
	size_t i;
	bool first = true;

	if (!bits) {
		strbuf_adds(out, "NONE");
		return;
	}
	for (i = 0; i < 8; i++) {
		if (!(bits & tcp_flag_names[i].bits))
			continue;
		strbuf_addf(out, "%s%s", first ? "" : ",",
			    tcp_flag_names[i].name);
		first = false;
	}
}

static void tcp_save(const struct ext_print *p)
{
	const struct xt_tcp *t = ext_data(p->self);

	port_range_save(p->out, "sport", t->spts,
			t->invflags & XT_TCP_INV_SRCPT);
	port_range_save(p->out, "dport", t->dpts,
			t->invflags & XT_TCP_INV_DSTPT);
	if (t->option)
		strbuf_addf(p->out, "%s --tcp-option %u",
			    t->invflags & XT_TCP_INV_OPTION ? " !" : "",
			    t->option);
	if (t->flg_mask || (t->invflags & XT_TCP_INV_FLAGS)) {
		strbuf_adds(p->out, t->invflags & XT_TCP_INV_FLAGS ?
			    " ! --tcp-flags " : " --tcp-flags ");
		flags_save(p->out, t->flg_mask);
		strbuf_addc(p->out, ' ');
		flags_save(p->out, t->flg_cmp);
	}
}

static void tcp_print(const struct ext_print *p)
{
	const struct xt_tcp *t = ext_data(p->self);

	strbuf_adds(p->out, " tcp");
	port_range_list(p->out, "spt", "spts", t->spts,
			t->invflags & XT_TCP_INV_SRCPT, p->numeric, "tcp");
	port_range_list(p->out, "dpt", "dpts", t->dpts,
			t->invflags & XT_TCP_INV_DSTPT, p->numeric, "tcp");
	if (t->option || (t->invflags & XT_TCP_INV_OPTION))
		strbuf_addf(p->out, " option=%s%u",
			    t->invflags & XT_TCP_INV_OPTION ? "!" : "",
			    t->option);
	if (t->flg_mask || (t->invflags & XT_TCP_INV_FLAGS)) {
		strbuf_addf(p->out, " flags:%s",
			    t->invflags & XT_TCP_INV_FLAGS ? "!" : "");
		if (p->numeric) {
			strbuf_addf(p->out, "0x%02X/0x%02X", t->flg_mask,
				    t->flg_cmp);
		} else {
			flags_save(p->out, t->flg_mask);
			strbuf_addc(p->out, '/');
			flags_save(p->out, t->flg_cmp);
		}
	}
	if (t->invflags & ~XT_TCP_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    t->invflags & ~XT_TCP_INV_MASK);
}

static int tcp_lin(struct lin_ctx *c, const struct ir_ext *self)
{
	const struct xt_tcp *t = ext_data(self);
	uint8_t zero = 0;

	if (t->option || tcp_is_default(t)) {
		lin_xt(c, false, "tcp", 0, t, sizeof(*t));
		return 0;
	}
	if (t->flg_mask || (t->invflags & XT_TCP_INV_FLAGS)) {
		lin_payload(c, NFT_PAYLOAD_TRANSPORT_HEADER, 13, 1, LIN_REG);
		lin_bitwise(c, LIN_REG, LIN_REG, 1, &t->flg_mask, &zero);
		lin_cmp(c, t->invflags & XT_TCP_INV_FLAGS ? NFT_CMP_NEQ :
			NFT_CMP_EQ, LIN_REG, &t->flg_cmp, 1);
	}
	lin_th_ports(c, t->spts, t->invflags & XT_TCP_INV_SRCPT, t->dpts,
		     t->invflags & XT_TCP_INV_DSTPT);
	return 0;
}

extern const struct ext ext_tcp;

static int tcp_dlin(struct dlin_ctx *c)
{
	const struct dexpr *p = dlin_peek(c, 0), *bw = dlin_peek(c, 1),
			   *cmp = dlin_peek(c, 2);
	uint16_t sp[2], dp[2];
	unsigned int which;
	bool si, di;
	struct xt_tcp *t;
	int n;

	if (c->rule->proto != IPPROTO_TCP || p->kind != DX_PAYLOAD ||
	    p->payload.base != NFT_PAYLOAD_TRANSPORT_HEADER)
		return 0;
	if (p->payload.offset == 13) {
		if (p->payload.len != 1 || !bw || !cmp ||
		    bw->kind != DX_BITWISE || bw->bitwise.len != 1 ||
		    cmp->kind != DX_CMP || cmp->cmp.len != 1 ||
		    (cmp->cmp.op != NFT_CMP_EQ && cmp->cmp.op != NFT_CMP_NEQ))
			return 0;
		t = ext_data(dlin_ext_get(c, &ext_tcp));
		t->flg_mask = bw->bitwise.mask[0];
		t->flg_cmp = cmp->cmp.data[0];
		if (cmp->cmp.op == NFT_CMP_NEQ)
			t->invflags |= XT_TCP_INV_FLAGS;
		return 3;
	}
	n = dlin_th_ports(c, sp, &si, dp, &di, &which);
	if (!n)
		return 0;
	t = ext_data(dlin_ext_get(c, &ext_tcp));
	if (which & DLIN_SPORT) {
		memcpy(t->spts, sp, sizeof(sp));
		if (si)
			t->invflags |= XT_TCP_INV_SRCPT;
	}
	if (which & DLIN_DPORT) {
		memcpy(t->dpts, dp, sizeof(dp));
		if (di)
			t->invflags |= XT_TCP_INV_DSTPT;
	}
	return n;
}

static void tcp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"tcp match options:\n"
		"[!] --tcp-flags mask comp\tmatch when TCP flags & mask == comp\n"
		"\t\t\t\t(Flags: SYN ACK FIN RST URG PSH ALL NONE)\n"
		"[!] --syn\t\t\tmatch when only SYN flag set\n"
		"\t\t\t\t(equivalent to --tcp-flags SYN,RST,ACK,FIN SYN)\n"
		"[!] --source-port port[:port]\n"
		" --sport ...\n"
		"\t\t\t\tmatch source port(s)\n"
		"[!] --destination-port port[:port]\n"
		" --dport ...\n"
		"\t\t\t\tmatch destination port(s)\n"
		"[!] --tcp-option number        match if TCP option set\n");
}

/* ---- iptables-translate ---- */

static void tcp_xl_flags(struct strbuf *out, uint8_t f)
{
	static const char *const names[] = {
		"fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr",
	};
	unsigned int i;
	bool first = true;

	for (i = 0; i < 8; i++) {
		if (!(f & (1 << i)))
			continue;
		strbuf_addf(out, "%s%s", first ? "" : ",", names[i]);
		first = false;
	}
}

static int tcp_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_tcp *t = ext_data(self);
	struct strbuf sb = STRBUF_INIT;

	if (t->spts[0] || t->spts[1] != 0xFFFF ||
	    (t->invflags & XT_TCP_INV_SRCPT)) {
		xl_ports(&sb, t->spts[0], t->spts[1]);
		xl_add(xl, "tcp sport %s%s",
		       t->invflags & XT_TCP_INV_SRCPT ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	if (t->dpts[0] || t->dpts[1] != 0xFFFF ||
	    (t->invflags & XT_TCP_INV_DSTPT)) {
		strbuf_reset(&sb);
		xl_ports(&sb, t->dpts[0], t->dpts[1]);
		xl_add(xl, "tcp dport %s%s",
		       t->invflags & XT_TCP_INV_DSTPT ? "!= " : "",
		       strbuf_str(&sb));
		xl->proto_implied = true;
	}
	if (t->option || (t->invflags & XT_TCP_INV_OPTION)) {
		/* nft does not look at a last one-byte option (EOL, NOP) */
		if (t->option < 2) {
			strbuf_release(&sb);
			return xl_unsupported(xl,
				"tcp: --tcp-option 0 and 1 are found differently by nft");
		}
		xl_add(xl, "tcp option %u %s", t->option,
		       t->invflags & XT_TCP_INV_OPTION ? "missing" :
		       "exists");
		xl->proto_implied = true;
	}
	if (t->flg_mask || (t->invflags & XT_TCP_INV_FLAGS)) {
		if (!t->flg_mask || (t->flg_cmp & ~t->flg_mask)) {
			strbuf_release(&sb);
			return xl_unsupported(xl,
				"tcp: --tcp-flags that can never match");
		}
		strbuf_reset(&sb);
		if (t->flg_cmp) {
			tcp_xl_flags(&sb, t->flg_cmp);
			strbuf_adds(&sb, " / ");
			tcp_xl_flags(&sb, t->flg_mask);
			xl_add(xl, "tcp flags %s%s",
			       t->invflags & XT_TCP_INV_FLAGS ? "!= " : "",
			       strbuf_str(&sb));
		} else {
			tcp_xl_flags(&sb, t->flg_mask);
			xl_add(xl, "tcp flags %s0x0 / %s",
			       t->invflags & XT_TCP_INV_FLAGS ? "!= " : "",
			       strbuf_str(&sb));
		}
		xl->proto_implied = true;
	}
	strbuf_release(&sb);
	return 0;
}

const struct ext ext_tcp = {
	.name = "tcp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_tcp),
	.xt_size = sizeof(struct xt_tcp),
	.opts = tcp_opts,
	.init = tcp_init,
	.parse = tcp_parse,
	.check = tcp_check,
	.save = tcp_save,
	.print = tcp_print,
	.lin = tcp_lin,
	.dlin = tcp_dlin,
	.help = tcp_help,
	.xlate = tcp_xlate,
};
