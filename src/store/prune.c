/* prune.c: retention: max-items per feed and keep-days, sparing flagged and unread-and-recent items. */
#include "config.h"

#include <stdlib.h>

#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define DAY (24 * 60 * 60)
/* Without keep-days, an unread item is "recent" for this long. */
#define RECENT_DAYS 7

/*
 * A dropped item becomes a tombstone: its text goes (and with it its place
 * in the search index and the counts), its key stays, so that the next
 * refresh does not bring it back as new while the feed still carries it.
 * A tombstone goes for good once the feed has gone two days of successful
 * fetches without it (upsert refreshes its "seen" at most daily).
 */

#define TOMBSTONE \
	"UPDATE items SET deleted = 1, seen = ?2, guid = NULL, title = NULL, link = NULL," \
	" author = NULL, summary = NULL, content = NULL, enclosures = NULL, categories = NULL," \
	" article_text = NULL, article_html = NULL, article_fetched = NULL" \
	" WHERE feed_id = ?1 AND deleted = 0 AND flagged = 0 AND NOT (read = 0 AND first_seen >= ?3)"

static int
run(struct store *s, const char *sql, int64_t feed_id, int64_t now, int64_t recent, int64_t arg,
    size_t *dropped)
{
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, feed_id);
	sqlite3_bind_int64(st, 2, now);
	sqlite3_bind_int64(st, 3, recent);
	sqlite3_bind_int64(st, 4, arg);
	int status = store_step_done(s, st, N_("dropping old items"));
	if (status == STORE_OK && dropped)
		*dropped += (size_t)sqlite3_changes(s->db);
	return status;
}

static int
prune_feed(struct store *s, int64_t feed_id, const struct store_retention *r, int64_t now,
	   size_t *dropped)
{
	static const char by_age[] = TOMBSTONE " AND date < ?4";
	static const char by_count[] = TOMBSTONE
		" AND id IN (SELECT id FROM items WHERE feed_id = ?1 AND deleted = 0"
		" ORDER BY date DESC, id DESC LIMIT -1 OFFSET ?4)";
	static const char purge[] =
		"DELETE FROM items WHERE feed_id = ?1 AND deleted = 1"
		" AND seen < (SELECT last_ok FROM feeds WHERE id = ?1) - ?4";
	int64_t recent = now - (int64_t)(r->keep_days > 0 ? r->keep_days : RECENT_DAYS) * DAY;
	int status = STORE_OK;
	if (r->keep_days > 0)
		status = run(s, by_age, feed_id, now, recent, now - (int64_t)r->keep_days * DAY,
			     dropped);
	if (status == STORE_OK && r->max_items > 0)
		status = run(s, by_count, feed_id, now, recent, r->max_items, dropped);
	if (status == STORE_OK)
		status = run(s, purge, feed_id, now, recent, 2 * DAY, NULL);
	return status;
}

static int
all_feed_ids(struct store *s, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT id FROM feeds");
	size_t cap = 0;
	*ids = NULL;
	*n = 0;
	if (!st)
		return STORE_ERR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	int status = rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, N_("listing feeds"));
	sqlite3_reset(st);
	return status;
}

int
store_prune(struct store *s, int64_t feed_id, const struct store_retention *r, int64_t now,
	    size_t *dropped)
{
	if (dropped)
		*dropped = 0;
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	if (feed_id != 0) {
		status = prune_feed(s, feed_id, r, now, dropped);
	} else {
		int64_t *ids;
		size_t n;
		status = all_feed_ids(s, &ids, &n);
		for (size_t i = 0; i < n && status == STORE_OK; i++)
			status = prune_feed(s, ids[i], r, now, dropped);
		free(ids);
	}
	return store_tx_end(s, status);
}
