/* import_states.c: newsboat's cache read (read-only), and states from it kept and applied as items arrive. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/import_states.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define DAY (24 * 60 * 60)

/* An item matches a state by its key (guid, or link when it has none)
 * or by its link: newsboat keeps the link as guid for items without one. */
#define MATCH \
	"(i.key IN ('g:' || p.guid, 'l:' || p.guid) OR (p.link <> '' AND i.link = p.link))"

void
import_state_list_clear(struct import_state_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].feed_url);
		free(l->v[i].guid);
		free(l->v[i].link);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static char *
col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

int
store_newsboat_states(const char *path, struct import_state_list *out, char **err)
{
	static const char sql[] =
		"SELECT feedurl, guid, url, unread, coalesce(flags, '') FROM rss_item"
		" WHERE deleted = 0 AND (unread = 0 OR coalesce(flags, '') <> '') ORDER BY id";
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	memset(out, 0, sizeof *out);
	*err = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, 5000);
		rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	}
	size_t cap = 0;
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 256;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		struct import_state *s = &out->v[out->n++];
		s->feed_url = col(st, 0);
		s->guid = col(st, 1);
		s->link = col(st, 2);
		s->read = sqlite3_column_int(st, 3) == 0;
		s->flagged = sqlite3_column_bytes(st, 4) > 0;
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE) {
		*err = xasprintf("%s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		import_state_list_clear(out);
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERR;
}

static int
apply_sql(struct store *s, int64_t feed_id, size_t *applied)
{
	static const char put[] =
		"UPDATE items SET read = max(items.read, p.read), flagged = max(items.flagged, p.flagged)"
		" FROM import_states p, items i, feeds f"
		" WHERE i.id = items.id AND f.id = i.feed_id AND p.feed_url = f.url"
		" AND i.deleted = 0 AND (?1 = 0 OR i.feed_id = ?1) AND " MATCH
		" AND (i.read < p.read OR i.flagged < p.flagged)";
	static const char done[] =
		"DELETE FROM import_states WHERE rowid IN (SELECT p.rowid FROM import_states p"
		" CROSS JOIN feeds f ON f.url = p.feed_url CROSS JOIN items i ON i.feed_id = f.id"
		" WHERE (?1 = 0 OR f.id = ?1) AND " MATCH ")";
	static const char old[] = "DELETE FROM import_states WHERE time < ?1";
	sqlite3_stmt *st = store_stmt(s, put);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, feed_id);
	int status = store_step_done(s, st, N_("applying imported states"));
	if (status == STORE_OK && applied)
		*applied += (size_t)sqlite3_changes(s->db);
	if (status == STORE_OK && (st = store_stmt(s, done)) != NULL) {
		sqlite3_bind_int64(st, 1, feed_id);
		status = store_step_done(s, st, N_("forgetting applied states"));
	}
	if (status == STORE_OK && (st = store_stmt(s, old)) != NULL) {
		sqlite3_bind_int64(st, 1, (int64_t)time(NULL) - IMPORT_STATES_DAYS * DAY);
		status = store_step_done(s, st, N_("forgetting old states"));
	}
	return status;
}

bool
store_import_states_pending(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT 1 FROM import_states LIMIT 1");
	bool any = st && sqlite3_step(st) == SQLITE_ROW;
	if (st)
		sqlite3_reset(st);
	return any;
}

int
store_import_states_add(struct store *s, const struct import_state_list *l, size_t *applied)
{
	static const char add[] =
		"INSERT INTO import_states(feed_url, guid, link, read, flagged, time)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	if (applied)
		*applied = 0;
	int status = store_begin(s);
	int64_t now = (int64_t)time(NULL);
	for (size_t i = 0; i < l->n && status == STORE_OK; i++) {
		sqlite3_stmt *st = store_stmt(s, add);
		if (!st) {
			status = STORE_ERR;
			break;
		}
		store_bind_text(st, 1, l->v[i].feed_url);
		store_bind_text(st, 2, l->v[i].guid);
		store_bind_text(st, 3, l->v[i].link ? l->v[i].link : "");
		sqlite3_bind_int(st, 4, l->v[i].read);
		sqlite3_bind_int(st, 5, l->v[i].flagged);
		sqlite3_bind_int64(st, 6, now);
		status = store_step_done(s, st, N_("keeping imported states"));
	}
	if (status == STORE_OK)
		status = apply_sql(s, 0, applied);
	return store_tx_end(s, status);
}

int
store_import_states_apply(struct store *s, int64_t feed_id, size_t *applied)
{
	if (applied)
		*applied = 0;
	if (!store_import_states_pending(s))
		return STORE_OK;
	return apply_sql(s, feed_id, applied);
}
