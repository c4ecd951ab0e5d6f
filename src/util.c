// SPDX-License-Identifier: GPL-2.0-or-later
/* Allocation, string buffer and number parsing helpers. */
#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

#include <iptnft/erec.h>
#include <iptnft/util.h>

void oom(void)
{
	fputs("iptables: Memory allocation problem.\n", stderr);
	exit(XT_RESOURCE_PROBLEM);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		oom();
	return p;
}

/*
 * Small blocks are taken with malloc and cleared: glibc's calloc bypasses
 * the per-thread cache that free fills, so a parse that allocates and
 * frees the same small objects for every rule would run the slow path of
 * both.  Large blocks keep calloc, which can hand out zeroed pages.
 */
#define XZALLOC_SMALL	1024

void *xzalloc(size_t size)
{
	void *p;

	if (size > XZALLOC_SMALL) {
		p = calloc(1, size);
		if (!p)
			oom();
		return p;
	}
	p = xmalloc(size);
	memset(p, 0, size);
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		oom();
	return p;
}

char *str_copy(char *dst, size_t size, const char *src)
{
	size_t n = strnlen(src, size - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
	return dst;
}

char *str_fixed(char *buf, size_t size, uint64_t num, unsigned int shift,
		unsigned int digits)
{
	uint64_t mask = shift ? (1ULL << shift) - 1 : 0;
	uint64_t ip = shift < 64 ? num >> shift : 0, frac = num & mask;
	char d[30], text[64];
	unsigned int i, n = 0;
	bool up;

	if (digits > sizeof(d))
		digits = sizeof(d);
	/* long division: frac < 2^32, so frac * 10 cannot overflow */
	for (i = 0; i < digits; i++) {
		frac *= 10;
		d[i] = (char)(frac >> shift);
		frac &= mask;
	}
	up = shift && (frac > (mask >> 1) + 1 ||
		       (frac == (mask >> 1) + 1 &&
			(digits ? d[digits - 1] : (char)ip) & 1));
	for (i = digits; up && i > 0; i--) {
		up = d[i - 1] == 9;
		d[i - 1] = up ? 0 : d[i - 1] + 1;
	}
	ip += up;
	/* the integer part, then the decimals */
	do {
		text[n++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	for (i = 0; i < n / 2; i++) {
		char c = text[i];

		text[i] = text[n - 1 - i];
		text[n - 1 - i] = c;
	}
	if (digits)
		text[n++] = '.';
	for (i = 0; i < digits; i++)
		text[n++] = (char)('0' + d[i]);
	text[n] = '\0';
	return str_copy(buf, size, text);
}

#define BIGBUF_HUGE	((size_t)2 << 20)

static void *bigbuf_base(void *map)
{
	uintptr_t p = (uintptr_t)map;

	return (void *)((p + BIGBUF_HUGE - 1) & ~(BIGBUF_HUGE - 1));
}

char *bigbuf_grow(char *buf, size_t len, size_t cap, void **map)
{
	char *to;

	if (!*map && cap >= BIGBUF_FROM && cap <= BIGBUF_SPAN) {
		void *m = mmap(NULL, BIGBUF_SPAN + BIGBUF_HUGE,
			       PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
			       -1, 0);

		if (m == MAP_FAILED)
			return xrealloc(buf, cap);
		to = bigbuf_base(m);
		/* only advice: without it, the pages are small */
		madvise(to, BIGBUF_SPAN, MADV_HUGEPAGE);
		if (len)
			memcpy(to, buf, len);
		free(buf);
		*map = m;
		return to;
	}
	if (!*map)
		return xrealloc(buf, cap);
	if (cap <= BIGBUF_SPAN)
		return buf;
	/* beyond the span: back to the heap */
	to = xmalloc(cap);
	memcpy(to, buf, len);
	bigbuf_free(buf, *map);
	*map = NULL;
	return to;
}

void bigbuf_free(char *buf, void *map)
{
	if (map)
		munmap(map, BIGBUF_SPAN + BIGBUF_HUGE);
	else
		free(buf);
}

void strbuf_reserve(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1, cap;

	if (need <= sb->cap)
		return;
	cap = sb->cap ? sb->cap * 2 : 64;
	while (cap < need)
		cap *= 2;
	/* the NUL after len is part of the text */
	sb->buf = bigbuf_grow(sb->buf, sb->buf ? sb->len + 1 : 0, cap,
			      &sb->map);
	sb->cap = cap;
}

/*
 * Conversions the fast path formats itself: %s, %c, %d, %u, %x with an
 * l or ll length, a '-' flag and a decimal width, and %%.  Save and listing
 * format every rule with such formats, and vsnprintf costs far more than
 * the text it writes.  Returns false for anything else (other flags,
 * precision, '*'), which vsnprintf then formats.
 */
static bool fmt_simple(const char *fmt)
{
	unsigned int len;

	for (; *fmt; fmt++) {
		if (*fmt != '%')
			continue;
		fmt++;
		if (*fmt == '%')
			continue;
		if (*fmt == '-')
			fmt++;
		if (*fmt == '0')
			return false;
		while (*fmt >= '0' && *fmt <= '9')
			fmt++;
		for (len = 0; *fmt == 'l'; fmt++)
			len++;
		if (!*fmt || !strchr(len ? "dux" : "scdux", *fmt) || len > 2)
			return false;
	}
	return true;
}

/* Writes v in base into the end of buf; returns where the digits begin. */
static char *fmt_ull(char *end, unsigned long long v, unsigned int base)
{
	do {
		*--end = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	return end;
}

static void fmt_pad(struct strbuf *sb, size_t n)
{
	strbuf_reserve(sb, n);
	memset(sb->buf + sb->len, ' ', n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

static void fmt_fast(struct strbuf *sb, const char *fmt, va_list ap)
{
	char num[24], *end = num + sizeof(num), *digits, c;
	unsigned int len, width;
	const char *lit, *text;
	unsigned long long u;
	long long d;
	size_t n;
	bool left;

	while (*fmt) {
		for (lit = fmt; *fmt && *fmt != '%'; fmt++)
			;
		if (fmt > lit)
			strbuf_add(sb, lit, fmt - lit);
		if (!*fmt)
			break;
		fmt++;
		if (*fmt == '%') {
			strbuf_addc(sb, *fmt++);
			continue;
		}
		left = *fmt == '-';
		fmt += left;
		for (width = 0; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		for (len = 0; *fmt == 'l'; fmt++)
			len++;
		switch (c = *fmt++) {
		case 's':
			text = va_arg(ap, const char *);
			if (!text)
				text = "(null)";
			break;
		case 'c':
			num[0] = (char)va_arg(ap, int);
			text = num;
			n = 1;
			break;
		case 'd':
			d = len == 2 ? va_arg(ap, long long) :
			    len == 1 ? va_arg(ap, long) : va_arg(ap, int);
			digits = fmt_ull(end, d < 0 ? -(unsigned long long)d :
					 (unsigned long long)d, 10);
			if (d < 0)
				*--digits = '-';
			text = digits;
			break;
		default: /* u, x */
			u = len == 2 ? va_arg(ap, unsigned long long) :
			    len == 1 ? va_arg(ap, unsigned long) :
			    va_arg(ap, unsigned int);
			text = fmt_ull(end, u, c == 'x' ? 16 : 10);
			break;
		}
		if (c == 's')
			n = strlen(text);
		else if (c != 'c')
			n = end - text;
		if (!left && width > n)
			fmt_pad(sb, width - n);
		strbuf_add(sb, text, n);
		if (left && width > n)
			fmt_pad(sb, width - n);
	}
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	if (fmt_simple(fmt)) {
		fmt_fast(sb, fmt, ap);
		strbuf_reserve(sb, 0);
		sb->buf[sb->len] = '\0';
		return;
	}
	va_copy(ap2, ap);
	strbuf_reserve(sb, 64);
	n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
	if (n >= 0 && (size_t)n >= sb->cap - sb->len) {
		strbuf_reserve(sb, n);
		vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap2);
	}
	va_end(ap2);
	if (n > 0)
		sb->len += n;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_pad(struct strbuf *sb, size_t from, size_t width)
{
	size_t have = sb->len - from;

	if (have < width)
		fmt_pad(sb, width - have);
}

void strbuf_addu(struct strbuf *sb, unsigned long long v)
{
	char num[24], *end = num + sizeof(num), *digits = fmt_ull(end, v, 10);

	strbuf_add(sb, digits, end - digits);
}

void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

void strbuf_release(struct strbuf *sb)
{
	bigbuf_free(sb->buf, sb->map);
	sb->buf = NULL;
	sb->len = 0;
	sb->cap = 0;
	sb->map = NULL;
}

char *strbuf_detach(struct strbuf *sb)
{
	char *s;

	if (sb->map) {
		/* the caller frees it: onto the heap */
		s = xmalloc(sb->len + 1);
		memcpy(s, sb->buf, sb->len + 1);
		strbuf_release(sb);
		return s;
	}
	s = sb->buf ? sb->buf : xstrdup("");
	sb->buf = NULL;
	sb->len = 0;
	sb->cap = 0;
	return s;
}

/*
 * Plain decimal digits that strtoull would read as decimal (no 0 prefix
 * for base 0), short enough not to overflow: read here, as most numbers
 * in rules are.  Returns false when strtoull must decide.
 */
static bool decimal_fast(const char *s, int base, unsigned long long *v)
{
	unsigned long long n = 0;
	size_t i;

	if (base != 10 && (base != 0 || (s[0] == '0' && s[1])))
		return false;
	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9' || i == 19)
			return false;
		n = n * 10 + (unsigned int)(s[i] - '0');
	}
	*v = n;
	return true;
}

uint32_t str_hash(const char *s, size_t len)
{
	uint64_t h = len, w;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
	}
	w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(h >> 32);
}

int str_to_u64(const char *s, int base, uint64_t min, uint64_t max,
	       uint64_t *out)
{
	unsigned long long v;
	char *end;

	if (!s || !*s || *s == '-' || *s == '+' || *s == ' ')
		return -EINVAL;
	/* no digit where strtoull would need one (after blanks): "tcp" */
	if ((base == 0 || base == 10) && !isdigit((unsigned char)*s) &&
	    !isspace((unsigned char)*s))
		return -EINVAL;
	if (decimal_fast(s, base, &v)) {
		if (v < min || v > max)
			return -ERANGE;
		*out = v;
		return 0;
	}
	errno = 0;
	v = strtoull(s, &end, base);
	if (errno || *end)
		return -EINVAL;
	if (v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

int str_to_u64_lax(const char *s, uint64_t max, uint64_t *out)
{
	unsigned long long v;
	const char *c = s;
	char *end;

	while (isspace((unsigned char)*c))
		c++;
	if (*c == '-')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (end == s || *end)
		return -EINVAL;
	if (errno || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

int str_to_u32(const char *s, int base, uint32_t min, uint32_t max,
	       uint32_t *out)
{
	uint64_t v;
	int ret = str_to_u64(s, base, min, max, &v);

	if (ret == 0)
		*out = v;
	return ret;
}
