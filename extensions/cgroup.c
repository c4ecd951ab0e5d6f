// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * cgroup: the socket's cgroup v2 path or net_cls class id.  The payload is
 * the kernel's struct xt_cgroup_info_v2 (revision 2), written as the
 * compat match; path and class id share storage, and the kernel refuses
 * both at once (or neither).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_cgroup.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"

enum {
	O_PATH, O_CLASSID,
};

static const struct ext_opt cgroup_opts[] = {
	{ .name = "path", .id = O_PATH, .type = EXT_T_STRING,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .size = XT_CGROUP_PATH_MAX,
	  .off = offsetof(struct xt_cgroup_info_v2, path) },
	{ .name = "cgroup", .id = O_CLASSID, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_cgroup_info_v2, classid) },
	EXT_OPT_END
};

static int cgroup_parse(struct ext_parse *p)
{
	struct xt_cgroup_info_v2 *c = ext_data(p->self);

	if (p->opt->id == O_PATH) {
		c->has_path = 1;
		if (p->invert)
			c->invert_path = 1;
	} else {
		c->has_classid = 1;
		if (p->invert)
			c->invert_classid = 1;
	}
	return 0;
}

static void cgroup_save(const struct ext_print *p)
{
	const struct xt_cgroup_info_v2 *c = ext_data(p->self);
	char path[XT_CGROUP_PATH_MAX + 1];

	if (c->has_path) {
		snprintf(path, sizeof(path), "%.*s", XT_CGROUP_PATH_MAX,
			 c->path);
		ext_save_opt(p->out, c->invert_path, "path");
		xt_save_string(p->out, path);
	}
	if (c->has_classid)
		strbuf_addf(p->out, "%s --cgroup %u",
			    c->invert_classid ? " !" : "", c->classid);
}

static void cgroup_print(const struct ext_print *p)
{
	const struct xt_cgroup_info_v2 *c = ext_data(p->self);

	strbuf_adds(p->out, " cgroup");
	if (c->has_path)
		strbuf_addf(p->out, " %s%.*s", c->invert_path ? "! " : "",
			    XT_CGROUP_PATH_MAX, c->path);
	if (c->has_classid)
		strbuf_addf(p->out, " %s%u", c->invert_classid ? "! " : "",
			    c->classid);
}

static bool cgroup_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_cgroup_info_v2, priv));
}

static void cgroup_help(struct strbuf *out)
{
	strbuf_adds(out,
		"cgroup match options:\n"
		"[!] --path path                 Recursively match path relative to cgroup2 root\n"
		"[!] --cgroup classid            Match cgroup classid, can't be used with --path\n");
}

const struct ext ext_cgroup = {
	.name = "cgroup",
	.kind = EXT_MATCH,
	.revision = 2,
	.size = sizeof(struct xt_cgroup_info_v2),
	.xt_size = sizeof(struct xt_cgroup_info_v2),
	.opts = cgroup_opts,
	.parse = cgroup_parse,
	.save = cgroup_save,
	.print = cgroup_print,
	.help = cgroup_help,
	.equal = cgroup_equal,
};
