// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Unit tests written in C: the IR's equality, error records, and the
 * restore-file front end.  The data-driven tests are in records.c.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/netfilter.h>

#include <iptnft/applets.h>
#include <iptnft/nft.h>
#include <iptnft/parse.h>
#include <iptnft/print.h>
#include <iptnft/util.h>
#include <iptnft/values.h>

#include "harness.h"
#include "lexer.h"
#include "unit.h"

/* Parses "-A ..." for family, with its first source/destination set. */
static struct ir_cmd *parse_words(struct ut *t, uint8_t family,
				  const char *line)
{
	struct erec err = { 0 };
	struct ir_cmd *c = NULL;
	char **argv;
	int argc;

	argc = ut_split_words(line, &argv);
	if (parse_cmdline(family, family_prog(family), argc, argv, NULL, &err,
			  &c) < 0) {
		ut_fail(t, __FILE__, __LINE__, "cannot parse %s: %s", line,
			err.msg ? err.msg : "(no message)");
		c = NULL;
	} else if (c->rule) {
		ir_cmd_select_addresses(c, 0);
	}
	erec_clear(&err);
	ut_words_free(argv);
	return c;
}

/*
 * Rules that differ in one thing each: every one equals itself and its
 * clone, and no other.
 */
static const char *const distinct_rules[] = {
	"-A INPUT",
	"-A INPUT -j ACCEPT",
	"-A INPUT -j DROP",
	"-A INPUT -j RETURN",
	"-A INPUT -s 10.0.0.1",
	"-A INPUT -s 10.0.0.0/8",
	"-A INPUT ! -s 10.0.0.1",
	"-A INPUT -d 10.0.0.1",
	"-A INPUT -i eth0",
	"-A INPUT -i eth+",
	"-A INPUT ! -i eth0",
	"-A FORWARD -o eth0",
	"-A INPUT -p tcp",
	"-A INPUT ! -p tcp",
	"-A INPUT -p udp",
	"-A INPUT -f",
	"-A INPUT ! -f",
	"-A INPUT -p tcp --dport 22",
	"-A INPUT -p tcp --dport 23",
	"-A INPUT -p tcp ! --dport 22",
	"-A INPUT -p tcp --sport 22",
	"-A INPUT -p tcp --dport 22:23",
	"-A INPUT -p tcp --syn",
	"-A INPUT -p udp --dport 53",
	"-A INPUT -p icmp --icmp-type echo-request",
	"-A INPUT -p icmp --icmp-type echo-reply",
};

UT_TEST(ir_rule_equal_tells_rules_apart)
{
	struct ir_cmd *c[ARRAY_SIZE(distinct_rules)];
	size_t i, j;

	for (i = 0; i < ARRAY_SIZE(distinct_rules); i++)
		c[i] = parse_words(t, NFPROTO_IPV4, distinct_rules[i]);
	for (i = 0; i < ARRAY_SIZE(distinct_rules); i++) {
		struct ir_rule *clone;

		if (!c[i])
			continue;
		clone = ir_rule_clone(c[i]->rule);
		if (!ir_rule_equal(c[i]->rule, clone))
			ut_fail(t, __FILE__, __LINE__,
				"not equal to its clone: %s",
				distinct_rules[i]);
		ir_rule_free(clone);
		for (j = 0; j < ARRAY_SIZE(distinct_rules); j++) {
			if (!c[j] || ir_rule_equal(c[i]->rule, c[j]->rule) ==
				     (i == j))
				continue;
			ut_fail(t, __FILE__, __LINE__, "%s %s %s", distinct_rules[i],
				i == j ? "differs from" : "equals",
				distinct_rules[j]);
		}
	}
	for (i = 0; i < ARRAY_SIZE(distinct_rules); i++)
		ir_cmd_free(c[i]);
}

/* Counters, handles and locations do not count (-C and -D by spec). */
UT_TEST(ir_rule_equal_ignores_counters_and_handles)
{
	struct ir_cmd *a = parse_words(t, NFPROTO_IPV4,
				       "-A INPUT -p tcp --dport 22 -j ACCEPT");
	struct ir_cmd *b = parse_words(t, NFPROTO_IPV4,
				       "-A INPUT -c 5 6 -p tcp --dport 22 -j ACCEPT");

	if (a && b) {
		a->rule->handle = 7;
		b->rule->loc.line = 3;
		UT_CHECK(t, ir_rule_equal(a->rule, b->rule));
	}
	ir_cmd_free(a);
	ir_cmd_free(b);
}

/* The first error is the one reported. */
UT_TEST(erec_keeps_the_first_error)
{
	struct erec e = { 0 };
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	UT_CHECK(t, !erec_pending(&e));
	UT_CHECK(t, erec_param(&e, NULL, "first %d", 1) < 0);
	erec_other(&e, NULL, "second");
	UT_CHECK(t, erec_pending(&e));
	f = open_memstream(&text, &len);
	if (!f)
		abort();
	UT_CHECK(t, erec_report(&e, "iptables", f) == XT_PARAMETER_PROBLEM);
	fclose(f);
	UT_STREQ(t, "report",
		 "iptables v1.8.9 (nf_tables): first 1\n"
		 "Try `iptables -h' or 'iptables --help' for more information.\n",
		 text);
	free(text);
	erec_clear(&e);
	UT_CHECK(t, !erec_pending(&e));
}

/* The restore front end: what the callbacks see. */
struct restore_log {
	struct strbuf s;
};

static int log_table(void *data, const char *name, unsigned int line)
{
	struct restore_log *r = data;

	strbuf_addf(&r->s, "%u table %s\n", line, name);
	return 0;
}

static int log_chain(void *data, const char *chain, const char *policy,
		     const uint64_t *counters, unsigned int line)
{
	struct restore_log *r = data;

	strbuf_addf(&r->s, "%u chain %s %s", line, chain, policy);
	if (counters)
		strbuf_addf(&r->s, " [%llu:%llu]",
			    (unsigned long long)counters[0],
			    (unsigned long long)counters[1]);
	strbuf_addc(&r->s, '\n');
	return 0;
}

static int log_commit(void *data, unsigned int line)
{
	struct restore_log *r = data;

	strbuf_addf(&r->s, "%u commit\n", line);
	return 0;
}

static int log_rule(void *data, struct ir_cmd *c, unsigned int line)
{
	struct restore_log *r = data;

	strbuf_addf(&r->s, "%u rule ", line);
	if (c->rule) {
		ir_cmd_select_addresses(c, 0);
		print_rule_spec(c->rule, c->chain,
				c->rule->flags & IR_F_COUNTERS ?
				PRINT_SAVE_COUNTERS : 0, &r->s);
	}
	else
		strbuf_addf(&r->s, "command %#x %s", c->command,
			    c->chain ? c->chain : "");
	strbuf_addc(&r->s, '\n');
	return 0;
}

/* -c: "[p:b]" prefixes and policy counters are read */
static const struct restore_opts log_opts = { .counters = true };

static const struct restore_ops log_ops = {
	.table = log_table,
	.chain = log_chain,
	.commit = log_commit,
	.rule = log_rule,
};

UT_TEST(restore_parse_structure)
{
	static const char input[] =
		"# a comment\n"
		"*filter\n"
		":INPUT ACCEPT [1:2]\n"
		":FOO - [0:0]\n"
		"[3:4] -A INPUT -p tcp --dport 22 -j FOO\n"
		"-A FOO -s 10.0.0.1/32 -j DROP\n"
		"COMMIT\n";
	struct restore_log log = { STRBUF_INIT };
	struct erec err = { 0 };
	int ret;

	ret = parse_restore(NFPROTO_IPV4, "iptables-restore", input,
			    sizeof(input) - 1, &log_opts, &log_ops, &log,
			    &err);
	UT_CHECK(t, ret == 0);
	if (ret)
		ut_fail(t, __FILE__, __LINE__, "error: %s",
			err.msg ? err.msg : "(none)");
	UT_STREQ(t, "callbacks",
		 "2 table filter\n"
		 "3 chain INPUT ACCEPT [1:2]\n"
		 "4 chain FOO -\n"
		 "5 rule [3:4] -A INPUT -p tcp -m tcp --dport 22 -j FOO\n"
		 "6 rule -A FOO -s 10.0.0.1/32 -j DROP\n"
		 "7 commit\n",
		 strbuf_str(&log.s));
	strbuf_release(&log.s);
	erec_clear(&err);
}

/* A bad rule line is reported with its line number. */
UT_TEST(restore_parse_error_line)
{
	static const char input[] =
		"*filter\n"
		"-A INPUT -j ACCEPT\n"
		"-A INPUT --bogus\n"
		"COMMIT\n";
	struct restore_log log = { STRBUF_INIT };
	struct erec err = { 0 };

	UT_CHECK(t, parse_restore(NFPROTO_IPV4, "iptables-restore", input,
				  sizeof(input) - 1, &log_opts, &log_ops,
				  &log, &err) < 0);
	UT_CHECK(t, erec_pending(&err));
	UT_CHECK(t, err.loc.line == 3);
	strbuf_release(&log.s);
	erec_clear(&err);
}

/*
 * strbuf_addf formats simple conversions itself: the text must be what
 * snprintf makes, for those and for the formats it hands on.
 */
#define STRBUF_SAME(t, fmt, ...) do { \
	struct strbuf fsb = STRBUF_INIT; \
	char ref[256]; \
	strbuf_adds(&fsb, "<"); \
	strbuf_addf(&fsb, fmt, __VA_ARGS__); \
	snprintf(ref, sizeof(ref), "<" fmt, __VA_ARGS__); \
	UT_STREQ(t, fmt, ref, strbuf_str(&fsb)); \
	strbuf_release(&fsb); \
} while (0)

UT_TEST(strbuf_addf_equals_snprintf)
{
	struct ir_cmd *c;
	struct strbuf sb = STRBUF_INIT;
	union ir_addr a;
	char buf[64];

	STRBUF_SAME(t, "%s-%c %s", " ! ", 'i', "eth0");
	STRBUF_SAME(t, "[%llu:%llu] ", 0ULL, 18446744073709551615ULL);
	STRBUF_SAME(t, "%d %d %d", 0, -1, -2147483647 - 1);
	STRBUF_SAME(t, "%ld %lu %lld", -5L, 4294967296UL, -9223372036854775807LL);
	STRBUF_SAME(t, "0x%x/0x%x %u%%", 0xdeadbeefU, 0U, 4294967295U);
	STRBUF_SAME(t, "%lx %llx", 0xffffffffffUL, 0x1ULL);
	STRBUF_SAME(t, "%5u|%-4s|%.2s|%08x", 7U, "ab", "xyz", 255U);
	STRBUF_SAME(t, "%s", "");
	STRBUF_SAME(t, "plain%s", "");

	/* IPv4 addresses are formatted by hand as well */
	memset(&a, 0, sizeof(a));
	for (unsigned int v = 0; v < 256; v += 17) {
		a.in.s_addr = htonl(v << 24 | (255 - v) << 16 | v / 10 << 8 |
				    v % 100);
		inet_ntop(AF_INET, &a.in, buf, sizeof(buf));
		UT_STREQ(t, "addr", buf,
			 addr_str(NFPROTO_IPV4, &a, (char[INET6_ADDRSTRLEN]){ 0 },
				  INET6_ADDRSTRLEN));
	}
	c = parse_words(t, NFPROTO_IPV4,
			"-A INPUT -s 255.0.10.100/255.0.255.0 -d 0.0.0.0/0");
	if (c) {
		print_rule_spec(c->rule, "INPUT", 0, &sb);
		UT_STREQ(t, "rule", "-A INPUT -s 255.0.10.0/255.0.255.0",
			 strbuf_str(&sb));
	}
	strbuf_release(&sb);
	ir_cmd_free(c);
}

/* ... also with widths, as the -L columns use them */
UT_TEST(strbuf_addf_widths_equal_snprintf)
{
	STRBUF_SAME(t, "%-4s %-9s|%8llu %5llu|", "num", "KUBE-SVC-X", 12ULL,
		    123456ULL);
	STRBUF_SAME(t, "%-4u %4llu%c %-19s|", 7U, 999ULL, 'K', "10.0.0.0/8");
	STRBUF_SAME(t, "%3d|%-3d|%2s|%-2s|", -42, -7, "long", "longer");
	STRBUF_SAME(t, "%10s %-6s %1u %12lx", "", "!eth0", 0U, 0xabcUL);
	STRBUF_SAME(t, "%-10c|%3c|%%|", 'a', 'b');
}

/* str_fixed prints what "%.*f" prints for num / 2^shift */
UT_TEST(str_fixed_equals_printf)
{
	static const uint64_t edge[] = {
		0, 1, 2, 3, 0x40000000, 0x7fffffff, 0x80000000, 0x80000001,
		0xfffffffe, 0xffffffff, 1073741824, 715827883, 536870912,
		429496730, 1431655765, 2147483647ULL * 2 + 1,
	};
	char want[64], got[64];
	uint64_t x = 88172645463325252ULL;
	unsigned int i, shift, digits;

	for (i = 0; i < 4000; i++) {
		uint64_t num;

		/* edges, then xorshift values */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		num = i < ARRAY_SIZE(edge) * 8 ? edge[i / 8] : x;
		shift = i < ARRAY_SIZE(edge) * 8 ? 31 + i % 2 : 1 + x % 32;
		digits = i % 8 < 2 ? 11 : (unsigned int)(x >> 40) % 16;
		num &= (1ULL << shift) * 2 - 1;
		snprintf(want, sizeof(want), "%.*f", (int)digits,
			 (double)num / (double)(1ULL << shift));
		str_fixed(got, sizeof(got), num, shift, digits);
		UT_STREQ(t, "str_fixed", want, got);
	}
	/* exact ties go to the even digit, as printf's */
	UT_STREQ(t, "tie even", "0.2", str_fixed(got, sizeof(got), 1, 2, 1));
	UT_STREQ(t, "tie odd", "0.4",
		 str_fixed(got, sizeof(got), 3, 3, 1));
	UT_STREQ(t, "carry", "1.00", str_fixed(got, sizeof(got), 1023, 10, 2));
}

/* str_to_u64 (decimal fast path or strtoull) agrees with strtoull */
UT_TEST(str_to_u64_equals_strtoull)
{
	static const char *const words[] = {
		"0", "7", "00", "010", "0x1f", "08", "255", "256", "65535",
		"65536", "4294967295", "4294967296", "9999999999999999999",
		"18446744073709551615", "18446744073709551616",
		"99999999999999999999", "12a", "1 ", " 1", "+1", "-1", "",
		"0000000000000000000000001", "tcp", "x1", "\t5", "\n7x", "a",
		"ff", ".5",
	};
	static const int bases[] = { 0, 10, 16 };
	char want[64], got[64], *end;
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(words); i++) {
		for (j = 0; j < ARRAY_SIZE(bases); j++) {
			const char *s = words[i];
			unsigned long long v;
			uint64_t out;
			int ret;

			errno = 0;
			v = strtoull(s, &end, bases[j]);
			if (!*s || *s == '-' || *s == '+' || *s == ' ' ||
			    *end || errno)
				snprintf(want, sizeof(want), "EINVAL");
			else if (v > 0xffffffffULL)
				snprintf(want, sizeof(want), "ERANGE");
			else
				snprintf(want, sizeof(want), "%llu", v);
			ret = str_to_u64(s, bases[j], 0, 0xffffffffULL, &out);
			if (ret == -EINVAL)
				snprintf(got, sizeof(got), "EINVAL");
			else if (ret == -ERANGE)
				snprintf(got, sizeof(got), "ERANGE");
			else
				snprintf(got, sizeof(got), "%llu",
					 (unsigned long long)out);
			UT_STREQ(t, s, want, got);
		}
	}
}

/*
 * A batch past the size where it moves into a mapping of its own keeps
 * every byte written before and after the move (24 MB: several
 * doublings after it).
 */
UT_TEST(nlb_big_batch_keeps_bytes)
{
	const uint32_t n = (24 << 20) / 12;	/* 12 bytes an attribute */
	struct nlb b;
	uint32_t i, v, bad = 0;

	nlb_init(&b, 1);
	for (i = 0; i < n; i++)
		nlb_put_be64(&b, 1, ((uint64_t)i << 32) | (i ^ 0x5a5a5a5a));
	UT_CHECK(t, b.len == (size_t)n * 12);
	for (i = 0; i < n; i++) {
		const char *a = b.buf + (size_t)i * 12;
		uint64_t w;

		memcpy(&v, a, 4);
		memcpy(&w, a + 4, 8);
		w = be64toh(w);
		if (v != ((1u << 16) | 12) ||
		    w != (((uint64_t)i << 32) | (i ^ 0x5a5a5a5a)))
			bad++;
	}
	UT_CHECK(t, bad == 0);
	nlb_release(&b);
	UT_CHECK(t, !b.buf && !b.map);
}

/*
 * A string past the size where it moves into a mapping of its own keeps
 * every byte, its NUL, and comes back from strbuf_detach as heap memory.
 */
UT_TEST(strbuf_big_keeps_bytes)
{
	const size_t n = (12 << 20) / 8;
	struct strbuf sb = STRBUF_INIT;
	size_t i, bad = 0;
	char word[9], *s;

	for (i = 0; i < n; i++) {
		snprintf(word, sizeof(word), "%08zx", i);
		strbuf_add(&sb, word, 8);
	}
	UT_CHECK(t, sb.len == n * 8 && sb.buf[sb.len] == '\0');
	UT_CHECK(t, sb.cap >= BIGBUF_FROM && sb.map);
	for (i = 0; i < n; i++) {
		snprintf(word, sizeof(word), "%08zx", i);
		if (memcmp(sb.buf + i * 8, word, 8))
			bad++;
	}
	UT_CHECK(t, bad == 0);
	s = strbuf_detach(&sb);
	UT_CHECK(t, !sb.buf && !sb.map && strlen(s) == n * 8);
	UT_CHECK(t, !memcmp(s + (n - 1) * 8, word, 8));
	free(s);	/* ASan and valgrind see a heap pointer here */
	strbuf_add(&sb, "x", 1);
	strbuf_release(&sb);
	UT_CHECK(t, !sb.buf && !sb.map);
}

/* strbuf_addu and strbuf_pad: what "%llu" and "%-*s" write */
UT_TEST(strbuf_addu_pad_equal_printf)
{
	static const unsigned long long nums[] = {
		0, 7, 10, 99, 100, 65535, 4294967295ULL, 18446744073709551615ULL,
	};
	static const char *const texts[] = {
		"", "a", "tcp", "ACCEPT", "KUBE-MARK", "KUBE-SVC-ABCDEFGHIJKLMNOP",
		"0.0.0.0/0", "10.96.0.1/255.255.0.255",
	};
	static const size_t widths[] = { 0, 1, 4, 9, 19 };
	struct strbuf sb = STRBUF_INIT;
	char want[64];
	unsigned int i, j;
	size_t from;

	for (i = 0; i < ARRAY_SIZE(nums); i++) {
		strbuf_reset(&sb);
		strbuf_adds(&sb, "x");
		strbuf_addu(&sb, nums[i]);
		snprintf(want, sizeof(want), "x%llu", nums[i]);
		UT_STREQ(t, "addu", want, strbuf_str(&sb));
	}
	for (i = 0; i < ARRAY_SIZE(texts); i++) {
		for (j = 0; j < ARRAY_SIZE(widths); j++) {
			strbuf_reset(&sb);
			strbuf_adds(&sb, "> ");
			from = sb.len;
			strbuf_adds(&sb, texts[i]);
			strbuf_pad(&sb, from, widths[j]);
			strbuf_addc(&sb, '|');
			snprintf(want, sizeof(want), "> %-*s|", (int)widths[j],
				 texts[i]);
			UT_STREQ(t, texts[i], want, strbuf_str(&sb));
		}
	}
	strbuf_release(&sb);
}

/* str_hash: every byte counts, also those of a tail shorter than eight */
UT_TEST(str_hash_every_byte)
{
	char a[40], b[40];
	size_t len, k;

	for (len = 1; len < sizeof(a); len++) {
		memset(a, 'K', len);
		for (k = 0; k < len; k++) {
			memcpy(b, a, len);
			b[k] ^= 1;
			UT_CHECK(t, str_hash(a, len) != str_hash(b, len));
		}
		UT_CHECK(t, str_hash(a, len) != str_hash(a, len - 1));
		UT_CHECK(t, str_hash(a, len) == str_hash(a, len));
	}
}

/* The prefix length of a mask, by counting bit by bit. */
static int naive_prefix(unsigned int words, const union ir_addr *m)
{
	int plen = 0, b;
	bool ended = false;
	unsigned int i;

	for (i = 0; i < words; i++)
		for (b = 31; b >= 0; b--) {
			if (!(ntohl(m->w[i]) & (1U << b)))
				ended = true;
			else if (ended)
				return -1;
			else
				plen++;
		}
	return plen;
}

/* ir_mask_to_prefix: every prefix, and masks that are none */
UT_TEST(mask_to_prefix_equals_bit_count)
{
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	union ir_addr m;
	char want[16], got[16];
	unsigned int i, k;

	for (i = 0; i < 3000; i++) {
		uint8_t family = i % 2 ? NFPROTO_IPV6 : NFPROTO_IPV4;
		unsigned int words = family == NFPROTO_IPV6 ? 4 : 1;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		if (i < 258) {
			ir_prefix_to_mask(family, i / 2 % (words * 32 + 1), &m);
		} else {
			/* a prefix with one bit flipped, or random words */
			ir_prefix_to_mask(family, x % (words * 32 + 1), &m);
			k = (x >> 8) % (words * 32);
			if (i % 3)
				m.w[k / 32] ^= htonl(1U << (31 - k % 32));
			else
				for (k = 0; k < words; k++)
					m.w[k] = (uint32_t)(x >> (k * 8));
		}
		snprintf(want, sizeof(want), "%d", naive_prefix(words, &m));
		snprintf(got, sizeof(got), "%d", ir_mask_to_prefix(family, &m));
		UT_STREQ(t, "prefix", want, got);
	}
}

/* lex_split: the words of a rule line, as iptables-restore splits them */
UT_TEST(lex_split_words)
{
	static const char *const cases[][2] = {
		{ "-A INPUT -j ACCEPT\n", "-A|INPUT|-j|ACCEPT|" },
		{ "a  b\t\tc \n", "a|b|c|" },
		{ "  a", "a|" },
		{ "a", "a|" },
		{ "", "" },
		{ " \n", "" },
		{ "a\"b c\"d e\n", "ab c|d|e|" },
		{ "\"\" x", "|x|" },
		{ "x \"\"\n", "x||" },
		{ "\"a\\\"b\\\\\" c", "a\"b\\|c|" },
		{ "'a b' \\x", "'a|b'|\\x|" },
		{ "x \"open quote\n", "x|open quote\n|" },
		{ "x \"back\\", "x|back|" },
		{ "\"q\"\"r\" s", "q|r|s|" },
		{ "a \"b\"  c\n", "a|b|c|" },
	};
	struct lex_state s;
	struct erec err = { 0 };
	char text[64], got[128];
	unsigned int i;
	int k;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		UT_CHECK(t, lex_init(&s, "", 0) == 0);
		s.err = &err;
		lex_words_reset(&s);
		str_copy(text, sizeof(text), cases[i][0]);
		UT_CHECK(t, lex_split(&s, text) == 0);
		got[0] = '\0';
		for (k = 0; k < s.argc; k++) {
			strncat(got, s.argv[k], sizeof(got) - strlen(got) - 2);
			strcat(got, "|");
		}
		UT_STREQ(t, cases[i][0], cases[i][1], got);
		lex_release(&s);
	}
}

/* host_parse_list: IPv4 words in each form iptables reads numerically */
UT_TEST(host_parse_ipv4_forms)
{
	static const char *const cases[][2] = {
		{ "1.2.3.4", "1.2.3.4/255.255.255.255" },
		{ "255.255.255.255", "255.255.255.255/255.255.255.255" },
		{ "0.0.0.0/0", "0.0.0.0/0.0.0.0" },
		{ "10", "10.0.0.0/255.255.255.255" },
		{ "10.1", "10.1.0.0/255.255.255.255" },
		{ "1.2.3", "1.2.3.0/255.255.255.255" },
		{ "010.1.1.1", "8.1.1.1/255.255.255.255" },
		{ "00.1.1.1", "0.1.1.1/255.255.255.255" },
		{ "0x0a.0.0.1", "10.0.0.1/255.255.255.255" },
		{ "1.2.3.4/24", "1.2.3.0/255.255.255.0" },
		{ "1.2.3.4,5.6.7.8/16", "1.2.3.4/255.255.255.255 5.6.0.0/255.255.0.0" },
		{ " 1.2.3.4", "1.2.3.4/255.255.255.255" },
	};
	char a[INET6_ADDRSTRLEN], m[INET6_ADDRSTRLEN], got[128];
	unsigned int i, k;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct ir_addr_list l = { 0 };
		struct erec err = { 0 };

		UT_CHECK(t, host_parse_list(NFPROTO_IPV4, cases[i][0], &l,
					    &err, NULL) == 0);
		got[0] = '\0';
		for (k = 0; k < l.n; k++)
			snprintf(got + strlen(got), sizeof(got) - strlen(got),
				 "%s%s/%s", k ? " " : "",
				 inet_ntop(AF_INET, &l.addr[k], a, sizeof(a)),
				 inet_ntop(AF_INET, &l.mask[k], m, sizeof(m)));
		UT_STREQ(t, cases[i][0], cases[i][1], got);
		free(l.addr);
		free(l.mask);
		erec_clear(&err);
	}
}
