/* test_loop.c: the event loop: timers in order, fds, removal from inside callbacks, waiting through the poller. */
#include "config.h"

#include <poll.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "net/loop.h"
#include "net/net.h"
#include "tap.h"
#include "util/buf.h"

struct rec {
	struct buf log;
	struct loop *l;
	int other; /* a watch the fd callback removes */
};

struct tctx {
	struct rec *r;
	char name;
};

static void
on_timer(void *ctx)
{
	struct tctx *t = ctx;
	buf_printf(&t->r->log, "t%c ", t->name);
}

static void
on_fd(void *ctx, int fd, short revents)
{
	struct rec *r = ctx;
	char c;
	if ((revents & POLLIN) && read(fd, &c, 1) == 1)
		buf_printf(&r->log, "fd%c ", c);
	loop_unwatch(r->l, r->other);
	loop_unwatch(r->l, 0);
}

static void
never(void *ctx, int fd, short revents)
{
	struct rec *r = ctx;
	(void)fd; (void)revents;
	buf_puts(&r->log, "never ");
}

static long
ms_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

static void
run_with(struct poller *p, const char *what)
{
	struct rec r = { BUF_INIT, NULL, 0 };
	r.l = loop_new(p);
	struct tctx a = { &r, 'a' }, b = { &r, 'b' }, c = { &r, 'c' };
	int fds[2], fds2[2];
	if (pipe(fds) != 0 || pipe(fds2) != 0)
		abort();
	loop_timer(r.l, 60, on_timer, &b);
	loop_timer(r.l, 20, on_timer, &a);
	int cancel = loop_timer(r.l, 40, on_timer, &c);
	loop_cancel(r.l, cancel);
	int w = loop_watch(r.l, fds[0], POLLIN, on_fd, &r);
	r.other = loop_watch(r.l, fds2[0], POLLIN, never, &r);
	if (write(fds[1], "x", 1) != 1 || write(fds2[1], "y", 1) != 1)
		abort();
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	loop_once(r.l, -1);
	loop_unwatch(r.l, w);
	loop_run(r.l);
	long took = ms_since(&t0);
	is_str(buf_str(&r.log), "fdx ta tb ", "%s: fd first, then timers in order; removed ones silent", what);
	ok(took >= 55, "%s: the loop waited for the last timer (%ld ms), then stopped", what, took);
	close(fds[0]); close(fds[1]); close(fds2[0]); close(fds2[1]);
	buf_free(&r.log);
	loop_free(&r.l);
}

int
main(void)
{
	run_with(NULL, "poll");
	struct poller *p = poller_new(NULL);
	run_with(p, "poller");
	poller_free(&p);
	return tap_done();
}
