// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * realm: the routing realm under a mask, by number or by name from
 * /etc/iproute2/rt_realms.  The payload is the kernel's struct
 * xt_realm_info, written as the compat match (IPv4 only).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>
#include <linux/netfilter/xt_realm.h>

#include <iptnft/ext.h>

#include "helpers.h"

#define REALMS_FILE "/etc/iproute2/rt_realms"

enum {
	O_REALM,
};

static const struct ext_opt realm_opts[] = {
	{ .name = "realm", .id = O_REALM, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT | EXT_O_MAND },
	EXT_OPT_END
};

static int realm_parse(struct ext_parse *p)
{
	struct xt_realm_info *r = ext_data(p->self);

	if (xt_val_mask_parse(p->arg, REALMS_FILE, "realm", "realm", &r->id,
			      &r->mask, p->err, p->loc) < 0)
		return -1;
	r->invert = p->invert;
	return 0;
}

static void realm_out(struct strbuf *out, const struct xt_realm_info *r,
		      bool numeric)
{
	const char *name = NULL;

	if (r->mask != UINT32_MAX) {
		strbuf_addf(out, " 0x%x/0x%x", r->id, r->mask);
		return;
	}
	if (!numeric)
		name = xt_lmap_name(REALMS_FILE, r->id);
	if (name)
		strbuf_addf(out, " %s", name);
	else
		strbuf_addf(out, " 0x%x", r->id);
}

static void realm_save(const struct ext_print *p)
{
	const struct xt_realm_info *r = ext_data(p->self);

	ext_save_opt(p->out, r->invert, "realm");
	realm_out(p->out, r, false);
}

static void realm_print(const struct ext_print *p)
{
	const struct xt_realm_info *r = ext_data(p->self);

	strbuf_adds(p->out, r->invert ? " ! realm" : " realm");
	realm_out(p->out, r, p->numeric);
}

static void realm_help(struct strbuf *out)
{
	strbuf_adds(out,
		"realm match options:\n"
		"[!] --realm value[/mask]\n"
		"\t\t\t\tMatch realm\n");
}

const struct ext ext_realm = {
	.name = "realm",
	.kind = EXT_MATCH,
	.family = NFPROTO_IPV4,
	.size = sizeof(struct xt_realm_info),
	.xt_size = sizeof(struct xt_realm_info),
	.opts = realm_opts,
	.parse = realm_parse,
	.save = realm_save,
	.print = realm_print,
	.help = realm_help,
};
