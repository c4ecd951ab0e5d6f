/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ICMP and ICMPv6 type names, shared by the icmp and icmp6 matches. */
#ifndef IPTNFT_ICMP_NAMES_H
#define IPTNFT_ICMP_NAMES_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/util.h>

struct icmp_name {
	const char *name;
	uint8_t type;
	uint8_t code_min, code_max;
	bool unlisted;		/* accepted, not shown by -h */
};

/*
 * A name (an unambiguous prefix), a type number, "type/code" or
 * "type/min:max".  -EINVAL: unknown type, -ERANGE: bad code, -EEXIST:
 * ambiguous (amb1 and amb2 name the candidates), -EILSEQ: text after the
 * codes (amb1 points at it).
 */
int icmp_type_parse(const struct icmp_name *names, const char *s,
		    uint8_t *type, uint8_t code[2], const char **amb1,
		    const char **amb2);
/* The "Valid ICMP Types:" list of -h: names, aliases in parentheses,
 * codes indented; entries from new_from on (names iptables 1.8.9 did not
 * know) are left out. */
void icmp_names_help(struct strbuf *out, const struct icmp_name *names);

/* " [!] --opt type[/code]" ("any" for type 255 when any is set) */
void icmp_type_save(struct strbuf *out, const char *opt, uint8_t type,
		    const uint8_t code[2], bool inv, bool any);
/* the -L form: " PROTO [!]name" or " PROTO[ !]type N[ code C]" */
void icmp_type_list(struct strbuf *out, const struct icmp_name *names,
		    const char *proto, uint8_t type, const uint8_t code[2],
		    bool inv, bool numeric);

#endif
