// SPDX-License-Identifier: GPL-2.0-or-later
/* The -L table: chain headers, column titles and one row per rule. */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <stdio.h>

#include <iptnft/ext.h>
#include <iptnft/print.h>
#include <iptnft/values.h>

/* Counters as iptables shows them: exact, or rounded to K, M, G, T. */
static void list_num(uint64_t n, unsigned int fmt, bool table,
		     struct strbuf *out)
{
	static const char units[] = "KMGT";
	unsigned int u;

	if (fmt & LIST_EXACT) {
		strbuf_addf(out, table ? "%8llu " : "%llu ",
			    (unsigned long long)n);
		return;
	}
	if (n <= 99999) {
		strbuf_addf(out, table ? "%5llu " : "%llu ",
			    (unsigned long long)n);
		return;
	}
	for (u = 0; u < sizeof(units) - 1; u++) {
		n = (n + 500) / 1000;
		if (n <= 9999 || u == sizeof(units) - 2)
			break;
	}
	strbuf_addf(out, table ? "%4llu%c " : "%llu%c ",
		    (unsigned long long)n, units[u]);
}

static const char *policy_name(int policy)
{
	return policy == NF_DROP ? "DROP" : "ACCEPT";
}

void list_chain_header(const struct ir_chain *c, unsigned int fmt,
		       struct strbuf *out)
{
	strbuf_adds(out, "Chain ");
	strbuf_adds(out, c->name);
	if (!c->builtin) {
		strbuf_adds(out, " (");
		strbuf_addu(out, c->refs);
		strbuf_adds(out, " references)\n");
		return;
	}
	strbuf_addf(out, " (policy %s", policy_name(c->policy));
	if (fmt & LIST_VERBOSE) {
		strbuf_adds(out, " ");
		list_num(c->pkts, fmt, false, out);
		strbuf_adds(out, "packets, ");
		list_num(c->bytes, fmt, false, out);
		strbuf_adds(out, "bytes");
	}
	strbuf_adds(out, ")\n");
}

void list_columns(unsigned int fmt, struct strbuf *out)
{
	if (fmt & LIST_LINENUMS)
		strbuf_addf(out, "%-4s ", "num");
	if (fmt & LIST_VERBOSE) {
		if (fmt & LIST_EXACT)
			strbuf_addf(out, "%8s %10s ", "pkts", "bytes");
		else
			strbuf_addf(out, "%5s %5s ", "pkts", "bytes");
	}
	/* "%-9s  prot opt", " %-6s %-6s " and " %-19s  %-19s \n" */
	strbuf_adds(out, "target     prot opt");
	if (fmt & LIST_VERBOSE)
		strbuf_adds(out, " in     out    ");
	strbuf_adds(out, " source               destination         \n");
}

static const char *target_name(const struct ir_rule *r)
{
	switch (r->verdict) {
	case IR_V_NONE:
		return "";
	case IR_V_ACCEPT:
		return "ACCEPT";
	case IR_V_DROP:
		return "DROP";
	case IR_V_RETURN:
		return "RETURN";
	case IR_V_JUMP:
	case IR_V_GOTO:
		return r->chain;
	case IR_V_EXT:
		/* the kernel's name: an alias (NOTRACK) lists as what it is */
		return r->target->ext->xt_name ? r->target->ext->xt_name :
		       r->target->ext->name;
	}
	return "";
}

static void list_proto(const struct ir_rule *r, unsigned int fmt,
		       struct strbuf *out)
{
	const char *name = fmt & LIST_NUMERIC ? NULL : proto_name(r->proto);
	char num[8];
	size_t from;

	strbuf_addc(out, r->invflags & IR_INV_PROTO ? '!' : ' ');
	if (!name && !(fmt & LIST_NUMERIC) && !r->proto)
		name = "all";
	if (!name) {
		snprintf(num, sizeof(num), "%u", r->proto);
		name = num;
	}
	from = out->len;
	strbuf_adds(out, name);
	strbuf_pad(out, from, 4);
	strbuf_addc(out, ' ');
}

/* "!" joins the name, and the column is padded with it. */
static void list_iface(const char *name, bool inv, unsigned int fmt,
		       const char *pfx, struct strbuf *out)
{
	char col[IFNAMSIZ + 2];

	if (!name[0])
		name = fmt & LIST_NUMERIC ? "*" : "any";
	snprintf(col, sizeof(col), "%s%s", inv ? "!" : "", name);
	strbuf_addf(out, "%s%-6s ", pfx, col);
}

static void list_addr(const struct ir_rule *r, bool src, unsigned int fmt,
		      struct strbuf *out)
{
	size_t from;

	strbuf_addc(out, r->invflags & (src ? IR_INV_SRC : IR_INV_DST) ?
		    '!' : ' ');
	from = out->len;
	addr_mask_list(r->family, src ? &r->src : &r->dst,
		       src ? &r->smsk : &r->dmsk, fmt & LIST_NUMERIC, out);
	strbuf_pad(out, from, 19);
	strbuf_addc(out, ' ');
}

static void list_ext(const struct ir_rule *r, const struct ir_ext *e,
		     unsigned int fmt, struct strbuf *out)
{
	struct ext_print p = {
		.self = e, .rule = r, .family = r->family,
		.numeric = fmt & LIST_NUMERIC, .out = out,
	};

	if (e->ext->print)
		e->ext->print(&p);
}

void list_rule(const struct ir_rule *r, unsigned int num, unsigned int fmt,
	       struct strbuf *out)
{
	const struct ir_ext *e;
	size_t from;

	if (fmt & LIST_LINENUMS) {
		from = out->len;
		strbuf_addu(out, num);
		strbuf_pad(out, from, 4);
		strbuf_addc(out, ' ');
	}
	if (fmt & LIST_VERBOSE) {
		list_num(r->pkts, fmt, true, out);
		list_num(r->bytes, fmt, true, out);
	}
	from = out->len;
	strbuf_adds(out, target_name(r));
	strbuf_pad(out, from, 9);
	strbuf_addc(out, ' ');
	list_proto(r, fmt, out);
	strbuf_addc(out, r->invflags & IR_INV_FRAG ? '!' : '-');
	strbuf_addc(out, r->flags & IR_F_FRAG ? 'f' : '-');
	strbuf_addc(out, ' ');
	if (fmt & LIST_VERBOSE) {
		list_iface(r->iniface, r->invflags & IR_INV_IN, fmt, " ", out);
		list_iface(r->outiface, r->invflags & IR_INV_OUT, fmt, "", out);
	}
	list_addr(r, true, fmt, out);
	list_addr(r, false, fmt, out);
	if (r->verdict == IR_V_GOTO)
		strbuf_adds(out, "[goto] ");
	list_for_each_entry(e, &r->matches, list)
		list_ext(r, e, fmt, out);
	if (r->verdict == IR_V_EXT)
		list_ext(r, r->target, fmt, out);
	strbuf_addc(out, '\n');
}

void list_rule_verbose(const struct ir_rule *r, struct strbuf *out)
{
	/* iptables names only the protocols it knows itself here */
	const char *proto = proto_is_builtin(r->proto) ?
			    proto_name(r->proto) : NULL;
	const struct ir_ext *e;
	struct strbuf a = STRBUF_INIT;
	char col[IFNAMSIZ + 2];

	strbuf_addf(out, "%s ", target_name(r));
	strbuf_addc(out, r->invflags & IR_INV_PROTO ? '!' : ' ');
	if (proto)
		strbuf_addf(out, "%s ", r->proto ? proto : "all");
	else
		strbuf_addf(out, "%u ", r->proto);
	strbuf_addf(out, "opt %c%c ", r->invflags & IR_INV_FRAG ? '!' : '-',
		    r->flags & IR_F_FRAG ? 'f' : '-');
	snprintf(col, sizeof(col), "%s%s", r->invflags & IR_INV_IN ? "!" : "",
		 r->iniface[0] ? r->iniface : "*");
	strbuf_addf(out, "in %s ", col);
	snprintf(col, sizeof(col), "%s%s", r->invflags & IR_INV_OUT ? "!" : "",
		 r->outiface[0] ? r->outiface : "*");
	strbuf_addf(out, "out %s ", col);
	addr_mask_list(r->family, &r->src, &r->smsk, true, &a);
	strbuf_addf(out, "%c%s ", r->invflags & IR_INV_SRC ? '!' : ' ',
		    strbuf_str(&a));
	strbuf_reset(&a);
	addr_mask_list(r->family, &r->dst, &r->dmsk, true, &a);
	strbuf_addf(out, "%c-> %s", r->invflags & IR_INV_DST ? '!' : ' ',
		    strbuf_str(&a));
	strbuf_release(&a);
	strbuf_adds(out, "  ");
	if (r->verdict == IR_V_GOTO)
		strbuf_adds(out, "[goto] ");
	list_for_each_entry(e, &r->matches, list)
		list_ext(r, e, LIST_NUMERIC, out);
	if (r->verdict == IR_V_EXT)
		list_ext(r, r->target, LIST_NUMERIC, out);
	strbuf_addc(out, '\n');
}
