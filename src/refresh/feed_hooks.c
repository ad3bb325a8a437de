/* feed_hooks.c: a refresh's per-feed settings, ignore rules (inside the feed's transaction) and full articles (after it). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "refresh/feed_hooks.h"
#include "store/downloads.h"
#include "store/filter.h"
#include "store/import_states.h"
#include "store/new_items.h"
#include "util/str.h"

static void
settings(void *ctx, const struct store_feed *f, struct update_feed_opts *out)
{
	struct refresh_hooks *rh = ctx;
	feed_settings_clear(&rh->cur);
	feedopts_resolve(rh->o, f, &rh->cur);
	out->reload_minutes = rh->cur.reload_minutes;
	out->retention.max_items = rh->cur.max_items;
	out->retention.keep_days = rh->cur.keep_days;
	out->user_agent = rh->cur.user_agent; /* update copies them */
	out->proxy = rh->cur.proxy;
}

/* Ignore rules: the feed's new items that match are dropped as they land. */
static int
stored(void *ctx, struct store *s, const struct store_feed *f, int64_t now, size_t *dropped)
{
	struct refresh_hooks *rh = ctx;
	int rc = STORE_OK;
	for (size_t i = 0; i < rh->o->n_ignore && rc == STORE_OK; i++) {
		const struct opt_ignore *ig = &rh->o->ignore[i];
		size_t n = 0;
		if (!feedopts_match(ig->pattern, f->url, f->tags, f->n_tags))
			continue;
		rc = store_drop_matching(s, f->id, ig->expr, now, &n);
		*dropped += n;
	}
	/* read/flag states from `import --newsboat` for the items that came */
	if (rc == STORE_OK && rh->imported)
		rc = store_import_states_apply(s, f->id, NULL);
	return rc;
}

/* full-article=yes: fetch the new items' pages now, behind the feeds
 * already queued (the poller serves its queue in order), so the other
 * feeds of the refresh are not kept waiting. */
static void
fetch_articles(struct refresh_hooks *rh, const struct store_feed *f, int64_t after_id,
	       const struct feed_settings *fs)
{
	struct store_rows rows = { 0 };
	if (rh->poller && store_new_items(rh->store, f->id, after_id, FULL_ARTICLES_PER_FEED, &rows) == STORE_OK)
		for (size_t i = 0; i < rows.n; i++)
			if (article_fetch_start(rh->poller, rh->store, rows.v[i].id, rows.v[i].link,
						fs->user_agent, fs->proxy, NULL) == 0)
				rh->articles++;
	store_rows_clear(&rows);
}

static int
newest_first(const void *a, const void *b)
{
	const struct store_row *x = a, *y = b;
	return (y->date > x->date) - (y->date < x->date);
}

/* podcast-auto-enqueue: the newest episodes that came go to the download
 * queue (a podcast subscribed with 300 episodes queues a few, not 300);
 * whoever runs the queue (the interface, tidings download) fetches them. */
static void
enqueue_episodes(struct refresh_hooks *rh, const struct store_feed *f, int64_t after_id)
{
	struct store_rows rows = { 0 };
	if (store_new_items(rh->store, f->id, after_id, 0, &rows) != STORE_OK)
		return;
	qsort(rows.v, rows.n, sizeof *rows.v, newest_first);
	size_t taken = 0;
	for (size_t i = 0; i < rows.n && taken < EPISODES_PER_FEED; i++) {
		size_t added = 0, n = 0;
		char *refused = NULL;
		if (rows.v[i].has_enclosure &&
		    store_download_item(rh->store, rows.v[i].id, &added, &n, &refused) == STORE_OK) {
			rh->enqueued += added;
			taken++;
		}
		free(refused); /* a file:// or command enclosure is left out */
	}
	store_rows_clear(&rows);
}

static void
landed(void *ctx, const struct store_feed *f, int64_t after_id)
{
	struct refresh_hooks *rh = ctx;
	struct feed_settings fs;
	feedopts_resolve(rh->o, f, &fs);
	if (fs.full_article)
		fetch_articles(rh, f, after_id, &fs);
	if (fs.auto_enqueue)
		enqueue_episodes(rh, f, after_id);
	feed_settings_clear(&fs);
}

void
refresh_hooks_init(struct refresh_hooks *rh, const struct options *o, struct store *s,
		   struct poller *p)
{
	memset(rh, 0, sizeof *rh);
	rh->o = o;
	rh->store = s;
	rh->poller = p;
	rh->imported = store_import_states_pending(s);
	rh->h = (struct update_hooks){ rh, settings, stored, landed };
}

void
refresh_hooks_clear(struct refresh_hooks *rh)
{
	feed_settings_clear(&rh->cur);
}
