/* update_write.c: writing fetched feeds between transfers: one feed a round of the loop, several a transaction. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "net/loop.h"
#include "refresh/update_int.h"
#include "util/xalloc.h"

/*
 * A fetched feed is not written from inside the poller's callback: it
 * waits in u->ready, and a loop timer writes one feed per round of the
 * loop, so between two feeds the poller sends the requests of the slots
 * that freed up and reads what arrived. With cfg.batch_ms > 0 (a refresh
 * from the command line) feeds share a transaction while more keep coming,
 * for at most batch_ms: the pages of the date indexes, which every feed's
 * items touch all over, are then written once per batch instead of once
 * per feed. Each feed stays all or nothing: when one fails, the batch is
 * rolled back and each of its feeds written again in its own transaction.
 */

/* Bodies waiting in u->ready beyond this many bytes are written at once,
 * inside the poller's callback: the loop stops reading the network meanwhile,
 * so a refresh that fetches faster than it writes holds no more than this
 * (64 connections on a fast network would otherwise queue nearly every feed). */
#define READY_MAX (4 * 1024 * 1024)

static long long
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
push(struct job ***v, size_t *n, size_t *cap, struct job *j)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[(*n)++] = j;
}

/* The open transaction failed: roll it back and write each of its feeds
 * again in a transaction of its own, so a bad feed costs only itself. */
static void
redo(struct update *u)
{
	store_rollback(u->store);
	u->in_tx = false;
	for (size_t i = 0; i < u->ngroup; i++) {
		struct job *j = u->group[i];
		job_stored(j, job_store(j));
		job_finish(j);
	}
	u->ngroup = 0;
}

void
write_commit(struct update *u)
{
	if (!u->in_tx)
		return;
	int rc = store_commit(u->store);
	u->in_tx = false;
	if (rc != STORE_OK) {
		redo(u);
		return;
	}
	for (size_t i = 0; i < u->ngroup; i++) {
		job_stored(u->group[i], STORE_OK);
		job_finish(u->group[i]);
	}
	u->ngroup = 0;
}

static bool
begin(struct update *u)
{
	if (u->in_tx)
		return true;
	if (store_begin(u->store) != STORE_OK)
		return false;
	u->in_tx = true;
	u->tx_since = now_ms();
	return true;
}

/* Write a fetched feed into the open transaction. */
static void
write_job(struct update *u, struct job *j)
{
	if (!begin(u)) {
		job_stored(j, STORE_ERR);
		job_finish(j);
		return;
	}
	push(&u->group, &u->ngroup, &u->capgroup, j);
	if (job_store(j) != STORE_OK)
		redo(u);
}

/* Write the oldest fetched feed. */
static void
write_oldest(struct update *u)
{
	struct job *j = u->ready[0];
	memmove(u->ready, u->ready + 1, --u->nready * sizeof *u->ready);
	u->ready_bytes -= j->result.body_bytes;
	if (job_parse_end(j))
		write_job(u, j);
}

/* Commit when nothing more is coming or the batch is old enough. */
static void
maybe_commit(struct update *u, bool more)
{
	if (u->in_tx && (!more || now_ms() - u->tx_since >= u->cfg.batch_ms))
		write_commit(u);
}

/* A round's work: the oldest fetched feed. */
static void
write_next(void *ctx)
{
	struct update *u = ctx;
	u->timer = 0;
	if (u->nready)
		write_oldest(u);
	bool more = u->nready > 0;
	maybe_commit(u, more);
	if (more)
		u->timer = loop_timer(u->loop, 0, write_next, u);
}

void
write_queue(struct job *j)
{
	struct update *u = j->u;
	push(&u->ready, &u->nready, &u->capready, j);
	u->ready_bytes += j->result.body_bytes;
	while (u->ready_bytes > READY_MAX && u->nready > 1) {
		write_oldest(u);
		maybe_commit(u, true);
	}
	/* 1 ms: not in this round of the loop, which is still in the poller's
	 * callbacks; the next round sends the freed slots' requests first */
	if (!u->timer)
		u->timer = loop_timer(u->loop, 1, write_next, u);
}

void
write_forget(struct update *u)
{
	if (u->timer)
		loop_cancel(u->loop, u->timer);
	u->timer = 0;
	if (u->in_tx)
		store_rollback(u->store);
	u->in_tx = false;
	for (size_t i = 0; i < u->ngroup; i++)
		job_finish(u->group[i]);
	for (size_t i = 0; i < u->nready; i++)
		job_finish(u->ready[i]);
	free(u->group);
	free(u->ready);
	u->group = u->ready = NULL;
	u->ngroup = u->nready = 0;
}
