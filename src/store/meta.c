/* meta.c: small named numbers kept in the cache (when the interface was last closed). */
#include "config.h"

#include <sqlite3.h>

#include "store/internal.h"
#include "store/store.h"
#include "util/i18n.h"

int
store_meta_get(struct store *s, const char *name, int64_t *value)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT value FROM meta WHERE key = ?1");
	if (!st)
		return STORE_ERR;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	*value = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, N_("reading a setting of the cache"));
	return STORE_OK;
}

int
store_meta_set(struct store *s, const char *name, int64_t value)
{
	sqlite3_stmt *st = store_stmt(s, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
	if (!st)
		return STORE_ERR;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, value);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, N_("writing a setting of the cache"));
	return STORE_OK;
}
