/* store.h: the SQLite cache of feeds and items (the only layer that speaks SQL). */
#ifndef TIDINGS_STORE_H
#define TIDINGS_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

/*
 * One struct store is one connection to one cache file. Everything it hands
 * out is an owned copy (free it with the matching _clear function); no statement
 * handle or sqlite type ever leaves src/store. Not thread-safe: a store is
 * used by the thread that opened it. The one other thread that reaches the
 * cache, the checkpoint thread of store_checkpoints_apart, has a
 * connection of its own inside src/store; the refresh's parsing thread
 * never touches the store.
 *
 * Every function returns a status. On failure the store keeps one line
 * saying why, readable with store_error() until the next call.
 *
 * Writes run in transactions. A single call is its own transaction unless
 * the caller opened one with store_begin(); then it joins it (begin/commit
 * nest by counting, and only the outermost commit writes).
 */

struct store;
struct urls; /* store/urls.h: the subscriptions file */

enum store_status {
	STORE_OK = 0,
	STORE_ERR = -1,       /* SQLite or I/O failure (see store_error) */
	STORE_BUSY = -2,      /* another process held the lock past the busy timeout */
	STORE_NOT_FOUND = -3, /* no such feed or item */
	STORE_BAD_QUERY = -4, /* a search the index cannot take (empty, bad syntax) */
};

/* ---- opening ---------------------------------------------------------- */

/* The default cache path, $XDG_DATA_HOME/tidings/cache.db (or
 * ~/.local/share/tidings/cache.db). Caller frees. */
char *store_default_path(void);

/* Open (creating the file and its parent directories) and migrate the schema
 * to the current version. On failure returns a status and sets *err to a
 * line the caller frees; *out is NULL. A cache written by a newer tidings
 * is refused rather than damaged. */
int store_open(const char *path, struct store **out, char **err);
void store_close(struct store **s);
const char *store_error(const struct store *s);

/* Transactions (BEGIN IMMEDIATE; waits up to the busy timeout for other
 * writers). Nested begin/commit pairs count; store_rollback undoes the
 * whole outermost transaction and resets the count. */
int store_begin(struct store *s);
int store_commit(struct store *s);
void store_rollback(struct store *s);

/* Let this connection keep up to kib KiB of the cache file in memory
 * (SQLite's page cache, 2 MiB by default): worth it for big writes (an
 * import, the first refresh of many feeds), where a small page cache
 * writes the same pages again and again; lists need no more. */
int store_set_memory(struct store *s, int kib);

/* While this connection writes a lot (a refresh), checkpoint the WAL on a
 * thread and a connection of its own whenever a commit leaves it longer
 * than `pages` (SQLite's own checkpoints run inside the commit, on the
 * writer, at 1000); false: not possible here (no thread, no file), nothing
 * changed. store_checkpoints_here (and store_close) go back to SQLite's. */
bool store_checkpoints_apart(struct store *s, int pages);
void store_checkpoints_here(struct store *s);

/* A number kept in the cache under a name (0 when never set): the
 * interface keeps there when it was last closed, so it can tell new items. */
int store_meta_get(struct store *s, const char *name, int64_t *value);
int store_meta_set(struct store *s, const char *name, int64_t value);

/* A number that changes whenever another connection commits (PRAGMA
 * data_version): the UI polls it to notice a cron refresh. */
int store_data_version(struct store *s, int64_t *version);

/* ---- feeds ------------------------------------------------------------ */

/* A feed as the cache knows it. Strings are owned and may be NULL. */
struct store_feed {
	int64_t id;
	char *url;            /* the urls-file source: http(s) URL or exec:/filter: */
	char *title;          /* what to show: the urls file's "~Title", else the feed's */
	char *feed_title;     /* the title the feed gives itself */
	char *link;           /* the site */
	char **tags;          /* from the urls file, in its order */
	size_t n_tags;
	char *etag;           /* HTTP validators of the last 200 */
	char *last_modified;
	int last_status;      /* 0 never fetched; HTTP status; -1 failed before a status */
	char *last_error;     /* one line; NULL when the last fetch went well */
	char *redirect;       /* target of a permanent redirect seen, NULL if none */
	int64_t last_fetch;   /* DATE_NONE when never */
	int64_t last_ok;      /* last fetch without error; DATE_NONE when never */
	int64_t next_due;     /* epoch seconds; 0: due now */
	int ttl_minutes;      /* what the feed asks (<ttl>, sy:update*); 0 none */
	int reload_minutes;   /* per-feed override; 0: the global setting */
	char *options;        /* per-feed settings, "name value" lines; room for later */
	int position;         /* line order in the urls file */
	bool subscribed;      /* in the urls file now */
	int64_t unread;       /* live items not read (maintained counter) */
	int64_t total;        /* live items */
};

struct store_feed_list {
	struct store_feed *v;
	size_t n;
};

void store_feed_clear(struct store_feed *f);
void store_feed_list_clear(struct store_feed_list *l);
/* Whether one of the feed's tags is tag (whole and exact). */
bool store_feed_has_tag(const struct store_feed *f, const char *tag);

/* The feed with this url; STORE_NOT_FOUND when the cache has none. */
int store_feed_get(struct store *s, const char *url, struct store_feed *out);
int store_feed_get_id(struct store *s, int64_t id, struct store_feed *out);
/* Subscribed feeds in urls-file order (all feeds, also the ones no longer
 * in the file, when all is true). */
int store_feed_list(struct store *s, bool all, struct store_feed_list *out);

/* The id of the feed with this url, adding it (subscribed) when missing. */
int store_feed_ensure(struct store *s, const char *url, int64_t *id);
/* Forget a feed and all its items (search index and counters follow). */
int store_feed_delete(struct store *s, const char *url);
/* Make the cache's feed list follow the urls file: sources in the file are
 * added or updated (tags, "~Title", order) and marked subscribed; feeds not
 * in the file are kept (read state survives a re-add) but marked not
 * subscribed, which hides them and their items from every list.
 * query: lines are not feeds and are ignored. Writes nothing when the
 * cache already agrees. */
int store_sync_urls(struct store *s, const struct urls *u);

/* What the feed said about itself (title, site link, ttl). NULL fields keep
 * what is stored. */
int store_feed_set_info(struct store *s, int64_t feed_id, const struct feed_info *info);
/* Set the feed's own title only when it has none yet (OPML import gives a
 * name to show before the first refresh). */
int store_feed_set_title_if_empty(struct store *s, int64_t feed_id, const char *title);
int store_feed_set_reload(struct store *s, int64_t feed_id, int reload_minutes);
int store_feed_set_options(struct store *s, int64_t feed_id, const char *options);

/* The outcome of one fetch of a feed. */
struct store_fetch {
	int64_t time;              /* when it finished */
	int status;                /* as store_feed.last_status */
	const char *error;         /* NULL: success (clears the error, sets last_ok) */
	bool set_validators;       /* store etag/last_modified (NULL clears); false keeps */
	const char *etag;
	const char *last_modified;
	const char *redirect;      /* permanent redirect target; NULL clears */
	int64_t next_due;
};
int store_feed_record_fetch(struct store *s, int64_t feed_id, const struct store_fetch *f);

/* ---- items: writing --------------------------------------------------- */

enum store_change {
	STORE_ITEM_SAME = 0,  /* known and unchanged: nothing written */
	STORE_ITEM_NEW,       /* first seen now: stored unread */
	STORE_ITEM_CHANGED,   /* known, content changed: updated in place */
};

/* Store one item of a feed. Its key within the feed is the guid (it->id)
 * when there is one, else its link, else a hash of title and
 * content/summary, so a refresh never duplicates it. A changed item is
 * updated in place and keeps its read and flagged state. An item that
 * retention dropped stays dropped while the feed still carries it.
 * now is the time of the refresh (first-seen date of new items).
 * what may be NULL. */
int store_upsert_item(struct store *s, int64_t feed_id, const struct item *it, int64_t now,
		      enum store_change *what);

/* Retention for one feed; 0 means no limit. */
struct store_retention {
	int max_items; /* keep at most this many items per feed, newest first */
	int keep_days; /* drop items dated more than this many days ago */
};
/* Apply retention to a feed (feed_id 0: every feed). Flagged items are
 * never dropped, nor unread items first seen within the last keep_days
 * (7 days when keep_days is 0). *dropped (may be NULL) gets the count. */
int store_prune(struct store *s, int64_t feed_id, const struct store_retention *r, int64_t now,
		size_t *dropped);

struct store_update_stats {
	size_t added, changed, same;
	size_t dropped; /* by retention */
};
/* A whole refreshed feed in ONE transaction: the feed's info (may be NULL),
 * its n items, retention (r may be NULL) and the fetch record (f may be
 * NULL). On failure nothing of it is written. st may be NULL. */
int store_apply_feed(struct store *s, int64_t feed_id, const struct feed_info *info,
		     const struct item *items, size_t n, const struct store_retention *r,
		     const struct store_fetch *f, struct store_update_stats *st);
/* The search index takes new items in batches: one statement for many,
 * where a row at a time cost a write of the index per row. Index every item
 * it does not have yet. Searches do this first, so they never miss an item;
 * so does the end of a refresh unless it leaves the index for later
 * (update_config.index_later_above). Joins the caller's transaction. */
int store_fts_catch_up(struct store *s);
/* How many items wait for the index (at most; 0 when it has them all). */
int store_fts_pending(struct store *s, int64_t *n);
/* Index at most max_items of the waiting items, oldest first; *more: some
 * may still wait. Inside a longer transaction the index keeps their terms
 * in memory until the commit, so a caller can index a few at a time between
 * other work (a refresh, between transfers) and still write the index once
 * per transaction. Joins the caller's transaction. */
int store_fts_index_some(struct store *s, int max_items, bool *more);
/* store_fts_index_some in a transaction of its own, for idle time: while
 * another connection writes (a cron refresh) it returns STORE_BUSY at once
 * instead of waiting for it. */
int store_fts_index_idle(struct store *s, int max_items, bool *more);

/* Read/flag state. STORE_NOT_FOUND for an unknown id. */
int store_item_set_read(struct store *s, int64_t item_id, bool read);
int store_item_set_flagged(struct store *s, int64_t item_id, bool flagged);
/* The extracted full article (text for reading and search, html as found). */
int store_item_set_article(struct store *s, int64_t item_id, const char *text, const char *html,
			   int64_t fetched);

/* ---- items: reading --------------------------------------------------- */

/* One line of a list of items (what a headline needs, no bodies). */
struct store_row {
	int64_t id;
	int64_t feed_id;
	char *feed_url;
	char *feed_title;  /* as store_feed.title (NULL when the feed has none) */
	char *title;
	char *link;
	char *author;
	int64_t published; /* published, else updated; DATE_NONE when neither */
	int64_t date;      /* the sort date: published, else updated, else first seen */
	int64_t first_seen; /* when the cache first had it */
	bool read;
	bool flagged;
	bool has_enclosure; /* a podcast episode, a video ... */
	struct enclosure *enclosures; /* owned (store_row_clear) */
	size_t n_enclosures;
};

/* Where a page ends; pass it back to get the next page. */
struct store_cursor {
	bool set;      /* false: from the newest item */
	int64_t date;
	int64_t id;
};

/* Which items, newest first (by date, then id). Zero-initialise and set
 * what you need. */
struct store_query {
	int64_t feed_id;           /* 0: every subscribed feed */
	const char *tag;           /* NULL: any */
	bool unread;               /* only unread */
	bool flagged;              /* only flagged */
	const char *search;        /* words as the user typed them; NULL: none */
	const char *filter;        /* an expression (store/filter.h); NULL: none */
	size_t limit;              /* rows per page; 0: 100 */
	struct store_cursor after; /* continue after this row */
};

struct store_rows {
	struct store_row *v;
	size_t n;
	struct store_cursor next; /* cursor after the last row */
	bool more;                /* another page may follow */
};

/* One page of items. Keyset pagination: the cost of a page does not grow
 * with the number of items before it. The search string is split into
 * words (each quoted, so no user text is FTS syntax), all of which must
 * match; "a phrase" in double quotes stays a phrase and word* matches a
 * prefix. Returns STORE_BAD_QUERY when nothing searchable is left. */
int store_items(struct store *s, const struct store_query *q, struct store_rows *out);
/* How many items the query matches (ignoring limit and after). */
int store_count(struct store *s, const struct store_query *q, int64_t *n);
void store_rows_clear(struct store_rows *r);
void store_row_clear(struct store_row *r);

/* An item with everything stored about it. */
struct store_item {
	int64_t id;
	int64_t feed_id;
	char *feed_url;
	char *feed_title;
	struct item item;      /* id (guid), title, link, author, dates, summary,
				  content, enclosures, categories */
	char *key;             /* the stable key within the feed */
	int64_t first_seen;
	bool read;
	bool flagged;
	char *article_text;    /* extracted full article; NULL when not fetched */
	char *article_html;
	int64_t article_fetched; /* DATE_NONE when not fetched */
};

int store_item_get(struct store *s, int64_t item_id, struct store_item *out);
/* The newest live item of a subscribed feed whose link is exactly link
 * (find_link.c); STORE_NOT_FOUND when none. */
int store_item_find_link(struct store *s, const char *link, int64_t *id);
void store_item_clear(struct store_item *it);

/* Mark every item the query matches read (limit and after ignored).
 * *changed (may be NULL) gets how many were unread. */
int store_mark_read(struct store *s, const struct store_query *q, int64_t *changed);

/* The plain text the search index holds for a piece of HTML: tags and
 * scripts dropped, entities decoded, whitespace collapsed. Caller frees.
 * (The article view uses src/text; this is for plain output and tests.) */
char *store_plain_text(const char *html);

#endif
