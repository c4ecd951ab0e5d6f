// SPDX-License-Identifier: GPL-2.0-or-later
/* The builtin tables and chains (iptables-nft's hooks and priorities). */
#include <netinet/in.h>
#include <linux/netfilter.h>
#include <string.h>

#include <iptnft/tables.h>

static const struct table_def table_filter = {
	"filter", {
		{ "INPUT",	"filter", NF_INET_LOCAL_IN,	0 },
		{ "FORWARD",	"filter", NF_INET_FORWARD,	0 },
		{ "OUTPUT",	"filter", NF_INET_LOCAL_OUT,	0 },
	},
};

/* In the order iptables-nft creates them (listings go by hook). */
static const struct table_def table_nat = {
	"nat", {
		{ "PREROUTING",	 "nat", NF_INET_PRE_ROUTING,	-100 },
		{ "INPUT",	 "nat", NF_INET_LOCAL_IN,	100 },
		{ "POSTROUTING", "nat", NF_INET_POST_ROUTING,	100 },
		{ "OUTPUT",	 "nat", NF_INET_LOCAL_OUT,	-100 },
	},
};

static const struct table_def table_mangle = {
	"mangle", {
		{ "PREROUTING",	 "filter", NF_INET_PRE_ROUTING,	-150 },
		{ "INPUT",	 "filter", NF_INET_LOCAL_IN,	-150 },
		{ "FORWARD",	 "filter", NF_INET_FORWARD,	-150 },
		{ "OUTPUT",	 "route",  NF_INET_LOCAL_OUT,	-150 },
		{ "POSTROUTING", "filter", NF_INET_POST_ROUTING, -150 },
	},
};

static const struct table_def table_raw = {
	"raw", {
		{ "PREROUTING",	"filter", NF_INET_PRE_ROUTING,	-300 },
		{ "OUTPUT",	"filter", NF_INET_LOCAL_OUT,	-300 },
	},
};

static const struct table_def table_security = {
	"security", {
		{ "INPUT",	"filter", NF_INET_LOCAL_IN,	150 },
		{ "FORWARD",	"filter", NF_INET_FORWARD,	150 },
		{ "OUTPUT",	"filter", NF_INET_LOCAL_OUT,	150 },
	},
};

const struct table_def *const table_defs[] = {
	&table_mangle, &table_security, &table_raw, &table_filter, &table_nat,
	NULL,
};

const struct table_def *table_def_find(const char *name)
{
	const struct table_def *const *t;

	for (t = table_defs; *t; t++)
		if ((*t)->name[0] == name[0] && !strcmp((*t)->name, name))
			return *t;
	return NULL;
}

const struct builtin_chain *table_def_builtin(const struct table_def *t,
					     const char *chain)
{
	unsigned int i;

	/* user chains (most lookups) seldom share a builtin's initial */
	for (i = 0; i < TABLE_MAX_BUILTINS && t->chains[i].name; i++)
		if (t->chains[i].name[0] == chain[0] &&
		    !strcmp(t->chains[i].name, chain))
			return &t->chains[i];
	return NULL;
}

const struct builtin_chain *table_def_hook(const struct table_def *t,
					  uint32_t hook)
{
	unsigned int i;

	for (i = 0; i < TABLE_MAX_BUILTINS && t->chains[i].name; i++)
		if (t->chains[i].hook == hook)
			return &t->chains[i];
	return NULL;
}
