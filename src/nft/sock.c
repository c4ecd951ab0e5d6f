// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The netfilter netlink socket: request/dump round trips, the generation
 * id, and sending a batch in one sendmsg with its errors collected.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/netfilter/nf_tables_compat.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netlink.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <iptnft/nft.h>

#define NLS_RBUF_SIZE (256 * 1024)

/*
 * A request's replies are read NLS_SLOTS datagrams per recvmmsg, each into
 * its own slot of the receive buffer.  A slot holds any one datagram the
 * kernel sends (a dump's are at most 32 KiB, a single nf_tables message is
 * below 64 KiB + headers), and a small dump (a chain's rules, then
 * NLMSG_DONE) costs one receive instead of two.  Messages are read where
 * they arrive: each slot starts 16-byte aligned.
 */
#define NLS_SLOTS 3
#define NLS_SLOT_SIZE ((NLS_RBUF_SIZE / NLS_SLOTS) & ~(size_t)15)

struct nls {
	struct mnl_socket *nl;
	uint32_t portid;
	uint32_t seq;
	char *rbuf;
	struct iovec iov[NLS_SLOTS];
	struct mmsghdr mm[NLS_SLOTS];
};

/*
 * Test hooks (tests/shell/faults.sh), read from the environment:
 * IPTNFT_TEST_RCVBUF=BYTES gives the socket that receive buffer instead
 * of 4 MiB (small ones make the kernel split dumps and drop replies);
 * IPTNFT_TEST_PAUSE_BEFORE_COMMIT=FILE makes the first batch that changes
 * something wait, before it is sent, from the moment FILE is created until
 * it is removed (10 s at most), so that another writer can change the
 * ruleset in between; IPTNFT_TEST_PAUSE_AFTER_COMMIT=FILE does the same
 * after the first such batch the kernel took.
 */
static int test_rcvbuf(void)
{
	const char *v = getenv("IPTNFT_TEST_RCVBUF");

	return v ? atoi(v) : 0;
}

static void test_pause(const char *var)
{
	const char *path = getenv(var);
	FILE *f;
	int i;

	if (!path || !*path)
		return;
	f = fopen(path, "we");
	if (f)
		fclose(f);
	for (i = 0; f && i < 1000 && access(path, F_OK) == 0; i++)
		usleep(10000);
	unsetenv(var);
}

static struct mnl_socket *nls_socket(uint32_t *portid)
{
	struct mnl_socket *nl = mnl_socket_open(NETLINK_NETFILTER);
	int one = 1, rcv = 4 * 1024 * 1024;

	if (!nl)
		return NULL;
	if (mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		int saved = errno;

		mnl_socket_close(nl);
		errno = saved;
		return NULL;
	}
	mnl_socket_setsockopt(nl, NETLINK_EXT_ACK, &one, sizeof(one));
	mnl_socket_setsockopt(nl, NETLINK_CAP_ACK, &one, sizeof(one));
	if (test_rcvbuf() > 0)
		setsockopt(mnl_socket_get_fd(nl), SOL_SOCKET, SO_RCVBUF,
			   &(int){ test_rcvbuf() }, sizeof(int));
	else if (setsockopt(mnl_socket_get_fd(nl), SOL_SOCKET, SO_RCVBUFFORCE,
			    &rcv, sizeof(rcv)) < 0)
		setsockopt(mnl_socket_get_fd(nl), SOL_SOCKET, SO_RCVBUF,
			   &rcv, sizeof(rcv));
	*portid = mnl_socket_get_portid(nl);
	return nl;
}

struct nls *nls_open(void)
{
	struct nls *s = xzalloc(sizeof(*s));

	s->nl = nls_socket(&s->portid);
	if (!s->nl)
		goto err;
	s->seq = (uint32_t)time(NULL) << 8;
	s->rbuf = xmalloc(NLS_RBUF_SIZE);
	for (int i = 0; i < NLS_SLOTS; i++) {
		s->iov[i].iov_base = s->rbuf + i * NLS_SLOT_SIZE;
		s->iov[i].iov_len = NLS_SLOT_SIZE;
		s->mm[i].msg_hdr.msg_iov = &s->iov[i];
		s->mm[i].msg_hdr.msg_iovlen = 1;
	}
	return s;
err:
	{
		int saved = errno;

		nls_close(s);
		errno = saved;
	}
	return NULL;
}

void nls_close(struct nls *s)
{
	if (!s)
		return;
	if (s->nl)
		mnl_socket_close(s->nl);
	free(s->rbuf);
	free(s);
}

uint32_t nls_next_seq(struct nls *s)
{
	return s->seq++;
}

void nls_reserve_seq(struct nls *s, uint32_t next)
{
	if ((int32_t)(next - s->seq) > 0)
		s->seq = next;
}

struct req_state {
	nls_cb cb;
	void *data;
	bool interrupted;
	bool stopped;
};

static int req_data_cb(const struct nlmsghdr *nlh, void *arg)
{
	struct req_state *st = arg;
	int ret;

	if (nlh->nlmsg_flags & NLM_F_DUMP_INTR)
		st->interrupted = true;
	if (!st->cb)
		return MNL_CB_OK;
	ret = st->cb(nlh, st->data);
	if (ret == NLS_STOP) {
		st->stopped = true;
		return MNL_CB_STOP;
	}
	return ret < 0 ? MNL_CB_ERROR : MNL_CB_OK;
}

/*
 * A dump left unread: the kernel would go on with it on the next receive.
 * Closing the socket ends it, at the cost of a new socket.
 */
static int nls_renew(struct nls *s)
{
	struct mnl_socket *nl = nls_socket(&s->portid);

	if (!nl)
		return -errno;
	mnl_socket_close(s->nl);
	s->nl = nl;
	return 0;
}

/*
 * Receives the datagrams queued for us, at least one (waiting for it) and
 * at most NLS_SLOTS; returns how many, or -errno.  A truncated datagram
 * is -ENOSPC, as libmnl has it.
 */
static int nls_recv_slots(struct nls *s)
{
	int n, i;

	for (i = 0; i < NLS_SLOTS; i++)
		s->mm[i].msg_hdr.msg_flags = 0;
	do
		n = recvmmsg(mnl_socket_get_fd(s->nl), s->mm, NLS_SLOTS,
			     MSG_WAITFORONE, NULL);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	for (i = 0; i < n; i++)
		if (s->mm[i].msg_hdr.msg_flags & MSG_TRUNC)
			return -ENOSPC;
	return n;
}

static bool nls_slot_ends(const struct nls *s, int i, uint32_t seq)
{
	const struct nlmsghdr *nlh = s->iov[i].iov_base;
	int len = s->mm[i].msg_len;

	for (; mnl_nlmsg_ok(nlh, len); nlh = mnl_nlmsg_next(nlh, &len))
		if (nlh->nlmsg_seq == seq &&
		    (nlh->nlmsg_type == NLMSG_DONE ||
		     nlh->nlmsg_type == NLMSG_ERROR))
			return true;
	return false;
}

/*
 * Reads what is left of the reply to request seq, from slot i of the n
 * received on: libmnl stops at the first message of a dump the kernel
 * marked interrupted, and the rest must not stay queued for the next
 * request.
 */
static int nls_drain(struct nls *s, uint32_t seq, int i, int n)
{
	for (;;) {
		for (; i < n; i++)
			if (nls_slot_ends(s, i, seq))
				return 0;
		n = nls_recv_slots(s);
		if (n < 0)
			return n;
		i = 0;
	}
}

int nls_request(struct nls *s, struct nlmsghdr *req, nls_cb cb, void *data)
{
	struct req_state st = { .cb = cb, .data = data };
	uint32_t seq = req->nlmsg_seq;
	int ret, n, i;

	if (mnl_socket_sendto(s->nl, req, req->nlmsg_len) < 0)
		return -errno;
	for (;;) {
		n = nls_recv_slots(s);
		if (n < 0)
			return n;
		for (i = 0; i < n; i++) {
			ret = mnl_cb_run(s->iov[i].iov_base, s->mm[i].msg_len,
					 seq, s->portid, req_data_cb, &st);
			if (ret < 0 && errno == EINTR) {
				ret = nls_drain(s, seq, i, n);
				return ret ? ret : -EINTR;
			}
			if (ret <= 0)
				goto out;
		}
	}
out:
	if (st.stopped) {
		ret = nls_renew(s);
		return ret < 0 ? ret : st.interrupted ? -EINTR : NLS_STOP;
	}
	if (ret < 0)
		return errno ? -errno : -EINVAL;
	return st.interrupted ? -EINTR : 0;
}

static int gen_cb(const struct nlmsghdr *nlh, void *data)
{
	const struct nlattr *a;
	uint32_t *genid = data;

	mnl_attr_for_each(a, nlh, sizeof(struct nfgenmsg)) {
		if (mnl_attr_get_type(a) == NFTA_GEN_ID &&
		    mnl_attr_validate(a, MNL_TYPE_U32) == 0)
			*genid = ntohl(mnl_attr_get_u32(a));
	}
	return 0;
}

int nls_getgen(struct nls *s, uint32_t *genid)
{
	char buf[NLS_REQ_SIZE];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct nfgenmsg *nfg;

	nlh->nlmsg_type = (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_GETGEN;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	nlh->nlmsg_seq = nls_next_seq(s);
	nfg = mnl_nlmsg_put_extra_header(nlh, sizeof(*nfg));
	nfg->nfgen_family = AF_UNSPEC;
	nfg->version = NFNETLINK_V0;
	return nls_request(s, nlh, gen_cb, genid);
}

int nls_compat_get(struct nls *s, uint8_t family, const char *name,
		   uint32_t rev, bool target)
{
	char buf[NLS_REQ_SIZE];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct nfgenmsg *nfg;

	memset(buf, 0, sizeof(buf));
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = (NFNL_SUBSYS_NFT_COMPAT << 8) | NFNL_MSG_COMPAT_GET;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	nlh->nlmsg_seq = nls_next_seq(s);
	nfg = mnl_nlmsg_put_extra_header(nlh, sizeof(*nfg));
	nfg->nfgen_family = family;
	nfg->version = NFNETLINK_V0;
	mnl_attr_put_strz(nlh, NFTA_COMPAT_NAME, name);
	mnl_attr_put_u32(nlh, NFTA_COMPAT_REV, htonl(rev));
	mnl_attr_put_u32(nlh, NFTA_COMPAT_TYPE, htonl(target ? 1 : 0));
	return nls_request(s, nlh, NULL, NULL);
}

static void nls_size_sndbuf(struct nls *s, size_t len)
{
	int fd = mnl_socket_get_fd(s->nl);
	int size = len + 65536;

	if (len < 200000)
		return;
	if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeof(size)))
		setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof(size));
}

int nls_batch_send_all(struct nls *s, struct nlb *b, nls_err_cb cb,
		       void *data)
{
	struct sockaddr_nl snl = { .nl_family = AF_NETLINK };
	struct iovec iov = { .iov_base = b->buf, .iov_len = b->len };
	struct msghdr msg = {
		.msg_name = &snl,
		.msg_namelen = sizeof(snl),
		.msg_iov = &iov,
		.msg_iovlen = 1,
	};
	uint32_t err_seq = 0;
	bool lost = false;
	int first = 0;

	nls_size_sndbuf(s, b->len);
	if (b->nmsgs)
		test_pause("IPTNFT_TEST_PAUSE_BEFORE_COMMIT");
	if (sendmsg(mnl_socket_get_fd(s->nl), &msg, 0) < 0)
		return -errno;

	/* The kernel processed the whole batch inside sendmsg: every error
	 * is queued already. */
	for (;;) {
		const struct nlmsghdr *nlh;
		int len;

		len = recv(mnl_socket_get_fd(s->nl), s->rbuf, NLS_RBUF_SIZE,
			   MSG_DONTWAIT);
		if (len < 0) {
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				break;
			if (errno == EINTR)
				continue;
			/*
			 * Replies that did not fit were dropped (only errors
			 * are sent back, so the batch failed); those queued
			 * before and after are still there to be read.
			 */
			if (errno == ENOBUFS) {
				lost = true;
				continue;
			}
			return -errno;
		}
		for (nlh = (struct nlmsghdr *)s->rbuf; mnl_nlmsg_ok(nlh, len);
		     nlh = mnl_nlmsg_next(nlh, &len)) {
			const struct nlmsgerr *e;

			if (nlh->nlmsg_type != NLMSG_ERROR)
				continue;
			e = mnl_nlmsg_get_payload(nlh);
			if (!e->error)
				continue;
			if (cb)
				cb(e->msg.nlmsg_seq, e->error, data);
			if (first == -ERESTART)
				continue;
			if (!first || e->error == -ERESTART ||
			    e->msg.nlmsg_seq < err_seq) {
				first = e->error;
				err_seq = e->msg.nlmsg_seq;
			}
		}
	}
	if (!first && !lost && b->nmsgs)
		test_pause("IPTNFT_TEST_PAUSE_AFTER_COMMIT");
	return first || !lost ? first : -ENOBUFS;
}

int nls_gen_settled(struct nls *s, uint32_t *genid)
{
	struct nlb b;
	int ret;

	ret = nls_getgen(s, genid);
	if (ret < 0)
		return ret;
	/*
	 * The kernel counts a new generation before a commit's changes
	 * become visible.  An empty batch for that generation waits for
	 * the commit that is under way, if any, to finish (it takes the
	 * commit lock), and is refused if another came since.
	 */
	nlb_init(&b, nls_next_seq(s));
	nlb_batch_begin(&b, *genid, true);
	nlb_batch_end(&b);
	ret = nls_batch_send_all(s, &b, NULL, NULL);
	nls_reserve_seq(s, b.seq);
	nlb_release(&b);
	return ret == -ERESTART ? -EINTR : ret;
}

struct first_err {
	uint32_t seq;
	int err;
};

static void first_err_cb(uint32_t seq, int err, void *data)
{
	struct first_err *l = data;

	if (!l->err || seq < l->seq) {
		l->err = err;
		l->seq = seq;
	}
}

int nls_batch_send(struct nls *s, struct nlb *b, uint32_t *failed_seq)
{
	struct first_err l = { 0 };
	int ret;

	ret = nls_batch_send_all(s, b, first_err_cb, &l);
	if (ret == -ERESTART || !l.err)
		return ret;
	/* iptables-nft reports the first failure */
	if (failed_seq)
		*failed_seq = l.seq;
	return l.err;
}
