// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * owner: the UID/GID of the local socket owner, or that a socket exists.
 * The payload is the kernel's struct xt_owner_match_info (revision 1),
 * written as the compat match.
 */
#include <netinet/in.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <linux/netfilter/xt_owner.h>

#include <iptnft/ext.h>
#include <iptnft/xlate.h>

#include "helpers.h"

enum {
	O_UID, O_GID, O_SOCKET, O_SUPPL,
};

static const struct ext_opt owner_opts[] = {
	{ .name = "uid-owner", .id = O_UID, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "gid-owner", .id = O_GID, .type = EXT_T_CUSTOM,
	  .flags = EXT_O_INVERT },
	{ .name = "socket-exists", .id = O_SOCKET, .type = EXT_T_NONE,
	  .flags = EXT_O_INVERT },
	{ .name = "suppl-groups", .id = O_SUPPL, .type = EXT_T_NONE },
	EXT_OPT_END
};

static int bad_value(struct ext_parse *p, const char *what)
{
	return erec_param(p->err, p->loc,
			  "owner: Bad value for \"--%s\" option: \"%s\"",
			  p->opt->name, what);
}

/* "a", "a-b" or "a:b"; UINT32_MAX is not an id */
static int id_range(struct ext_parse *p, uint32_t *min, uint32_t *max)
{
	char *end;

	if (!xt_strtoui(p->arg, &end, 0, UINT32_MAX - 1, min))
		return bad_value(p, p->arg);
	*max = *min;
	if ((*end == '-' || *end == ':') &&
	    !xt_strtoui(end + 1, &end, 0, UINT32_MAX - 1, max))
		return bad_value(p, p->arg);
	if (*end)
		return bad_value(p, p->arg);
	return 0;
}

static int owner_parse(struct ext_parse *p)
{
	struct xt_owner_match_info *o = ext_data(p->self);
	const struct passwd *pw;
	const struct group *gr;
	uint8_t flag = 0;

	switch (p->opt->id) {
	case O_UID:
		flag = XT_OWNER_UID;
		pw = getpwnam(p->arg);
		if (pw)
			o->uid_min = o->uid_max = pw->pw_uid;
		else if (id_range(p, &o->uid_min, &o->uid_max) < 0)
			return -1;
		break;
	case O_GID:
		flag = XT_OWNER_GID;
		gr = getgrnam(p->arg);
		if (gr)
			o->gid_min = o->gid_max = gr->gr_gid;
		else if (id_range(p, &o->gid_min, &o->gid_max) < 0)
			return -1;
		break;
	case O_SOCKET:
		flag = XT_OWNER_SOCKET;
		break;
	case O_SUPPL:
		if (!(o->match & XT_OWNER_GID))
			return bad_value(p, "you need to use --gid-owner first");
		flag = XT_OWNER_SUPPL_GROUPS;
		break;
	}
	o->match |= flag;
	if (p->invert)
		o->invert |= flag;
	return 0;
}

static int owner_check(struct ext_check *c)
{
	if (!(c->self->given & ((1 << O_UID) | (1 << O_GID) |
				(1 << O_SOCKET))))
		return erec_param(c->err, c->loc,
			"owner: At least one of --uid-owner, --gid-owner or --socket-exists is required");
	return 0;
}

static void id_out(struct strbuf *out, uint32_t min, uint32_t max,
		   bool numeric, bool group)
{
	const struct passwd *pw;
	const struct group *gr;

	if (min != max) {
		strbuf_addf(out, " %u-%u", min, max);
		return;
	}
	if (!numeric && !group) {
		pw = getpwuid(min);
		if (pw && pw->pw_name) {
			strbuf_addf(out, " %s", pw->pw_name);
			return;
		}
	} else if (!numeric) {
		gr = getgrgid(min);
		if (gr && gr->gr_name) {
			strbuf_addf(out, " %s", gr->gr_name);
			return;
		}
	}
	strbuf_addf(out, " %u", min);
}

static void item(const struct ext_print *p, const char *label, uint8_t flag,
		 bool numeric)
{
	const struct xt_owner_match_info *o = ext_data(p->self);

	if (!(o->match & flag))
		return;
	if (o->invert & flag)
		strbuf_adds(p->out, " !");
	strbuf_addf(p->out, " %s", label);
	if (flag == XT_OWNER_UID)
		id_out(p->out, o->uid_min, o->uid_max, numeric, false);
	else if (flag == XT_OWNER_GID)
		id_out(p->out, o->gid_min, o->gid_max, numeric, true);
}

static void owner_save(const struct ext_print *p)
{
	item(p, "--socket-exists", XT_OWNER_SOCKET, true);
	item(p, "--uid-owner", XT_OWNER_UID, true);
	item(p, "--gid-owner", XT_OWNER_GID, true);
	item(p, "--suppl-groups", XT_OWNER_SUPPL_GROUPS, true);
}

static void owner_print(const struct ext_print *p)
{
	item(p, "owner socket exists", XT_OWNER_SOCKET, p->numeric);
	item(p, "owner UID match", XT_OWNER_UID, p->numeric);
	item(p, "owner GID match", XT_OWNER_GID, p->numeric);
	item(p, "incl. suppl. groups", XT_OWNER_SUPPL_GROUPS, p->numeric);
}

static void owner_help(struct strbuf *out)
{
	strbuf_adds(out,
		"owner match options:\n"
		"[!] --uid-owner userid[-userid]      Match local UID\n"
		"[!] --gid-owner groupid[-groupid]    Match local GID\n"
		"[!] --socket-exists                  Match if socket exists\n"
		"    --suppl-groups                   Also match supplementary groups set with --gid-owner\n");
}

/* ---- iptables-translate ---- */

static int owner_xlate(struct xlate *xl, const struct ir_ext *self)
{
	const struct xt_owner_match_info *o = ext_data(self);

	/*
	 * Without a socket the match passes when every test is negated,
	 * nft's skuid/skgid never: only plain tests are the same.
	 */
	if (o->invert)
		return xl_unsupported(xl,
			"owner: a negated test also matches packets without a socket, nft's does not");
	if (o->match & (XT_OWNER_SOCKET | XT_OWNER_SUPPL_GROUPS))
		return xl_unsupported(xl,
			"owner: --socket-exists and --suppl-groups are not translated");
	if (o->match & XT_OWNER_UID) {
		if (o->uid_min == o->uid_max)
			xl_add(xl, "skuid %u", o->uid_min);
		else
			xl_add(xl, "skuid %u-%u", o->uid_min, o->uid_max);
	}
	if (o->match & XT_OWNER_GID) {
		if (o->gid_min == o->gid_max)
			xl_add(xl, "skgid %u", o->gid_min);
		else
			xl_add(xl, "skgid %u-%u", o->gid_min, o->gid_max);
	}
	return 0;
}

const struct ext ext_owner = {
	.name = "owner",
	.kind = EXT_MATCH,
	.revision = 1,
	.size = sizeof(struct xt_owner_match_info),
	.xt_size = sizeof(struct xt_owner_match_info),
	.opts = owner_opts,
	.parse = owner_parse,
	.check = owner_check,
	.save = owner_save,
	.print = owner_print,
	.help = owner_help,
	.xlate = owner_xlate,
};
