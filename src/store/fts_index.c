/* fts_index.c: keeping the search index in step with the items: new items in batches, a rebuild when the text changed. */
#include "config.h"

#include <stdio.h>

#include "store/internal.h"
#include "util/i18n.h"

/*
 * Items with an id above meta 'fts_indexed' (the mark) are not in the index
 * yet (schema step 6). They are indexed oldest first, a row per statement:
 * a single-row INSERT into FTS5 needs no statement savepoint, so FTS5 keeps
 * the terms in memory until the transaction commits and writes them out
 * once (the per-row trigger this replaces ran inside a savepoint, where
 * FTS5 writes out at every row). The mark moves in the same transaction, so
 * a crash leaves both or neither.
 */

#define MARK "(SELECT value FROM meta WHERE key = 'fts_indexed')"

int
store_fts_pending(struct store *s, int64_t *n)
{
	static const char sql[] = "SELECT (SELECT coalesce(max(id), 0) FROM items) - " MARK;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	int status = rc == SQLITE_ROW ? STORE_OK : store_fail(s, rc, N_("reading the cache"));
	sqlite3_reset(st);
	return status;
}

static void
bind_column(sqlite3_stmt *to, int i, sqlite3_stmt *from, int col)
{
	const unsigned char *t = sqlite3_column_text(from, col);
	if (t)
		sqlite3_bind_text(to, i, (const char *)t, sqlite3_column_bytes(from, col), SQLITE_STATIC);
	else
		sqlite3_bind_null(to, i);
}

/* Index the row `from` stands on (id, title, author, summary, content,
 * article_text); body is scratch space. */
static int
index_row(struct store *s, sqlite3_stmt *from, struct buf *body)
{
	static const char sql[] =
		"INSERT INTO items_fts(rowid, title, author, body, article) VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	buf_reset(body);
	sqlite3_bind_int64(st, 1, sqlite3_column_int64(from, 0));
	bind_column(st, 2, from, 1);
	bind_column(st, 3, from, 2);
	if (store_fts_body(body, (const char *)sqlite3_column_text(from, 3),
			   (const char *)sqlite3_column_text(from, 4)))
		sqlite3_bind_text(st, 4, body->len ? body->data : "", (int)body->len, SQLITE_STATIC);
	bind_column(st, 5, from, 5);
	return store_step_done(s, st, N_("writing the cache"));
}

/* The mark goes to last, or (last < 0) to the largest id: nothing waits. */
static int
set_mark(struct store *s, int64_t last)
{
	static const char to_sql[] = "UPDATE meta SET value = ?1 WHERE key = 'fts_indexed'";
	static const char all_sql[] = "UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM items)"
				      " WHERE key = 'fts_indexed'";
	sqlite3_stmt *st = store_stmt(s, last < 0 ? all_sql : to_sql);
	if (!st)
		return STORE_ERR;
	if (last >= 0)
		sqlite3_bind_int64(st, 1, last);
	return store_step_done(s, st, N_("writing the cache"));
}

/* Index up to max of the waiting items; *more: some may still wait. */
static int
index_some(struct store *s, int max, bool *more)
{
	static const char sql[] = "SELECT id, title, author, summary, content, article_text FROM items"
				  " WHERE id > " MARK " AND deleted = 0 ORDER BY id LIMIT ?1";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, max);
	struct buf body = BUF_INIT;
	int n = 0, rc, status = STORE_OK;
	int64_t last = 0;
	while (status == STORE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		last = sqlite3_column_int64(st, 0);
		n++;
		status = index_row(s, st, &body);
	}
	if (status == STORE_OK && rc != SQLITE_DONE)
		status = store_fail(s, rc, N_("reading items"));
	sqlite3_reset(st);
	buf_free(&body);
	*more = status == STORE_OK && n == max;
	if (status == STORE_OK)
		status = set_mark(s, *more ? last : -1);
	return status;
}

int
store_fts_index_some(struct store *s, int max_items, bool *more)
{
	*more = false;
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	return store_tx_end(s, index_some(s, max_items > 0 ? max_items : 1, more));
}

int
store_fts_index_idle(struct store *s, int max_items, bool *more)
{
	*more = false;
	if (s->depth > 0)
		return STORE_BUSY; /* not inside someone's transaction */
	int64_t waiting = 0;
	int status = store_fts_pending(s, &waiting);
	if (status != STORE_OK || waiting <= 0)
		return status; /* no write lock taken for nothing */
	sqlite3_busy_timeout(s->db, 0);
	status = store_fts_index_some(s, max_items, more);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if (status == STORE_BUSY)
		*more = true;
	return status;
}

/* Everything that waits, in the caller's transaction. */
static int
index_all(struct store *s)
{
	bool more = true;
	int status = STORE_OK;
	while (status == STORE_OK && more)
		status = index_some(s, 1000, &more);
	return status;
}

int
store_fts_catch_up(struct store *s)
{
	int64_t n = 0;
	int status = store_fts_pending(s, &n);
	if (status != STORE_OK || n <= 0)
		return status;
	status = store_begin(s);
	if (status != STORE_OK)
		return status;
	return store_tx_end(s, index_all(s));
}

/* Rebuild the index when it was made by another version of fts_text.c. */
int
store_fts_check(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT value FROM meta WHERE key = 'fts_text'");
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	int version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, N_("reading the cache"));
	if (version == STORE_FTS_TEXT_VERSION)
		return STORE_OK;
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = store_exec(s,
		"INSERT INTO items_fts(items_fts) VALUES ('delete-all');"
		"UPDATE meta SET value = 0 WHERE key = 'fts_indexed';");
	if (status == STORE_OK)
		status = index_all(s);
	if (status == STORE_OK) {
		char sql[96];
		snprintf(sql, sizeof sql, "INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_text', %d)",
			 STORE_FTS_TEXT_VERSION);
		status = store_exec(s, sql);
	}
	return store_tx_end(s, status);
}
