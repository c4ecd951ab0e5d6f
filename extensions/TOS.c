// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TOS: changes the IPv4 TOS / IPv6 traffic class byte as "(tos & ~mask)
 * ^ value".  The payload is the kernel's struct xt_tos_target_info,
 * written as the compat target revision 1 (as iptables-nft 1.8.9 does).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <linux/netfilter/xt_DSCP.h>

#include <iptnft/ext.h>

enum {
	O_SET_TOS, O_AND_TOS, O_OR_TOS, O_XOR_TOS,
};

#define F_ANY ((1 << O_SET_TOS) | (1 << O_AND_TOS) | (1 << O_OR_TOS) | \
	       (1 << O_XOR_TOS))

static const struct ext_opt TOS_opts[] = {
	{ .name = "set-tos", .id = O_SET_TOS, .type = EXT_T_CUSTOM,
	  .excl = F_ANY },
	{ .name = "and-tos", .id = O_AND_TOS, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY,
	  .off = offsetof(struct xt_tos_target_info, tos_value) },
	{ .name = "or-tos", .id = O_OR_TOS, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY,
	  .off = offsetof(struct xt_tos_target_info, tos_value) },
	{ .name = "xor-tos", .id = O_XOR_TOS, .type = EXT_T_U8,
	  .flags = EXT_O_PUT, .excl = F_ANY,
	  .off = offsetof(struct xt_tos_target_info, tos_value) },
	EXT_OPT_END
};

/* The symbols leave the precedence bits out: they come with mask 0x3f. */
static const struct {
	const char *name;
	uint8_t value;
} tos_names[] = {
	{ "Minimize-Delay", 0x10 },
	{ "Maximize-Throughput", 0x08 },
	{ "Maximize-Reliability", 0x04 },
	{ "Minimize-Cost", 0x02 },
	{ "Normal-Service", 0x00 },
};

#define TOS_SYMBOL_MASK 0x3f

/*
 * "value[/mask]" (mask 0xff when absent) when the word starts with a
 * number up to 255, else a symbol.
 */
static int set_tos_parse(struct ext_parse *p, struct xt_tos_target_info *t)
{
	const char *s = p->arg;
	uint64_t v;
	char *end;
	size_t i;

	if (!ext_strtoul(s, &end, 0, UINT8_MAX, &v)) {
		for (i = 0; i < ARRAY_SIZE(tos_names); i++) {
			if (strcasecmp(s, tos_names[i].name))
				continue;
			t->tos_value = tos_names[i].value;
			t->tos_mask = TOS_SYMBOL_MASK;
			return 0;
		}
		return erec_param(p->err, p->loc,
				  "Symbolic name \"%s\" is unknown", s);
	}
	t->tos_value = v;
	t->tos_mask = UINT8_MAX;
	if (*end == '/') {
		if (!ext_strtoul(end + 1, &end, 0, UINT8_MAX, &v))
			return erec_param(p->err, p->loc,
					  "Illegal value: \"%s\"", s);
		t->tos_mask = v;
	}
	if (*end)
		return erec_param(p->err, p->loc, "Illegal value: \"%s\"", s);
	return 0;
}

/* and/or/xor stored their operand in tos_value */
static int TOS_parse(struct ext_parse *p)
{
	struct xt_tos_target_info *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_SET_TOS:
		return set_tos_parse(p, t);
	case O_AND_TOS:
		t->tos_mask = ~t->tos_value;
		t->tos_value = 0;
		break;
	case O_OR_TOS:
		t->tos_mask = t->tos_value;
		break;
	case O_XOR_TOS:
		t->tos_mask = 0;
		break;
	}
	return 0;
}

static int TOS_check(struct ext_check *c)
{
	if (!(c->self->given & F_ANY))
		return erec_param(c->err, c->loc, "TOS: An action is required");
	return 0;
}

static void TOS_save(const struct ext_print *p)
{
	const struct xt_tos_target_info *t = ext_data(p->self);

	strbuf_addf(p->out, " --set-tos 0x%02x/0x%02x", t->tos_value,
		    t->tos_mask);
}

/* 1.8.9 prints a symbol as " " + " TOS set" + name, without a blank */
static bool print_symbol(const struct ext_print *p,
			 const struct xt_tos_target_info *t)
{
	size_t i;

	if (t->tos_mask != TOS_SYMBOL_MASK)
		return false;
	for (i = 0; i < ARRAY_SIZE(tos_names); i++) {
		if (tos_names[i].value != t->tos_value)
			continue;
		strbuf_addf(p->out, "  TOS set%s", tos_names[i].name);
		return true;
	}
	return false;
}

static void TOS_print(const struct ext_print *p)
{
	const struct xt_tos_target_info *t = ext_data(p->self);

	if (p->numeric)
		strbuf_addf(p->out, " TOS set 0x%02x/0x%02x", t->tos_value,
			    t->tos_mask);
	else if (print_symbol(p, t))
		return;
	else if (t->tos_value == 0)
		strbuf_addf(p->out, " TOS and 0x%02x",
			    (unsigned int)(uint8_t)~t->tos_mask);
	else if (t->tos_value == t->tos_mask)
		strbuf_addf(p->out, " TOS or 0x%02x", t->tos_value);
	else if (t->tos_mask == 0)
		strbuf_addf(p->out, " TOS xor 0x%02x", t->tos_value);
	else
		strbuf_addf(p->out, " TOS set 0x%02x/0x%02x", t->tos_value,
			    t->tos_mask);
}

static void TOS_help(struct strbuf *out)
{
	size_t i;

	/* Debian's 1.8.9 prints its library soname as the version */
	strbuf_adds(out,
		"TOS target vlibxtables.so.12 options:\n"
		"  --set-tos value[/mask]  Set Type of Service/Priority field to value\n"
		"                          (Zero out bits in mask and XOR value into TOS)\n"
		"  --set-tos symbol        Set TOS field (IPv4 only) by symbol\n"
		"                          (this zeroes the 4-bit Precedence part!)\n"
		"                          Accepted symbolic names for value are:\n");
	for (i = 0; i < ARRAY_SIZE(tos_names); i++)
		strbuf_addf(out, "                            (0x%02x) %2u %s\n",
			    tos_names[i].value, tos_names[i].value,
			    tos_names[i].name);
	strbuf_adds(out,
		"\n"
		"  --and-tos bits          Binary AND the TOS value with bits\n"
		"  --or-tos  bits          Binary OR the TOS value with bits\n"
		"  --xor-tos bits          Binary XOR the TOS value with bits\n");
}

const struct ext ext_TOS = {
	.name = "TOS",
	.kind = EXT_TARGET,
	.revision = 1,
	.size = sizeof(struct xt_tos_target_info),
	.xt_size = sizeof(struct xt_tos_target_info),
	.opts = TOS_opts,
	.parse = TOS_parse,
	.check = TOS_check,
	.save = TOS_save,
	.print = TOS_print,
	.help = TOS_help,
};
