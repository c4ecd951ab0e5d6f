// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * CLASSIFY: sets skb->priority to a tc class MAJOR:MINOR (hexadecimal).
 * The payload is the kernel's struct xt_classify_target_info (compat
 * target revision 0).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/pkt_sched.h>
#include <linux/netfilter/xt_CLASSIFY.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

enum {
	O_SET_CLASS,
};

static const struct ext_opt CLASSIFY_opts[] = {
	{ .name = "set-class", .id = O_SET_CLASS, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	EXT_OPT_END
};

/* Read as iptables does, with "%x:%x" (so "1:2x" is 1:2, 1ffff:1 is 0:1). */
static int CLASSIFY_parse(struct ext_parse *p)
{
	struct xt_classify_target_info *t = ext_data(p->self);
	unsigned int major, minor;

	if (sscanf(p->arg, "%x:%x", &major, &minor) != 2)
		return erec_param(p->err, p->loc, "Bad class value \"%s\"",
				  p->arg);
	t->priority = TC_H_MAKE(major << 16, minor);
	return 0;
}

static void CLASSIFY_save(const struct ext_print *p)
{
	const struct xt_classify_target_info *t = ext_data(p->self);

	strbuf_addf(p->out, " --set-class %04x:%04x",
		    TC_H_MAJ(t->priority) >> 16, TC_H_MIN(t->priority));
}

static void CLASSIFY_print(const struct ext_print *p)
{
	const struct xt_classify_target_info *t = ext_data(p->self);

	strbuf_addf(p->out, " CLASSIFY set %x:%x",
		    TC_H_MAJ(t->priority) >> 16, TC_H_MIN(t->priority));
}

static void CLASSIFY_help(struct strbuf *out)
{
	strbuf_adds(out,
		"CLASSIFY target options:\n"
		"--set-class MAJOR:MINOR    Set skb->priority value (always hexadecimal!)\n");
}

/* ---- iptables-translate ---- */

static int CLASSIFY_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_classify_target_info *c = ext_data(self);

	xl_add(xl, "meta priority set %x:%x", c->priority >> 16,
	       c->priority & 0xFFFF);
	return 0;
}

const struct ext ext_CLASSIFY = {
	.name = "CLASSIFY",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_classify_target_info),
	.xt_size = sizeof(struct xt_classify_target_info),
	.opts = CLASSIFY_opts,
	.parse = CLASSIFY_parse,
	.save = CLASSIFY_save,
	.print = CLASSIFY_print,
	.help = CLASSIFY_help,
	.xlate = CLASSIFY_xlate,
};
