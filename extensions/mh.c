// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mh: the IPv6 mobility header type (range), by number or name.  The
 * payload is the kernel's struct ip6t_mh, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter_ipv6/ip6t_mh.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_TYPE,
};

static const struct ext_opt mh_opts[] = {
	{ .name = "mh-type", .id = O_TYPE, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	EXT_OPT_END
};

static const struct {
	const char *name;
	uint8_t type;
} mh_names[] = {
	{ "binding-refresh-request", 0 }, { "brr", 0 },
	{ "home-test-init", 1 }, { "hoti", 1 },
	{ "careof-test-init", 2 }, { "coti", 2 },
	{ "home-test", 3 }, { "hot", 3 },
	{ "careof-test", 4 }, { "cot", 4 },
	{ "binding-update", 5 }, { "bu", 5 },
	{ "binding-acknowledgement", 6 }, { "ba", 6 },
	{ "binding-error", 7 }, { "be", 7 },
};

static void mh_init(struct ir_ext *self)
{
	struct ip6t_mh *m = ext_data(self);

	m->types[1] = 0xFF;
}

/* a name, an unambiguous-enough prefix of one (an exact one wins), or a
 * number */
static int mh_type(struct ext_parse *p, const char *s, uint8_t *out)
{
	size_t len = strlen(s), i, found = ARRAY_SIZE(mh_names);
	uint32_t n;

	for (i = 0; i < ARRAY_SIZE(mh_names); i++) {
		if (strncasecmp(mh_names[i].name, s, len))
			continue;
		if (found == ARRAY_SIZE(mh_names) ||
		    strlen(mh_names[i].name) == len)
			found = i;
	}
	if (found < ARRAY_SIZE(mh_names)) {
		*out = mh_names[found].type;
		return 0;
	}
	if (!xt_strtoui(s, NULL, 0, UINT8_MAX, &n))
		return erec_param(p->err, p->loc, "Invalid MH type `%s'", s);
	*out = n;
	return 0;
}

static int mh_parse(struct ext_parse *p)
{
	struct ip6t_mh *m = ext_data(p->self);
	char *copy = xstrdup(p->arg), *colon = strchr(copy, ':');
	int ret;

	if (!colon) {
		ret = mh_type(p, copy, &m->types[0]);
		m->types[1] = m->types[0];
	} else {
		*colon++ = '\0';
		m->types[0] = 0;
		m->types[1] = 0xFF;
		ret = *copy ? mh_type(p, copy, &m->types[0]) : 0;
		if (!ret && *colon)
			ret = mh_type(p, colon, &m->types[1]);
		if (!ret && m->types[0] > m->types[1])
			ret = erec_param(p->err, p->loc,
					 "Invalid MH type range (min > max)");
	}
	free(copy);
	if (!ret && p->invert)
		m->invflags |= IP6T_MH_INV_TYPE;
	return ret;
}

static void type_out(struct strbuf *out, uint8_t type, bool numeric)
{
	size_t i;

	for (i = 0; !numeric && i < ARRAY_SIZE(mh_names); i++) {
		if (mh_names[i].type == type) {
			strbuf_adds(out, mh_names[i].name);
			return;
		}
	}
	strbuf_addf(out, "%u", type);
}

static void mh_save(const struct ext_print *p)
{
	const struct ip6t_mh *m = ext_data(p->self);

	if (m->types[0] == 0 && m->types[1] == 0xFF)
		return;
	if (m->invflags & IP6T_MH_INV_TYPE)
		strbuf_adds(p->out, " !");
	if (m->types[0] != m->types[1])
		strbuf_addf(p->out, " --mh-type %u:%u", m->types[0],
			    m->types[1]);
	else
		strbuf_addf(p->out, " --mh-type %u", m->types[0]);
}

static void mh_print(const struct ext_print *p)
{
	const struct ip6t_mh *m = ext_data(p->self);
	bool inv = m->invflags & IP6T_MH_INV_TYPE;

	strbuf_adds(p->out, " mh");
	if (m->types[0] != 0 || m->types[1] != 0xFF || inv) {
		strbuf_adds(p->out, inv ? " !" : " ");
		type_out(p->out, m->types[0], p->numeric);
		if (m->types[0] != m->types[1]) {
			strbuf_addc(p->out, ':');
			type_out(p->out, m->types[1], p->numeric);
		}
	}
	if (m->invflags & ~IP6T_MH_INV_MASK)
		strbuf_addf(p->out, " Unknown invflags: 0x%X",
			    m->invflags & ~IP6T_MH_INV_MASK);
}

static void mh_help(struct strbuf *out)
{
	strbuf_adds(out,
		"mh match options:\n"
		"[!] --mh-type type[:type]\tmatch mh type\n"
		"Valid MH types:\n"
		"binding-refresh-request (brr)\n"
		"home-test-init (hoti)\n"
		"careof-test-init (coti)\n"
		"home-test (hot)\n"
		"careof-test (cot)\n"
		"binding-update (bu)\n"
		"binding-acknowledgement (ba)\n"
		"binding-error (be)\n");
}

const struct ext ext_mh = {
	.name = "mh",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV6,
	.size = sizeof(struct ip6t_mh),
	.xt_size = sizeof(struct ip6t_mh),
	.opts = mh_opts,
	.init = mh_init,
	.parse = mh_parse,
	.save = mh_save,
	.print = mh_print,
	.help = mh_help,
};
