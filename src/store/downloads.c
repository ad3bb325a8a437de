/* downloads.c: the download queue's rows: add, list, record progress, finish. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/downloads.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/url.h"
#include "util/xalloc.h"

static const char *const state_names[] = { "queued", "downloading", "paused", "done", "failed" };

const char *
download_state_name(enum download_state st)
{
	return (unsigned)st < sizeof state_names / sizeof state_names[0] ? state_names[st] : "?";
}

#define DOWNLOAD_COLUMNS \
	"SELECT d.id, coalesce(d.item_id, 0), d.url, d.type, d.path, d.state, d.bytes, d.total," \
	" d.error, d.added, i.title, coalesce(f.user_title, f.title, f.url)," \
	" coalesce(i.published, i.updated, i.date)" \
	" FROM downloads d LEFT JOIN items i ON i.id = d.item_id LEFT JOIN feeds f ON f.id = i.feed_id"

static void
read_download(sqlite3_stmt *st, struct store_download *d)
{
	int c = 0;
	d->id = sqlite3_column_int64(st, c++);
	d->item_id = sqlite3_column_int64(st, c++);
	d->url = store_col_text(st, c++);
	d->type = store_col_text(st, c++);
	d->path = store_col_text(st, c++);
	d->state = (enum download_state)sqlite3_column_int(st, c++);
	d->bytes = sqlite3_column_int64(st, c++);
	d->total = sqlite3_column_type(st, c) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, c);
	c++;
	d->error = store_col_text(st, c++);
	d->added = sqlite3_column_int64(st, c++);
	d->item_title = store_col_text(st, c++);
	d->feed_title = store_col_text(st, c++);
	d->item_date = store_col_date(st, c++);
}

/* A row queued again (paused or failed before) keeps its path and bytes:
 * the .part file resumes. */
static int
requeue(struct store *s, int64_t id, bool *added)
{
	static const char sql[] = "UPDATE downloads SET state = 0, error = NULL"
				  " WHERE id = ?1 AND state IN (2, 4)";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	int rc = store_step_done(s, st, N_("queueing the download"));
	*added = rc == STORE_OK && sqlite3_changes(s->db) > 0;
	return rc;
}

static int
find_url(struct store *s, const char *url, int64_t *id)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT id FROM downloads WHERE url = ?1");
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, url);
	int rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	int status = rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOT_FOUND
			   : store_fail(s, rc, N_("reading the downloads"));
	sqlite3_reset(st);
	return status;
}

int
store_download_add(struct store *s, int64_t item_id, const char *url, const char *type,
		   int64_t length, int64_t *id, bool *added)
{
	static const char sql[] =
		"INSERT INTO downloads(item_id, url, type, state, bytes, total, added)"
		" VALUES (nullif(?1, 0), ?2, ?3, 0, 0, ?4, ?5)";
	*added = false;
	int rc = find_url(s, url, id);
	if (rc == STORE_OK)
		return requeue(s, *id, added);
	if (rc != STORE_NOT_FOUND)
		return rc;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, item_id);
	store_bind_text(st, 2, url);
	store_bind_text(st, 3, type);
	if (length > 0)
		sqlite3_bind_int64(st, 4, length);
	sqlite3_bind_int64(st, 5, (int64_t)time(NULL));
	rc = store_step_done(s, st, N_("queueing the download"));
	if (rc == STORE_OK) {
		*id = sqlite3_last_insert_rowid(s->db);
		*added = true;
	}
	return rc;
}

int
store_download_item(struct store *s, int64_t item_id, size_t *added, size_t *enclosures,
		    char **refused)
{
	struct store_item it;
	*added = *enclosures = 0;
	*refused = NULL;
	int rc = store_item_get(s, item_id, &it);
	for (size_t i = 0; rc == STORE_OK && i < it.item.n_enclosures; i++) {
		const struct enclosure *e = &it.item.enclosures[i];
		int64_t id;
		bool fresh = false;
		if (!url_is_web_address(e->url)) {
			if (!*refused)
				*refused = xstrdup(e->url);
			continue;
		}
		rc = store_download_add(s, item_id, e->url, e->type, e->length, &id, &fresh);
		*added += fresh;
	}
	*enclosures = rc == STORE_OK ? it.item.n_enclosures : 0;
	store_item_clear(&it);
	return rc;
}

/* The live item with url among its enclosures (a scan: imports only). */
static int64_t
item_of(struct store *s, const char *url)
{
	static const char sql[] = "SELECT id FROM items WHERE deleted = 0 AND enclosures IS NOT NULL"
				  " AND instr(enclosures, ?1) > 0 ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return 0;
	store_bind_text(st, 1, url);
	int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

int
store_download_adopt(struct store *s, const char *url, const char *path, bool done, int64_t bytes,
		     bool *added)
{
	int64_t id;
	*added = false;
	int rc = find_url(s, url, &id);
	if (rc != STORE_NOT_FOUND)
		return rc;
	rc = store_begin(s);
	if (rc == STORE_OK)
		rc = store_download_add(s, item_of(s, url), url, NULL, -1, &id, added);
	if (rc == STORE_OK)
		rc = store_download_set_path(s, id, path);
	if (rc == STORE_OK)
		rc = store_download_update(s, id, done ? DL_DONE : DL_QUEUED, bytes, done ? bytes : -1, NULL);
	return store_tx_end(s, rc);
}

static int
read_list(struct store *s, sqlite3_stmt *st, struct store_downloads *out)
{
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		memset(&out->v[out->n], 0, sizeof out->v[out->n]);
		read_download(st, &out->v[out->n++]);
	}
	int status = rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, N_("reading the downloads"));
	sqlite3_reset(st);
	if (status != STORE_OK)
		store_downloads_clear(out);
	return status;
}

int
store_download_list(struct store *s, int state, struct store_downloads *out)
{
	static const char sql[] = DOWNLOAD_COLUMNS " WHERE ?1 < 0 OR d.state = ?1 ORDER BY d.id";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int(st, 1, state);
	return read_list(s, st, out);
}

int
store_download_get(struct store *s, int64_t id, struct store_download *out)
{
	static const char sql[] = DOWNLOAD_COLUMNS " WHERE d.id = ?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_download(st, out);
	int status = rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOT_FOUND
			   : store_fail(s, rc, N_("reading the downloads"));
	sqlite3_reset(st);
	return status;
}

int
store_download_file(struct store *s, const char *url, char **path)
{
	static const char sql[] = "SELECT path FROM downloads WHERE url = ?1 AND state = 3"
				  " AND path IS NOT NULL";
	*path = NULL;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, url);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*path = store_col_text(st, 0);
	int status = rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOT_FOUND
			   : store_fail(s, rc, N_("reading the downloads"));
	sqlite3_reset(st);
	return status;
}

int
store_download_done_path(struct store *s, int64_t item_id, char **path)
{
	static const char sql[] = "SELECT path FROM downloads WHERE item_id = ?1 AND state = 3"
				  " AND path IS NOT NULL ORDER BY id LIMIT 1";
	*path = NULL;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, item_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*path = store_col_text(st, 0);
	int status = rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOT_FOUND
			   : store_fail(s, rc, N_("reading the downloads"));
	sqlite3_reset(st);
	return status;
}

int
store_download_set_path(struct store *s, int64_t id, const char *path)
{
	sqlite3_stmt *st = store_stmt(s, "UPDATE downloads SET path = ?2 WHERE id = ?1");
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	store_bind_text(st, 2, path);
	return store_step_done(s, st, N_("recording the download"));
}

int
store_download_update(struct store *s, int64_t id, enum download_state state, int64_t bytes,
		      int64_t total, const char *error)
{
	static const char sql[] = "UPDATE downloads SET state = ?2, bytes = ?3, total = ?4, error = ?5"
				  " WHERE id = ?1";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, (int)state);
	sqlite3_bind_int64(st, 3, bytes);
	if (total >= 0)
		sqlite3_bind_int64(st, 4, total);
	store_bind_text(st, 5, error);
	return store_step_done(s, st, N_("recording the download"));
}

int
store_download_requeue_stale(struct store *s)
{
	return store_exec(s, "UPDATE downloads SET state = 0 WHERE state = 1");
}

int
store_download_retry_failed(struct store *s)
{
	return store_exec(s, "UPDATE downloads SET state = 0, error = NULL WHERE state = 4");
}

int
store_download_delete(struct store *s, int64_t id)
{
	sqlite3_stmt *st = store_stmt(s, "DELETE FROM downloads WHERE id = ?1");
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, id);
	int rc = store_step_done(s, st, N_("removing the download"));
	return rc == STORE_OK && sqlite3_changes(s->db) == 0 ? STORE_NOT_FOUND : rc;
}

void
store_download_clear(struct store_download *d)
{
	free(d->url);
	free(d->type);
	free(d->path);
	free(d->error);
	free(d->item_title);
	free(d->feed_title);
	memset(d, 0, sizeof *d);
}

void
store_downloads_clear(struct store_downloads *l)
{
	for (size_t i = 0; i < l->n; i++)
		store_download_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}
