/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Running commands against the kernel: each command fetches what it needs,
 * builds one batch and commits it, retrying from scratch when a concurrent
 * writer changed the ruleset in between (ERESTART).
 */
#ifndef IPTNFT_CMD_H
#define IPTNFT_CMD_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/erec.h>
#include <iptnft/ir.h>
#include <iptnft/nft.h>

struct session {
	uint8_t family;
	const char *prog;		/* "iptables" or "ip6tables" */
	struct nls *nls;		/* opened on first use */
	struct erec *err;
	struct strbuf *out;		/* what the command prints */
	/* extensions asked about (nft_compat), to ask once */
	const struct ext *probed[32];
	unsigned int nprobed;
};

void session_init(struct session *s, uint8_t family, const char *prog,
		  struct erec *err);
void session_release(struct session *s);
/* The socket, opened on first use; NULL with s->err set. */
struct nls *session_nls(struct session *s);

/*
 * struct ext_probe's callback (data: the session): true the first time an
 * extension turns out to be missing from the kernel.  Without a socket it
 * answers false.
 */
bool session_ext_missing(void *data, const struct ext *x, uint8_t family);

/* Runs one parsed command; output (listings) goes to out. */
int cmd_run(struct session *s, struct ir_cmd *c, struct strbuf *out);

/*
 * Turns a failed batch into iptables' message: the failing message is
 * found in the batch by its sequence number.
 */
int cmd_batch_error(struct session *s, const struct nlb *b, int err,
		    uint32_t seq);
/* The message alone: "RULE_APPEND failed (ERR): rule in chain X". */
void cmd_batch_errmsg(const struct nlb *b, int err, uint32_t seq,
		      struct strbuf *out);

/* Sends b (begin/end added here) and maps errors; 0, -ERESTART, -errno. */
int cmd_commit(struct session *s, struct nlb *b);

#endif
