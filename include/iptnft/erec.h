/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Error records.  Code below main never prints an error or exits: it fills
 * in a struct erec and returns a negative errno.  The applet that owns the
 * error prints it in iptables' format and turns it into the exit status.
 */
#ifndef IPTNFT_EREC_H
#define IPTNFT_EREC_H

#include <iptnft/location.h>
#include <iptnft/util.h>

/* iptables' exit statuses. */
enum xt_status {
	XT_OK			= 0,
	XT_OTHER_PROBLEM	= 1,
	XT_PARAMETER_PROBLEM	= 2,
	XT_VERSION_PROBLEM	= 3,
	XT_RESOURCE_PROBLEM	= 4,
};

enum erec_style {
	/* "iptables v1.8.9 (nf_tables): MSG" (+ the "Try" hint for status 2) */
	EREC_XTABLES,
	/* "iptables: MSG" (messages derived from a kernel error) */
	EREC_SHORT,
	/* the message as it is */
	EREC_RAW,
	/* no message, only the "Try" hint */
	EREC_HINT,
};

struct erec {
	enum xt_status status;
	enum erec_style style;
	struct location loc;
	/* true when the kernel refused the change (restore says so) */
	bool from_kernel;
	/* owned */
	char *msg;
	/* warnings printed before the error, if any (owned) */
	struct strbuf warn;
};

/* Records the first error only: later calls are ignored.  Return -EINVAL. */
int erec_set(struct erec *e, enum xt_status status, enum erec_style style,
	     const struct location *loc, const char *fmt, ...) __printf(5, 6);
#define erec_param(e, loc, ...) \
	erec_set(e, XT_PARAMETER_PROBLEM, EREC_XTABLES, loc, __VA_ARGS__)
#define erec_other(e, loc, ...) \
	erec_set(e, XT_OTHER_PROBLEM, EREC_XTABLES, loc, __VA_ARGS__)

static inline bool erec_pending(const struct erec *e)
{
	return e->msg != NULL;
}

void erec_clear(struct erec *e);

/*
 * iptables' words for some errno values (EPERM: "Permission denied (you
 * must be root)"), strerror() for the others; err is positive.
 */
const char *xt_strerror(int err);

#endif
