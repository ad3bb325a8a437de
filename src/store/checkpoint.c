/* checkpoint.c: WAL checkpoints on a thread of their own while one connection writes a lot (a refresh). */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>

#include "store/internal.h"
#include "util/thread.h"
#include "util/xalloc.h"

/*
 * In WAL mode every page a transaction writes goes to the WAL, and a
 * checkpoint copies it into the cache file later: reading the WAL back,
 * writing the file, two fsyncs. SQLite runs that on the writer, at the
 * commit that takes the WAL past 1000 pages, so a refresh's writer thread
 * did it too (a quarter of the system time of a cold refresh). A
 * checkpoint needs no write lock: a second connection on another thread
 * copies what is committed while the writer goes on appending, and the
 * writer starts the WAL over once a checkpoint has copied all of it. The
 * writer's commits say how long the WAL is (the WAL hook); past `pages`
 * the thread wakes up and checkpoints (PASSIVE: it never waits
 * for a reader or a writer, it copies what it can).
 *
 * The WAL starts over only when a write transaction begins with every
 * frame copied, and a writer that never pauses always has committed more
 * by the time the thread is done: the WAL would grow by the whole refresh
 * (95 MB on the bench farm). So past 4 x `pages` the writer waits for
 * the thread and copies the rest itself, as SQLite would have, and its
 * next transaction starts the WAL over: a quarter of the checkpoints' work
 * stays on the writer, and the WAL stays under 4 x `pages` and what one
 * transaction adds.
 */

struct store_ckpt {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	sqlite3 *db; /* the thread's own connection */
	int pages;   /* the WAL's length (pages) that wakes the thread */
	bool due, busy, stop; /* under mu; cv says when any of them changes */
};

static int
on_commit(void *ctx, sqlite3 *db, const char *name, int pages)
{
	struct store_ckpt *c = ctx;
	if (pages < c->pages)
		return SQLITE_OK;
	pthread_mutex_lock(&c->mu);
	if (pages < 4 * c->pages) {
		c->due = true;
		pthread_cond_broadcast(&c->cv);
		pthread_mutex_unlock(&c->mu);
		return SQLITE_OK;
	}
	while (c->busy)
		pthread_cond_wait(&c->cv, &c->mu);
	c->due = false;
	pthread_mutex_unlock(&c->mu);
	/* nothing commits meanwhile: this copies every frame */
	sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	return SQLITE_OK;
}

static void *
run(void *arg)
{
	struct store_ckpt *c = arg;
	pthread_mutex_lock(&c->mu);
	while (!c->stop) {
		if (!c->due) {
			pthread_cond_wait(&c->cv, &c->mu);
			continue;
		}
		c->due = false;
		c->busy = true;
		pthread_mutex_unlock(&c->mu);
		/* a failure (the cache busy, say) only leaves the work to the
		 * next checkpoint */
		sqlite3_wal_checkpoint_v2(c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&c->mu);
		c->busy = false;
		pthread_cond_broadcast(&c->cv);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

static sqlite3 *
open_second(struct store *s)
{
	const char *path = sqlite3_db_filename(s->db, "main");
	sqlite3 *db = NULL;
	if (!path || !*path)
		return NULL; /* a temporary or in-memory cache has no WAL to share */
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

bool
store_checkpoints_apart(struct store *s, int pages)
{
	if (s->ckpt)
		return true;
	struct store_ckpt *c = xcalloc(1, sizeof *c);
	c->pages = pages > 0 ? pages : 1000;
	if (!(c->db = open_second(s))) {
		free(c);
		return false;
	}
	pthread_mutex_init(&c->mu, NULL);
	pthread_cond_init(&c->cv, NULL);
	if (thread_start(&c->thread, run, c) != 0) {
		pthread_cond_destroy(&c->cv);
		pthread_mutex_destroy(&c->mu);
		sqlite3_close(c->db);
		free(c);
		return false;
	}
	sqlite3_wal_hook(s->db, on_commit, c); /* instead of the automatic checkpoints */
	s->ckpt = c;
	return true;
}

void
store_checkpoints_here(struct store *s)
{
	struct store_ckpt *c = s->ckpt;
	if (!c)
		return;
	sqlite3_wal_autocheckpoint(s->db, 1000); /* SQLite's own hook and default again */
	pthread_mutex_lock(&c->mu);
	c->stop = true;
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->mu);
	pthread_join(c->thread, NULL);
	sqlite3_close(c->db);
	pthread_cond_destroy(&c->cv);
	pthread_mutex_destroy(&c->mu);
	free(c);
	s->ckpt = NULL;
}
