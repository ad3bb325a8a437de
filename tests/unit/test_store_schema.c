/* test_store_schema.c: every schema migration, run from the version before it, keeps the data and ends where a new cache starts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/internal.h"
#include "store/store.h"
#include "tap.h"
#include "util/xalloc.h"

static char tmpdir[] = "/tmp/tidings-schema.XXXXXX";

/* Data written with the columns of schema 1 (which later steps keep). */
static const char fixture_v1[] =
	"INSERT INTO feeds(id, url, title, tags) VALUES (1, 'http://a.example/feed', 'A', 'x');"
	"INSERT INTO feeds(id, url, title) VALUES (2, 'http://b.example/feed', 'B');"
	"INSERT INTO items(feed_id, key, title, content, first_seen, date, read, flagged)"
	" VALUES (1, 'g:1', 'aardvark one', '<p>first <b>body</b></p>', 10, 10, 1, 0),"
	" (1, 'g:2', 'two', '<p>second walrus</p>', 20, 20, 0, 1),"
	" (2, 'g:3', 'three', 'third walrus', 30, 30, 0, 0);"
	"INSERT INTO items(feed_id, key, first_seen, date, deleted, seen)"
	" VALUES (2, 'g:4', 5, 5, 1, 5);";

/* What upsert.c adds to the counters as it inserts (schema 6 on). */
static const char fixture_counts[] =
	"UPDATE feeds SET"
	" total = (SELECT count(*) FROM items WHERE feed_id = feeds.id AND deleted = 0),"
	" unread = (SELECT count(*) FROM items WHERE feed_id = feeds.id AND deleted = 0 AND read = 0);";

static char *
schema_of(sqlite3 *db)
{
	struct buf b = BUF_INIT;
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "%s %s %s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			   sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2) : "");
	sqlite3_finalize(st);
	return buf_take(&b);
}

/* A cache at exactly version v, with the fixture when v has the tables. */
static char *
make_at(int v)
{
	char *path = xasprintf("%s/v%d.db", tmpdir, v);
	sqlite3 *db;
	char *err = NULL;
	sqlite3_open(path, &db);
	store_register_functions(db);
	if (store_migrate(db, v, &err) != STORE_OK)
		printf("# migrate to %d: %s\n", v, err);
	free(err);
	if (v >= 1 && sqlite3_exec(db, fixture_v1, NULL, NULL, NULL) != SQLITE_OK)
		printf("# fixture at %d: %s\n", v, sqlite3_errmsg(db));
	/* from 6 on, new items are counted by upsert.c, not by a trigger */
	if (v >= 6 && sqlite3_exec(db, fixture_counts, NULL, NULL, NULL) != SQLITE_OK)
		printf("# counts at %d: %s\n", v, sqlite3_errmsg(db));
	sqlite3_close(db);
	return path;
}

static int64_t
count(struct store *s, const char *q)
{
	struct store_query sq = { .search = q };
	int64_t n = -1;
	store_count(s, &sq, &n);
	return n;
}

static void
check_upgraded(int v, const char *fresh_schema)
{
	char *path = make_at(v);
	struct store *s = NULL;
	char *err = NULL;
	is_int(store_open(path, &s, &err), STORE_OK, "a cache at schema %d opens (%s)", v, err ? err : "ok");
	free(err);
	free(path);
	if (!s)
		return;
	is_int(store_schema_version(s->db), store_schema_latest, "schema %d is migrated to the latest", v);
	char *schema = schema_of(s->db);
	is_str(schema, fresh_schema, "schema %d migrated equals a new cache's schema", v);
	free(schema);
	if (v >= 1) {
		struct store_feed f;
		store_feed_get_id(s, 1, &f);
		ok(f.total == 2 && f.unread == 1, "from %d: feed counts are right (%lld/%lld)", v,
		   (long long)f.unread, (long long)f.total);
		store_feed_clear(&f);
		store_feed_get_id(s, 2, &f);
		ok(f.total == 1 && f.unread == 1, "from %d: the tombstone is not counted", v);
		store_feed_clear(&f);
		is_int(count(s, "walrus"), 2, "from %d: old items are searchable", v);
		is_int(count(s, "body"), 1, "from %d: their HTML is indexed as text", v);
		struct store_item it;
		store_item_get(s, 1, &it);
		ok(it.read && !it.flagged, "from %d: read state survives", v);
		store_item_clear(&it);
		/* the triggers work on migrated rows */
		store_item_set_read(s, 2, true);
		store_feed_get_id(s, 1, &f);
		is_int(f.unread, 0, "from %d: counters follow later changes", v);
		store_feed_clear(&f);
		store_feed_delete(s, "http://b.example/feed");
		is_int(count(s, "walrus"), 1, "from %d: deleting rows updates the index", v);
		/* new rows after the upgrade: counted, and indexed by the next search */
		struct item nw;
		item_init(&nw);
		nw.id = "9";
		nw.title = "ocelot";
		store_upsert_item(s, 1, &nw, 100, NULL);
		store_feed_get_id(s, 1, &f);
		ok(f.total == 3 && f.unread == 1, "from %d: a new item is counted (%lld/%lld)", v,
		   (long long)f.unread, (long long)f.total);
		store_feed_clear(&f);
		is_int(count(s, "ocelot"), 1, "from %d: and found by a search", v);
		is_int(count(s, "walrus"), 1, "from %d: the old rows stay indexed once", v);
	}
	store_close(&s);
}

static void
test_fts_rebuild(void)
{
	char *path = xasprintf("%s/rebuild.db", tmpdir);
	struct store *s = NULL;
	char *err = NULL;
	store_open(path, &s, &err);
	int64_t f = 0;
	store_feed_ensure(s, "http://a.example/feed", &f);
	struct item it;
	item_init(&it);
	it.id = "1";
	it.title = "narwhal";
	store_upsert_item(s, f, &it, 100, NULL);
	is_int(count(s, "narwhal"), 1, "a search indexes a new item first");
	/* as if another version of the text function had built the index */
	sqlite3_exec(s->db, "INSERT INTO items_fts(items_fts) VALUES ('delete-all');"
			    "UPDATE meta SET value = 0 WHERE key = 'fts_text'", NULL, NULL, NULL);
	is_int(count(s, "narwhal"), 0, "an index of another text version misses rows");
	store_close(&s);
	store_open(path, &s, &err);
	is_int(count(s, "narwhal"), 1, "reopening rebuilds the index of another text version");
	store_close(&s);
	free(err);
	free(path);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	char *fresh_path = make_at(store_schema_latest);
	sqlite3 *db;
	sqlite3_open(fresh_path, &db);
	char *fresh = schema_of(db);
	sqlite3_close(db);
	free(fresh_path);
	ok(strstr(fresh, "items_fts") != NULL, "the latest schema has the search index");
	for (int v = 0; v < store_schema_latest; v++)
		check_upgraded(v, fresh);
	free(fresh);
	test_fts_rebuild();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
