// SPDX-License-Identifier: GPL-2.0-or-later
/* The rule-spec form of a rule, as -S and iptables-save print it. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter.h>

#include <iptnft/ext.h>
#include <iptnft/print.h>
#include <iptnft/values.h>

static void spec_addr(const struct ir_rule *r, bool src, struct strbuf *out)
{
	bool inv = r->invflags & (src ? IR_INV_SRC : IR_INV_DST);

	const union ir_addr *m = src ? &r->smsk : &r->dmsk;
	static const union ir_addr zero;

	/* a zero mask matches everything: the kernel rule has no match */
	if (!(r->flags & (src ? IR_F_SRC : IR_F_DST)) ||
	    !memcmp(m, &zero, sizeof(zero)))
		return;
	strbuf_adds(out, inv ? " ! " : " ");
	strbuf_adds(out, src ? "-s " : "-d ");
	addr_mask_save(r->family, src ? &r->src : &r->dst,
		       src ? &r->smsk : &r->dmsk, out);
}

static void spec_iface(const char *name, bool inv, char opt,
		       struct strbuf *out)
{
	/* "+" matches every interface: no match in the kernel rule */
	if (!name[0] || (!inv && !strcmp(name, "+")))
		return;
	strbuf_addf(out, "%s-%c %s", inv ? " ! " : " ", opt, name);
}

static void spec_proto(const struct ir_rule *r, struct strbuf *out)
{
	const char *name;

	if (!r->proto)
		return;
	name = proto_name(r->proto);
	strbuf_adds(out, r->invflags & IR_INV_PROTO ? " ! -p " : " -p ");
	if (name)
		strbuf_adds(out, name);
	else
		strbuf_addu(out, r->proto);
}

static void spec_ext(const struct ir_rule *r, const struct ir_ext *e,
		     struct strbuf *out)
{
	struct ext_print p = {
		.self = e, .rule = r, .family = r->family, .out = out,
	};

	if (e->ext->save)
		e->ext->save(&p);
}

static void spec_target(const struct ir_rule *r, struct strbuf *out)
{
	switch (r->verdict) {
	case IR_V_NONE:
		break;
	case IR_V_ACCEPT:
		strbuf_adds(out, " -j ACCEPT");
		break;
	case IR_V_DROP:
		strbuf_adds(out, " -j DROP");
		break;
	case IR_V_RETURN:
		strbuf_adds(out, " -j RETURN");
		break;
	case IR_V_JUMP:
		strbuf_adds(out, " -j ");
		strbuf_adds(out, r->chain);
		break;
	case IR_V_GOTO:
		strbuf_adds(out, " -g ");
		strbuf_adds(out, r->chain);
		break;
	case IR_V_EXT:
		strbuf_adds(out, " -j ");
		strbuf_adds(out, r->target->ext->name);
		spec_ext(r, r->target, out);
		break;
	}
}

void print_rule_spec(const struct ir_rule *r, const char *chain,
		     unsigned int flags, struct strbuf *out)
{
	const struct ir_ext *e;

	if (flags & PRINT_SAVE_COUNTERS)
		strbuf_addf(out, "[%llu:%llu] ", (unsigned long long)r->pkts,
			    (unsigned long long)r->bytes);
	/* the parts of every rule without a format to interpret */
	strbuf_adds(out, "-A ");
	strbuf_adds(out, chain);
	spec_addr(r, true, out);
	spec_addr(r, false, out);
	spec_iface(r->iniface, r->invflags & IR_INV_IN, 'i', out);
	spec_iface(r->outiface, r->invflags & IR_INV_OUT, 'o', out);
	spec_proto(r, out);
	if (r->flags & IR_F_FRAG)
		strbuf_adds(out, r->invflags & IR_INV_FRAG ? " ! -f" : " -f");
	list_for_each_entry(e, &r->matches, list) {
		strbuf_adds(out, " -m ");
		strbuf_adds(out, e->ext->name);
		spec_ext(r, e, out);
	}
	if (flags & PRINT_C_COUNTERS)
		strbuf_addf(out, " -c %llu %llu", (unsigned long long)r->pkts,
			    (unsigned long long)r->bytes);
	spec_target(r, out);
}
