// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * TPROXY: redirects to a local socket without changing the packet, and
 * marks it.  The payload is the kernel's struct xt_tproxy_target_info_v1,
 * written as the compat target revision 1 for both families (as
 * iptables-nft 1.8.9 does); the port is kept in network order.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <string.h>
#include <linux/netfilter/xt_TPROXY.h>

#include <iptnft/ext.h>
#include <iptnft/values.h>

#include "helpers.h"

enum {
	O_ON_PORT, O_ON_IP, O_MARK,
};

#define INFO struct xt_tproxy_target_info_v1

static const struct ext_opt TPROXY_opts[] = {
	{ .name = "on-port", .id = O_ON_PORT, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_MAND },
	{ .name = "on-ip", .id = O_ON_IP, .type = EXT_T_CUSTOM },
	{ .name = "tproxy-mark", .id = O_MARK, .type = EXT_T_CUSTOM },
	EXT_OPT_END
};

static int TPROXY_parse(struct ext_parse *p)
{
	INFO *t = ext_data(p->self);
	union ir_addr a;
	uint16_t port;

	switch (p->opt->id) {
	case O_ON_PORT:
		if (xt_port_by_name(p->arg, &port) < 0)
			return erec_param(p->err, p->loc,
				"Port \"%s\" does not resolve to anything.\n",
				p->arg);
		t->lport = htons(port);
		break;
	case O_ON_IP:
		if (xt_parse_host(p->family, p->arg, &a, p->err, p->loc) < 0)
			return -1;
		memcpy(&t->laddr, &a, sizeof(t->laddr));
		break;
	case O_MARK:
		return ext_markmask(p, &t->mark_value, &t->mark_mask);
	}
	return 0;
}

static const char *laddr_str(const struct ext_print *p, char *buf,
			     size_t len)
{
	const INFO *t = ext_data(p->self);
	union ir_addr a;

	memcpy(&a, &t->laddr, sizeof(a));
	return addr_str(p->family, &a, buf, len);
}

static void TPROXY_save(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);
	char buf[INET6_ADDRSTRLEN];

	strbuf_addf(p->out, " --on-port %u --on-ip %s --tproxy-mark 0x%x/0x%x",
		    ntohs(t->lport), laddr_str(p, buf, sizeof(buf)),
		    t->mark_value, t->mark_mask);
}

static void TPROXY_print(const struct ext_print *p)
{
	const INFO *t = ext_data(p->self);
	char buf[INET6_ADDRSTRLEN];

	strbuf_addf(p->out, " TPROXY redirect %s:%u mark 0x%x/0x%x",
		    laddr_str(p, buf, sizeof(buf)), ntohs(t->lport),
		    t->mark_value, t->mark_mask);
}

static void TPROXY_help(struct strbuf *out)
{
	strbuf_adds(out,
		"TPROXY target options:\n"
		"  --on-port port\t\t    Redirect connection to port, or the original port if 0\n"
		"  --on-ip ip\t\t\t    Optionally redirect to the given IP\n"
		"  --tproxy-mark value[/mask]\t    Mark packets with the given value/mask\n"
		"\n");
}

const struct ext ext_TPROXY = {
	.name = "TPROXY",
	.kind = EXT_TARGET,
	.revision = 1,
	.size = sizeof(INFO),
	.xt_size = sizeof(INFO),
	.opts = TPROXY_opts,
	.parse = TPROXY_parse,
	.save = TPROXY_save,
	.print = TPROXY_print,
	.help = TPROXY_help,
};
