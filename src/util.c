// SPDX-License-Identifier: GPL-2.0-or-later
/* Allocation, string buffer and number parsing helpers. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void *xzalloc(size_t size)
{
	void *p = calloc(1, size ? size : 1);

	if (!p)
		oom();
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

static void strbuf_grow(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;

	if (need <= sb->cap)
		return;
	sb->cap = sb->cap ? sb->cap * 2 : 64;
	while (sb->cap < need)
		sb->cap *= 2;
	sb->buf = xrealloc(sb->buf, sb->cap);
}

/*
 * Conversions the fast path formats itself: a plain %s, %c, %d, %u, %x,
 * %ld, %lu, %lld, %llu or %% (no flags, width or precision).  Save and
 * listing format every rule with such formats, and vsnprintf costs far
 * more than the text it writes.  Returns false for any other format.
 */
static bool fmt_simple(const char *fmt)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%')
			continue;
		fmt++;
		if (*fmt == 'l')
			fmt++;
		if (*fmt == 'l')
			fmt++;
		if (!*fmt || !strchr("scdux%", *fmt))
			return false;
		if (fmt[-1] == 'l' && strchr("sc%", *fmt))
			return false;
	}
	return true;
}

static void strbuf_addull(struct strbuf *sb, unsigned long long v,
			  unsigned int base)
{
	char buf[24], *p = buf + sizeof(buf);

	do {
		*--p = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	strbuf_add(sb, p, buf + sizeof(buf) - p);
}

static void strbuf_addll(struct strbuf *sb, long long v)
{
	if (v < 0) {
		strbuf_addc(sb, '-');
		strbuf_addull(sb, -(unsigned long long)v, 10);
	} else {
		strbuf_addull(sb, v, 10);
	}
}

static void fmt_fast(struct strbuf *sb, const char *fmt, va_list ap)
{
	const char *lit;
	int len;

	while (*fmt) {
		for (lit = fmt; *fmt && *fmt != '%'; fmt++)
			;
		if (fmt > lit)
			strbuf_add(sb, lit, fmt - lit);
		if (!*fmt)
			break;
		fmt++;
		for (len = 0; *fmt == 'l'; fmt++)
			len++;
		switch (*fmt++) {
		case 's':
			lit = va_arg(ap, const char *);
			strbuf_adds(sb, lit ? lit : "(null)");
			break;
		case 'c':
			strbuf_addc(sb, (char)va_arg(ap, int));
			break;
		case '%':
			strbuf_addc(sb, '%');
			break;
		case 'd':
			if (len == 2)
				strbuf_addll(sb, va_arg(ap, long long));
			else if (len == 1)
				strbuf_addll(sb, va_arg(ap, long));
			else
				strbuf_addll(sb, va_arg(ap, int));
			break;
		default: /* u or x */
			if (len == 2)
				strbuf_addull(sb, va_arg(ap, unsigned long long),
					      fmt[-1] == 'x' ? 16 : 10);
			else if (len == 1)
				strbuf_addull(sb, va_arg(ap, unsigned long),
					      fmt[-1] == 'x' ? 16 : 10);
			else
				strbuf_addull(sb, va_arg(ap, unsigned int),
					      fmt[-1] == 'x' ? 16 : 10);
			break;
		}
	}
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	if (fmt_simple(fmt)) {
		fmt_fast(sb, fmt, ap);
		strbuf_grow(sb, 0);
		sb->buf[sb->len] = '\0';
		return;
	}
	va_copy(ap2, ap);
	strbuf_grow(sb, 64);
	n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
	if (n >= 0 && (size_t)n >= sb->cap - sb->len) {
		strbuf_grow(sb, n);
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

void strbuf_add(struct strbuf *sb, const char *s, size_t len)
{
	strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, s, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void strbuf_addc(struct strbuf *sb, char c)
{
	strbuf_add(sb, &c, 1);
}

void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

void strbuf_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = 0;
	sb->cap = 0;
}

char *strbuf_detach(struct strbuf *sb)
{
	char *s = sb->buf ? sb->buf : xstrdup("");

	sb->buf = NULL;
	sb->len = 0;
	sb->cap = 0;
	return s;
}

int str_to_u64(const char *s, int base, uint64_t min, uint64_t max,
	       uint64_t *out)
{
	unsigned long long v;
	char *end;

	if (!s || !*s || *s == '-' || *s == '+' || *s == ' ')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, base);
	if (errno || *end)
		return -EINVAL;
	if (v < min || v > max)
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
