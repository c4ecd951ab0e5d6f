// SPDX-License-Identifier: GPL-2.0-or-later
/* The registry: every extension, once.  Add new ones here. */
#include <stdio.h>
#include <stddef.h>

#include <iptnft/ext.h>

extern const struct ext ext_tcp;
extern const struct ext ext_udp;
extern const struct ext ext_icmp;
extern const struct ext ext_icmp6;

const struct ext *const ext_all[] = {
	&ext_tcp,
	&ext_udp,
	&ext_icmp,
	&ext_icmp6,
	NULL,
};
