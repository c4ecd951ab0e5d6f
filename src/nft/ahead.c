// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Dumps read ahead: a run of requests (one per chain, say) whose replies
 * the caller decodes in order, sent by two threads.  A helper thread with
 * a socket of its own takes the next request nobody has sent, sends it and
 * keeps the replies; the caller decodes request i from what was kept, or,
 * when i is next to be sent, sends it itself and decodes the replies as
 * they come, or, while the helper is still at i, sends the next one and
 * keeps its replies.  The kernel's part of the dumps runs on two CPUs, and
 * the decoding beside it.
 *
 * The helper calls nothing but the socket code and malloc: all decoding
 * stays in the caller's thread.  At most AHEAD_MAX_KEPT bytes are kept
 * ahead of the caller, in buffers used over and over (fresh memory costs a
 * page fault per 4 KiB).
 */
#include <errno.h>
#include <libmnl/libmnl.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include <iptnft/nft.h>
#include <iptnft/util.h>

/* fewer requests than this are not worth a thread */
#define AHEAD_MIN_REQUESTS	256
#define AHEAD_MAX_KEPT		(1 << 20)

/* A request's replies, as received by the one who sent it. */
struct ahead_reply {
	struct strbuf msgs;	/* the messages passed on, back to back */
	int ret;		/* what nls_request returned */
	bool kept;		/* msgs and ret are there */
};

struct nls_ahead {
	pthread_t thread;
	bool started;
	nls_req_fn req;
	void *arg;
	size_t n;
	struct ahead_reply *replies;
	/* under lock: */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	size_t next;		/* the first request nobody has sent */
	size_t kept_bytes;	/* kept and not yet decoded */
	size_t wanted;		/* the caller waits for this one (or n) */
	struct strbuf *spare;	/* buffers to keep replies in */
	size_t nspare;
	bool helper_waits;	/* for kept_bytes to go down */
	bool stop;		/* the caller wants no more */
};

/*
 * IPTNFT_TEST_AHEAD (tests): "1" reads ahead for any number of requests
 * and on one CPU too, "0" never does.
 */
static bool ahead_wanted(size_t n)
{
	const char *v = getenv("IPTNFT_TEST_AHEAD");
	cpu_set_t cpus;

	if (v && *v)
		return *v == '1' && n > 0;
	if (n < AHEAD_MIN_REQUESTS)
		return false;
	return !sched_getaffinity(0, sizeof(cpus), &cpus) &&
	       CPU_COUNT(&cpus) > 1;
}

static int keep_cb(const struct nlmsghdr *nlh, void *data)
{
	strbuf_add(data, (const char *)nlh, nlh->nlmsg_len);
	return 0;
}

/* Takes the next request to keep the replies of; under the lock. */
static size_t ahead_claim(struct nls_ahead *a)
{
	size_t j = a->next++;

	if (a->nspare)
		a->replies[j].msgs = a->spare[--a->nspare];
	return j;
}

/* Sends request j on s and keeps its replies; called without the lock. */
static void ahead_keep(struct nls_ahead *a, struct nls *s, size_t j)
{
	char buf[NLS_REQ_SIZE];
	struct ahead_reply *r = &a->replies[j];

	r->ret = nls_request(s, a->req(s, buf, j, a->arg), keep_cb, &r->msgs);
	pthread_mutex_lock(&a->lock);
	r->kept = true;
	a->kept_bytes += r->msgs.len;
	if (a->wanted == j)
		pthread_cond_broadcast(&a->cond);
	pthread_mutex_unlock(&a->lock);
}

static void *ahead_run(void *data)
{
	struct nls_ahead *a = data;
	struct nls *s = nls_open();
	size_t j;

	pthread_mutex_lock(&a->lock);
	while (s && !a->stop && a->next < a->n) {
		if (a->kept_bytes > AHEAD_MAX_KEPT) {
			a->helper_waits = true;
			pthread_cond_wait(&a->cond, &a->lock);
			a->helper_waits = false;
			continue;
		}
		j = ahead_claim(a);
		pthread_mutex_unlock(&a->lock);
		ahead_keep(a, s, j);
		pthread_mutex_lock(&a->lock);
	}
	pthread_mutex_unlock(&a->lock);
	nls_close(s);
	return NULL;
}

struct nls_ahead *nls_ahead_start(size_t n, nls_req_fn req, void *arg)
{
	struct nls_ahead *a;

	if (!ahead_wanted(n))
		return NULL;
	a = xzalloc(sizeof(*a));
	a->n = n;
	a->req = req;
	a->arg = arg;
	a->wanted = n;
	a->replies = xzalloc(n * sizeof(*a->replies));
	a->spare = xzalloc(n * sizeof(*a->spare));
	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->cond, NULL);
	a->started = !pthread_create(&a->thread, NULL, ahead_run, a);
	if (!a->started) {
		/* no helper: the caller makes every request */
		nls_ahead_stop(a);
		return NULL;
	}
	return a;
}

/* Passes the kept messages on as nls_request would have. */
static int ahead_replay(const struct ahead_reply *r, nls_cb cb, void *data)
{
	const struct nlmsghdr *nlh = (const void *)r->msgs.buf;
	int len = r->msgs.len, ret;

	for (; mnl_nlmsg_ok(nlh, len); nlh = mnl_nlmsg_next(nlh, &len)) {
		ret = cb ? cb(nlh, data) : 0;
		if (ret)
			return ret;
	}
	return r->ret;
}

int nls_ahead_request(struct nls_ahead *a, struct nls *s, size_t i,
		      nls_cb cb, void *data)
{
	struct ahead_reply *r = &a->replies[i];
	char buf[NLS_REQ_SIZE];
	size_t j;
	int ret;

	pthread_mutex_lock(&a->lock);
	while (!r->kept) {
		if (a->next == i) {
			/* nobody has sent it: the replies need no keeping */
			a->next++;
			pthread_mutex_unlock(&a->lock);
			return nls_request(s, a->req(s, buf, i, a->arg), cb,
					   data);
		}
		if (a->next < a->n && a->kept_bytes <= AHEAD_MAX_KEPT) {
			/* the helper is at i: send the next one meanwhile */
			j = ahead_claim(a);
			pthread_mutex_unlock(&a->lock);
			ahead_keep(a, s, j);
			pthread_mutex_lock(&a->lock);
			continue;
		}
		a->wanted = i;
		pthread_cond_wait(&a->cond, &a->lock);
		a->wanted = a->n;
	}
	pthread_mutex_unlock(&a->lock);
	ret = ahead_replay(r, cb, data);
	pthread_mutex_lock(&a->lock);
	a->kept_bytes -= r->msgs.len;
	strbuf_reset(&r->msgs);
	a->spare[a->nspare++] = r->msgs;
	r->msgs = (struct strbuf)STRBUF_INIT;
	if (a->helper_waits && a->kept_bytes <= AHEAD_MAX_KEPT)
		pthread_cond_broadcast(&a->cond);
	pthread_mutex_unlock(&a->lock);
	return ret;
}

void nls_ahead_stop(struct nls_ahead *a)
{
	size_t i;

	if (!a)
		return;
	pthread_mutex_lock(&a->lock);
	a->stop = true;
	pthread_cond_broadcast(&a->cond);
	pthread_mutex_unlock(&a->lock);
	if (a->started)
		pthread_join(a->thread, NULL);
	for (i = 0; i < a->n; i++)
		strbuf_release(&a->replies[i].msgs);
	while (a->nspare)
		strbuf_release(&a->spare[--a->nspare]);
	free(a->spare);
	pthread_cond_destroy(&a->cond);
	pthread_mutex_destroy(&a->lock);
	free(a->replies);
	free(a);
}
