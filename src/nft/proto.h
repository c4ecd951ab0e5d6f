/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Header fields used by both the linearizer and the delinearizer: one
 * table, two directions.
 */
#ifndef IPTNFT_NFT_PROTO_H
#define IPTNFT_NFT_PROTO_H

#include <stdint.h>

struct proto_l3 {
	uint8_t family;
	uint32_t saddr;		/* network header offsets */
	uint32_t daddr;
	uint32_t alen;
};

const struct proto_l3 *proto_l3_get(uint8_t family);

/* What iptables-nft compares an interface name with for "! -i +". */
#define IFACE_NEVER "INVAL/D"

#endif
