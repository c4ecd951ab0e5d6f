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
/* -p's protocol names, case-sensitive (extension options). */
int ext_proto_parse(const char *s, uint16_t *out);
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

/* "src,dst,...": the directions of an ipset match or target, one per
 * dimension (s->dim counts them, s->flags marks src) */
struct xt_set_info;
int xt_ipset_dirs_parse(struct ext_parse *p, const char *arg,
			struct xt_set_info *s);

/* " [!] --NAME a" or " [!] --NAME a:b" of a port range */
void xt_ports_save(struct strbuf *out, const char *name,
		   const uint16_t r[2], bool inv);

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
 * dst and hbh (extensions/dst.c): one implementation for both, by the
 * extension's name; option ids are these.
 */
enum {
	IP6OPTS_LEN, IP6OPTS_OPTS,
};

int ip6opts_parse(struct ext_parse *p);
void ip6opts_save(const struct ext_print *p);
void ip6opts_print(const struct ext_print *p);

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
