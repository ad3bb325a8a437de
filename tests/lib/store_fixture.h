/* store_fixture.h: what the store's unit tests share: a fresh cache, items on the stack, SQL peeks, index and counter checks. */
#ifndef TIDINGS_TEST_STORE_FIXTURE_H
#define TIDINGS_TEST_STORE_FIXTURE_H

/* The including test defines `static char tmpdir[]` (made by mkdtemp)
 * before including this, and links the store. */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/internal.h"
#include "store/store.h"
#include "util/xalloc.h"

#define NOW ((int64_t)1700000000)

/* A new cache in tmpdir/NAME/cache.db (the directories are made too). */
static struct store *
open_fresh(const char *name)
{
	char *path = xasprintf("%s/%s/cache.db", tmpdir, name);
	struct store *s = NULL;
	char *err = NULL;
	if (store_open(path, &s, &err) != STORE_OK)
		printf("# open %s: %s\n", path, err);
	free(err);
	free(path);
	return s;
}

/* An item on the stack whose strings are literals: never item_clear it. */
static struct item
mk(const char *guid, const char *title, const char *link, const char *body, int64_t date)
{
	struct item it;
	item_init(&it);
	it.id = (char *)guid;
	it.title = (char *)title;
	it.link = (char *)link;
	it.content = (char *)body;
	it.published = date;
	return it;
}

static int64_t
sql_int(struct store *s, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else
		printf("# %s: %s\n", sql, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return v;
}

/* What a user's search finds; -1 when it fails. */
static int64_t
search_count(struct store *s, const char *q)
{
	struct store_query sq = { .search = q };
	int64_t n = -1;
	if (store_count(s, &sq, &n) != STORE_OK)
		return -1;
	return n;
}

/* The maintained counters agree with counting the rows. */
static bool
counters_right(struct store *s)
{
	return sql_int(s, "SELECT count(*) FROM feeds f WHERE"
			  " unread != (SELECT count(*) FROM items WHERE feed_id = f.id AND deleted = 0 AND read = 0)"
			  " OR total != (SELECT count(*) FROM items WHERE feed_id = f.id AND deleted = 0)") == 0;
}

/* FTS5's own check of the search index. */
static bool
fts_ok(struct store *s)
{
	return sqlite3_exec(s->db, "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')",
			    NULL, NULL, NULL) == SQLITE_OK;
}

/* The id of the feed with this url, added when missing. */
static int64_t
feed(struct store *s, const char *url)
{
	int64_t id = 0;
	store_feed_ensure(s, url, &id);
	return id;
}

#endif
