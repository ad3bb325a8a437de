/* query.c: lists of items a page at a time (keyset pagination), counts, search and mark-as-read. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/filter_int.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define DEFAULT_PAGE 100

/*
 * Every list is ordered by (date, id) descending and continues after the
 * last row it gave ("WHERE (date, id) < (last)"), so that the index
 * items_date (or items_unread, items_flagged, items_feed_date) is walked
 * from where the previous page stopped: page 1000 costs what page 1 does.
 * CROSS JOIN fixes the join order so SQLite never chooses to sort every
 * item. A search starts from the FTS5 matches instead and sorts only those.
 */

struct sql_query {
	struct buf sql;
	char *fts;  /* the FTS5 expression, owned */
	bool walk;  /* search by walking the date index (many matches) */
	struct filter_sql flt; /* the query's filter expression (store/filter.h) */
};

/* Start q's SQL: the FTS5 expression of its search, if any. */
static int
begin_query(struct store *s, const struct store_query *q, struct sql_query *out)
{
	buf_init(&out->sql, 0);
	out->fts = NULL;
	out->walk = false;
	memset(&out->flt, 0, sizeof out->flt);
	if (q->filter) {
		int status = store_filter_compile(s, q->filter, &out->flt);
		if (status != STORE_OK)
			return status;
	}
	/* the index takes new items in batches: a search (also one inside a
	 * filter) lets it have them all first, so it never misses one */
	bool searches = q->search || (out->flt.sql.len && strstr(buf_str(&out->flt.sql), "items_fts"));
	if (searches) {
		int status = store_fts_catch_up(s);
		if (status != STORE_OK)
			return status;
	}
	if (!q->search)
		return STORE_OK;
	out->fts = store_fts_expr(q->search);
	if (!out->fts)
		return store_failf(s, STORE_BAD_QUERY, _("nothing to search for in \"%s\""), q->search);
	return STORE_OK;
}

static void
build(const struct store_query *q, const char *select, const char *tail, bool keyset,
      struct sql_query *out)
{
	struct buf *b = &out->sql;
	buf_puts(b, select);
	if (out->fts && !out->walk)
		buf_puts(b, " FROM items_fts CROSS JOIN items i ON i.id = items_fts.rowid");
	else
		buf_puts(b, " FROM items i");
	buf_puts(b, " CROSS JOIN feeds f ON f.id = i.feed_id WHERE i.deleted = 0 AND f.subscribed = 1");
	if (out->fts && !out->walk)
		buf_puts(b, " AND items_fts MATCH :fts");
	if (out->fts && out->walk)
		buf_puts(b, " AND EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH :fts"
			    " AND items_fts.rowid = i.id)");
	if (q->feed_id)
		buf_puts(b, " AND i.feed_id = :feed");
	if (q->unread)
		buf_puts(b, " AND i.read = 0");
	if (q->flagged)
		buf_puts(b, " AND i.flagged = 1");
	if (q->tag)
		buf_puts(b, " AND instr(char(10) || f.tags || char(10), char(10) || :tag || char(10)) > 0");
	if (out->flt.sql.len)
		buf_printf(b, " AND %s", buf_str(&out->flt.sql));
	if (keyset && q->after.set)
		buf_puts(b, " AND (i.date, i.id) < (:date, :id)");
	buf_puts(b, tail);
}

/* One integer from a static query with at most one integer parameter. */
static int
scalar(struct store *s, const char *sql, int64_t num, int64_t *out)
{
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, num);
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	int status = rc == SQLITE_ROW ? STORE_OK : store_fail(s, rc, N_("searching"));
	sqlite3_reset(st);
	return status;
}

/*
 * A search has two plans. From the matches: read each matching item and
 * sort them, which costs what the matches are. Down the date index,
 * asking the index about each item until a page is full, which costs
 * page / (share of items matching). The first wins while matches^2 <
 * page x items; a rare word takes the first, a word in every item the
 * second, and neither ever reads all 200,000 items for 50 of them.
 */
static int64_t
isqrt(int64_t n)
{
	int64_t x = n, y = (x + 1) / 2;
	while (y < x) {
		x = y;
		y = (x + n / x) / 2;
	}
	return x;
}

static int
choose_plan(struct store *s, const struct store_query *q, size_t page, struct sql_query *sq)
{
	/* counting stops past the crossing point: a word in every item costs
	 * no more to count than one in a few thousand */
	static const char matches_sql[] = "SELECT count(*) FROM (SELECT 1 FROM items_fts"
					  " WHERE items_fts MATCH ?1 LIMIT ?2)";
	static const char all_sql[] = "SELECT coalesce(sum(total), 0) FROM feeds WHERE subscribed";
	static const char feed_sql[] = "SELECT total FROM feeds WHERE id = ?1";
	int64_t items, matches = 0;
	int status = q->feed_id ? scalar(s, feed_sql, q->feed_id, &items)
				: scalar(s, all_sql, 0, &items);
	int64_t cross = isqrt((int64_t)page * items);
	sqlite3_stmt *st = status == STORE_OK ? store_stmt(s, matches_sql) : NULL;
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, sq->fts);
	sqlite3_bind_int64(st, 2, cross + 1);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		matches = sqlite3_column_int64(st, 0);
	else if ((rc & 0xff) == SQLITE_ERROR)
		status = store_failf(s, STORE_BAD_QUERY, _("cannot search for that: %s"),
				     sqlite3_errmsg(s->db));
	else
		status = store_fail(s, rc, N_("searching"));
	sqlite3_reset(st);
	sq->walk = matches > cross;
	return status;
}

static void
bind_named_int(sqlite3_stmt *st, const char *name, int64_t v)
{
	int i = sqlite3_bind_parameter_index(st, name);
	if (i > 0)
		sqlite3_bind_int64(st, i, v);
}

static void
bind_named_text(sqlite3_stmt *st, const char *name, const char *v)
{
	int i = sqlite3_bind_parameter_index(st, name);
	if (i > 0)
		store_bind_text(st, i, v);
}

/* Prepare the built SQL and bind what the query gives. Caller finalizes. */
static int
prepare(struct store *s, const struct store_query *q, struct sql_query *sq, int64_t limit,
	sqlite3_stmt **out)
{
	int rc = sqlite3_prepare_v2(s->db, buf_str(&sq->sql), -1, out, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, N_("preparing a query"));
	bind_named_text(*out, ":fts", sq->fts);
	bind_named_int(*out, ":feed", q->feed_id);
	bind_named_text(*out, ":tag", q->tag);
	bind_named_int(*out, ":date", q->after.date);
	bind_named_int(*out, ":id", q->after.id);
	bind_named_int(*out, ":limit", limit);
	filter_bind(*out, &sq->flt);
	return STORE_OK;
}

static void
sql_query_free(struct sql_query *sq)
{
	buf_free(&sq->sql);
	free(sq->fts);
	filter_sql_free(&sq->flt);
}

/* A failed step of a search is a query FTS5 refused, not a broken cache. */
static int
step_failed(struct store *s, int rc, const struct sql_query *sq)
{
	int status = store_fail(s, rc, N_("reading items"));
	if (sq->fts && (rc & 0xff) == SQLITE_ERROR)
		status = store_failf(s, STORE_BAD_QUERY, _("cannot search for that: %s"),
				     sqlite3_errmsg(s->db));
	return status;
}

void
store_read_row(sqlite3_stmt *st, struct store_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->feed_id = sqlite3_column_int64(st, 1);
	r->feed_url = store_col_text(st, 2);
	r->feed_title = store_col_text(st, 3);
	r->title = store_col_text(st, 4);
	r->link = store_col_text(st, 5);
	r->author = store_col_text(st, 6);
	r->published = store_col_date(st, 7);
	r->date = sqlite3_column_int64(st, 8);
	r->read = sqlite3_column_int(st, 9) != 0;
	r->flagged = sqlite3_column_int(st, 10) != 0;
	r->first_seen = sqlite3_column_int64(st, 11);
	/* lists read the small enclosures column anyway (before the bodies) */
	struct item enc;
	item_init(&enc);
	store_decode_enclosures(&enc, (const char *)sqlite3_column_text(st, 12));
	r->enclosures = enc.enclosures;
	r->n_enclosures = enc.n_enclosures;
	r->has_enclosure = r->n_enclosures > 0;
}

static int
fetch_rows(struct store *s, sqlite3_stmt *st, const struct sql_query *sq, size_t limit,
	   struct store_rows *out)
{
	int rc;
	out->v = xcalloc(limit + 1, sizeof *out->v);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		store_read_row(st, &out->v[out->n++]);
	if (rc != SQLITE_DONE)
		return step_failed(s, rc, sq);
	/* one row more than asked tells whether another page follows */
	if (out->n > limit) {
		store_row_clear(&out->v[--out->n]);
		out->more = true;
	}
	if (out->n) {
		out->next.set = true;
		out->next.date = out->v[out->n - 1].date;
		out->next.id = out->v[out->n - 1].id;
	}
	return STORE_OK;
}

int
store_items(struct store *s, const struct store_query *q, struct store_rows *out)
{
	static const char select[] =
		"SELECT i.id, i.feed_id, f.url, coalesce(f.user_title, f.title), i.title, i.link,"
		" i.author, coalesce(i.published, i.updated), i.date, i.read, i.flagged,"
		" i.first_seen, i.enclosures";
	static const char tail[] = " ORDER BY i.date DESC, i.id DESC LIMIT :limit";
	size_t limit = q->limit ? q->limit : DEFAULT_PAGE;
	struct sql_query sq;
	sqlite3_stmt *st = NULL;
	memset(out, 0, sizeof *out);
	out->next = q->after;
	int status = begin_query(s, q, &sq);
	if (status == STORE_OK && sq.fts)
		status = choose_plan(s, q, limit + 1, &sq);
	build(q, select, tail, true, &sq);
	if (status == STORE_OK)
		status = prepare(s, q, &sq, (int64_t)limit + 1, &st);
	if (status == STORE_OK)
		status = fetch_rows(s, st, &sq, limit, out);
	sqlite3_finalize(st);
	sql_query_free(&sq);
	if (status != STORE_OK)
		store_rows_clear(out);
	return status;
}

int
store_count(struct store *s, const struct store_query *q, int64_t *n)
{
	struct sql_query sq;
	sqlite3_stmt *st = NULL;
	*n = 0;
	int status = begin_query(s, q, &sq);
	build(q, "SELECT count(*)", "", false, &sq);
	if (status == STORE_OK)
		status = prepare(s, q, &sq, 0, &st);
	if (status == STORE_OK) {
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			*n = sqlite3_column_int64(st, 0);
		else
			status = step_failed(s, rc, &sq);
	}
	sqlite3_finalize(st);
	sql_query_free(&sq);
	return status;
}

int
store_mark_read(struct store *s, const struct store_query *q, int64_t *changed)
{
	struct sql_query sq;
	sqlite3_stmt *st = NULL;
	if (changed)
		*changed = 0;
	int status = begin_query(s, q, &sq);
	build(q, "UPDATE items SET read = 1 WHERE read = 0 AND id IN (SELECT i.id", ")", false, &sq);
	if (status != STORE_OK) {
		sql_query_free(&sq);
		return status;
	}
	status = store_begin(s);
	if (status == STORE_OK) {
		status = prepare(s, q, &sq, 0, &st);
		if (status == STORE_OK) {
			int rc = sqlite3_step(st);
			if (rc != SQLITE_DONE)
				status = step_failed(s, rc, &sq);
			else if (changed)
				*changed = sqlite3_changes(s->db);
		}
		sqlite3_finalize(st);
		status = store_tx_end(s, status);
	}
	sql_query_free(&sq);
	return status;
}

void
store_row_clear(struct store_row *r)
{
	free(r->feed_url);
	free(r->feed_title);
	free(r->title);
	free(r->link);
	free(r->author);
	for (size_t i = 0; i < r->n_enclosures; i++) {
		free(r->enclosures[i].url);
		free(r->enclosures[i].type);
	}
	free(r->enclosures);
	memset(r, 0, sizeof *r);
}

void
store_rows_clear(struct store_rows *r)
{
	for (size_t i = 0; i < r->n; i++)
		store_row_clear(&r->v[i]);
	free(r->v);
	r->v = NULL;
	r->n = 0;
	r->more = false;
}
