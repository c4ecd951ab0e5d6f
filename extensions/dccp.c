// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * dccp: ports, packet types and an option number.  The payload is the
 * kernel's struct xt_dccp_info, written as the compat match.  INVALID
 * stands for all the type values from 10 up (bits 10-15).
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_dccp.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

#include "helpers.h"
#include <iptnft/values.h>

enum {
	O_SPORT, O_DPORT, O_TYPES, O_OPTION,
};

static const struct ext_opt dccp_opts[] = {
	{ .name = "source-port", .id = O_SPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_dccp_info, spts) },
	{ .name = "sport", .id = O_SPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_dccp_info, spts) },
	{ .name = "destination-port", .id = O_DPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_dccp_info, dpts) },
	{ .name = "dport", .id = O_DPORT, .type = EXT_T_PORTRANGE,
	  .flags = EXT_O_INVERT | EXT_O_PUT,
	  .off = offsetof(struct xt_dccp_info, dpts) },
	{ .name = "dccp-types", .id = O_TYPES, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "dccp-option", .id = O_OPTION, .type = EXT_T_U8,
	  .flags = EXT_O_INVERT | EXT_O_PUT, .min = 1,
	  .off = offsetof(struct xt_dccp_info, option) },
	EXT_OPT_END
};

#define TYPE_INVALID	10
#define INVALID_BITS	((uint16_t)~((1U << TYPE_INVALID) - 1))

static const char *const dccp_types[] = {
	"REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE",
	"RESET", "SYNC", "SYNCACK", "INVALID",
};

static int types_parse(struct ext_parse *p, uint16_t *mask)
{
	char *copy = xstrdup(p->arg), *tok, *save = NULL;
	size_t i;
	int ret = 0;

	*mask = 0;
	for (tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < ARRAY_SIZE(dccp_types); i++)
			if (!strcasecmp(dccp_types[i], tok))
				break;
		if (i == ARRAY_SIZE(dccp_types)) {
			ret = erec_param(p->err, p->loc,
					 "Unknown DCCP type `%s'", tok);
			break;
		}
		*mask |= i == TYPE_INVALID ? INVALID_BITS : 1U << i;
	}
	free(copy);
	return ret;
}

static int dccp_parse(struct ext_parse *p)
{
	static const uint16_t bits[] = {
		[O_SPORT] = XT_DCCP_SRC_PORTS, [O_DPORT] = XT_DCCP_DEST_PORTS,
		[O_TYPES] = XT_DCCP_TYPE, [O_OPTION] = XT_DCCP_OPTION,
	};
	struct xt_dccp_info *d = ext_data(p->self);
	unsigned int id = p->opt->id;

	if (id == O_TYPES && types_parse(p, &d->typemask) < 0)
		return -1;
	d->flags |= bits[id];
	if (p->invert)
		d->invflags |= bits[id];
	return 0;
}

static void types_out(struct strbuf *out, uint16_t types, bool numeric)
{
	bool first = true;
	unsigned int i;

	strbuf_addc(out, ' ');
	for (i = 0; i < 16; i++) {
		if (!(types & (1U << i)))
			continue;
		if (!first)
			strbuf_addc(out, ',');
		first = false;
		if (numeric) {
			strbuf_addf(out, "%u", i);
		} else if (i >= TYPE_INVALID) {
			strbuf_adds(out, dccp_types[TYPE_INVALID]);
			break;
		} else {
			strbuf_adds(out, dccp_types[i]);
		}
	}
}

static void dccp_save(const struct ext_print *p)
{
	const struct xt_dccp_info *d = ext_data(p->self);

	if (d->flags & XT_DCCP_SRC_PORTS)
		xt_ports_save(p->out, "sport", d->spts,
			   d->invflags & XT_DCCP_SRC_PORTS);
	if (d->flags & XT_DCCP_DEST_PORTS)
		xt_ports_save(p->out, "dport", d->dpts,
			   d->invflags & XT_DCCP_DEST_PORTS);
	if (d->flags & XT_DCCP_TYPE) {
		ext_save_opt(p->out, d->invflags & XT_DCCP_TYPE, "dccp-types");
		types_out(p->out, d->typemask, false);
	}
	if (d->flags & XT_DCCP_OPTION) {
		ext_save_opt(p->out, d->invflags & XT_DCCP_OPTION,
			     "dccp-option");
		strbuf_addf(p->out, " %u", d->option);
	}
}

static void dccp_print(const struct ext_print *p)
{
	const struct xt_dccp_info *d = ext_data(p->self);

	strbuf_adds(p->out, " dccp");
	if (d->flags & XT_DCCP_SRC_PORTS)
		port_range_list(p->out, "spt", "spts", d->spts,
				d->invflags & XT_DCCP_SRC_PORTS, p->numeric,
				"dccp");
	if (d->flags & XT_DCCP_DEST_PORTS)
		port_range_list(p->out, "dpt", "dpts", d->dpts,
				d->invflags & XT_DCCP_DEST_PORTS, p->numeric,
				"dccp");
	if (d->flags & XT_DCCP_TYPE) {
		if (d->invflags & XT_DCCP_TYPE)
			strbuf_adds(p->out, " !");
		types_out(p->out, d->typemask, p->numeric);
	}
	if (d->flags & XT_DCCP_OPTION)
		strbuf_addf(p->out, " option=%s%u",
			    d->invflags & XT_DCCP_OPTION ? "!" : "",
			    d->option);
}

static void dccp_help(struct strbuf *out)
{
	strbuf_adds(out,
		"dccp match options\n"
		"[!] --source-port port[:port]                          match source port(s)\n"
		" --sport ...\n"
		"[!] --destination-port port[:port]                     match destination port(s)\n"
		" --dport ...\n"
		"[!] --dccp-types type[,...]                            match when packet is one of the given types\n"
		"[!] --dccp-option option                               match if option (by number!) is set\n");
}

const struct ext ext_dccp = {
	.name = "dccp",
	.kind = EXT_MATCH,
	.size = sizeof(struct xt_dccp_info),
	.xt_size = sizeof(struct xt_dccp_info),
	.opts = dccp_opts,
	.parse = dccp_parse,
	.save = dccp_save,
	.print = dccp_print,
	.help = dccp_help,
};
