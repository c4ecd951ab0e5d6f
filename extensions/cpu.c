// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * cpu: the CPU handling the packet.  The payload is the kernel's struct
 * xt_cpu_info, written as the compat match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_cpu.h>

#include <iptnft/ext.h>

enum {
	O_CPU,
};

static const struct ext_opt cpu_opts[] = {
	{ .name = "cpu", .id = O_CPU, .type = EXT_T_U32,
	  .flags = EXT_O_INVERT | EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_cpu_info, cpu) },
	EXT_OPT_END
};

static int cpu_parse(struct ext_parse *p)
{
	struct xt_cpu_info *c = ext_data(p->self);

	c->invert = p->invert;
	return 0;
}

static void cpu_save(const struct ext_print *p)
{
	const struct xt_cpu_info *c = ext_data(p->self);

	strbuf_addf(p->out, "%s --cpu %u", c->invert ? " !" : "", c->cpu);
}

static void cpu_print(const struct ext_print *p)
{
	const struct xt_cpu_info *c = ext_data(p->self);

	strbuf_addf(p->out, " cpu %s%u", c->invert ? "! " : "", c->cpu);
}

static void cpu_help(struct strbuf *out)
{
	strbuf_adds(out,
		"cpu match options:\n"
		"[!] --cpu number   Match CPU number\n");
}

const struct ext ext_cpu = {
	.name = "cpu",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_cpu_info),
	.xt_size = sizeof(struct xt_cpu_info),
	.opts = cpu_opts,
	.parse = cpu_parse,
	.save = cpu_save,
	.print = cpu_print,
	.help = cpu_help,
};
