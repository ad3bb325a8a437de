/* item.c: one item: reading all of it back, and its read, flagged and full-article state. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void
store_item_clear(struct store_item *it)
{
	free(it->feed_url);
	free(it->feed_title);
	item_clear(&it->item);
	free(it->key);
	free(it->article_text);
	free(it->article_html);
	memset(it, 0, sizeof *it);
	item_init(&it->item);
}

void
store_decode_enclosures(struct item *it, const char *text)
{
	size_t n;
	char **lines = store_split_lines(text, &n);
	for (size_t i = 0; i < n; i++) {
		char *type = strchr(lines[i], '\t');
		char *len = type ? strchr(type + 1, '\t') : NULL;
		if (type)
			*type++ = '\0';
		if (len)
			*len++ = '\0';
		item_add_enclosure(it, xstrdup(lines[i]), type && *type ? xstrdup(type) : NULL,
				   len ? strtoll(len, NULL, 10) : -1);
	}
	store_free_lines(lines, n);
}

static void
read_item(sqlite3_stmt *st, struct store_item *out)
{
	int c = 0;
	out->id = sqlite3_column_int64(st, c++);
	out->feed_id = sqlite3_column_int64(st, c++);
	out->feed_url = store_col_text(st, c++);
	out->feed_title = store_col_text(st, c++);
	out->item.id = store_col_text(st, c++);
	out->item.title = store_col_text(st, c++);
	out->item.link = store_col_text(st, c++);
	out->item.author = store_col_text(st, c++);
	out->item.published = store_col_date(st, c++);
	out->item.updated = store_col_date(st, c++);
	out->item.summary = store_col_text(st, c++);
	out->item.content = store_col_text(st, c++);
	store_decode_enclosures(&out->item, (const char *)sqlite3_column_text(st, c++));
	out->item.categories = store_split_lines((const char *)sqlite3_column_text(st, c++),
						 &out->item.n_categories);
	out->key = store_col_text(st, c++);
	out->first_seen = sqlite3_column_int64(st, c++);
	out->read = sqlite3_column_int(st, c++) != 0;
	out->flagged = sqlite3_column_int(st, c++) != 0;
	out->article_text = store_col_text(st, c++);
	out->article_html = store_col_text(st, c++);
	out->article_fetched = store_col_date(st, c++);
}

int
store_item_get(struct store *s, int64_t item_id, struct store_item *out)
{
	static const char sql[] =
		"SELECT i.id, i.feed_id, f.url, coalesce(f.user_title, f.title), i.guid, i.title,"
		" i.link, i.author, i.published, i.updated, i.summary, i.content, i.enclosures,"
		" i.categories, i.key, i.first_seen, i.read, i.flagged, i.article_text,"
		" i.article_html, i.article_fetched"
		" FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.id = ? AND i.deleted = 0";
	memset(out, 0, sizeof *out);
	item_init(&out->item);
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, item_id);
	int rc = sqlite3_step(st);
	int status = STORE_OK;
	if (rc == SQLITE_ROW)
		read_item(st, out);
	else if (rc == SQLITE_DONE)
		status = store_failf(s, STORE_NOT_FOUND, _("no item %lld"), (long long)item_id);
	else
		status = store_fail(s, rc, N_("reading an item"));
	sqlite3_reset(st);
	return status;
}

/* A one-row UPDATE of a live item; STORE_NOT_FOUND for an unknown id. */
static int
update_item(struct store *s, sqlite3_stmt *st, int64_t item_id)
{
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = store_step_done(s, st, N_("saving an item"));
	if (status == STORE_OK && sqlite3_changes(s->db) == 0)
		status = store_failf(s, STORE_NOT_FOUND, _("no item %lld"), (long long)item_id);
	return store_tx_end(s, status);
}

int
store_item_set_read(struct store *s, int64_t item_id, bool read)
{
	static const char sql[] = "UPDATE items SET read = ?1 WHERE id = ?2 AND deleted = 0";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, read);
	sqlite3_bind_int64(st, 2, item_id);
	return update_item(s, st, item_id);
}

int
store_item_set_flagged(struct store *s, int64_t item_id, bool flagged)
{
	static const char sql[] = "UPDATE items SET flagged = ?1 WHERE id = ?2 AND deleted = 0";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, flagged);
	sqlite3_bind_int64(st, 2, item_id);
	return update_item(s, st, item_id);
}

int
store_item_set_article(struct store *s, int64_t item_id, const char *text, const char *html,
		       int64_t fetched)
{
	static const char sql[] = "UPDATE items SET article_text = ?1, article_html = ?2,"
				  " article_fetched = ?3 WHERE id = ?4 AND deleted = 0";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, text);
	store_bind_text(st, 2, html);
	store_bind_date(st, 3, fetched);
	sqlite3_bind_int64(st, 4, item_id);
	return update_item(s, st, item_id);
}
