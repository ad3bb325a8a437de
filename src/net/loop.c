/* loop.c: the one event loop: waits on transfers, commands, watched fds and the next timer together. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "net/loop.h"
#include "net/net.h"
#include "util/xalloc.h"

struct watch {
	int id; /* 0: removed, reused after the dispatch round */
	int fd;
	short events;
	loop_fd_fn *cb;
	void *ctx;
};

struct timer {
	int id;
	long long due_ms;
	loop_fn *cb;
	void *ctx;
};

struct loop {
	struct poller *poller;
	struct watch *w;
	size_t nw, capw;
	struct timer *t;
	size_t nt, capt;
	struct pollfd *pfd;
	size_t *pfd_watch; /* pfd[k] belongs to w[pfd_watch[k]] in this round */
	size_t cappfd;
	int next_id;
	bool stop;
	loop_fn *idle;
	void *idle_ctx;
};

static long long
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct loop *
loop_new(struct poller *p)
{
	struct loop *l = xcalloc(1, sizeof *l);
	l->poller = p;
	return l;
}

void
loop_set_poller(struct loop *l, struct poller *p)
{
	l->poller = p;
}

void
loop_free(struct loop **lp)
{
	struct loop *l = *lp;
	if (!l)
		return;
	free(l->w);
	free(l->t);
	free(l->pfd);
	free(l->pfd_watch);
	free(l);
	*lp = NULL;
}

int
loop_watch(struct loop *l, int fd, short events, loop_fd_fn *cb, void *ctx)
{
	if (l->nw == l->capw) {
		l->capw = l->capw ? l->capw * 2 : 8;
		l->w = xreallocarray(l->w, l->capw, sizeof *l->w);
	}
	int id = ++l->next_id;
	l->w[l->nw++] = (struct watch){ id, fd, events, cb, ctx };
	return id;
}

void
loop_unwatch(struct loop *l, int id)
{
	for (size_t i = 0; i < l->nw; i++)
		if (l->w[i].id == id)
			l->w[i].id = 0; /* compacted after the round: a dispatch may be walking w */
}

int
loop_timer(struct loop *l, long ms, loop_fn *cb, void *ctx)
{
	if (l->nt == l->capt) {
		l->capt = l->capt ? l->capt * 2 : 8;
		l->t = xreallocarray(l->t, l->capt, sizeof *l->t);
	}
	int id = ++l->next_id;
	l->t[l->nt++] = (struct timer){ id, now_ms() + (ms > 0 ? ms : 0), cb, ctx };
	return id;
}

void
loop_cancel(struct loop *l, int id)
{
	for (size_t i = 0; i < l->nt; i++)
		if (l->t[i].id == id)
			l->t[i].id = 0;
}

void
loop_on_idle(struct loop *l, loop_fn *cb, void *ctx)
{
	l->idle = cb;
	l->idle_ctx = ctx;
}

void
loop_stop(struct loop *l)
{
	l->stop = true;
}

static void
compact(struct loop *l)
{
	size_t k = 0;
	for (size_t i = 0; i < l->nw; i++)
		if (l->w[i].id)
			l->w[k++] = l->w[i];
	l->nw = k;
	k = 0;
	for (size_t i = 0; i < l->nt; i++)
		if (l->t[i].id)
			l->t[k++] = l->t[i];
	l->nt = k;
}

/* Milliseconds to the next timer, capped by limit (-1: no limit). */
static long
next_timeout(const struct loop *l, long limit)
{
	long long now = now_ms();
	long t = limit;
	for (size_t i = 0; i < l->nt; i++) {
		if (!l->t[i].id)
			continue;
		long long d = l->t[i].due_ms - now;
		long left = d < 0 ? 0 : (long)d;
		if (t < 0 || left < t)
			t = left;
	}
	return t;
}

/* Fill pfd from the live watches; returns how many. */
static size_t
gather(struct loop *l)
{
	if (l->cappfd < l->nw) {
		l->cappfd = l->nw;
		l->pfd = xreallocarray(l->pfd, l->cappfd, sizeof *l->pfd);
		l->pfd_watch = xreallocarray(l->pfd_watch, l->cappfd, sizeof *l->pfd_watch);
	}
	size_t n = 0;
	for (size_t i = 0; i < l->nw; i++) {
		if (!l->w[i].id)
			continue;
		l->pfd_watch[n] = i;
		l->pfd[n++] = (struct pollfd){ l->w[i].fd, l->w[i].events, 0 };
	}
	return n;
}

static void
wait_events(struct loop *l, size_t n, long timeout)
{
	if (l->poller) {
		poller_wait(l->poller, l->pfd, n, (int)timeout);
		return;
	}
	if (poll(l->pfd, n, (int)timeout) < 0)
		for (size_t i = 0; i < n; i++)
			l->pfd[i].revents = 0; /* EINTR: the caller's signal pipe will speak */
}

static void
dispatch_fds(struct loop *l, size_t n)
{
	/* nothing is compacted before the round ends, so indices hold; a
	 * watch removed by an earlier callback has id 0 and is skipped */
	for (size_t k = 0; k < n; k++) {
		struct watch *w = &l->w[l->pfd_watch[k]];
		if (l->pfd[k].revents && w->id)
			w->cb(w->ctx, l->pfd[k].fd, l->pfd[k].revents);
	}
}

static void
dispatch_timers(struct loop *l)
{
	long long now = now_ms();
	size_t nt = l->nt; /* timers added by a callback wait for the next round */
	for (size_t i = 0; i < nt; i++) {
		if (!l->t[i].id || l->t[i].due_ms > now)
			continue;
		loop_fn *cb = l->t[i].cb;
		void *ctx = l->t[i].ctx;
		l->t[i].id = 0;
		cb(ctx);
	}
}

void
loop_once(struct loop *l, long timeout_ms)
{
	if (l->idle)
		l->idle(l->idle_ctx);
	size_t n = gather(l);
	wait_events(l, n, next_timeout(l, timeout_ms));
	dispatch_fds(l, n);
	if (l->poller)
		poller_work(l->poller);
	dispatch_timers(l);
	compact(l);
}

static bool
has_work(const struct loop *l)
{
	if (l->poller && poller_running(l->poller) > 0)
		return true;
	return l->nw > 0 || l->nt > 0;
}

void
loop_run(struct loop *l)
{
	l->stop = false;
	while (!l->stop && has_work(l))
		loop_once(l, -1);
}
