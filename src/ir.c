// SPDX-License-Identifier: GPL-2.0-or-later
/* Construction, copying, comparison and release of IR nodes. */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/ext.h>
#include <iptnft/ir.h>

/* An empty rule of family in zeroed memory. */
static void ir_rule_init(struct ir_rule *r, uint8_t family)
{
	r->family = family;
	list_init(&r->list);
	list_init(&r->matches);
}

struct ir_rule *ir_rule_alloc(uint8_t family)
{
	struct ir_rule *r = xzalloc(sizeof(*r));

	ir_rule_init(r, family);
	return r;
}

void ir_rule_reset(struct ir_rule *r)
{
	struct ir_ext *e, *tmp;
	uint8_t family = r->family;

	list_for_each_entry_safe(e, tmp, &r->matches, list)
		ir_ext_free(e);
	ir_ext_free(r->target);
	free(r->chain);
	memset(r, 0, sizeof(*r));
	ir_rule_init(r, family);
}

void ir_rule_free(struct ir_rule *r)
{
	if (!r)
		return;
	ir_rule_reset(r);
	free(r);
}

struct ir_rule *ir_rule_clone(const struct ir_rule *r)
{
	struct ir_rule *c = xmalloc(sizeof(*c));
	const struct ir_ext *e;

	*c = *r;
	list_init(&c->list);
	list_init(&c->matches);
	list_for_each_entry(e, &r->matches, list)
		list_add_tail(&ir_ext_clone(e)->list, &c->matches);
	c->target = r->target ? ir_ext_clone(r->target) : NULL;
	c->chain = r->chain ? xstrdup(r->chain) : NULL;
	return c;
}

void ir_rule_set_target_chain(struct ir_rule *r, enum ir_verdict v,
			      const char *chain)
{
	free(r->chain);
	r->chain = chain ? xstrdup(chain) : NULL;
	r->verdict = v;
}

static bool ir_ext_equal(const struct ir_ext *a, const struct ir_ext *b)
{
	if (a->ext != b->ext)
		return false;
	if (a->ext->equal)
		return a->ext->equal(a, b);
	return memcmp(a->data, b->data, a->ext->size) == 0;
}

/* "+" matches any name, like no name at all */
static bool iface_equal(const char *a, const char *b)
{
	if (!strcmp(a, "+"))
		a = "";
	if (!strcmp(b, "+"))
		b = "";
	return !strcmp(a, b);
}

bool ir_rule_equal(const struct ir_rule *a, const struct ir_rule *b)
{
	const struct list_head *la, *lb;
	size_t alen = ir_addr_len(a->family);

	if (a->family != b->family || a->invflags != b->invflags ||
	    (a->flags & IR_F_FRAG) != (b->flags & IR_F_FRAG) ||
	    a->proto != b->proto || a->verdict != b->verdict)
		return false;
	if (memcmp(&a->src, &b->src, alen) || memcmp(&a->smsk, &b->smsk, alen) ||
	    memcmp(&a->dst, &b->dst, alen) || memcmp(&a->dmsk, &b->dmsk, alen))
		return false;
	if (!iface_equal(a->iniface, b->iniface) ||
	    !iface_equal(a->outiface, b->outiface))
		return false;
	if ((a->verdict == IR_V_JUMP || a->verdict == IR_V_GOTO) &&
	    strcmp(a->chain, b->chain))
		return false;
	if (a->verdict == IR_V_EXT && !ir_ext_equal(a->target, b->target))
		return false;
	for (la = a->matches.next, lb = b->matches.next;
	     la != &a->matches && lb != &b->matches;
	     la = la->next, lb = lb->next) {
		if (!ir_ext_equal(list_entry(la, struct ir_ext, list),
				  list_entry(lb, struct ir_ext, list)))
			return false;
	}
	return la == &a->matches && lb == &b->matches;
}

struct ir_ext *ir_ext_alloc(const struct ext *ext)
{
	struct ir_ext *e = xzalloc(sizeof(*e) + ext->size);

	e->ext = ext;
	list_init(&e->list);
	if (ext->init)
		ext->init(e);
	return e;
}

struct ir_ext *ir_ext_clone(const struct ir_ext *e)
{
	struct ir_ext *c = xmalloc(sizeof(*c) + e->ext->size);

	memcpy(c, e, sizeof(*c) + e->ext->size);
	list_init(&c->list);
	return c;
}

void ir_ext_free(struct ir_ext *e)
{
	if (!e)
		return;
	list_del(&e->list);
	free(e);
}

struct ir_ext *ir_rule_find_match(const struct ir_rule *r,
				  const struct ext *ext)
{
	struct ir_ext *e;

	list_for_each_entry(e, &r->matches, list)
		if (e->ext == ext)
			return e;
	return NULL;
}

struct ir_chain *ir_chain_alloc(const char *name)
{
	size_t len = strnlen(name, IR_NAME_MAXLEN - 1);
	struct ir_chain *c = xzalloc(sizeof(*c) + len + 1);

	memcpy(c->name, name, len);
	c->policy = -1;
	list_init(&c->list);
	list_init(&c->rules);
	return c;
}

void ir_chain_free(struct ir_chain *c)
{
	struct ir_rule *r, *tmp;

	if (!c)
		return;
	list_for_each_entry_safe(r, tmp, &c->rules, list) {
		list_del(&r->list);
		ir_rule_free(r);
	}
	list_del(&c->list);
	free(c);
}


static void table_rehash(struct ir_table *t, size_t size)
{
	struct ir_chain **old = t->hash, *c, *next;
	size_t i, oldsize = t->hsize;

	t->hash = xzalloc(size * sizeof(*t->hash));
	t->hsize = size;
	for (i = 0; i < oldsize; i++) {
		for (c = old[i]; c; c = next) {
			size_t h = c->hash & (size - 1);

			next = c->hnext;
			c->hnext = t->hash[h];
			t->hash[h] = c;
		}
	}
	free(old);
}

void ir_table_hash_chain(struct ir_table *t, struct ir_chain *c)
{
	size_t h;

	if (t->nchains + 1 > t->hsize)
		table_rehash(t, t->hsize ? t->hsize * 2 : 64);
	c->hash = str_hash(c->name, strlen(c->name));
	h = c->hash & (t->hsize - 1);
	c->hnext = t->hash[h];
	t->hash[h] = c;
	t->nchains++;
}

struct ir_chain *ir_table_find_chain(const struct ir_table *t,
				     const char *name)
{
	uint32_t h = str_hash(name, strlen(name));
	struct ir_chain *c;

	if (!t->hsize)
		return NULL;
	for (c = t->hash[h & (t->hsize - 1)]; c; c = c->hnext)
		if (c->hash == h && !strcmp(c->name, name))
			return c;
	return NULL;
}

struct ir_table *ir_table_alloc(const char *name, uint8_t family)
{
	struct ir_table *t = xzalloc(sizeof(*t));

	str_copy(t->name, sizeof(t->name), name);
	t->family = family;
	list_init(&t->chains);
	return t;
}

void ir_table_free(struct ir_table *t)
{
	struct ir_chain *c, *tmp;

	if (!t)
		return;
	list_for_each_entry_safe(c, tmp, &t->chains, list)
		ir_chain_free(c);
	free(t->hash);
	free(t);
}

unsigned int ir_addr_len(uint8_t family)
{
	return family == NFPROTO_IPV6 ? 16 : 4;
}

int ir_mask_to_prefix(uint8_t family, const union ir_addr *mask)
{
	unsigned int words = ir_addr_len(family) / 4, i;
	int plen = 0;
	bool ended = false;

	for (i = 0; i < words; i++) {
		uint32_t w = ntohl(mask->w[i]);
		/* the ones of a prefix: w has them all at the top */
		uint32_t ones = w == 0xffffffff ? 32 :
				(uint32_t)__builtin_clz(~w);

		if (w && ended)
			return -1;
		if (ones < 32 && (uint32_t)(w << ones))
			return -1;	/* a one after a zero */
		plen += ones;
		if (ones < 32)
			ended = true;
	}
	return plen;
}

void ir_prefix_to_mask(uint8_t family, unsigned int plen, union ir_addr *m)
{
	unsigned int words = ir_addr_len(family) / 4, i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < words; i++) {
		if (plen >= 32) {
			m->w[i] = 0xffffffff;
			plen -= 32;
		} else {
			m->w[i] = plen ? htonl(~0U << (32 - plen)) : 0;
			plen = 0;
		}
	}
}

bool ir_addr_is_any(uint8_t family, const union ir_addr *a)
{
	unsigned int words = ir_addr_len(family) / 4, i;

	for (i = 0; i < words; i++)
		if (a->w[i])
			return false;
	return true;
}

/* A command and its rule are one allocation: a restore makes one a line. */
struct ir_cmd_block {
	struct ir_cmd cmd;
	struct ir_rule rule;
};

struct ir_cmd *ir_cmd_alloc(uint8_t family)
{
	struct ir_cmd_block *b = xzalloc(sizeof(*b));

	b->cmd.family = family;
	ir_rule_init(&b->rule, family);
	b->cmd.rule = &b->rule;
	return &b->cmd;
}

static void ir_addr_list_release(struct ir_addr_list *l)
{
	free(l->addr);
	free(l->mask);
	memset(l, 0, sizeof(*l));
}

void ir_cmd_free(struct ir_cmd *c)
{
	if (!c)
		return;
	free(c->chain);
	free(c->newname);
	free(c->policy);
	ir_rule_reset(c->rule);
	ir_addr_list_release(&c->saddrs);
	ir_addr_list_release(&c->daddrs);
	free(c);
}

unsigned int ir_cmd_naddrs(const struct ir_cmd *c)
{
	return (c->saddrs.n ? c->saddrs.n : 1) *
	       (c->daddrs.n ? c->daddrs.n : 1);
}

void ir_cmd_select_addresses(struct ir_cmd *c, unsigned int k)
{
	unsigned int nd = c->daddrs.n ? c->daddrs.n : 1;

	if (c->saddrs.n) {
		c->rule->src = c->saddrs.addr[k / nd];
		c->rule->smsk = c->saddrs.mask[k / nd];
	}
	if (c->daddrs.n) {
		c->rule->dst = c->daddrs.addr[k % nd];
		c->rule->dmsk = c->daddrs.mask[k % nd];
	}
}
