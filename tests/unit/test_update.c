/* test_update.c: fetched feeds are written between transfers, several to a transaction, a bad feed costing only itself, and the search index keeps up. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/loop.h"
#include "net/net.h"
#include "store/store.h"
#include "tap.h"
#include "refresh/update.h"
#include "util/xalloc.h"

#define FEEDS 8

static char tmpdir[] = "/tmp/tidings-update.XXXXXX";

struct tally {
	int stored, failed, added;
};

static void
on_report(void *ctx, const struct refresh_report *r)
{
	struct tally *t = ctx;
	t->stored += r->outcome == REFRESH_STORED;
	t->failed += r->outcome == REFRESH_FAILED;
	t->added += (int)r->added;
}

/* exec: sources printing a feed of two items each after the same short
 * wait, so that they come in together and share a batch. */
static char *
source(int i)
{
	return xasprintf("exec:sh -c 'sleep 0.2; echo \"<rss><channel><title>F%d</title>"
			 "<item><guid>%d-a</guid><title>okapi %d</title></item>"
			 "<item><guid>%d-b</guid><title>quagga %d</title></item></channel></rss>\"'",
			 i, i, i, i, i);
}

static int64_t
count(struct store *s, const char *q)
{
	struct store_query sq = { .search = q };
	int64_t n = -1;
	return store_count(s, &sq, &n) == STORE_OK ? n : -1;
}

static int64_t
waiting(struct store *s)
{
	int64_t n = -1;
	store_fts_pending(s, &n);
	return n;
}

/* A refresh of every feed in the cache, started. */
struct run {
	struct poller *p;
	struct loop *l;
	struct update *u;
	struct store_feed_list fl;
	const struct store_feed **v;
};

static void
run_start(struct run *r, struct store *s, const struct update_config *uc, struct tally *t)
{
	struct net_config nc;
	net_config_defaults(&nc);
	r->p = poller_new(&nc);
	r->l = loop_new(r->p);
	r->u = update_new(r->l, r->p, s, uc, on_report, t);
	memset(&r->fl, 0, sizeof r->fl);
	store_feed_list(s, false, &r->fl);
	r->v = xcalloc(r->fl.n, sizeof *r->v);
	for (size_t i = 0; i < r->fl.n; i++)
		r->v[i] = &r->fl.v[i];
	update_feeds(r->u, r->v, r->fl.n, false);
}

/* The poller goes first: its cancelled transfers reach a live update. */
static void
run_end(struct run *r)
{
	free(r->v);
	store_feed_list_clear(&r->fl);
	poller_free(&r->p);
	update_free(&r->u);
	loop_free(&r->l);
}

/* One refresh of every feed, with feed `drop` removed from the cache after
 * it started (so writing it fails); returns what the reports said. */
static struct tally
refresh(struct store *s, int batch_ms, int later_above, int drop, int64_t *left_after_loop)
{
	struct update_config uc = { .reload_minutes = 60, .batch_ms = batch_ms,
				      .index_later_above = later_above };
	struct tally t = { 0 };
	struct run r;
	run_start(&r, s, &uc, &t);
	if (drop >= 0) {
		char *url = source(drop);
		store_feed_delete(s, url);
		free(url);
	}
	loop_run(r.l);
	*left_after_loop = waiting(s);
	is_int(update_flush(r.u), STORE_OK, "batch %d ms: update_flush writes what is left", batch_ms);
	is_int(update_pending(r.u), 0, "batch %d ms: every feed reported", batch_ms);
	run_end(&r);
	return t;
}

static struct store *
fresh(const char *name)
{
	char *path = xasprintf("%s/%s.db", tmpdir, name);
	struct store *s = NULL;
	char *err = NULL;
	if (store_open(path, &s, &err) != STORE_OK)
		printf("# %s: %s\n", path, err);
	free(err);
	free(path);
	for (int i = 0; i < FEEDS; i++) {
		char *url = source(i);
		int64_t id;
		store_feed_ensure(s, url, &id);
		free(url);
	}
	return s;
}

static void
test_batched(void)
{
	struct store *s = fresh("batched");
	int64_t left = -1;
	struct tally t = refresh(s, 60000, 0, 5, &left);
	is_int(t.failed, 1, "the feed removed meanwhile fails");
	is_int(t.stored, FEEDS - 1, "the others in its batch are written all the same");
	is_int(t.added, 2 * (FEEDS - 1), "with all their items");
	is_int(left, 2 * (FEEDS - 1), "the new items wait for the index while the refresh runs");
	is_int(waiting(s), 0, "update_flush brings it up to date");
	is_int(count(s, "okapi"), FEEDS - 1, "and a search finds them");
	struct store_query all = { 0 };
	int64_t n = -1;
	store_count(s, &all, &n);
	is_int(n, 2 * (FEEDS - 1), "nothing of the failed feed stays");

	t = refresh(s, 60000, 0, -1, &left);
	ok(t.stored == FEEDS - 1 && t.failed == 0 && t.added == 0, "a second refresh adds nothing");
	store_close(&s);
}

static void
test_one_per_feed(void)
{
	struct store *s = fresh("single");
	int64_t left = -1;
	struct tally t = refresh(s, 0, 0, 4, &left);
	ok(t.stored == FEEDS - 1 && t.failed == 1, "a transaction per feed: one fails, the rest are written");
	is_int(left, 2 * (FEEDS - 1), "the index waits for update_flush");
	is_int(waiting(s), 0, "which brings it up to date");
	is_int(count(s, "quagga"), FEEDS - 1, "the items are found");
	store_close(&s);
}

static void
test_index_later(void)
{
	struct store *s = fresh("later");
	int64_t left = -1;
	struct tally t = refresh(s, 250, 2 * FEEDS - 1, -1, &left);
	ok(t.stored == FEEDS && t.added == 2 * FEEDS, "more new items than index_later_above: every feed is written");
	is_int(waiting(s), 2 * FEEDS, "and its items still wait for the index after update_flush");
	is_int(count(s, "okapi"), FEEDS, "the first search finds them all the same");
	is_int(waiting(s), 0, "because it brought the index up to date first");
	store_close(&s);
	s = fresh("few");
	refresh(s, 250, 2 * FEEDS, -1, &left);
	is_int(left, 2 * FEEDS, "as many as index_later_above wait while the refresh runs");
	is_int(waiting(s), 0, "and update_flush indexes them");
	store_close(&s);
}

/* The caller goes away in the middle (the interface quits): feeds in
 * flight, parsed or waiting to be written are forgotten, nothing half
 * written stays, and nothing leaks (the sanitizer build checks). */
static void
test_cancel(void)
{
	struct store *s = fresh("cancel");
	struct update_config uc = { .reload_minutes = 60 };
	struct tally t = { 0 };
	struct run r;
	run_start(&r, s, &uc, &t);
	for (int round = 0; round < 1000 && t.stored == 0; round++)
		loop_once(r.l, 50);
	ok(t.stored > 0 && t.stored < FEEDS, "the first feeds are written while the others are still on their way");
	run_end(&r);
	struct store_query all = { 0 };
	int64_t n = -1;
	store_count(s, &all, &n);
	is_int(n, 2 * t.stored, "what was reported is stored, the rest is forgotten whole");
	store_close(&s);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_batched();
	test_one_per_feed();
	test_index_later();
	test_cancel();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
