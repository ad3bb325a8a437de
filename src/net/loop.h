/* loop.h: the one event loop: fetches, file descriptors (exec pipes, stdin, a signal pipe) and timers, all on one thread. */
#ifndef TIDINGS_LOOP_H
#define TIDINGS_LOOP_H

#include <stdbool.h>

struct poller;
struct loop;

typedef void loop_fd_fn(void *ctx, int fd, short revents);
typedef void loop_fn(void *ctx);

/*
 * Every callback runs on the thread that calls loop_run. The refresh's
 * parsing thread (src/refresh/update_parse.c) hands its results back
 * through a pipe this loop watches, never by calling in: the loop itself
 * needs no locks.
 */

/* A loop that waits through the poller (curl_multi_poll), so transfers,
 * commands and the caller's fds wake it together; p may be NULL (plain
 * poll(2)). The loop does not own p. Caller frees with loop_free. */
struct loop *loop_new(struct poller *p);
void loop_free(struct loop **l);
/* Wait through p from now on (a program that may never fetch creates its
 * poller, and so libcurl and its TLS library, only when it first needs
 * one: the interface starts faster and smaller). Not owned. */
void loop_set_poller(struct loop *l, struct poller *p);

/* Call cb when fd has any of events (POLLIN, POLLOUT); returns an id > 0.
 * Watches and timers may be added and removed from inside callbacks. */
int loop_watch(struct loop *l, int fd, short events, loop_fd_fn *cb, void *ctx);
void loop_unwatch(struct loop *l, int id);
/* Call cb once, ms milliseconds from now; returns an id > 0. */
int loop_timer(struct loop *l, long ms, loop_fn *cb, void *ctx);
void loop_cancel(struct loop *l, int id);
/* Call cb before every wait (the UI redraws there, once per batch of events). */
void loop_on_idle(struct loop *l, loop_fn *cb, void *ctx);

/* Wait once (at most timeout_ms; -1: until something happens) and dispatch. */
void loop_once(struct loop *l, long timeout_ms);
/* Dispatch until loop_stop, or until nothing is left to wait for: no
 * fetch running, no fd watched, no timer pending. */
void loop_run(struct loop *l);
void loop_stop(struct loop *l);

#endif
