/* test_fts_index.c: the search index takes new items in batches: the mark, slices, changes and deletes on both sides of it, reused ids, counters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "store/store.h"
#include "tap.h"
#include "util/xalloc.h"

static char tmpdir[] = "/tmp/tidings-fts.XXXXXX";

#include "store_fixture.h"

/* An item with a guid, a title and a body. */
static struct item
item(const char *guid, const char *title, const char *body)
{
	return mk(guid, title, NULL, body, NOW);
}

/* Rows the index holds for a word, read straight from FTS5 (no catch-up). */
static int64_t
indexed(struct store *s, const char *word)
{
	char *sql = xasprintf("SELECT count(*) FROM items_fts WHERE items_fts MATCH '%s'", word);
	int64_t n = sql_int(s, sql);
	free(sql);
	return n;
}

static int64_t
pending(struct store *s)
{
	int64_t n = -1;
	store_fts_pending(s, &n);
	return n;
}

static void
test_batches(void)
{
	struct store *s = open_fresh("batches");
	int64_t f = feed(s, "http://a.example/feed");
	is_int(pending(s), 0, "a new cache has nothing waiting for the index");
	struct item items[3] = { item("1", "one", "<p>walrus tusk</p>"), item("2", "two", "<p>walrus</p>"),
				 item("3", "three", "<p>narwhal</p>") };
	struct store_update_stats st;
	store_apply_feed(s, f, NULL, items, 3, NULL, NULL, &st);
	ok(counters_right(s), "new items are counted in the feed's total and unread");
	is_int(pending(s), 3, "the feed's items wait for the index");
	is_int(indexed(s, "walrus"), 0, "and are not in it yet");
	is_int(search_count(s, "walrus"), 2, "a search indexes them first: nothing is missed");
	is_int(pending(s), 0, "then nothing waits");
	is_int(indexed(s, "walrus"), 2, "they are in the index");
	ok(fts_ok(s), "which is consistent");
	is_int(search_count(s, "walrus"), 2, "a second search finds the same");
	struct item late2[1] = { item("10", "filtered", "<p>pangolin</p>") };
	store_apply_feed(s, f, NULL, late2, 1, NULL, NULL, &st);
	struct store_query byfilter = { .filter = "content # \"pangolin\"" };
	int64_t n = -1;
	store_count(s, &byfilter, &n);
	is_int(n, 1, "a filter that searches the text indexes new items first too");
	struct store_query other = { .filter = "title = \"x\"" };
	store_apply_feed(s, f, NULL, (struct item[]){ item("11", "x", "ibex") }, 1, NULL, NULL, &st);
	store_count(s, &other, &n);
	is_int(pending(s), 1, "one that does not search leaves the index alone");
	is_int(search_count(s, "ibex"), 1, "until a search");

	/* a few at a time, as a refresh does between transfers */
	struct item more[5] = { item("4", "a", "dugong"), item("5", "b", "dugong"), item("6", "c", "dugong"),
				item("7", "d", "dugong"), item("8", "e", "dugong") };
	store_apply_feed(s, f, NULL, more, 5, NULL, NULL, &st);
	bool left = false;
	is_int(store_fts_index_some(s, 2, &left), STORE_OK, "index_some indexes a slice");
	ok(left && indexed(s, "dugong") == 2 && pending(s) == 3, "two of five, more left");
	store_begin(s);
	store_fts_index_some(s, 2, &left);
	ok(left, "a full slice says more may wait");
	store_fts_index_some(s, 2, &left);
	ok(!left, "a short one that nothing is left");
	store_commit(s);
	ok(indexed(s, "dugong") == 5 && pending(s) == 0, "slices inside one transaction (%lld indexed, %lld waiting)",
	   (long long)indexed(s, "dugong"), (long long)pending(s));
	store_fts_index_some(s, 2, &left);
	ok(!left && indexed(s, "dugong") == 5, "with nothing waiting a slice does nothing");

	/* the index and its mark move together */
	struct item late[1] = { item("9", "late", "manatee") };
	store_apply_feed(s, f, NULL, late, 1, NULL, NULL, &st);
	store_begin(s);
	store_fts_catch_up(s);
	store_rollback(s);
	ok(indexed(s, "manatee") == 0 && pending(s) == 1, "a rolled back catch-up leaves the item waiting");
	is_int(search_count(s, "manatee"), 1, "and the next search indexes it");
	ok(fts_ok(s), "the index is consistent");
	ok(counters_right(s), "the counters agree");
	store_close(&s);
}

static void
test_changes(void)
{
	struct store *s = open_fresh("changes");
	int64_t f = feed(s, "http://a.example/feed");
	struct item a = item("1", "first", "<p>aardvark</p>");
	struct item b = item("2", "second", "<p>badger</p>");
	store_upsert_item(s, f, &a, NOW, NULL);
	store_upsert_item(s, f, &b, NOW, NULL);
	ok(counters_right(s), "store_upsert_item counts a new item");
	is_int(search_count(s, "aardvark"), 1, "indexed by the search");

	/* changed above and below the mark */
	struct item c = item("3", "third", "<p>cheetah</p>");
	store_upsert_item(s, f, &c, NOW, NULL);
	c.content = "<p>cougar</p>";
	enum store_change what;
	store_upsert_item(s, f, &c, NOW, &what);
	is_int(what, STORE_ITEM_CHANGED, "an item waiting for the index changes");
	a.content = "<p>anteater</p>";
	store_upsert_item(s, f, &a, NOW, &what);
	is_int(what, STORE_ITEM_CHANGED, "an indexed item changes");
	is_int(search_count(s, "anteater"), 1, "the indexed item is found by its new text");
	is_int(search_count(s, "aardvark"), 0, "not by its old text");
	is_int(search_count(s, "cougar"), 1, "the waiting item is indexed as it is now");
	is_int(search_count(s, "cheetah"), 0, "not as it was");
	ok(fts_ok(s), "the index is consistent after the changes");

	/* dropped by retention above and below the mark */
	struct item d = item("4", "fourth", "<p>dingo</p>");
	d.published = NOW - 100; /* the oldest: the first to go */
	store_upsert_item(s, f, &d, NOW, NULL);
	store_item_set_read(s, 1, true);
	store_item_set_read(s, 4, true);
	struct store_retention keep1 = { .max_items = 1 };
	size_t dropped = 0;
	store_prune(s, f, &keep1, NOW, &dropped);
	is_int(dropped, 2, "retention drops a read item on each side of the mark");
	is_int(search_count(s, "dingo"), 0, "a dropped waiting item is never indexed");
	is_int(search_count(s, "anteater"), 0, "a dropped indexed item leaves the index");
	ok(fts_ok(s), "the index is consistent after retention");
	ok(counters_right(s), "and the counters");
	store_close(&s);
}

static void
test_reused_ids(void)
{
	struct store *s = open_fresh("reuse");
	int64_t a = feed(s, "http://a.example/feed");
	int64_t b = feed(s, "http://b.example/feed");
	struct item ia[2] = { item("1", "a1", "okapi"), item("2", "a2", "okapi") };
	struct item ib[2] = { item("1", "b1", "quokka"), item("2", "b2", "quokka") };
	store_apply_feed(s, a, NULL, ia, 2, NULL, NULL, NULL);
	store_apply_feed(s, b, NULL, ib, 2, NULL, NULL, NULL);
	int64_t top = sql_int(s, "SELECT max(id) FROM items");
	is_int(search_count(s, "quokka"), 2, "the last feed's items are indexed");
	/* the rows with the largest ids go; SQLite gives their ids to the next rows */
	store_feed_delete(s, "http://b.example/feed");
	ok(sql_int(s, "SELECT value FROM meta WHERE key = 'fts_indexed'") < top,
	   "deleting the newest items brings the mark down");
	int64_t c = feed(s, "http://c.example/feed");
	struct item ic[2] = { item("1", "c1", "wombat"), item("2", "c2", "wombat") };
	store_apply_feed(s, c, NULL, ic, 2, NULL, NULL, NULL);
	ok(sql_int(s, "SELECT max(id) FROM items") == top, "the new items reuse the ids");
	is_int(search_count(s, "wombat"), 2, "and are indexed all the same");
	is_int(search_count(s, "quokka"), 0, "the deleted items are gone from the index");
	is_int(search_count(s, "okapi"), 2, "the others stay");
	ok(fts_ok(s), "the index is consistent");
	/* a deleted waiting item is no trouble either */
	int64_t d = feed(s, "http://d.example/feed");
	struct item id[1] = { item("1", "d1", "tapir") };
	store_apply_feed(s, d, NULL, id, 1, NULL, NULL, NULL);
	store_feed_delete(s, "http://d.example/feed");
	is_int(search_count(s, "tapir"), 0, "an item deleted before it was indexed is not found");
	is_int(pending(s), 0, "and nothing waits");
	ok(fts_ok(s), "the index is consistent");
	ok(counters_right(s), "the counters agree");
	store_close(&s);
}

/* Full-scan steps of the cached statement whose SQL contains needle. */
static int
scan_steps(struct store *s, const char *needle)
{
	for (size_t i = 0; i < s->n_cache; i++)
		if (strstr(s->cache[i].sql, needle))
			return sqlite3_stmt_status(s->cache[i].st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
	return -1;
}

static void
test_link_index(void)
{
	struct store *s = open_fresh("link");
	int64_t f = feed(s, "http://a.example/feed");
	struct item items[40];
	char guid[40][8], link[40][32];
	for (int i = 0; i < 40; i++) {
		snprintf(guid[i], sizeof guid[i], "%d", i);
		snprintf(link[i], sizeof link[i], "http://a.example/%d", i % 20);
		items[i] = mk(guid[i], "t", link[i], "x", NOW + i);
	}
	store_apply_feed(s, f, NULL, items, 40, NULL, NULL, NULL);
	int64_t id = 0;
	is_int(store_item_find_link(s, "http://a.example/7", &id), STORE_OK, "an item is found by its link");
	is_int(id, sql_int(s, "SELECT max(id) FROM items WHERE link = 'http://a.example/7'"),
	       "the newest of those with that link");
	is_int(scan_steps(s, "i.link = ?1"), 0, "through an index, without a scan");
	is_int(store_item_find_link(s, "http://a.example/none", &id), STORE_NOT_FOUND,
	       "a link no item has is not found");
	store_close(&s);
}

/* Idle-time indexing never waits for another connection's transaction. */
static void
test_idle(void)
{
	struct store *s = open_fresh("idle");
	int64_t f = feed(s, "http://a.example/feed");
	bool more = true;
	is_int(store_fts_index_idle(s, 10, &more), STORE_OK, "idle indexing with nothing waiting");
	ok(!more, "says nothing more waits");
	struct item items[3] = { item("1", "one", "<p>ibex</p>"), item("2", "two", "<p>ibex</p>"),
				 item("3", "three", "<p>ibex</p>") };
	struct store_update_stats st;
	store_apply_feed(s, f, NULL, items, 3, NULL, NULL, &st);
	char *path = xasprintf("%s/idle/cache.db", tmpdir);
	sqlite3 *other = NULL;
	sqlite3_open(path, &other);
	free(path);
	ok(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK, "another connection writes");
	is_int(store_fts_index_idle(s, 10, &more), STORE_BUSY, "idle indexing gives up at once meanwhile");
	ok(more, "and says items still wait");
	is_int(pending(s), 3, "which they do");
	sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(other);
	is_int(store_fts_index_idle(s, 2, &more), STORE_OK, "once it is done, a slice is indexed");
	ok(more && pending(s) == 1, "a slice at a time");
	store_fts_index_idle(s, 2, &more);
	ok(!more && pending(s) == 0 && indexed(s, "ibex") == 3 && fts_ok(s), "until the index has them all");
	is_int(store_begin(s), STORE_OK, "inside a transaction of the caller's");
	is_int(store_fts_index_idle(s, 2, &more), STORE_BUSY, "idle indexing does nothing");
	store_rollback(s);
	store_close(&s);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_batches();
	test_changes();
	test_reused_ids();
	test_link_index();
	test_idle();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
