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
extern const struct ext ext_NFLOG;
extern const struct ext ext_NFQUEUE;
extern const struct ext ext_NOTRACK;
extern const struct ext ext_CT;
extern const struct ext ext_TCPMSS;
extern const struct ext ext_TCPMSS6;
extern const struct ext ext_TOS;
extern const struct ext ext_TTL;
extern const struct ext ext_HL;
extern const struct ext ext_DSCP;
extern const struct ext ext_ECN;
extern const struct ext ext_CLASSIFY;
extern const struct ext ext_CHECKSUM;
extern const struct ext ext_TRACE;
extern const struct ext ext_AUDIT;
extern const struct ext ext_TEE;
extern const struct ext ext_TPROXY;
extern const struct ext ext_NETMAP;
extern const struct ext ext_NETMAP6;
extern const struct ext ext_DNPT;
extern const struct ext ext_SNPT;
extern const struct ext ext_SYNPROXY;
extern const struct ext ext_TCPOPTSTRIP;
extern const struct ext ext_CONNSECMARK;
extern const struct ext ext_SECMARK;
extern const struct ext ext_LED;
extern const struct ext ext_IDLETIMER;
extern const struct ext ext_RATEEST;
extern const struct ext ext_HMARK;
extern const struct ext ext_SET;

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
	&ext_NFLOG,
	&ext_NFQUEUE,
	&ext_NOTRACK,
	&ext_CT,
	&ext_TCPMSS,
	&ext_TCPMSS6,
	&ext_TOS,
	&ext_TTL,
	&ext_HL,
	&ext_DSCP,
	&ext_ECN,
	&ext_CLASSIFY,
	&ext_CHECKSUM,
	&ext_TRACE,
	&ext_AUDIT,
	&ext_TEE,
	&ext_TPROXY,
	&ext_NETMAP,
	&ext_NETMAP6,
	&ext_DNPT,
	&ext_SNPT,
	&ext_SYNPROXY,
	&ext_TCPOPTSTRIP,
	&ext_CONNSECMARK,
	&ext_SECMARK,
	&ext_LED,
	&ext_IDLETIMER,
	&ext_RATEEST,
	&ext_HMARK,
	&ext_SET,
	NULL,
};
