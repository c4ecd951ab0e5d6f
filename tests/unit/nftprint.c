// SPDX-License-Identifier: GPL-2.0-or-later
/* The golden text form of a rule message: see nftprint.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libmnl/libmnl.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>

#include "nftprint.h"

void nftprint_hex(FILE *f, const char *prefix, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < len; i++) {
		if (i % 32 == 0)
			fprintf(f, "%s%s", i ? "\n" : "", prefix);
		fprintf(f, "%02x", p[i]);
	}
	if (len)
		fputc('\n', f);
}

/* The xt_* payload of a match or target expression, which libnftnl's
 * text form does not show. */
static void print_xt_info(FILE *f, const struct nftnl_expr *e)
{
	const char *kind = nftnl_expr_get_str(e, NFTNL_EXPR_NAME);
	const void *info;
	uint32_t len = 0;

	if (!strcmp(kind, "match"))
		info = nftnl_expr_get(e, NFTNL_EXPR_MT_INFO, &len);
	else if (!strcmp(kind, "target"))
		info = nftnl_expr_get(e, NFTNL_EXPR_TG_INFO, &len);
	else
		return;
	/* NFTNL_EXPR_MT_NAME == NFTNL_EXPR_TG_NAME */
	fprintf(f, "  %s %s info (%u bytes):\n", kind,
		nftnl_expr_get_str(e, NFTNL_EXPR_MT_NAME), info ? len : 0);
	if (info)
		nftprint_hex(f, "    ", info, len);
}

int nftprint_rule(const struct nlmsghdr *nlh, FILE *f)
{
	struct nftnl_rule *r = nftnl_rule_alloc();
	struct nftnl_expr_iter *it;
	struct nftnl_expr *e;
	const void *udata;
	uint32_t len;
	char *buf;
	size_t size = 65536;

	if (!r)
		abort();
	if (nftnl_rule_nlmsg_parse(nlh, r) < 0) {
		nftnl_rule_free(r);
		return -1;
	}
	/* Kernel-assigned, different on every run. */
	nftnl_rule_unset(r, NFTNL_RULE_HANDLE);
	nftnl_rule_unset(r, NFTNL_RULE_POSITION);
	nftnl_rule_unset(r, NFTNL_RULE_ID);
	nftnl_rule_unset(r, NFTNL_RULE_POSITION_ID);

	buf = malloc(size);
	if (!buf)
		abort();
	nftnl_rule_snprintf(buf, size, r, NFTNL_OUTPUT_DEFAULT, 0);
	fputs(buf, f);
	if (size && buf[0] && buf[strlen(buf) - 1] != '\n')
		fputc('\n', f);
	free(buf);

	it = nftnl_expr_iter_create(r);
	if (!it)
		abort();
	while ((e = nftnl_expr_iter_next(it)))
		print_xt_info(f, e);
	nftnl_expr_iter_destroy(it);

	udata = nftnl_rule_get_data(r, NFTNL_RULE_USERDATA, &len);
	if (udata && len) {
		fprintf(f, "  userdata (%u bytes):\n", len);
		nftprint_hex(f, "    ", udata, len);
	}
	nftnl_rule_free(r);
	return 0;
}
