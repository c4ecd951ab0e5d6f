// SPDX-License-Identifier: GPL-2.0-or-later
/* The registry: every extension, once.  Add new ones here. */
#include <stdio.h>
#include <stddef.h>

#include <iptnft/ext.h>

extern const struct ext ext_tcp;
extern const struct ext ext_udp;
extern const struct ext ext_icmp;
extern const struct ext ext_icmp6;
extern const struct ext ext_comment;
extern const struct ext ext_mark;
extern const struct ext ext_statistic;
extern const struct ext ext_MARK;
extern const struct ext ext_addrtype;
extern const struct ext ext_conntrack;
extern const struct ext ext_state;
extern const struct ext ext_DNAT;
extern const struct ext ext_SNAT4;
extern const struct ext ext_SNAT6;
extern const struct ext ext_MASQUERADE4;
extern const struct ext ext_MASQUERADE6;
extern const struct ext ext_REDIRECT4;
extern const struct ext ext_REDIRECT6;
extern const struct ext ext_REJECT4;
extern const struct ext ext_REJECT6;
extern const struct ext ext_multiport;
extern const struct ext ext_limit;
extern const struct ext ext_connmark;
extern const struct ext ext_CONNMARK;
extern const struct ext ext_LOG;

const struct ext *const ext_all[] = {
	&ext_tcp,
	&ext_udp,
	&ext_icmp,
	&ext_icmp6,
	&ext_comment,
	&ext_mark,
	&ext_statistic,
	&ext_MARK,
	&ext_addrtype,
	&ext_conntrack,
	&ext_state,
	&ext_DNAT,
	&ext_SNAT4,
	&ext_SNAT6,
	&ext_MASQUERADE4,
	&ext_MASQUERADE6,
	&ext_REDIRECT4,
	&ext_REDIRECT6,
	&ext_REJECT4,
	&ext_REJECT6,
	&ext_multiport,
	&ext_limit,
	&ext_connmark,
	&ext_CONNMARK,
	&ext_LOG,
	NULL,
};
