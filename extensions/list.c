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
extern const struct ext ext_sctp;
extern const struct ext ext_dccp;
extern const struct ext ext_ah;
extern const struct ext ext_ah6;
extern const struct ext ext_esp;
extern const struct ext ext_ttl;
extern const struct ext ext_hl;
extern const struct ext ext_length;
extern const struct ext ext_tos;
extern const struct ext ext_dscp;
extern const struct ext ext_ecn;
extern const struct ext ext_pkttype;
extern const struct ext ext_iprange;
extern const struct ext ext_mac;
extern const struct ext ext_owner;
extern const struct ext ext_helper;
extern const struct ext ext_realm;
extern const struct ext ext_cpu;
extern const struct ext ext_devgroup;
extern const struct ext ext_connbytes;
extern const struct ext ext_connlimit;
extern const struct ext ext_quota;
extern const struct ext ext_time;
extern const struct ext ext_string;
extern const struct ext ext_u32;
extern const struct ext ext_recent;
extern const struct ext ext_hashlimit;
extern const struct ext ext_hashlimit6;
extern const struct ext ext_rpfilter;
extern const struct ext ext_socket;
extern const struct ext ext_physdev;
extern const struct ext ext_policy;
extern const struct ext ext_cgroup;
extern const struct ext ext_cluster;
extern const struct ext ext_ipvs;
extern const struct ext ext_frag;
extern const struct ext ext_hbh;
extern const struct ext ext_dst;
extern const struct ext ext_ipv6header;
extern const struct ext ext_rt;
extern const struct ext ext_mh;
extern const struct ext ext_eui64;
extern const struct ext ext_srh;
extern const struct ext ext_connlabel;
extern const struct ext ext_rateest;
extern const struct ext ext_bpf;
extern const struct ext ext_nfacct;
extern const struct ext ext_osf;
extern const struct ext ext_set;
extern const struct ext ext_tcpmss;
extern const struct ext ext_ipcomp;
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
extern const struct ext ext_ULOG;
extern const struct ext ext_CLUSTERIP;

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
	&ext_sctp,
	&ext_dccp,
	&ext_ah,
	&ext_ah6,
	&ext_esp,
	&ext_ttl,
	&ext_hl,
	&ext_length,
	&ext_tos,
	&ext_dscp,
	&ext_ecn,
	&ext_pkttype,
	&ext_iprange,
	&ext_mac,
	&ext_owner,
	&ext_helper,
	&ext_realm,
	&ext_cpu,
	&ext_devgroup,
	&ext_connbytes,
	&ext_connlimit,
	&ext_quota,
	&ext_time,
	&ext_string,
	&ext_u32,
	&ext_recent,
	&ext_hashlimit,
	&ext_hashlimit6,
	&ext_rpfilter,
	&ext_socket,
	&ext_physdev,
	&ext_policy,
	&ext_cgroup,
	&ext_cluster,
	&ext_ipvs,
	&ext_frag,
	&ext_hbh,
	&ext_dst,
	&ext_ipv6header,
	&ext_rt,
	&ext_mh,
	&ext_eui64,
	&ext_srh,
	&ext_connlabel,
	&ext_rateest,
	&ext_bpf,
	&ext_nfacct,
	&ext_osf,
	&ext_set,
	&ext_tcpmss,
	&ext_ipcomp,
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
	&ext_ULOG,
	&ext_CLUSTERIP,
	NULL,
};
