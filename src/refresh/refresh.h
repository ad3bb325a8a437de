/* refresh.h: how feeds come into the cache: a refresh of a list of sources, a report per feed, one summary; subscribing, which decides the sources. The one header of src/refresh the layers above include. */
#ifndef TIDINGS_REFRESH_H
#define TIDINGS_REFRESH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "cmd/options.h"
#include "net/net.h"
#include "store/store.h"
#include "util/buf.h"

struct article; /* text/readable.h */
struct loop;
struct refresh;

/*
 * A refresh is a list of sources. Today a source is a subscribed feed: an
 * http(s) URL or a command (exec:, filter:), fetched, parsed and written
 * by the pipeline inside (update.h). An account on a sync server will be
 * a third kind: it is started beside the feeds and reports the feeds it
 * holds through the same callbacks, so every caller below keeps working.
 *
 * Every refresh runs the same way, whoever asks (tidings refresh, -x
 * refresh-*, the interface's R, r and timer): take the refresh lock, make
 * the cache follow the urls file, start the sources grouped by origin (a
 * host's feeds reuse its connections), report a feed under a server's
 * Retry-After as deferred instead of fetching it, write, then run
 * run-on-new when something new came.
 */

/* ---- one feed's outcome ---------------------------------------------- */

enum refresh_outcome {
	REFRESH_STORED,       /* fetched and stored: see added/changed */
	REFRESH_NOT_MODIFIED, /* 304: nothing parsed, no item written */
	REFRESH_FAILED,       /* see error */
	REFRESH_DEFERRED,     /* not fetched: a server's Retry-After runs until retry_at */
};

/* What happened to one feed; lent to the callback. */
struct refresh_report {
	const char *url;
	int64_t feed_id;      /* 0: a URL that is not subscribed */
	enum refresh_outcome outcome;
	size_t added, changed, dropped;
	const char *error;    /* REFRESH_FAILED: one readable line */
	const char *moved_to; /* a permanent redirect seen (the urls file is left alone) */
	int64_t retry_at;     /* REFRESH_DEFERRED: epoch seconds */
};

/* The counts so far; the summary is made from them. */
struct refresh_progress {
	size_t subscribed; /* feeds the urls file lists */
	size_t total;      /* feeds started or deferred, and URLs asked for that are not subscribed */
	size_t done;       /* reported so far */
	size_t updated, unchanged, failed, deferred;
	size_t added;      /* new items stored */
	int64_t before_id; /* the last item id before the refresh: new items are above it */
	pid_t hook_pid;    /* run-on-new left running (REFRESH_HOOK_BACKGROUND); -1: none */
	size_t enqueued;   /* downloads podcast-auto-enqueue queued (for whoever runs the queue) */
};

/* ---- a refresh ---------------------------------------------------------- */

enum refresh_hook_mode {
	REFRESH_HOOK_WAIT,       /* wait for run-on-new, its output where ours goes */
	REFRESH_HOOK_QUIET,      /* wait, its output to /dev/null (refresh --quiet) */
	REFRESH_HOOK_BACKGROUND, /* leave it running; the caller reaps progress.hook_pid */
};

struct refresh_spec {
	const char *cache_path;   /* the lock is cache_path + ".lock" */
	const char *urls_path;    /* read first, so the cache follows the file */
	int lock_wait_ms;         /* how long to wait for another refresh (0: not at all) */
	int64_t feed_id;          /* this feed alone; 0: see urls */
	char *const *urls;        /* these feeds (as the urls file spells them); */
	size_t n_urls;            /* none and no feed_id: every subscribed feed */
	bool due_only;            /* only the feeds whose reload time has come */
	/* Nothing else writes through this store while the refresh runs
	 * (tidings refresh, -x): fetched feeds share transactions for up to
	 * 250 ms, and the WAL is checkpointed on a thread of its own. */
	bool exclusive;
	enum refresh_hook_mode hook;
};

struct refresh_cb {
	void *ctx;
	/* each feed as it lands (the cache already has it); may be NULL */
	void (*feed)(void *ctx, const struct refresh_report *r, const struct refresh_progress *p);
	/* once, from the loop, when every feed is in and run-on-new ran.
	 * error: the fetch records could not be written (the refresh failed);
	 * hook_error: run-on-new failed or could not start (the items are
	 * stored: said, not fatal); else NULL. The refresh may not be freed
	 * from here. */
	void (*done)(void *ctx, const struct refresh_progress *p, const char *error,
		     const char *hook_error);
};

/* Take the lock, follow the urls file and start the sources in loop l
 * through poller p (none owned; free p before the refresh: its
 * cancellations reach the refresh). Returns 0 with *out (done comes
 * later, from the loop, even when nothing needed fetching), or -1 with
 * *err (caller frees). */
int refresh_start(struct refresh **out, struct loop *l, struct poller *p, struct store *s,
		  const struct options *o, const struct refresh_spec *spec,
		  const struct refresh_cb *cb, char **err);
const struct refresh_progress *refresh_get_progress(const struct refresh *r);
bool refresh_finished(const struct refresh *r);
void refresh_free(struct refresh **r);

/* The same, run to its end in a loop and a poller of its own (tidings
 * refresh, -x). Returns 0 when it ran (the callbacks said how it went),
 * -1 with *err when it could not start. */
int refresh_run(struct store *s, const struct options *o, const struct refresh_spec *spec,
		const struct refresh_cb *cb, char **err);

/* The poller's settings from the options (max-connections, timeouts,
 * max-body-size, user-agent, proxy). */
void refresh_net_config(const struct options *o, struct net_config *n);

/* ---- an item's full article ------------------------------------------ */

enum article_fetch_status {
	ARTICLE_FETCHED,     /* extracted and kept in the cache (and searchable) */
	ARTICLE_NOT_FETCHED, /* the page did not come: error says why */
	ARTICLE_NOT_FOUND,   /* the page has no article */
	ARTICLE_NOT_KEPT,    /* the cache refused it: error says why */
	ARTICLE_CANCELLED,   /* the poller went away first: touch nothing but ctx */
};

struct article_fetch_cb {
	void *ctx;
	/* the bytes of the page so far; may be NULL */
	void (*progress)(void *ctx, size_t bytes);
	/* once; a and error are lent (a: ARTICLE_FETCHED only); may be NULL */
	void (*done)(void *ctx, enum article_fetch_status st, const struct article *a,
		     const char *error);
};

/* Fetch the page at link for item_id through the poller (16 MB at most),
 * extract its article and keep it (store_item_set_article); the fetch owns
 * itself, so s must outlive p. Only http(s) links: a feed's link must
 * never name a command. Returns 0 (done comes later, exactly once, cb may
 * be NULL), or -1 when link is not a web page's. */
int article_fetch_start(struct poller *p, struct store *s, int64_t item_id, const char *link,
			const char *user_agent, const char *proxy, const struct article_fetch_cb *cb);

/* ---- what the user reads -------------------------------------------- */

/* The lines a report gives ("URL: 2 new", "URL: error: ...", "URL: not
 * fetched: ...", "URL: moved permanently to ..."), each ending in '\n',
 * with no control character from a feed; nothing for an unchanged feed. */
void refresh_report_text(const struct refresh_report *r, struct buf *out);
/* The one summary line, "3 feeds: 2 updated (5 new items), 1 unchanged,
 * 0 failed" (", 1 deferred" and ", 2 queued for download" when there are
 * any), or the hint to subscribe when nothing is; no newline; caller frees. */
char *refresh_summary(const struct refresh_progress *p);

/* ---- subscriptions ---------------------------------------------------- */

/* What may be subscribed: a web address (url_is_web_address: http(s), a
 * host, nothing the urls file or a shell could read differently), or,
 * with commands, an exec:/filter: source of printable text on one line
 * (only what the user types, or imports with --allow-commands: never a
 * feed's own link). */
bool subscribe_acceptable(const char *url, bool commands);

struct subscribe_request {
	const char *urls_path;
	const char *url;          /* a feed, a page that names its feed, or a command */
	const char *const *tags;
	size_t n_tags;
	const char *title;        /* "~Title": the feed's name in the lists; may be NULL */
	bool commands;            /* exec:/filter: allowed */
};

enum subscribe_status {
	SUBSCRIBED,               /* the urls file has a new line */
	SUBSCRIBE_ALREADY,        /* it had the line already */
	SUBSCRIBE_FAILED,         /* see error */
};

enum subscribe_found {
	SUBSCRIBE_AS_GIVEN,       /* the URL is a feed (or a command) */
	SUBSCRIBE_LINKED,         /* the page links to the feed */
	SUBSCRIBE_GUESSED,        /* a common feed path on the page's site */
	SUBSCRIBE_UNCHECKED,      /* the URL could not be fetched now: taken as given */
};

/* Lent to the callback. */
struct subscribe_result {
	enum subscribe_status status;
	enum subscribe_found found;
	const char *url;          /* what was asked for */
	const char *feed_url;     /* what the urls file names (NULL on failure) */
	const char *title;        /* the feed's own title when the search read it; may be NULL */
	const char *note;         /* SUBSCRIBE_UNCHECKED: why it could not be fetched */
	const char *error;        /* SUBSCRIBE_FAILED: one line */
	int64_t feed_id;          /* the feed in the cache; 0 without one */
};

typedef void subscribe_done_fn(void *ctx, const struct subscribe_result *r);

/* Subscribe: check the URL, look for the feed behind a page through the
 * poller (inside the loop: an interface keeps answering keys), add the
 * line to the urls file and make the cache s follow it (s may be NULL: it
 * follows the file the next time it is opened). done is called exactly
 * once, maybe before this returns; when the poller goes first, never. */
void subscribe_start(struct poller *p, struct store *s, const struct subscribe_request *rq,
		     subscribe_done_fn *done, void *ctx);
/* The same, run to its end in a loop and a poller of its own. */
void subscribe_run(const struct options *o, struct store *s, const struct subscribe_request *rq,
		   subscribe_done_fn *done, void *ctx);
/* Unsubscribe: the urls file loses the line, the cache s (may be NULL)
 * the feed and its items. Returns 0, 1 when it was not subscribed
 * (nothing changed), or -1 with *err (caller frees). */
int unsubscribe(struct store *s, const char *urls_path, const char *url, char **err);

#endif
