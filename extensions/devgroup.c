// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * devgroup: the device group of the input and/or output interface, by
 * number or by name from /etc/iproute2/group.  The payload is the kernel's
 * struct xt_devgroup_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_devgroup.h>

#include <iptnft/ext.h>

#include "helpers.h"

#define GROUP_FILE "/etc/iproute2/group"

enum {
	O_SRC, O_DST,
};

static const struct ext_opt devgroup_opts[] = {
	{ .name = "src-group", .id = O_SRC, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "dst-group", .id = O_DST, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	EXT_OPT_END
};

static int devgroup_parse(struct ext_parse *p)
{
	struct xt_devgroup_info *d = ext_data(p->self);
	bool src = p->opt->id == O_SRC;

	if (xt_val_mask_parse(p->arg, GROUP_FILE, "devgroup", p->opt->name,
			      src ? &d->src_group : &d->dst_group,
			      src ? &d->src_mask : &d->dst_mask, p->err,
			      p->loc) < 0)
		return -1;
	d->flags |= src ? XT_DEVGROUP_MATCH_SRC : XT_DEVGROUP_MATCH_DST;
	if (p->invert)
		d->flags |= src ? XT_DEVGROUP_INVERT_SRC :
			   XT_DEVGROUP_INVERT_DST;
	return 0;
}

static int devgroup_check(struct ext_check *c)
{
	if (!c->self->given)
		return erec_param(c->err, c->loc,
			"devgroup match: You must specify either '--src-group' or '--dst-group'");
	return 0;
}

static void group_out(struct strbuf *out, uint32_t id, uint32_t mask,
		      bool numeric)
{
	const char *name = NULL;

	if (mask != UINT32_MAX) {
		strbuf_addf(out, " 0x%x/0x%x", id, mask);
		return;
	}
	if (!numeric)
		name = xt_lmap_name(GROUP_FILE, id);
	if (name)
		strbuf_addf(out, " %s", name);
	else
		strbuf_addf(out, " 0x%x", id);
}

static void devgroup_out(const struct ext_print *p, const char *pfx,
			 bool numeric)
{
	const struct xt_devgroup_info *d = ext_data(p->self);

	if (d->flags & XT_DEVGROUP_MATCH_SRC) {
		if (d->flags & XT_DEVGROUP_INVERT_SRC)
			strbuf_adds(p->out, " !");
		strbuf_addf(p->out, " %ssrc-group", pfx);
		group_out(p->out, d->src_group, d->src_mask, numeric);
	}
	if (d->flags & XT_DEVGROUP_MATCH_DST) {
		if (d->flags & XT_DEVGROUP_INVERT_DST)
			strbuf_adds(p->out, " !");
		strbuf_addf(p->out, " %sdst-group", pfx);
		group_out(p->out, d->dst_group, d->dst_mask, numeric);
	}
}

static void devgroup_save(const struct ext_print *p)
{
	devgroup_out(p, "--", false);
}

static void devgroup_print(const struct ext_print *p)
{
	devgroup_out(p, "", p->numeric);
}

static void devgroup_help(struct strbuf *out)
{
	strbuf_adds(out,
		"devgroup match options:\n"
		"[!] --src-group value[/mask]\tMatch device group of incoming device\n"
		"[!] --dst-group value[/mask]\tMatch device group of outgoing device\n");
}

const struct ext ext_devgroup = {
	.name = "devgroup",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_devgroup_info),
	.xt_size = sizeof(struct xt_devgroup_info),
	.opts = devgroup_opts,
	.parse = devgroup_parse,
	.check = devgroup_check,
	.save = devgroup_save,
	.print = devgroup_print,
	.help = devgroup_help,
};
