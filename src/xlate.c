// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * IR rules to nft syntax: the base match, the extensions' xlate callbacks,
 * the verdict.  The applets (iptables-translate, iptables-restore-translate)
 * are in src/xlate-applets.c.
 *
 * A rule is written as: interfaces, addresses, protocol (unless a match
 * already names a header of it), fragment test, the matches in their
 * order, "counter", the target, and the comment.  Matches are evaluated
 * by nft in that order, as iptables evaluates them, so stateful matches
 * (limit, quota) see the same packets.
 */
#include <netinet/in.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>
#include <iptnft/xlate.h>

void xl_add(struct xlate *xl, const char *fmt, ...)
{
	va_list ap;

	if (xl->out->len)
		strbuf_addc(xl->out, ' ');
	va_start(ap, fmt);
	strbuf_vaddf(xl->out, fmt, ap);
	va_end(ap);
}

int xl_unsupported(struct xlate *xl, const char *why)
{
	xl->why = why;
	return -EOPNOTSUPP;
}

const char *xl_nh(const struct xlate *xl)
{
	return xl->family == NFPROTO_IPV6 ? "ip6" : "ip";
}

bool xl_addr(struct strbuf *out, uint8_t family, const union ir_addr *a,
	     const union ir_addr *m)
{
	char buf[INET6_ADDRSTRLEN];
	int plen = ir_mask_to_prefix(family, m);

	if (plen < 0)
		return false;
	strbuf_adds(out, addr_str(family, a, buf, sizeof(buf)));
	if ((unsigned int)plen != ir_addr_len(family) * 8)
		strbuf_addf(out, "/%d", plen);
	return true;
}

void xl_ports(struct strbuf *out, uint16_t lo, uint16_t hi)
{
	if (lo == hi)
		strbuf_addf(out, "%u", lo);
	else
		strbuf_addf(out, "%u-%u", lo, hi);
}

/*
 * nft 1.0 cannot quote chain names, so a chain name must lex as a plain
 * string and not be a keyword: keywords are lower-case letters only, so
 * a name needs something else in it.
 */
bool xl_chain_ok(const char *c)
{
	size_t i;

	for (i = 0; c[i]; i++)
		if (!((c[i] >= 'a' && c[i] <= 'z') ||
		      (c[i] >= 'A' && c[i] <= 'Z') || c[i] == '_' ||
		      (i && (c[i] == '-' || c[i] == '/' || c[i] == '.' ||
			     (c[i] >= '0' && c[i] <= '9')))))
			return false;
	return i && strspn(c, "abcdefghijklmnopqrstuvwxyz") != i;
}

/* The protocol names nft knows without /etc/protocols. */
static const char *l4_name(uint16_t p)
{
	switch (p) {
	case IPPROTO_TCP:	return "tcp";
	case IPPROTO_UDP:	return "udp";
	case IPPROTO_UDPLITE:	return "udplite";
	case IPPROTO_ICMP:	return "icmp";
	case IPPROTO_ICMPV6:	return "ipv6-icmp";
	case IPPROTO_SCTP:	return "sctp";
	case IPPROTO_DCCP:	return "dccp";
	case IPPROTO_ESP:	return "esp";
	case IPPROTO_AH:	return "ah";
	case IPPROTO_GRE:	return "gre";
	}
	return NULL;
}

/* An interface name as an nft string: '+' at the end is nft's '*'. */
static int xl_iface(struct xlate *xl, const char *key, const char *name,
		    bool inv)
{
	size_t n = strlen(name);
	char buf[IFNAMSIZ + 1];

	if (strpbrk(name, "\"*\\'"))
		return xl_unsupported(xl,
			"an interface name with a quote, * or \\ cannot be written in nft");
	snprintf(buf, sizeof(buf), "%s", name);
	if (n && buf[n - 1] == '+')
		buf[n - 1] = '*';
	xl_add(xl, "%s %s\"%s\"", key, inv ? "!= " : "", buf);
	return 0;
}

static void xl_hostmatch(struct xlate *xl, const char *field,
			 const union ir_addr *a, const union ir_addr *m,
			 bool inv)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[INET6_ADDRSTRLEN];

	if (xl_addr(&sb, xl->family, a, m)) {
		xl_add(xl, "%s %s %s%s", xl_nh(xl), field, inv ? "!= " : "",
		       strbuf_str(&sb));
	} else {
		addr_str(xl->family, m, buf, sizeof(buf));
		strbuf_reset(&sb);
		strbuf_adds(&sb, addr_str(xl->family, a, buf, sizeof(buf)));
		addr_str(xl->family, m, buf, sizeof(buf));
		xl_add(xl, "%s %s & %s %s %s", xl_nh(xl), field, buf,
		       inv ? "!=" : "==", strbuf_str(&sb));
	}
	strbuf_release(&sb);
}

/* The base match: interfaces, addresses, protocol, fragments. */
static int xl_base(struct xlate *xl)
{
	const struct ir_rule *r = xl->rule;
	const char *name;
	int ret;

	if (r->iniface[0]) {
		ret = xl_iface(xl, "iifname", r->iniface,
			       r->invflags & IR_INV_IN);
		if (ret < 0)
			return ret;
	}
	if (r->outiface[0]) {
		ret = xl_iface(xl, "oifname", r->outiface,
			       r->invflags & IR_INV_OUT);
		if (ret < 0)
			return ret;
	}
	if (!ir_addr_is_any(r->family, &r->smsk) ||
	    (r->invflags & IR_INV_SRC))
		xl_hostmatch(xl, "saddr", &r->src, &r->smsk,
			     r->invflags & IR_INV_SRC);
	if (!ir_addr_is_any(r->family, &r->dmsk) ||
	    (r->invflags & IR_INV_DST))
		xl_hostmatch(xl, "daddr", &r->dst, &r->dmsk,
			     r->invflags & IR_INV_DST);
	if (r->proto && (!xl->proto_implied || (r->invflags & IR_INV_PROTO))) {
		const char *inv = r->invflags & IR_INV_PROTO ? "!= " : "";

		name = l4_name(r->proto);
		if (r->family == NFPROTO_IPV6) {
			if (name)
				xl_add(xl, "meta l4proto %s%s", inv, name);
			else
				xl_add(xl, "meta l4proto %s%u", inv, r->proto);
		} else {
			if (name)
				xl_add(xl, "ip protocol %s%s", inv, name);
			else
				xl_add(xl, "ip protocol %s%u", inv, r->proto);
		}
	} else if (!r->proto && (r->invflags & IR_INV_PROTO)) {
		return xl_unsupported(xl, "\"! -p all\" matches nothing");
	}
	if (r->flags & IR_F_FRAG)
		xl_add(xl, "ip frag-off & 0x1fff %s 0",
		       r->invflags & IR_INV_FRAG ? "==" : "!=");
	return 0;
}

static int xl_verdict(struct xlate *xl)
{
	const struct ir_rule *r = xl->rule;
	const char *c = r->chain;

	switch (r->verdict) {
	case IR_V_NONE:
		return 0;
	case IR_V_ACCEPT:
		xl_add(xl, "accept");
		return 0;
	case IR_V_DROP:
		xl_add(xl, "drop");
		return 0;
	case IR_V_RETURN:
		xl_add(xl, "return");
		return 0;
	case IR_V_JUMP:
	case IR_V_GOTO:
		break;
	case IR_V_EXT:
		if (!r->target->ext->xlate)
			return xl_unsupported(xl, NULL);
		return r->target->ext->xlate(xl, r->target);
	}
	if (!xl_chain_ok(c))
		return xl_unsupported(xl, XL_BAD_CHAIN);
	xl_add(xl, "%s %s", r->verdict == IR_V_JUMP ? "jump" : "goto", c);
	return 0;
}

/* Words before pos, then mid, then the words from end on. */
static void splice_line(struct strbuf *out, const struct strbuf *m,
			size_t pos, size_t end, const struct strbuf *mid)
{
	struct strbuf sb = STRBUF_INIT;

	const char *w = strbuf_str(mid);

	while (pos && strbuf_str(m)[pos - 1] == ' ')
		pos--;
	strbuf_add(&sb, strbuf_str(m), pos);
	while (*w == ' ')
		w++;
	if (*w) {
		if (sb.len)
			strbuf_addc(&sb, ' ');
		strbuf_adds(&sb, w);
	}
	if (end < m->len) {
		const char *rest = strbuf_str(m) + end;

		while (*rest == ' ')
			rest++;
		if (*rest) {
			if (sb.len)
				strbuf_addc(&sb, ' ');
			strbuf_adds(&sb, rest);
		}
	}
	strbuf_add(out, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
}

static int xl_matches(struct xlate *xl, size_t *apos, size_t *aend)
{
	const struct ir_ext *e;
	int ret;

	list_for_each_entry(e, &xl->rule->matches, list) {
		bool had_alt = xl->has_alt;
		size_t before = xl->out->len;

		if (!e->ext->xlate)
			return xl_unsupported(xl, NULL);
		ret = e->ext->xlate(xl, e);
		if (ret < 0)
			return ret;
		if (xl->has_alt && !had_alt) {
			*apos = before;
			*aend = xl->out->len;
		}
	}
	return 0;
}

static const struct ir_ext *first_untranslatable(const struct ir_rule *r)
{
	const struct ir_ext *e;

	list_for_each_entry(e, &r->matches, list)
		if (!e->ext->xlate)
			return e;
	if (r->verdict == IR_V_EXT && !r->target->ext->xlate)
		return r->target;
	return NULL;
}

int xlate_rule(const struct ir_rule *r, struct strbuf *out,
	       const char **why)
{
	static __thread char msg[96];
	struct strbuf m = STRBUF_INIT, alt = STRBUF_INIT;
	struct strbuf base = STRBUF_INIT, tgt = STRBUF_INIT;
	struct strbuf all = STRBUF_INIT;
	struct xlate xl = {
		.family = r->family, .rule = r, .out = &m, .alt = &alt,
	};
	const struct ir_ext *bad;
	size_t apos = 0, aend = 0;
	int ret;

	ret = xl_matches(&xl, &apos, &aend);
	if (ret < 0)
		goto out;
	xl.out = &base;
	ret = xl_base(&xl);
	if (ret < 0)
		goto out;
	xl.out = &tgt;
	xl_add(&xl, "counter");
	ret = xl_verdict(&xl);
	if (ret < 0)
		goto out;
	if (xl.has_alt && xl.stateful) {
		ret = xl_unsupported(&xl,
			"a match that needs two nft rules shares the rule with a stateful match");
		goto out;
	}
	if (xl.comment) {
		if (strpbrk(xl.comment, "\"\n")) {
			ret = xl_unsupported(&xl,
				"a comment with a double quote cannot be written in nft");
			goto out;
		}
		xl.out = &tgt;
		xl_add(&xl, "comment \"%s\"", xl.comment);
	}
	/* base + matches + target, once or twice */
	strbuf_add(&all, strbuf_str(&base), base.len);
	if (all.len && m.len)
		strbuf_addc(&all, ' ');
	apos += all.len;
	aend += all.len;
	strbuf_add(&all, strbuf_str(&m), m.len);
	if (all.len)
		strbuf_addc(&all, ' ');
	strbuf_add(&all, strbuf_str(&tgt), tgt.len);
	if (!xl.has_alt) {
		strbuf_add(out, strbuf_str(&all), all.len);
	} else {
		struct strbuf first = STRBUF_INIT;

		strbuf_add(&first, strbuf_str(&all) + apos, aend - apos);
		splice_line(out, &all, apos, aend, &first);
		strbuf_addc(out, '\n');
		splice_line(out, &all, apos, aend, &alt);
		strbuf_release(&first);
	}
out:
	if (ret < 0) {
		bad = first_untranslatable(r);
		if (!xl.why && bad) {
			snprintf(msg, sizeof(msg),
				 "the %s %s has no nft translation",
				 bad->ext->name,
				 bad->ext->kind == EXT_TARGET ? "target" :
				 "match");
			xl.why = msg;
		}
		*why = xl.why ? xl.why : "no nft translation";
	}
	strbuf_release(&m);
	strbuf_release(&alt);
	strbuf_release(&base);
	strbuf_release(&tgt);
	strbuf_release(&all);
	return ret;
}
