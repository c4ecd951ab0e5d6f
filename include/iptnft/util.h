/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Small helpers used everywhere: allocation that cannot fail (it ends the
 * program with iptables' resource message), an intrusive list, and a
 * growable string buffer.
 *
 * Ownership: x*alloc return owned memory; strbuf owns its text until
 * strbuf_release() or strbuf_detach().
 */
#ifndef IPTNFT_UTIL_H
#define IPTNFT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define __printf(a, b) __attribute__((format(printf, a, b)))
#define __noreturn __attribute__((noreturn))

void *xmalloc(size_t size);
void *xzalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
/*
 * Copies src into dst of size bytes (size > 0), cut to fit and always
 * NUL-terminated, as snprintf(dst, size, "%s", src) does, without its
 * cost.  Returns dst.
 */
char *str_copy(char *dst, size_t size, const char *src);
/*
 * num / 2^shift (shift <= 32) with digits (<= 30) decimals, rounded as
 * printf's "%.*f" rounds the exact value (ties to even), into buf of size
 * bytes (cut to fit).  Returns buf.
 */
char *str_fixed(char *buf, size_t size, uint64_t num, unsigned int shift,
		unsigned int digits);
__noreturn void oom(void);

/* Doubly linked, circular, with a head node. */
struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(name) { &(name), &(name) }

static inline void list_init(struct list_head *h)
{
	h->next = h;
	h->prev = h;
}

static inline bool list_empty(const struct list_head *h)
{
	return h->next == h;
}

static inline void list_insert(struct list_head *n, struct list_head *prev,
			       struct list_head *next)
{
	next->prev = n;
	n->next = next;
	n->prev = prev;
	prev->next = n;
}

static inline void list_add_tail(struct list_head *n, struct list_head *h)
{
	list_insert(n, h->prev, h);
}

static inline void list_add(struct list_head *n, struct list_head *h)
{
	list_insert(n, h, h->next);
}

static inline void list_del(struct list_head *n)
{
	n->next->prev = n->prev;
	n->prev->next = n->next;
	n->next = n;
	n->prev = n;
}

#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_for_each_entry(pos, head, member)				\
	for (pos = list_entry((head)->next, __typeof__(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_entry(pos->member.next, __typeof__(*pos), member))
#define list_for_each_entry_safe(pos, n, head, member)			\
	for (pos = list_entry((head)->next, __typeof__(*pos), member),	\
	     n = list_entry(pos->member.next, __typeof__(*pos), member);	\
	     &pos->member != (head);					\
	     pos = n, n = list_entry(n->member.next, __typeof__(*n), member))

/*
 * Big buffers.  A buffer that grows to BIGBUF_FROM bytes moves into
 * address space reserved once for BIGBUF_SPAN bytes and advised into huge
 * pages, and grows in place there: written once from start to end, tens
 * of MB took a page fault per 4 KiB (costly in these VMs) and a copy at
 * every doubling.  bigbuf_grow returns buf (len bytes used) with room for
 * cap bytes; *map is NULL while it is on the heap, else the mapping, which
 * bigbuf_free needs.  If no mapping can be had (ulimit -v, strict
 * overcommit) or cap is beyond the span, the buffer is on the heap.
 */
#define BIGBUF_FROM	((size_t)4 << 20)
#define BIGBUF_SPAN	((size_t)4 << 30)
char *bigbuf_grow(char *buf, size_t len, size_t cap, void **map);
void bigbuf_free(char *buf, void *map);

/* A growable, always NUL-terminated string (a big one: see bigbuf). */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
	void *map;
};

#define STRBUF_INIT { NULL, 0, 0, NULL }

void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __printf(2, 3);
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* v in decimal, as "%llu" would write it */
void strbuf_addu(struct strbuf *sb, unsigned long long v);
/*
 * Blanks after what was written since sb->len was from, up to width bytes
 * in all: with the text before it, "%-*s" without a format to interpret.
 */
void strbuf_pad(struct strbuf *sb, size_t from, size_t width);
void strbuf_reset(struct strbuf *sb);
/* Room for extra more bytes (and the NUL) without another allocation. */
void strbuf_reserve(struct strbuf *sb, size_t extra);
void strbuf_release(struct strbuf *sb);

/* Inline: save and -L append a few bytes at a time, millions of times. */
static inline void strbuf_add(struct strbuf *sb, const char *s, size_t len)
{
	if (sb->len + len >= sb->cap)
		strbuf_reserve(sb, len);
	memcpy(sb->buf + sb->len, s, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

static inline void strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

static inline void strbuf_addc(struct strbuf *sb, char c)
{
	if (sb->len + 1 >= sb->cap)
		strbuf_reserve(sb, 1);
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}
/* Returns the text (owned by the caller; never NULL) and empties sb. */
char *strbuf_detach(struct strbuf *sb);
static inline const char *strbuf_str(const struct strbuf *sb)
{
	return sb->buf ? sb->buf : "";
}

/*
 * A hash of len bytes of s, eight at a time (all bits mixed: any of them
 * may index a table).  The one hash of names: chains, options, extensions.
 */
uint32_t str_hash(const char *s, size_t len);

/* Strict number parsing: whole string, base 0 or 10, within [min, max]. */
int str_to_u64(const char *s, int base, uint64_t min, uint64_t max,
	       uint64_t *out);
int str_to_u32(const char *s, int base, uint32_t min, uint32_t max,
	       uint32_t *out);
/*
 * A number as iptables' xtables_strtoul reads one: strtoull in base 0, so
 * blanks and "+" may come first and 0x/0 prefixes count; no "-"; nothing
 * after it.  0 or -EINVAL/-ERANGE.
 */
int str_to_u64_lax(const char *s, uint64_t max, uint64_t *out);

#endif
