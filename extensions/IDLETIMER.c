// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * IDLETIMER: a timer per label that fires after the given idle time.
 * The payload is the kernel's struct idletimer_tg_info_v1, written as the
 * compat target revision 1 (as iptables-nft 1.8.9 does); the kernel's
 * timer pointer after the user part reads back as zero.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <linux/netfilter/xt_IDLETIMER.h>

#include <iptnft/ext.h>

enum {
	O_TIMEOUT, O_LABEL, O_ALARM,
};

#define INFO struct idletimer_tg_info_v1

static const struct ext_opt IDLETIMER_opts[] = {
	{ .name = "timeout", .id = O_TIMEOUT, .type = EXT_T_U32,
	  .flags = EXT_O_PUT | EXT_O_MAND, .off = offsetof(INFO, timeout) },
	{ .name = "label", .id = O_LABEL, .type = EXT_T_STRING,
	  .flags = EXT_O_PUT | EXT_O_MAND, .off = offsetof(INFO, label),
	  .size = MAX_IDLETIMER_LABEL_SIZE },
	{ .name = "alarm", .id = O_ALARM, .type = EXT_T_NONE },
	EXT_OPT_END
};

static int IDLETIMER_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);

	if (p->opt->id == O_ALARM)
		t->timer_type = XT_IDLETIMER_ALARM;
	return 0;
}

static void idletimer_print(const struct ext_print *p, const char *dashes,
			    const char *sep)
{
	const INFO *t = ext_data(p->self);

	strbuf_addf(p->out, " %stimeout%s%u %slabel%s%.*s", dashes, sep,
		    t->timeout, dashes, sep, (int)sizeof(t->label), t->label);
	if (t->timer_type & XT_IDLETIMER_ALARM)
		strbuf_addf(p->out, " %salarm", dashes);
}

static void IDLETIMER_save(const struct ext_print *p)
{
	idletimer_print(p, "--", " ");
}

static void IDLETIMER_print(const struct ext_print *p)
{
	idletimer_print(p, "", ":");
}

static int IDLETIMER_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	if (len < offsetof(INFO, timer))
		return -1;
	memcpy(ext_data(self), xt, offsetof(INFO, timer));
	return 0;
}

static void IDLETIMER_help(struct strbuf *out)
{
	strbuf_adds(out,
		"IDLETIMER target options:\n"
		" --timeout time\tTimeout until the notification is sent (in seconds)\n"
		" --label string\tUnique rule identifier\n"
		" --alarm\tUse alarm instead of default timer\n"
		"\n");
}

const struct ext ext_IDLETIMER = {
	.name = "IDLETIMER",
	.kind = EXT_TARGET,
	.revision = 1,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = IDLETIMER_opts,
	.parse = IDLETIMER_parse,
	.save = IDLETIMER_save,
	.print = IDLETIMER_print,
	.from_xt = IDLETIMER_from_xt,
	.help = IDLETIMER_help,
};
