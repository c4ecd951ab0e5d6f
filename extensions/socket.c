// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * socket: the packet belongs to a local socket.  The payload is the
 * kernel's struct xt_socket_mtinfo3 (revision 3), written as the compat
 * match.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <linux/netfilter/xt_socket.h>

#include <iptnft/ext.h>

enum {
	O_TRANSPARENT, O_NOWILDCARD, O_RESTORESKMARK,
};

static const struct ext_opt socket_opts[] = {
	{ .name = "transparent", .id = O_TRANSPARENT, .type = EXT_T_NONE },
	{ .name = "nowildcard", .id = O_NOWILDCARD, .type = EXT_T_NONE },
	{ .name = "restore-skmark", .id = O_RESTORESKMARK,
	  .type = EXT_T_NONE },
	EXT_OPT_END
};

/* by option id, in the order they are shown */
static const struct {
	uint8_t flag;
	const char *name;
} socket_flags[] = {
	[O_TRANSPARENT] = { XT_SOCKET_TRANSPARENT, "transparent" },
	[O_NOWILDCARD] = { XT_SOCKET_NOWILDCARD, "nowildcard" },
	[O_RESTORESKMARK] = { XT_SOCKET_RESTORESKMARK, "restore-skmark" },
};

static int socket_parse(struct ext_parse *p)
{
	struct xt_socket_mtinfo3 *s = ext_data(p->self);

	s->flags |= socket_flags[p->opt->id].flag;
	return 0;
}

static void socket_save(const struct ext_print *p)
{
	const struct xt_socket_mtinfo3 *s = ext_data(p->self);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(socket_flags); i++)
		if (s->flags & socket_flags[i].flag)
			strbuf_addf(p->out, " --%s", socket_flags[i].name);
}

static void socket_print(const struct ext_print *p)
{
	strbuf_adds(p->out, " socket");
	socket_save(p);
}

static void socket_help(struct strbuf *out)
{
	strbuf_adds(out,
		"socket match options:\n"
		"  --nowildcard     Do not ignore LISTEN sockets bound on INADDR_ANY\n"
		"  --transparent    Ignore non-transparent sockets\n"
		"  --restore-skmark Set the packet mark to the socket mark if\n"
		"                   the socket matches and transparent / \n"
		"                   nowildcard conditions are satisfied\n"
		"\n");
}

const struct ext ext_socket = {
	.name = "socket",
	.kind = EXT_MATCH,
	.revision = 3,
	.size = sizeof(struct xt_socket_mtinfo3),
	.xt_size = sizeof(struct xt_socket_mtinfo3),
	.opts = socket_opts,
	.parse = socket_parse,
	.save = socket_save,
	.print = socket_print,
	.help = socket_help,
};
