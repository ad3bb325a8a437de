/* undo.c: the undo stack: a temporary trigger records the read/flag states a change replaces, undo writes them back. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "store/internal.h"
#include "store/undo.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/*
 * The trigger and the "recording now" row are TEMP objects: they belong
 * to this connection only, so a cron refresh or another tidings writing
 * at the same time never lands in our step. The WHEN clause costs one
 * lookup in a one-row temp table for updates of read or flagged, which
 * only user actions make.
 */
static const char setup_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS undo_now (id INTEGER);"
	"CREATE TEMP TRIGGER IF NOT EXISTS undo_record AFTER UPDATE OF read, flagged ON main.items"
	" WHEN (old.read IS NOT new.read OR old.flagged IS NOT new.flagged)"
	" AND EXISTS (SELECT 1 FROM undo_now) BEGIN"
	" INSERT INTO undo_items(undo_id, item_id, read, flagged)"
	"  SELECT id, old.id, old.read, old.flagged FROM undo_now;"
	" END;";

int
store_undo_begin(struct store *s, const char *label)
{
	static const char add[] = "INSERT INTO undo(label, time) VALUES (?1, ?2)";
	static const char now[] = "INSERT INTO temp.undo_now(id) VALUES (?1)";
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = store_exec(s, setup_sql);
	if (status == STORE_OK)
		status = store_exec(s, "DELETE FROM temp.undo_now");
	sqlite3_stmt *st = status == STORE_OK ? store_stmt(s, add) : NULL;
	if (st) {
		store_bind_text(st, 1, label);
		sqlite3_bind_int64(st, 2, (int64_t)time(NULL));
		status = store_step_done(s, st, N_("starting an undo step"));
	} else if (status == STORE_OK) {
		status = STORE_ERR;
	}
	int64_t id = sqlite3_last_insert_rowid(s->db);
	st = status == STORE_OK ? store_stmt(s, now) : NULL;
	if (st) {
		sqlite3_bind_int64(st, 1, id);
		status = store_step_done(s, st, N_("starting an undo step"));
	} else if (status == STORE_OK) {
		status = STORE_ERR;
	}
	if (status != STORE_OK)
		store_tx_end(s, status);
	return status;
}

int
store_undo_end(struct store *s, int status)
{
	static const char empty[] =
		"DELETE FROM undo WHERE id = (SELECT id FROM temp.undo_now)"
		" AND NOT EXISTS (SELECT 1 FROM undo_items WHERE undo_id = (SELECT id FROM temp.undo_now))";
	static const char trim_items[] =
		"DELETE FROM undo_items WHERE undo_id NOT IN (SELECT id FROM undo ORDER BY id DESC LIMIT ?1)";
	static const char trim[] =
		"DELETE FROM undo WHERE id NOT IN (SELECT id FROM undo ORDER BY id DESC LIMIT ?1)";
	/* the statuses that still commit (see store_tx_end) */
	bool commits = status == STORE_OK || status == STORE_NOT_FOUND || status == STORE_BAD_QUERY;
	int st_status = commits ? store_exec(s, empty) : STORE_OK;
	const char *const trims[] = { trim_items, trim };
	for (size_t i = 0; i < 2 && commits && st_status == STORE_OK; i++) {
		sqlite3_stmt *st = store_stmt(s, trims[i]);
		if (!st)
			st_status = STORE_ERR;
		else {
			sqlite3_bind_int(st, 1, STORE_UNDO_DEPTH);
			st_status = store_step_done(s, st, N_("trimming the undo steps"));
		}
	}
	/* recording stops whatever happened; a rollback takes the row too */
	store_exec(s, "DELETE FROM temp.undo_now");
	return store_tx_end(s, st_status != STORE_OK ? st_status : status);
}

/* The newest step: its id and label. */
static int
last_step(struct store *s, int64_t *id, char **label)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT id, label FROM undo ORDER BY id DESC LIMIT 1");
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	int status = STORE_OK;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*label = store_col_text(st, 1);
	} else if (rc == SQLITE_DONE) {
		status = store_failf(s, STORE_NOT_FOUND, _("nothing to undo"));
	} else {
		status = store_fail(s, rc, N_("reading the undo steps"));
	}
	sqlite3_reset(st);
	return status;
}

int
store_undo(struct store *s, char **label, int64_t *restored)
{
	static const char put_back[] =
		"UPDATE items SET read = u.read, flagged = u.flagged FROM undo_items u"
		" WHERE u.undo_id = ?1 AND items.id = u.item_id";
	static const char forget_items[] = "DELETE FROM undo_items WHERE undo_id = ?1";
	static const char forget[] = "DELETE FROM undo WHERE id = ?1";
	int64_t id = 0;
	char *what = NULL;
	if (restored)
		*restored = 0;
	int status = store_begin(s);
	if (status == STORE_OK)
		status = last_step(s, &id, &what);
	const char *const sqls[] = { put_back, forget_items, forget };
	for (size_t i = 0; i < 3 && status == STORE_OK; i++) {
		sqlite3_stmt *st = store_stmt(s, sqls[i]);
		if (!st) {
			status = STORE_ERR;
			break;
		}
		sqlite3_bind_int64(st, 1, id);
		status = store_step_done(s, st, N_("undoing"));
		if (i == 0 && status == STORE_OK && restored)
			*restored = sqlite3_changes(s->db);
	}
	status = store_tx_end(s, status);
	if (status == STORE_OK && label)
		*label = what;
	else
		free(what);
	return status;
}
