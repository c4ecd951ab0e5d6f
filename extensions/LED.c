// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * LED: blinks an LED trigger "netfilter-ID".  The payload is the kernel's
 * struct xt_led_info (compat target revision 0).  Kernels without xt_LED
 * (like the test machine's) refuse it: the probe warns when -j LED is
 * read, and the rule fails in the kernel with ENOENT, as with iptables.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <linux/netfilter/xt_LED.h>

#include <iptnft/ext.h>

#define LED_PREFIX "netfilter-"

enum {
	O_TRIGGER_ID, O_DELAY, O_ALWAYS_BLINK,
};

static const struct ext_opt LED_opts[] = {
	{ .name = "led-trigger-id", .id = O_TRIGGER_ID, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND,
	  .max = sizeof(((struct xt_led_info *)0)->id) - sizeof(LED_PREFIX) },
	{ .name = "led-delay", .id = O_DELAY, .type = EXT_T_CUSTOM },
	{ .name = "led-always-blink", .id = O_ALWAYS_BLINK,
	  .type = EXT_T_NONE },
	EXT_OPT_END
};

static int LED_parse(struct ext_parse *p)
{
	struct xt_led_info *t = ext_data(p->self);
	uint64_t v;

	switch (p->opt->id) {
	case O_TRIGGER_ID:
		if (strlen(p->arg) > p->opt->max)
			return erec_param(p->err, p->loc,
				"Argument must have a maximum length of %u characters\n",
				(unsigned int)p->opt->max);
		snprintf(t->id, sizeof(t->id), LED_PREFIX "%s", p->arg);
		break;
	case O_DELAY:
		if (!strncasecmp(p->arg, "inf", 3))
			t->delay = UINT32_MAX;
		else if (ext_strtoul(p->arg, NULL, 0, UINT32_MAX, &v))
			t->delay = v;
		else
			return erec_param(p->err, p->loc,
				"Delay value must be within range 0..%u",
				UINT32_MAX);
		break;
	case O_ALWAYS_BLINK:
		t->always_blink = 1;
		break;
	}
	return 0;
}

/* the id without its prefix, '"' and '\' escaped, in quotes */
static void led_id(struct strbuf *out, const struct xt_led_info *t)
{
	const char *id = t->id + strlen(LED_PREFIX);

	strbuf_addc(out, '"');
	for (; *id && id < t->id + sizeof(t->id); id++) {
		if (*id == '"' || *id == '\\')
			strbuf_addc(out, '\\');
		strbuf_addc(out, *id);
	}
	strbuf_addc(out, '"');
}

/* 1.8.9 prints the delay as a signed number ("inf" is -1 in save) */
static void LED_save(const struct ext_print *p)
{
	const struct xt_led_info *t = ext_data(p->self);

	strbuf_adds(p->out, " --led-trigger-id ");
	led_id(p->out, t);
	if (t->delay > 0)
		strbuf_addf(p->out, " --led-delay %d", (int)t->delay);
	if (t->always_blink)
		strbuf_adds(p->out, " --led-always-blink");
}

static void LED_print(const struct ext_print *p)
{
	const struct xt_led_info *t = ext_data(p->self);

	strbuf_adds(p->out, " led-trigger-id:");
	led_id(p->out, t);
	if (t->delay == UINT32_MAX)
		strbuf_adds(p->out, " led-delay:inf");
	else
		strbuf_addf(p->out, " led-delay:%dms", (int)t->delay);
	if (t->always_blink)
		strbuf_adds(p->out, " led-always-blink");
}

static int LED_from_xt(struct ir_ext *self, const void *xt, size_t len)
{
	if (len < offsetof(struct xt_led_info, internal_data))
		return -1;
	memcpy(ext_data(self), xt, offsetof(struct xt_led_info,
					    internal_data));
	return 0;
}

static void LED_help(struct strbuf *out)
{
	strbuf_adds(out,
		"LED target options:\n"
		"--led-trigger-id name           suffix for led trigger name\n"
		"--led-delay ms                  leave the LED on for this number of\n"
		"                                milliseconds after triggering.\n"
		"--led-always-blink              blink on arriving packets, even if\n"
		"                                the LED is already on.\n");
}

const struct ext ext_LED = {
	.name = "LED",
	.kind = EXT_TARGET,
	.size = sizeof(struct xt_led_info),
	.xt_size = sizeof(struct xt_led_info),
	.opts = LED_opts,
	.parse = LED_parse,
	.save = LED_save,
	.print = LED_print,
	.from_xt = LED_from_xt,
	.help = LED_help,
};
