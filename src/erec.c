// SPDX-License-Identifier: GPL-2.0-or-later
/* Error records: the first error of an operation, with its location. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/erec.h>

int erec_set(struct erec *e, enum xt_status status, enum erec_style style,
	     const struct location *loc, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	if (erec_pending(e))
		return -EINVAL;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	e->status = status;
	e->style = style;
	e->msg = strbuf_detach(&sb);
	if (loc)
		e->loc = *loc;
	return -EINVAL;
}

void erec_clear(struct erec *e)
{
	free(e->msg);
	e->msg = NULL;
	strbuf_release(&e->warn);
	e->status = XT_OK;
	e->from_kernel = false;
}

const char *xt_strerror(int err)
{
	switch (err) {
	case EPERM:
	case EACCES:
		return "Permission denied (you must be root)";
	case ENOMEM:
		return "Memory allocation problem";
	case ENOENT:
		return "No chain/target/match by that name";
	}
	return strerror(err);
}
