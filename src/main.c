// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The multi-call binary: the applet is chosen by the name it was called
 * by, or, when called as iptnft or xtables-nft-multi, by its first
 * argument.
 */
#include <netinet/in.h>
#include <libgen.h>
#include <linux/netfilter.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include <iptnft/applets.h>

struct applet {
	const char *name;
	uint8_t family;
	int (*main)(uint8_t family, int argc, char **argv);
};

static const struct applet applets[] = {
	{ "iptables",		NFPROTO_IPV4, applet_xtables },
	{ "ip6tables",		NFPROTO_IPV6, applet_xtables },
	{ "iptables-save",	NFPROTO_IPV4, applet_save },
	{ "ip6tables-save",	NFPROTO_IPV6, applet_save },
	{ "iptables-restore",	NFPROTO_IPV4, applet_restore },
	{ "ip6tables-restore",	NFPROTO_IPV6, applet_restore },
	{ "iptables-translate",	NFPROTO_IPV4, applet_translate },
	{ "ip6tables-translate", NFPROTO_IPV6, applet_translate },
	{ "iptables-restore-translate", NFPROTO_IPV4,
	  applet_restore_translate },
	{ "ip6tables-restore-translate", NFPROTO_IPV6,
	  applet_restore_translate },
};

/* Names that end in -nft or -legacy, or put it before -save/-restore,
 * are the same applets (iptables-nft-save, ip6tables-legacy, ...). */
static void strip_variant(const char *name, char *out, size_t len)
{
	static const char *const variants[] = { "-nft", "-legacy" };
	size_t i;

	snprintf(out, len, "%s", name);
	for (i = 0; i < ARRAY_SIZE(variants); i++) {
		char *v = strstr(out, variants[i]);
		size_t vl = strlen(variants[i]);

		if (v && (v[vl] == '\0' || v[vl] == '-')) {
			memmove(v, v + vl, strlen(v + vl) + 1);
			return;
		}
	}
}

static const struct applet *applet_find(const char *name)
{
	char base[64];
	size_t i;

	strip_variant(name, base, sizeof(base));
	for (i = 0; i < ARRAY_SIZE(applets); i++)
		if (!strcmp(applets[i].name, base))
			return &applets[i];
	return NULL;
}

static int usage(const char *self)
{
	size_t i;

	fprintf(stderr, "Usage: %s APPLET [ARGS]\nApplets:", self);
	for (i = 0; i < ARRAY_SIZE(applets); i++)
		fprintf(stderr, " %s", applets[i].name);
	fputc('\n', stderr);
	return 1;
}

int main(int argc, char **argv)
{
	char *self = basename(argv[0]);
	const struct applet *a = applet_find(self);

	if (!a) {
		if (argc < 2)
			return usage(self);
		if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
			printf("iptnft %s (iptables v%s compatible, nf_tables)\n",
			       PACKAGE_VERSION, IPTNFT_XT_VERSION);
			return 0;
		}
		a = applet_find(argv[1]);
		if (!a) {
			fprintf(stderr, "%s: no such applet: %s\n", self,
				argv[1]);
			return usage(self);
		}
		argc--;
		argv++;
	}
	return a->main(a->family, argc, argv);
}
