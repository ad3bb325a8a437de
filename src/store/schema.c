/* schema.c: the cache's schema as an ordered list of migrations keyed by PRAGMA user_version. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/*
 * Step N takes a cache at user_version N-1 to N. Steps are only ever
 * appended: a released step never changes, because caches out there were
 * made by it. Each runs in one transaction with the version bump, and
 * tests/unit/test_store_schema.c builds every version and migrates it.
 */

/* 1: feeds and items. An item's key is unique per feed (guid, else link,
 * else content hash). The small columns every list reads come first and
 * the bodies last, so that reading a row's state never walks the overflow
 * pages of a long article. A row with deleted = 1 is a tombstone: retention
 * dropped it, the key stays so that a refresh does not bring it back while
 * the feed still carries it; seen is when the feed last did. */
static const char step1[] =
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
	"CREATE TABLE feeds ("
	" id INTEGER PRIMARY KEY,"
	" url TEXT NOT NULL UNIQUE,"
	" title TEXT, user_title TEXT, link TEXT,"
	" tags TEXT NOT NULL DEFAULT '',"
	" etag TEXT, last_modified TEXT,"
	" last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT, redirect TEXT,"
	" last_fetch INTEGER, last_ok INTEGER,"
	" next_due INTEGER NOT NULL DEFAULT 0,"
	" ttl_minutes INTEGER NOT NULL DEFAULT 0,"
	" reload_minutes INTEGER NOT NULL DEFAULT 0,"
	" options TEXT,"
	" position INTEGER NOT NULL DEFAULT 0,"
	" subscribed INTEGER NOT NULL DEFAULT 1);"
	"CREATE TABLE items ("
	" id INTEGER PRIMARY KEY,"
	" feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
	" date INTEGER NOT NULL,"
	" read INTEGER NOT NULL DEFAULT 0,"
	" flagged INTEGER NOT NULL DEFAULT 0,"
	" deleted INTEGER NOT NULL DEFAULT 0,"
	" first_seen INTEGER NOT NULL,"
	" seen INTEGER,"
	" hash INTEGER NOT NULL DEFAULT 0,"
	" published INTEGER, updated INTEGER,"
	" key TEXT NOT NULL,"
	" guid TEXT, title TEXT, link TEXT, author TEXT,"
	" enclosures TEXT, categories TEXT,"
	" summary TEXT, content TEXT,"
	" article_fetched INTEGER, article_text TEXT, article_html TEXT,"
	" UNIQUE (feed_id, key));"
	/* the lists: newest first overall, per feed, unread, flagged */
	"CREATE INDEX items_date ON items(date, id) WHERE deleted = 0;"
	"CREATE INDEX items_feed_date ON items(feed_id, date, id) WHERE deleted = 0;"
	"CREATE INDEX items_unread ON items(date, id) WHERE deleted = 0 AND read = 0;"
	"CREATE INDEX items_flagged ON items(date, id) WHERE flagged = 1;";

/* 2: unread and total counts per feed, maintained by triggers so that the
 * feed list never counts items. */
static const char step2[] =
	"ALTER TABLE feeds ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE feeds ADD COLUMN total INTEGER NOT NULL DEFAULT 0;"
	"UPDATE feeds SET"
	" total = (SELECT count(*) FROM items WHERE feed_id = feeds.id AND deleted = 0),"
	" unread = (SELECT count(*) FROM items WHERE feed_id = feeds.id AND deleted = 0 AND read = 0);"
	"CREATE TRIGGER items_count_ins AFTER INSERT ON items WHEN new.deleted = 0 BEGIN"
	" UPDATE feeds SET total = total + 1, unread = unread + (new.read = 0)"
	" WHERE id = new.feed_id; END;"
	"CREATE TRIGGER items_count_del AFTER DELETE ON items WHEN old.deleted = 0 BEGIN"
	" UPDATE feeds SET total = total - 1, unread = unread - (old.read = 0)"
	" WHERE id = old.feed_id; END;"
	"CREATE TRIGGER items_count_upd AFTER UPDATE OF read, deleted, feed_id ON items"
	" WHEN old.read IS NOT new.read OR old.deleted IS NOT new.deleted"
	" OR old.feed_id IS NOT new.feed_id BEGIN"
	" UPDATE feeds SET total = total - (old.deleted = 0),"
	"  unread = unread - (old.deleted = 0 AND old.read = 0) WHERE id = old.feed_id;"
	" UPDATE feeds SET total = total + (new.deleted = 0),"
	"  unread = unread + (new.deleted = 0 AND new.read = 0) WHERE id = new.feed_id;"
	" END;";

/* 3: full-text search. Contentless (the text is not stored twice); the
 * triggers feed it the tag-stripped text through tidings_fts_body(), which
 * every connection registers (store_register_functions), and remove a
 * row by giving back the same values. */
static const char step3[] =
	"CREATE VIRTUAL TABLE items_fts USING fts5(title, author, body, article,"
	" content='', tokenize='unicode61 remove_diacritics 2');"
	"INSERT INTO items_fts(rowid, title, author, body, article)"
	" SELECT id, title, author, tidings_fts_body(summary, content), article_text"
	" FROM items WHERE deleted = 0;"
	"INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_text', 1);"
	"CREATE TRIGGER items_fts_ins AFTER INSERT ON items WHEN new.deleted = 0 BEGIN"
	" INSERT INTO items_fts(rowid, title, author, body, article) VALUES (new.id,"
	"  new.title, new.author, tidings_fts_body(new.summary, new.content), new.article_text);"
	" END;"
	"CREATE TRIGGER items_fts_del AFTER DELETE ON items WHEN old.deleted = 0 BEGIN"
	" INSERT INTO items_fts(items_fts, rowid, title, author, body, article) VALUES ('delete',"
	"  old.id, old.title, old.author, tidings_fts_body(old.summary, old.content),"
	"  old.article_text);"
	" END;"
	"CREATE TRIGGER items_fts_upd AFTER UPDATE OF title, author, summary, content,"
	" article_text, deleted ON items BEGIN"
	" INSERT INTO items_fts(items_fts, rowid, title, author, body, article) SELECT 'delete',"
	"  old.id, old.title, old.author, tidings_fts_body(old.summary, old.content),"
	"  old.article_text WHERE old.deleted = 0;"
	" INSERT INTO items_fts(rowid, title, author, body, article) SELECT new.id,"
	"  new.title, new.author, tidings_fts_body(new.summary, new.content),"
	"  new.article_text WHERE new.deleted = 0;"
	" END;";

/* 4: undo (store/undo.h): the read and flag states a user's change
 * replaced, a step per change, so `u` (or `tidings -x undo`) puts them
 * back, also after a restart and for a mark-all-read of many items. */
static const char step4[] =
	"CREATE TABLE undo (id INTEGER PRIMARY KEY, label TEXT NOT NULL, time INTEGER NOT NULL);"
	"CREATE TABLE undo_items ("
	" undo_id INTEGER NOT NULL REFERENCES undo(id) ON DELETE CASCADE,"
	" item_id INTEGER NOT NULL, read INTEGER NOT NULL, flagged INTEGER NOT NULL);"
	"CREATE INDEX undo_items_step ON undo_items(undo_id);";

/* 5: read and flag states brought from another reader (tidings import
 * --newsboat) for items this cache does not have yet: a refresh applies
 * them to the items as they arrive (store/import_states.h). */
static const char step5[] =
	"CREATE TABLE import_states (feed_url TEXT NOT NULL, guid TEXT, link TEXT,"
	" read INTEGER NOT NULL, flagged INTEGER NOT NULL, time INTEGER NOT NULL);"
	"CREATE INDEX import_states_feed ON import_states(feed_url);";

/* 6: a refresh's writes made cheaper (HACKING, "Where a cold refresh's
 * time goes").
 * - The search index takes new items in batches (fts_index.c). The
 *   trigger of step 3 indexed each inserted row inside the statement's
 *   savepoint, where FTS5 writes its pending terms out: once per item.
 *   Items with an id above meta 'fts_indexed' (the mark) wait for
 *   store_fts_catch_up; the triggers touch the index only for rows at or
 *   below it. A new row takes the largest id + 1, so when the largest rows
 *   go the mark comes down with them: a reused id is never taken for an
 *   indexed one.
 * - New items count in feeds.total/unread from upsert.c, one UPDATE per
 *   feed: an INSERT without triggers needs no statement journal (a copy of
 *   every page it touches).
 * - FTS5 keeps up to 16 MiB of terms in memory before writing them (1 MiB
 *   by default): fewer, bigger segments, less merging.
 * - items_link: `tidings share URL` finds its item without a scan. */
static const char step6[] =
	"DROP TRIGGER items_fts_ins;"
	"DROP TRIGGER items_count_ins;"
	"DROP TRIGGER items_fts_del;"
	"DROP TRIGGER items_fts_upd;"
	"INSERT OR REPLACE INTO meta(key, value) SELECT 'fts_indexed', coalesce(max(id), 0) FROM items;"
	"INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 16777216);"
	"CREATE TRIGGER items_fts_del AFTER DELETE ON items WHEN old.deleted = 0"
	" OR old.id >= (SELECT value FROM meta WHERE key = 'fts_indexed') BEGIN"
	" INSERT INTO items_fts(items_fts, rowid, title, author, body, article) SELECT 'delete',"
	"  old.id, old.title, old.author, tidings_fts_body(old.summary, old.content),"
	"  old.article_text WHERE old.deleted = 0"
	"  AND old.id <= (SELECT value FROM meta WHERE key = 'fts_indexed');"
	" UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM items)"
	"  WHERE key = 'fts_indexed' AND value > (SELECT coalesce(max(id), 0) FROM items);"
	" END;"
	"CREATE TRIGGER items_fts_upd AFTER UPDATE OF title, author, summary, content,"
	" article_text, deleted ON items"
	" WHEN old.id <= (SELECT value FROM meta WHERE key = 'fts_indexed') BEGIN"
	" INSERT INTO items_fts(items_fts, rowid, title, author, body, article) SELECT 'delete',"
	"  old.id, old.title, old.author, tidings_fts_body(old.summary, old.content),"
	"  old.article_text WHERE old.deleted = 0;"
	" INSERT INTO items_fts(rowid, title, author, body, article) SELECT new.id,"
	"  new.title, new.author, tidings_fts_body(new.summary, new.content),"
	"  new.article_text WHERE new.deleted = 0;"
	" END;"
	"CREATE INDEX items_link ON items(link) WHERE link IS NOT NULL;";

/* 7: the download queue (issue 15): a row per enclosure URL, in the cache
 * beside its item so no second file can be lost or fall out of step. The
 * item may go (item_id becomes NULL: the file is the user's); the index
 * keeps that cheap when retention drops items. */
static const char step7[] =
	"CREATE TABLE downloads ("
	" id INTEGER PRIMARY KEY,"
	" item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,"
	" url TEXT NOT NULL UNIQUE,"
	" type TEXT,"
	" path TEXT,"
	" state INTEGER NOT NULL DEFAULT 0,"
	" bytes INTEGER NOT NULL DEFAULT 0,"
	" total INTEGER,"
	" error TEXT,"
	" added INTEGER NOT NULL);"
	"CREATE INDEX downloads_item ON downloads(item_id) WHERE item_id IS NOT NULL;";

static const char *const steps[] = { step1, step2, step3, step4, step5, step6, step7 };

const int store_schema_latest = (int)(sizeof steps / sizeof steps[0]);

int
store_schema_version(sqlite3 *db)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int
fail(sqlite3 *db, char **err, const char *what)
{
	int primary = sqlite3_errcode(db) & 0xff;
	*err = xasprintf("%s: %s", _(what), sqlite3_errmsg(db));
	return primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? STORE_BUSY : STORE_ERR;
}

/* One step in its own transaction; the version is read again under the
 * write lock because another tidings may have migrated meanwhile. */
static int
run_step(sqlite3 *db, int to, char **err)
{
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return fail(db, err, N_("starting the schema upgrade"));
	int v = store_schema_version(db);
	if (v == to - 1) {
		char bump[64];
		snprintf(bump, sizeof bump, "PRAGMA user_version=%d", to);
		if (sqlite3_exec(db, steps[to - 1], NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, bump, NULL, NULL, NULL) != SQLITE_OK) {
			int status = fail(db, err, N_("upgrading the cache schema"));
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return status;
		}
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int status = fail(db, err, N_("committing the schema upgrade"));
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return status;
	}
	return STORE_OK;
}

int
store_migrate(sqlite3 *db, int target, char **err)
{
	*err = NULL;
	int v = store_schema_version(db);
	if (v < 0)
		return fail(db, err, N_("reading the cache version"));
	if (v > store_schema_latest) {
		*err = xasprintf(_("the cache was written by a newer tidings (schema %d, this one knows %d)"),
				 v, store_schema_latest);
		return STORE_ERR;
	}
	for (int to = v + 1; to <= target; to++) {
		int status = run_step(db, to, err);
		if (status != STORE_OK)
			return status;
	}
	return STORE_OK;
}
