/* find_link.c: the item a link belongs to (`tidings share URL` shows its title). */
#include "config.h"

#include "store/internal.h"
#include "util/i18n.h"

/* Through items_link (schema step 6): the index costs a cold refresh of
 * 25,000 items nothing measurable, and the lookup went from a scan of every
 * item (60 ms at 200,000) to a few pages. */
int
store_item_find_link(struct store *s, const char *link, int64_t *id)
{
	static const char sql[] =
		"SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id"
		" WHERE i.link = ?1 AND i.deleted = 0 AND f.subscribed = 1"
		" ORDER BY i.date DESC, i.id DESC LIMIT 1";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	store_bind_text(st, 1, link);
	int rc = sqlite3_step(st);
	int status = STORE_OK;
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	else if (rc == SQLITE_DONE)
		status = store_failf(s, STORE_NOT_FOUND, _("no item links to %s"), link);
	else
		status = store_fail(s, rc, N_("looking up a link"));
	sqlite3_reset(st);
	return status;
}
