// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Whether the legacy (x_tables) side of the kernel has tables in this
 * network namespace: iptables-nft warns that -L, -S and save do not show
 * them.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter.h>

#include <iptnft/tables.h>

bool legacy_tables_present(uint8_t family)
{
	const char *path = family == NFPROTO_IPV6 ?
			   "/proc/net/ip6_tables_names" :
			   "/proc/net/ip_tables_names";
	FILE *f = fopen(path, "r");
	bool present;

	if (!f)
		return false;
	present = fgetc(f) != EOF;
	fclose(f);
	return present;
}
