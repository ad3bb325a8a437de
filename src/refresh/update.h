/* update.h: the pipeline inside a refresh: fetch -> parse -> store for many feeds at once in the event loop; the refresh schedule (private to src/refresh and its tests). */
#ifndef TIDINGS_UPDATE_H
#define TIDINGS_UPDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "refresh/refresh.h"
#include "store/store.h"

struct loop;
struct poller;
struct update;

/* A feed's own settings (per-feed lines of the config or the urls file). */
struct update_feed_opts {
	int reload_minutes;               /* > 0: this feed's schedule instead of the global one */
	struct store_retention retention; /* this feed's max-items, keep-days */
	const char *user_agent, *proxy;   /* NULL: the poller's (copied by update) */
};

/* What the configuration adds to a refresh (hooks.h); any callback may
 * be NULL. */
struct update_hooks {
	void *ctx;
	/* Before a feed is fetched: its settings (out starts as the global
	 * ones). */
	void (*settings)(void *ctx, const struct store_feed *f, struct update_feed_opts *out);
	/* Inside the feed's transaction, after its items are stored, `now`
	 * being their first-seen time (ignore rules drop items here). Returns a
	 * store status; a failure rolls the feed back. *dropped: items removed. */
	int (*stored)(void *ctx, struct store *s, const struct store_feed *f, int64_t now,
		      size_t *dropped);
	/* After the feed's transaction: its new items are those with an id
	 * above after_id (full articles are fetched from here). */
	void (*landed)(void *ctx, const struct store_feed *f, int64_t after_id);
};

struct update_config {
	struct store_retention retention; /* max-items, keep-days */
	int reload_minutes;               /* reload-time: the least time between fetches (60) */
	const struct update_hooks *hooks; /* NULL: none (not owned) */
	/* > 0: fetched feeds share a transaction while more keep coming, for
	 * at most this many ms (a big refresh writes its index pages once per
	 * batch, not once per feed); 0: a transaction per feed. Each feed stays
	 * all or nothing either way. While a batch is open, other writes on the
	 * same store join it: only a caller that writes nothing else meanwhile
	 * (tidings refresh) should ask. */
	int batch_ms;
	/* 0: update_flush brings the search index up to date before it
	 * returns. N > 0: it does when at most N new items wait (a usual
	 * refresh: a few ms); more are left to the first search
	 * (store_fts_catch_up) or the interface's idle time, so that a big
	 * first refresh does not spend as much again on its index. */
	int index_later_above;
};

typedef void update_report_fn(void *ctx, const struct refresh_report *r);

/* The loop drives the poller; the store is where items go. None of them
 * is owned. report may be NULL. Caller frees with update_free. */
struct update *update_new(struct loop *l, struct poller *p, struct store *s,
			  const struct update_config *cfg, update_report_fn *report, void *ctx);
/* Start fetching one feed (its validators go out as a conditional GET).
 * The report comes from inside the loop when the feed is done. */
void update_feed(struct update *u, const struct store_feed *f);
/* Start n feeds the way a refresh should: grouped by host (so each host's
 * connections are reused), a feed under a server's Retry-After reported
 * REFRESH_DEFERRED at once instead of fetched, and with due_only the feeds
 * whose time has not come skipped without a report. Returns how many were
 * started or deferred. */
size_t update_feeds(struct update *u, const struct store_feed *const *feeds, size_t n, bool due_only);
/* Feeds started and not yet reported. */
size_t update_pending(const struct update *u);
/* Commit the open batch, bring the search index up to date and write the
 * fetch records kept back (304s and failures cost one transaction
 * together, not one each). Returns a store status. */
int update_flush(struct update *u);
/* Flushes, then frees. Free the poller first: it cancels what still runs,
 * which frees those feeds' state here. */
void update_free(struct update **u);

/* When a feed fetched at `now` is due again: the per-feed reload minutes,
 * else the longer of reload-time and the feed's own <ttl>; a server's
 * Retry-After (epoch seconds, 0: none) comes later still if it says so. */
int64_t update_next_due(const struct update_config *cfg, const struct store_feed *f,
			int ttl_minutes, int64_t retry_after, int64_t now);
/* True when the server asked us (Retry-After on 429/503) not to come back
 * before f->next_due and that time has not come. */
bool update_deferred(const struct store_feed *f, int64_t now);
/* True when the schedule says the feed is due. */
bool update_is_due(const struct store_feed *f, int64_t now);

#endif
