// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * NFQUEUE: hands the packet to a userspace queue, or balances flows over a
 * range of queues.  The payload is the kernel's struct xt_NFQ_info_v3,
 * written as the compat target revision 3 (as iptables-nft 1.8.9 does).
 * --queue-balance stops at 65534, as upstream does since 1.8.10 (1.8.9
 * turns "a:" into a:65535, which the kernel cannot count).
 */
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/xt_NFQUEUE.h>

#include <iptnft/ext.h>

enum {
	O_QUEUE_NUM, O_QUEUE_BALANCE, O_QUEUE_BYPASS, O_QUEUE_CPU_FANOUT,
};

static const struct ext_opt NFQUEUE_opts[] = {
	{ .name = "queue-num", .id = O_QUEUE_NUM, .type = EXT_T_U16,
	  .flags = EXT_O_PUT, .excl = 1 << O_QUEUE_BALANCE,
	  .off = offsetof(struct xt_NFQ_info_v3, queuenum) },
	{ .name = "queue-balance", .id = O_QUEUE_BALANCE,
	  .type = EXT_T_U16RANGE, .flags = EXT_O_PUT | EXT_O_ANYORDER,
	  .excl = 1 << O_QUEUE_NUM, .max = UINT16_MAX - 1,
	  .off = offsetof(struct xt_NFQ_info_v3, queuenum) },
	{ .name = "queue-bypass", .id = O_QUEUE_BYPASS, .type = EXT_T_NONE },
	{ .name = "queue-cpu-fanout", .id = O_QUEUE_CPU_FANOUT,
	  .type = EXT_T_NONE, .also = 1 << O_QUEUE_BALANCE },
	EXT_OPT_END
};

static void NFQUEUE_init(struct ir_ext *self)
{
	struct xt_NFQ_info_v3 *t = ext_data(self);

	t->queues_total = 1;
}

/* The typed layer stored first:last in queuenum and queues_total. */
static int NFQUEUE_parse(struct ext_parse *p)
{
	struct xt_NFQ_info_v3 *t = ext_data(p->self);

	switch (p->opt->id) {
	case O_QUEUE_BALANCE:
		if (!strchr(p->arg, ':'))
			return erec_param(p->err, p->loc, "Bad range \"%s\"",
					  p->arg);
		if (t->queuenum >= t->queues_total)
			return erec_param(p->err, p->loc,
					  "%u should be less than %u",
					  t->queuenum, t->queues_total);
		t->queues_total = t->queues_total - t->queuenum + 1;
		break;
	case O_QUEUE_BYPASS:
		t->flags |= NFQ_FLAG_BYPASS;
		break;
	case O_QUEUE_CPU_FANOUT:
		t->flags |= NFQ_FLAG_CPU_FANOUT;
		break;
	}
	return 0;
}

static void nfqueue_print(const struct ext_print *p, bool save)
{
	const struct xt_NFQ_info_v3 *t = ext_data(p->self);
	unsigned int last = t->queuenum + t->queues_total - 1;

	if (t->queues_total > 1)
		strbuf_addf(p->out, save ? " --queue-balance %u:%u" :
			    " NFQUEUE balance %u:%u", t->queuenum, last);
	else
		strbuf_addf(p->out, save ? " --queue-num %u" :
			    " NFQUEUE num %u", t->queuenum);
	if (t->flags & NFQ_FLAG_BYPASS)
		strbuf_adds(p->out, save ? " --queue-bypass" : " bypass");
	if (t->flags & NFQ_FLAG_CPU_FANOUT)
		strbuf_adds(p->out, save ? " --queue-cpu-fanout" :
			    " cpu-fanout");
}

static void NFQUEUE_save(const struct ext_print *p)
{
	nfqueue_print(p, true);
}

static void NFQUEUE_print(const struct ext_print *p)
{
	nfqueue_print(p, false);
}

static void NFQUEUE_help(struct strbuf *out)
{
	strbuf_adds(out,
		"NFQUEUE target options\n"
		"  --queue-num value            Send packet to QUEUE number <value>.\n"
		"                               Valid queue numbers are 0-65535\n"
		"  --queue-balance first:last   Balance flows between queues <value> to <value>.\n"
		"  --queue-bypass               Bypass Queueing if no queue instance exists.\n"
		"  --queue-cpu-fanout\tUse current CPU (no hashing)\n");
}

const struct ext ext_NFQUEUE = {
	.name = "NFQUEUE",
	.kind = EXT_TARGET,
	.revision = 3,
	.size = sizeof(struct xt_NFQ_info_v3),
	.xt_size = sizeof(struct xt_NFQ_info_v3),
	.opts = NFQUEUE_opts,
	.init = NFQUEUE_init,
	.parse = NFQUEUE_parse,
	.save = NFQUEUE_save,
	.print = NFQUEUE_print,
	.help = NFQUEUE_help,
};
