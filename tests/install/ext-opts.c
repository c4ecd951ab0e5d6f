// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Prints every registered extension and its options, one line each:
 *   match|target NAME FAMILY [!]--opt ...
 * FAMILY is any, ipv4 or ipv6.  tests/install/run.sh checks that the
 * extensions manual page names each of them.
 */
#include <netinet/in.h>
#include <linux/netfilter.h>
#include <stdio.h>

#include <iptnft/ext.h>

int main(void)
{
	const struct ext *const *e;
	const struct ext_opt *o;

	for (e = ext_all; *e; e++) {
		printf("%s %s %s", (*e)->kind == EXT_MATCH ? "match" : "target",
		       (*e)->name,
		       (*e)->family == NFPROTO_IPV4 ? "ipv4" :
		       (*e)->family == NFPROTO_IPV6 ? "ipv6" : "any");
		for (o = (*e)->opts; o && o->name; o++)
			printf(" %s--%s", o->flags & EXT_O_INVERT ? "!" : "",
			       o->name);
		putchar('\n');
	}
	return 0;
}
