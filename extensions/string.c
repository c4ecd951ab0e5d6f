// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * string: a pattern (text or hex) searched in the packet with a kernel
 * text search algorithm.  The payload is the kernel's struct
 * xt_string_info (revision 1), written as the compat match; the kernel's
 * private pointer at its end is not compared.
 */
#include <netinet/in.h>
#include <ctype.h>
#include <stdio.h>
#include <linux/netfilter/xt_string.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>

enum {
	O_FROM, O_TO, O_ALGO, O_STRING, O_HEX_STRING, O_ICASE,
};

static const struct ext_opt string_opts[] = {
	{ .name = "from", .id = O_FROM, .type = EXT_T_U16, .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_string_info, from_offset) },
	{ .name = "to", .id = O_TO, .type = EXT_T_U16, .flags = EXT_O_PUT,
	  .off = offsetof(struct xt_string_info, to_offset) },
	{ .name = "algo", .id = O_ALGO, .type = EXT_T_STRING,
	  .flags = EXT_O_MAND | EXT_O_PUT,
	  .off = offsetof(struct xt_string_info, algo),
	  .size = XT_STRING_MAX_ALGO_NAME_SIZE },
	{ .name = "string", .id = O_STRING, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_HEX_STRING },
	{ .name = "hex-string", .id = O_HEX_STRING, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT, .excl = 1 << O_STRING },
	{ .name = "icase", .id = O_ICASE, .type = EXT_T_NONE },
	EXT_OPT_END
};

static void string_init(struct ir_ext *self)
{
	struct xt_string_info *s = ext_data(self);

	s->to_offset = UINT16_MAX;
}

static int too_long(struct ext_parse *p)
{
	return erec_param(p->err, p->loc, "STRING too long \"%s\"", p->arg);
}

static int hex_digit(struct ext_parse *p, char c)
{
	if (!isxdigit((unsigned char)c))
		return erec_param(p->err, p->loc, "Invalid hex char '%c'", c);
	return 0;
}

/*
 * Text with |hex blocks| (spaces allowed in them) and \-escaped
 * characters outside them.
 */
static int hex_parse(struct ext_parse *p, struct xt_string_info *info)
{
	const char *s = p->arg;
	size_t len = strlen(s), i = 0, n = 0;
	uint8_t buf[XT_STRING_MAX_PATTERN_SIZE + 1];
	bool hex = false, literal = false;
	char pair[3];

	if (!len)
		return erec_param(p->err, p->loc,
				  "STRING must contain at least one char");
	while (i < len) {
		if (s[i] == '\\' && !hex) {
			literal = true;
		} else if (s[i] == '\\') {
			return erec_param(p->err, p->loc,
				"Cannot include literals in hex data");
		} else if (s[i] == '|') {
			hex = !hex;
			if (hex)
				while (s[i + 1] == ' ')
					i++;
			if (i + 1 >= len)
				break;
			i++;
		}
		if (literal) {
			if (i + 1 >= len)
				return erec_param(p->err, p->loc,
					"Bad literal placement at end of string");
			buf[n] = s[i + 1];
			i += 2;
			literal = false;
		} else if (hex) {
			if (i + 1 >= len)
				return erec_param(p->err, p->loc,
						  "Odd number of hex digits");
			if (i + 2 >= len)
				return erec_param(p->err, p->loc,
						  "Invalid hex block");
			if (hex_digit(p, s[i]) < 0 || hex_digit(p, s[i + 1]) < 0)
				return -1;
			pair[0] = s[i];
			pair[1] = s[i + 1];
			pair[2] = '\0';
			buf[n] = strtoul(pair, NULL, 16);
			i += s[i + 2] == ' ' ? 3 : 2;
		} else {
			buf[n] = s[i];
			i++;
		}
		if (n >= XT_STRING_MAX_PATTERN_SIZE)
			return too_long(p);
		n++;
	}
	memcpy(info->pattern, buf, n);
	info->patlen = n;
	return 0;
}

static int string_parse(struct ext_parse *p)
{
	struct xt_string_info *s = ext_data(p->self);
	size_t len;

	switch (p->opt->id) {
	case O_STRING:
		len = strlen(p->arg);
		if (len > XT_STRING_MAX_PATTERN_SIZE)
			return too_long(p);
		memset(s->pattern, 0, sizeof(s->pattern));
		memcpy(s->pattern, p->arg, len);
		s->patlen = len;
		break;
	case O_HEX_STRING:
		if (hex_parse(p, s) < 0)
			return -1;
		break;
	case O_ICASE:
		s->u.v1.flags |= XT_STRING_FLAG_IGNORECASE;
		return 0;
	default:
		return 0;
	}
	if (p->invert)
		s->u.v1.flags |= XT_STRING_FLAG_INVERT;
	return 0;
}

static int string_check(struct ext_check *c)
{
	if (!(c->self->given & ((1 << O_STRING) | (1 << O_HEX_STRING))))
		return erec_param(c->err, c->loc,
			"STRING match: You must specify `--string' or `--hex-string'");
	return 0;
}

/* shown in hex when any byte is not printable or it ends in '\' */
static bool needs_hex(const struct xt_string_info *s)
{
	unsigned int i;

	for (i = 0; i < s->patlen && i < sizeof(s->pattern); i++)
		if (!isprint((unsigned char)s->pattern[i]))
			return true;
	return s->patlen && s->pattern[s->patlen - 1] == '\\';
}

static void pattern_out(struct strbuf *out, const struct xt_string_info *s,
			bool hex)
{
	unsigned int i, len = s->patlen < sizeof(s->pattern) ?
			      s->patlen : sizeof(s->pattern);

	strbuf_adds(out, hex ? " \"|" : " \"");
	for (i = 0; i < len; i++) {
		uint8_t c = s->pattern[i];

		if (hex) {
			strbuf_addf(out, "%02x", c);
			continue;
		}
		if (c == '"' || c == '\\')
			strbuf_addc(out, '\\');
		strbuf_addc(out, c);
	}
	strbuf_adds(out, hex ? "|\"" : "\"");
}

static void string_out(const struct ext_print *p, bool save)
{
	const struct xt_string_info *s = ext_data(p->self);
	bool inv = s->u.v1.flags & XT_STRING_FLAG_INVERT;
	bool hex = needs_hex(s);

	if (save)
		strbuf_addf(p->out, "%s --%s", inv ? " !" : "",
			    hex ? "hex-string" : "string");
	else
		strbuf_addf(p->out, " STRING match %s", inv ? "!" : "");
	pattern_out(p->out, s, hex);
	strbuf_addf(p->out, save ? " --algo %.*s" : " ALGO name %.*s",
		    XT_STRING_MAX_ALGO_NAME_SIZE, s->algo);
	if (s->from_offset)
		strbuf_addf(p->out, save ? " --from %u" : " FROM %u",
			    s->from_offset);
	if (s->to_offset != UINT16_MAX)
		strbuf_addf(p->out, save ? " --to %u" : " TO %u", s->to_offset);
	if (s->u.v1.flags & XT_STRING_FLAG_IGNORECASE)
		strbuf_adds(p->out, save ? " --icase" : " ICASE");
}

static void string_save(const struct ext_print *p)
{
	string_out(p, true);
}

static void string_print(const struct ext_print *p)
{
	string_out(p, false);
}

static bool string_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	return !memcmp(a->data, b->data,
		       offsetof(struct xt_string_info, config));
}

static void string_help(struct strbuf *out)
{
	strbuf_adds(out,
		"string match options:\n"
		"--from                       Offset to start searching from\n"
		"--to                         Offset to stop searching\n"
		"--algo                       Algorithm\n"
		"--icase                      Ignore case (default: 0)\n"
		"[!] --string string          Match a string in a packet\n"
		"[!] --hex-string string      Match a hex string in a packet\n");
}

const struct ext ext_string = {
	.name = "string",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_string_info),
	.xt_size = sizeof(struct xt_string_info),
	.opts = string_opts,
	.init = string_init,
	.parse = string_parse,
	.check = string_check,
	.save = string_save,
	.print = string_print,
	.help = string_help,
	.equal = string_equal,
};
