/* update_parse.c: fetched bodies parsed on a second thread while the loop goes on fetching and writing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "net/loop.h"
#include "parse/parse.h"
#include "refresh/update_int.h"
#include "util/thread.h"
#include "util/xalloc.h"

/*
 * The loop's thread fetches and writes; parsing a body is the one big
 * piece of a refresh that needs neither the network nor the cache, so it
 * runs here, on another core, while the loop reads the next responses and
 * writes the feeds parsed before. A job belongs to one thread at a time,
 * handed over under the mutex: the worker touches only the job's parser,
 * bytes, items and info (job_parse_run), never the update. Bodies held for
 * the worker still count in update.held, so when it falls behind, the
 * transfers that follow are parsed on the loop's thread as they arrive
 * (on_body): the two threads share the work without a queue that grows.
 */

struct queue {
	struct job **v;
	size_t n, cap;
};

struct parse_worker {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct queue todo, done; /* under mu */
	bool stop;               /* under mu */
	int wake[2];             /* the worker writes a byte to wake[1] when done stops being empty */
	int watch;               /* the loop's watch on wake[0]; 0 while nothing is out */
	size_t out;              /* jobs handed over and not back yet (loop's thread only) */
};

static void
put(struct queue *q, struct job *j)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 16;
		q->v = xreallocarray(q->v, q->cap, sizeof *q->v);
	}
	q->v[q->n++] = j;
}

static void *
work(void *arg)
{
	struct parse_worker *w = arg;
	size_t next = 0; /* todo is a FIFO: taken from the front, emptied when all are taken */
	pthread_mutex_lock(&w->mu);
	for (;;) {
		if (next == w->todo.n) {
			w->todo.n = next = 0;
			if (w->stop)
				break;
			pthread_cond_wait(&w->cv, &w->mu);
			continue;
		}
		struct job *j = w->todo.v[next++];
		pthread_mutex_unlock(&w->mu);
		job_parse_run(j);
		pthread_mutex_lock(&w->mu);
		put(&w->done, j);
		if (w->done.n == 1) {
			char c = 0;
			/* a full pipe already says the same */
			while (write(w->wake[1], &c, 1) < 0 && errno == EINTR)
				;
		}
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

static bool
open_pipe(int fds[2])
{
#ifdef HAVE_PIPE2
	return pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0;
#else
	if (pipe(fds) != 0)
		return false;
	for (int i = 0; i < 2; i++) {
		fcntl(fds[i], F_SETFD, FD_CLOEXEC);
		fcntl(fds[i], F_SETFL, O_NONBLOCK);
	}
	return true;
#endif
}

static struct parse_worker *
worker_new(void)
{
	struct parse_worker *w = xcalloc(1, sizeof *w);
	if (!open_pipe(w->wake)) {
		free(w);
		return NULL;
	}
	parse_init(); /* libxml2's globals, before a second thread uses it */
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	if (thread_start(&w->thread, work, w) != 0) {
		pthread_cond_destroy(&w->cv);
		pthread_mutex_destroy(&w->mu);
		close(w->wake[0]);
		close(w->wake[1]);
		free(w);
		return NULL;
	}
	return w;
}

/* The loop's side: what the worker finished goes on to be written. */
static void
on_wake(void *ctx, int fd, short revents)
{
	struct update *u = ctx;
	struct parse_worker *w = u->worker;
	char sink[64];
	(void)revents;
	while (read(fd, sink, sizeof sink) > 0)
		;
	pthread_mutex_lock(&w->mu);
	struct queue done = w->done;
	w->done = (struct queue){ 0 };
	pthread_mutex_unlock(&w->mu);
	w->out -= done.n;
	if (w->out == 0) {
		loop_unwatch(u->loop, w->watch); /* an idle worker keeps no loop running */
		w->watch = 0;
	}
	for (size_t i = 0; i < done.n; i++)
		if (job_parse_end(done.v[i]))
			write_queue(done.v[i]);
	free(done.v);
}

bool
parse_elsewhere(struct job *j)
{
	struct update *u = j->u;
	if (!u->worker && !u->no_worker && !(u->worker = worker_new()))
		u->no_worker = true; /* no thread: the loop's thread parses */
	struct parse_worker *w = u->worker;
	if (!w)
		return false;
	if (!w->watch)
		w->watch = loop_watch(u->loop, w->wake[0], POLLIN, on_wake, u);
	w->out++;
	pthread_mutex_lock(&w->mu);
	put(&w->todo, j);
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->mu);
	return true;
}

void
parse_worker_free(struct update *u)
{
	struct parse_worker *w = u->worker;
	if (!w)
		return;
	pthread_mutex_lock(&w->mu);
	w->stop = true;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL); /* it ends the job in hand and the ones waiting */
	if (w->watch)
		loop_unwatch(u->loop, w->watch);
	for (size_t i = 0; i < w->done.n; i++)
		job_finish(w->done.v[i]);
	free(w->done.v);
	free(w->todo.v);
	pthread_cond_destroy(&w->cv);
	pthread_mutex_destroy(&w->mu);
	close(w->wake[0]);
	close(w->wake[1]);
	free(w);
	u->worker = NULL;
}
