/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What DNAT, SNAT, MASQUERADE and REDIRECT share: reading
 * "[addr[-addr]][:port[-port[/port]]]", printing it back, and moving a
 * range between the kernel's three layouts (the IPv4 compat struct,
 * nf_nat_range and nf_nat_range2).  Parsing works on nf_nat_range2.
 */
#ifndef IPTNFT_EXT_NAT_H
#define IPTNFT_EXT_NAT_H

#include <netinet/in.h>
#include <stdbool.h>
#include <linux/netfilter/nf_nat.h>

#include <iptnft/ext.h>

/* Ports need the rule's protocol to be one that has them. */
bool nat_portok(const struct ir_rule *r);

/* "port[-port[/port]]" into r (flags ORed in); 0 or an error queued. */
int nat_parse_ports(struct ext_parse *p, const char *arg,
		    struct nf_nat_range2 *r);

/* The --to-source/--to-destination argument of p into r. */
int nat_parse_to(struct ext_parse *p, struct nf_nat_range2 *r);

/*
 * " <rangeopt>range" (when there is one; without its leading ':' when
 * skip_colon) and the flags as " <pfx>random" ... .
 */
void nat_print(struct strbuf *out, const struct nf_nat_range2 *r,
	       uint8_t family, const char *rangeopt, const char *pfx,
	       bool skip_colon);

/* Option ids, shared by the four targets' tables. */
enum {
	NAT_O_TO, NAT_O_TO_PORTS, NAT_O_RANDOM, NAT_O_RANDOM_FULLY,
	NAT_O_PERSISTENT,
};

/* The payload layouts, told apart by the extension's payload size. */
enum nat_layout {
	NAT_MRC,	/* struct nf_nat_ipv4_multi_range_compat */
	NAT_RANGE,	/* struct nf_nat_range */
	NAT_RANGE2,	/* struct nf_nat_range2 */
};

enum nat_layout nat_layout_of(const struct ext *x);

/* ext->init for the IPv4 compat layout: one range. */
void nat_init_mrc(struct ir_ext *self);

/* ext->parse of the four targets. */
int nat_parse(struct ext_parse *p);

/* The payload as nf_nat_range2, whatever its layout. */
void nat_range_get(const struct ir_ext *self, struct nf_nat_range2 *r);

/* iptables-translate of the four targets: "dnat to ...", verb first. */
struct xlate;
int nat_xlate(struct xlate *xl, const struct ir_ext *self, const char *verb);

/* The shift (/port) only exists from nf_nat_range2 on. */
int nat_check_no_shift(struct ext_check *c);

#endif
