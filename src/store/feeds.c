/* feeds.c: the feeds table: reading feeds, adding and forgetting them, and what a fetch left on them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define FEED_COLUMNS \
	"id, url, coalesce(user_title, title), title, link, tags, etag, last_modified," \
	" last_status, last_error, redirect, last_fetch, last_ok, next_due, ttl_minutes," \
	" reload_minutes, options, position, subscribed, unread, total"

void
store_feed_clear(struct store_feed *f)
{
	free(f->url);
	free(f->title);
	free(f->feed_title);
	free(f->link);
	store_free_lines(f->tags, f->n_tags);
	free(f->etag);
	free(f->last_modified);
	free(f->last_error);
	free(f->redirect);
	free(f->options);
	memset(f, 0, sizeof *f);
}

void
store_feed_list_clear(struct store_feed_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		store_feed_clear(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

bool
store_feed_has_tag(const struct store_feed *f, const char *tag)
{
	for (size_t i = 0; i < f->n_tags; i++)
		if (strcmp(f->tags[i], tag) == 0)
			return true;
	return false;
}

static void
read_feed(sqlite3_stmt *st, struct store_feed *f)
{
	int c = 0;
	f->id = sqlite3_column_int64(st, c++);
	f->url = store_col_text(st, c++);
	f->title = store_col_text(st, c++);
	f->feed_title = store_col_text(st, c++);
	f->link = store_col_text(st, c++);
	f->tags = store_split_lines((const char *)sqlite3_column_text(st, c++), &f->n_tags);
	f->etag = store_col_text(st, c++);
	f->last_modified = store_col_text(st, c++);
	f->last_status = sqlite3_column_int(st, c++);
	f->last_error = store_col_text(st, c++);
	f->redirect = store_col_text(st, c++);
	f->last_fetch = store_col_date(st, c++);
	f->last_ok = store_col_date(st, c++);
	f->next_due = sqlite3_column_int64(st, c++);
	f->ttl_minutes = sqlite3_column_int(st, c++);
	f->reload_minutes = sqlite3_column_int(st, c++);
	f->options = store_col_text(st, c++);
	f->position = sqlite3_column_int(st, c++);
	f->subscribed = sqlite3_column_int(st, c++) != 0;
	f->unread = sqlite3_column_int64(st, c++);
	f->total = sqlite3_column_int64(st, c++);
}

/* Step a query for one feed into out. */
static int
one_feed(struct store *s, sqlite3_stmt *st, struct store_feed *out)
{
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_feed(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		return store_failf(s, STORE_NOT_FOUND, _("no such feed"));
	return store_fail(s, rc, N_("reading a feed"));
}

int
store_feed_get(struct store *s, const char *url, struct store_feed *out)
{
	static const char sql[] = "SELECT " FEED_COLUMNS " FROM feeds WHERE url = ?";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, url);
	return one_feed(s, st, out);
}

int
store_feed_get_id(struct store *s, int64_t id, struct store_feed *out)
{
	static const char sql[] = "SELECT " FEED_COLUMNS " FROM feeds WHERE id = ?";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	return one_feed(s, st, out);
}

int
store_feed_list(struct store *s, bool all, struct store_feed_list *out)
{
	static const char sql[] = "SELECT " FEED_COLUMNS " FROM feeds"
				  " WHERE subscribed OR ?1 ORDER BY NOT subscribed, position, id";
	out->v = NULL;
	out->n = 0;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, all);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		read_feed(st, &out->v[out->n++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_feed_list_clear(out);
		return store_fail(s, rc, N_("listing feeds"));
	}
	return STORE_OK;
}

int
store_feed_ensure(struct store *s, const char *url, int64_t *id)
{
	static const char ins[] =
		"INSERT INTO feeds(url, position) VALUES (?1,"
		" (SELECT coalesce(max(position), -1) + 1 FROM feeds))"
		" ON CONFLICT(url) DO UPDATE SET subscribed = 1 RETURNING id";
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	sqlite3_stmt *st = store_stmt(s, ins);
	if (!st)
		return store_tx_end(s, STORE_ERR);
	store_bind_text(st, 1, url);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	}
	status = rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, N_("adding a feed"));
	sqlite3_reset(st);
	return store_tx_end(s, status);
}

int
store_feed_delete(struct store *s, const char *url)
{
	static const char sql[] = "DELETE FROM feeds WHERE url = ?";
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return store_tx_end(s, STORE_ERR);
	store_bind_text(st, 1, url);
	status = store_step_done(s, st, N_("forgetting a feed"));
	if (status == STORE_OK && sqlite3_changes(s->db) == 0)
		status = store_failf(s, STORE_NOT_FOUND, _("no such feed: %s"), url);
	return store_tx_end(s, status);
}

/* Run a one-row UPDATE of a feed in its own (or the caller's) transaction;
 * STORE_NOT_FOUND when no row has that id. */
static int
update_feed(struct store *s, sqlite3_stmt *st, const char *what)
{
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = store_step_done(s, st, what);
	if (status == STORE_OK && sqlite3_changes(s->db) == 0)
		status = store_failf(s, STORE_NOT_FOUND, _("no such feed"));
	return store_tx_end(s, status);
}

int
store_feed_set_info(struct store *s, int64_t feed_id, const struct feed_info *info)
{
	static const char sql[] = "UPDATE feeds SET title = coalesce(?1, title),"
				  " link = coalesce(?2, link), ttl_minutes = ?3 WHERE id = ?4";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, info->title);
	store_bind_text(st, 2, info->link);
	sqlite3_bind_int(st, 3, info->ttl_minutes > 0 ? info->ttl_minutes : 0);
	sqlite3_bind_int64(st, 4, feed_id);
	return update_feed(s, st, N_("saving the feed's title"));
}

int
store_feed_set_title_if_empty(struct store *s, int64_t feed_id, const char *title)
{
	static const char sql[] = "UPDATE feeds SET title = coalesce(title, ?1) WHERE id = ?2";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, title);
	sqlite3_bind_int64(st, 2, feed_id);
	return update_feed(s, st, N_("saving the feed's title"));
}

int
store_feed_set_reload(struct store *s, int64_t feed_id, int reload_minutes)
{
	static const char sql[] = "UPDATE feeds SET reload_minutes = ?1 WHERE id = ?2";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, reload_minutes > 0 ? reload_minutes : 0);
	sqlite3_bind_int64(st, 2, feed_id);
	return update_feed(s, st, N_("saving the feed's reload time"));
}

int
store_feed_set_options(struct store *s, int64_t feed_id, const char *options)
{
	static const char sql[] = "UPDATE feeds SET options = ?1 WHERE id = ?2";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, options);
	sqlite3_bind_int64(st, 2, feed_id);
	return update_feed(s, st, N_("saving the feed's options"));
}

int
store_feed_record_fetch(struct store *s, int64_t feed_id, const struct store_fetch *f)
{
	static const char sql[] =
		"UPDATE feeds SET last_fetch = ?1, last_status = ?2, last_error = ?3,"
		" last_ok = CASE WHEN ?3 IS NULL THEN ?1 ELSE last_ok END,"
		" etag = CASE WHEN ?4 THEN ?5 ELSE etag END,"
		" last_modified = CASE WHEN ?4 THEN ?6 ELSE last_modified END,"
		" redirect = ?7, next_due = ?8 WHERE id = ?9";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, f->time);
	sqlite3_bind_int(st, 2, f->status);
	store_bind_text(st, 3, f->error);
	sqlite3_bind_int(st, 4, f->set_validators);
	store_bind_text(st, 5, f->etag);
	store_bind_text(st, 6, f->last_modified);
	store_bind_text(st, 7, f->redirect);
	sqlite3_bind_int64(st, 8, f->next_due);
	sqlite3_bind_int64(st, 9, feed_id);
	return update_feed(s, st, N_("recording the fetch"));
}
