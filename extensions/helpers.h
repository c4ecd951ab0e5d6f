/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Printing and parsing helpers shared by the extensions in this directory
 * (not part of the extension interface): quoted strings as iptables-save
 * writes them, value/mask pairs, and name lists of bit sets.
 */
#ifndef IPTNFT_EXT_HELPERS_H
#define IPTNFT_EXT_HELPERS_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/ir.h>
#include <iptnft/util.h>

/*
 * " word" when s is only letters, digits, '_' and '-', else " \"...\""
 * with '"', '\'' and '\\' escaped by a backslash (empty: " \"\"").
 */
void xt_save_string(struct strbuf *out, const char *s);

/* " 0xV" or " 0xV/0xM" (the mask only when it is not ~0) */
void xt_markmask(struct strbuf *out, uint32_t v, uint32_t m);

/* A name for each bit of a mask, in bit order. */
struct xt_bitname {
	const char *name;
	uint32_t bit;
};

/* "A,B,C" for the bits of v that have names, in table order */
void xt_bitnames(struct strbuf *out, const struct xt_bitname *t, uint32_t v);

/*
 * The host order value of an IPv4/IPv6 mask of plen bits in the 16 bytes
 * of m (the rest zeroed).
 */
void xt_plen_mask(union ir_addr *m, unsigned int plen);

/*
 * One host address as iptables' option layer reads it (getaddrinfo in the
 * rule's family): "getaddrinfo: ..." or "... resolves to more than one
 * address" on error (queued in err, -EINVAL).
 */
struct erec;
struct location;
int xt_parse_host(uint8_t family, const char *s, union ir_addr *a,
		  struct erec *err, const struct location *loc);

/*
 * "host[/plen|/mask]" as XTTYPE_HOSTMASK reads it: the host by
 * xt_parse_host() (not masked), the prefix length 0..32 (128), or a
 * numeric mask; without "/" the mask is full.  *hlen (if not NULL) gets
 * the prefix length, 255 for a mask that is not a prefix, whose *m is then
 * a full mask (as 1.8.9 has it).  ext and opt name the option in the
 * error message.
 */
int xt_parse_hostmask(uint8_t family, const char *s, union ir_addr *a,
		      union ir_addr *m, unsigned int *hlen, const char *ext,
		      const char *opt, struct erec *err,
		      const struct location *loc);

/* The part after "/" of xt_parse_hostmask(): XTTYPE_PLENMASK. */
int xt_parse_plenmask(uint8_t family, const char *s, union ir_addr *m,
		      unsigned int *hlen, const char *ext, const char *opt,
		      struct erec *err, const struct location *loc);

/*
 * ipset sets by name and index, asked over the ipset socket option as
 * iptables does.  xt_ipset_by_name() queues iptables' messages (the set
 * must exist and suit the family); xt_ipset_name() fills name (32 bytes)
 * and returns 0, or -1.
 */
int xt_ipset_by_name(const char *name, uint8_t family, uint16_t *index,
		     struct erec *err, const struct location *loc);
int xt_ipset_name(uint16_t index, char *name);

/*
 * A port number or service name as iptables' option layer resolves it
 * (getaddrinfo without hints, so "65536" wraps to 0); -1 when it does not
 * resolve.
 */
int xt_port_by_name(const char *s, uint16_t *port);

/*
 * TTL and HL (extensions/TTL.c): one implementation for both, by the
 * extension's name; option ids and table order are set, dec, inc.
 */
struct ext_parse;
struct ext_check;
struct ext_print;

enum {
	TTLHL_SET, TTLHL_DEC, TTLHL_INC,
};

int ttlhl_parse(struct ext_parse *p);
int ttlhl_check(struct ext_check *c);
void ttlhl_save(const struct ext_print *p);
void ttlhl_print(const struct ext_print *p);

/*
 * DNPT and SNPT (extensions/DNPT.c): one implementation for both, by the
 * extension's name.
 */
extern const struct ext_opt npt_opts[];
int npt_parse(struct ext_parse *p);
void npt_save(const struct ext_print *p);
void npt_print(const struct ext_print *p);
void npt_help(struct strbuf *out);

#endif
