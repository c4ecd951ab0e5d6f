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

#include <iptnft/erec.h>
#include <iptnft/ext.h>
#include <iptnft/ir.h>
#include <iptnft/util.h>

/*
 * " word" when s is only letters, digits, '_' and '-', else " \"...\""
 * with '"', '\'' and '\\' escaped by a backslash (empty: " \"\"").
 */
void xt_save_string(struct strbuf *out, const char *s);

/*
 * A number as iptables reads one: blanks (and a '+') may come first, no
 * '-', any C base, within [min, max].  With end, *end is where the number
 * stopped and text may follow it; without, the number is the whole string.
 */
bool xt_parse_uint(const char *s, char **end, uint64_t min, uint64_t max,
		   uint64_t *out);

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
 * A u32 range as -L shows it when it is not 0:max or inverted:
 * "NAME:[!]a" for one value, "NAMEs:[!]a:b" for a range (no leading
 * space: callers print their own).
 */
void xt_range_list(struct strbuf *out, const char *name, const uint32_t r[2],
		   bool inv, uint32_t max);

/* " [!] --OPT a" or " [!] --OPT a:b" */
void xt_range_save(struct strbuf *out, const char *opt, const uint32_t r[2],
		   bool inv);

/*
 * A TOS value as iptables reads it: "v[/m]" (m = 0xff if absent) or one
 * of the symbolic names (with mask symmask).  0, or -EINVAL with the
 * message queued.
 */
int xt_tos_parse(const char *arg, uint8_t symmask, uint8_t *value,
		 uint8_t *mask, struct erec *err, const struct location *loc);

/* " NAME" for a symbolic TOS value under mask 0x3f; false if none */
bool xt_tos_symbolic(struct strbuf *out, uint8_t value, uint8_t mask);

/* iptables' reading of a number: blanks and '+' allowed, no '-', any C
 * base; stops at *end (may be NULL: then the whole string). */
bool xt_strtoui(const char *s, char **end, uint32_t min, uint32_t max,
		uint32_t *out);
bool xt_strtoull(const char *s, char **end, uint64_t min, uint64_t max,
		 uint64_t *out);

/* The DSCP value of a DiffServ class name (BE, EF, AFxy, CSx), or -1. */
int xt_dscp_class(const char *name);

/*
 * A numeric IPv4 address as iptables reads one in extensions: up to four
 * parts of any C base, missing trailing parts zero ("10.1" is 10.1.0.0).
 */
bool xt_ipv4_numeric(const char *s, struct in_addr *out);

/*
 * ext->equal for matches whose iptables extension compares no bytes of
 * the payload (no userspacesize): for -C and -D any two are the same.
 */
bool xt_equal_any(const struct ir_ext *a, const struct ir_ext *b);

/*
 * Name maps of iproute2 files (/etc/iproute2/rt_realms, .../group): "id
 * name" lines, ids 0-255.  A missing file maps nothing.
 */
int xt_lmap_id(const char *file, const char *name);	/* -1: none */
const char *xt_lmap_name(const char *file, uint32_t id); /* NULL: none */
bool xt_lmap_exists(const char *file);

/*
 * "v[/m]" (m = ~0 if absent) as iptables reads marks with an optional
 * name map (lmap_file, may be NULL): a word that is no number is looked
 * up there.  0, or -EINVAL with iptables' message queued (ext_name and
 * opt name it).
 */
int xt_val_mask_parse(const char *arg, const char *lmap_file,
		      const char *ext_name, const char *opt, uint32_t *val,
		      uint32_t *mask, struct erec *err,
		      const struct location *loc);

/*
 * An address and its mask as iptables shows them numerically: "a.b.c.d"
 * alone for a host mask, "/N" for a prefix, "/mask" otherwise.
 */
void xt_addr_mask(struct strbuf *out, uint8_t family, const void *addr,
		  const void *mask);

/*
 * The option list of the IPv6 hop-by-hop and destination option headers:
 * "TYPE[:LEN][,...]" (at most 16) as (type << 8 | len), len 0xff when not
 * given.  ext names the match in messages, pad0 is its message for a
 * length on type 0.  Returns the number of entries, or -EINVAL.
 */
int xt_ip6_opts_parse(struct ext_parse *p, const char *ext, const char *pad0,
		      uint16_t *opts);
void xt_ip6_opts_out(struct strbuf *out, const uint16_t *opts,
		     unsigned int n);

#endif
