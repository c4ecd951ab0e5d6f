// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libnftnl, loaded when it is needed: only -vv prints a rule message the
 * way libnftnl does, as iptables-nft does.  Linked at build time, its
 * loading and relocations would cost every command (about 10 page faults
 * and half a millisecond of a 4 ms `iptables -C`), so it is opened with
 * dlopen by its soname (LIBNFTNL_SONAME, found by configure) on first use
 * and stays open until exit.
 */
#include <dlfcn.h>
#include <errno.h>
#include <libnftnl/rule.h>

#include <iptnft/nft.h>

#include "config.h"

struct nftnl_api {
	struct nftnl_rule *(*rule_alloc)(void);
	void (*rule_free)(const struct nftnl_rule *r);
	int (*rule_nlmsg_parse)(const struct nlmsghdr *nlh,
				struct nftnl_rule *r);
	int (*rule_snprintf)(char *buf, size_t size,
			     const struct nftnl_rule *r, uint32_t type,
			     uint32_t flags);
};

/* The API, or NULL when the library or one of its symbols is missing. */
static const struct nftnl_api *nftnl_api(void)
{
	static struct nftnl_api api;
	static int state;		/* 0 not tried, 1 loaded, -1 failed */
	void *h;

	if (state)
		return state > 0 ? &api : NULL;
	state = -1;
	h = dlopen(LIBNFTNL_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return NULL;
	*(void **)&api.rule_alloc = dlsym(h, "nftnl_rule_alloc");
	*(void **)&api.rule_free = dlsym(h, "nftnl_rule_free");
	*(void **)&api.rule_nlmsg_parse = dlsym(h, "nftnl_rule_nlmsg_parse");
	*(void **)&api.rule_snprintf = dlsym(h, "nftnl_rule_snprintf");
	if (!api.rule_alloc || !api.rule_free || !api.rule_nlmsg_parse ||
	    !api.rule_snprintf) {
		dlclose(h);
		return NULL;
	}
	state = 1;
	return &api;
}

int nftnl_rule_text(const struct nlmsghdr *nlh, struct strbuf *out)
{
	const struct nftnl_api *api = nftnl_api();
	struct nftnl_rule *r;
	char buf[8192];
	int ret = -EINVAL;

	if (!api)
		return -ENOENT;
	r = api->rule_alloc();
	if (!r)
		oom();
	if (api->rule_nlmsg_parse(nlh, r) == 0) {
		api->rule_snprintf(buf, sizeof(buf), r, NFTNL_OUTPUT_DEFAULT,
				   0);
		strbuf_addf(out, "%s\n", buf);
		ret = 0;
	}
	api->rule_free(r);
	return ret;
}
