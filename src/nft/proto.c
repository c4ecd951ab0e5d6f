// SPDX-License-Identifier: GPL-2.0-or-later
/* Network header layouts, shared by linearize.c and delinearize.c. */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>

#include "proto.h"

static const struct proto_l3 proto_ipv4 = {
	.family = NFPROTO_IPV4, .saddr = 12, .daddr = 16, .alen = 4,
};

static const struct proto_l3 proto_ipv6 = {
	.family = NFPROTO_IPV6, .saddr = 8, .daddr = 24, .alen = 16,
};

const struct proto_l3 *proto_l3_get(uint8_t family)
{
	return family == NFPROTO_IPV6 ? &proto_ipv6 : &proto_ipv4;
}
