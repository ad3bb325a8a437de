/* new_items.c: items above an id: what a refresh brought, walked by primary key. */
#include "config.h"

#include <string.h>

#include "store/internal.h"
#include "store/new_items.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
store_last_item_id(struct store *s, int64_t *id)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT coalesce(max(id), 0) FROM items");
	*id = 0;
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	int status = rc == SQLITE_ROW ? STORE_OK : store_fail(s, rc, N_("reading the items"));
	sqlite3_reset(st);
	return status;
}

int
store_new_items(struct store *s, int64_t feed_id, int64_t after_id, size_t limit,
		struct store_rows *out)
{
	static const char sql[] =
		"SELECT i.id, i.feed_id, f.url, coalesce(f.user_title, f.title), i.title, i.link,"
		" i.author, coalesce(i.published, i.updated), i.date, i.read, i.flagged,"
		" i.first_seen, i.enclosures"
		" FROM items i CROSS JOIN feeds f ON f.id = i.feed_id"
		" WHERE i.id > ?1 AND i.deleted = 0 AND f.subscribed = 1 AND (?2 = 0 OR i.feed_id = ?2)"
		" ORDER BY i.id LIMIT ?3";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, after_id);
	sqlite3_bind_int64(st, 2, feed_id);
	sqlite3_bind_int64(st, 3, limit ? (int64_t)limit + 1 : -1);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (limit && out->n == limit) {
			out->more = true;
			break;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		memset(&out->v[out->n], 0, sizeof out->v[out->n]);
		store_read_row(st, &out->v[out->n++]);
	}
	int status = rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, N_("reading new items"));
	sqlite3_reset(st);
	if (status != STORE_OK)
		store_rows_clear(out);
	return status;
}
