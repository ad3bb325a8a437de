/* test_store.c: the cache: upserts that keep read/flag state, dedup, counters, paging, search, retention. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/downloads.h"
#include "store/internal.h"
#include "store/store.h"
#include "store/urls.h"
#include "tap.h"
#include "util/xalloc.h"

#define DAY (24 * 60 * 60)
static char tmpdir[] = "/tmp/tidings-store.XXXXXX";

#include "store_fixture.h"

static void
test_open(void)
{
	struct store *s = open_fresh("deep/er");
	ok(s != NULL, "store_open creates the file and its parent directories");
	if (!s)
		return;
	is_int(store_schema_version(s->db), store_schema_latest, "a new cache is at the latest schema");
	is_int(sql_int(s, "PRAGMA foreign_keys"), 1, "foreign keys are on");
	ok(sqlite3_exec(s->db, "PRAGMA journal_mode", NULL, NULL, NULL) == SQLITE_OK, "pragmas run");
	/* another connection's commit is noticed (how the UI sees a cron refresh) */
	char *same_path = xasprintf("%s/deep/er/cache.db", tmpdir);
	struct store *other = NULL;
	char *oerr = NULL;
	store_open(same_path, &other, &oerr);
	int64_t v1 = 0, v2 = 0, v3 = 0;
	store_data_version(s, &v1);
	int64_t fid;
	store_feed_ensure(other, "http://other.example/feed", &fid);
	store_data_version(s, &v2);
	store_feed_ensure(s, "http://mine.example/feed", &fid);
	store_data_version(s, &v3);
	ok(v2 != v1, "store_data_version changes when another connection commits");
	ok(v3 == v2, "and not for the connection's own commits");
	store_close(&other);
	free(oerr);
	free(same_path);
	store_close(&s);
	ok(s == NULL, "store_close sets the pointer to NULL");

	/* a cache from the future is refused, not damaged */
	char *path = xasprintf("%s/future.db", tmpdir);
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL);
	sqlite3_close(db);
	char *err = NULL;
	is_int(store_open(path, &s, &err), STORE_ERR, "a cache of a newer schema is refused");
	ok(err && strstr(err, "newer"), "and the error says why (%s)", err ? err : "");
	free(err);
	free(path);
}

static void
test_upsert(void)
{
	struct store *s = open_fresh("upsert");
	int64_t f = feed(s, "http://example.com/feed");
	ok(f > 0, "store_feed_ensure gives an id");
	int64_t again = feed(s, "http://example.com/feed");
	is_int(again, f, "ensuring a known feed gives the same id");

	enum store_change what;
	struct item a = mk("tag:a", "First", "http://example.com/a", "<p>alpha text</p>", NOW - 100);
	store_upsert_item(s, f, &a, NOW, &what);
	is_int(what, STORE_ITEM_NEW, "a new guid is a new item");
	store_upsert_item(s, f, &a, NOW + 60, &what);
	is_int(what, STORE_ITEM_SAME, "the same item again is unchanged");
	is_int(sql_int(s, "SELECT count(*) FROM items"), 1, "and not duplicated");

	int64_t id = sql_int(s, "SELECT id FROM items");
	store_item_set_read(s, id, true);
	store_item_set_flagged(s, id, true);
	struct item a2 = mk("tag:a", "First, edited", "http://example.com/a2", "<p>beta text</p>", NOW - 100);
	store_upsert_item(s, f, &a2, NOW + 120, &what);
	is_int(what, STORE_ITEM_CHANGED, "the same guid with new text is a change");
	struct store_item got;
	is_int(store_item_get(s, id, &got), STORE_OK, "the item reads back");
	is_str(got.item.title, "First, edited", "a change updates the item in place");
	ok(got.read && got.flagged, "a change keeps read and flagged");
	is_int(got.first_seen, NOW, "a change keeps the first-seen date");
	store_item_clear(&got);
	is_int(search_count(s, "beta"), 1, "the new text is searchable");
	is_int(search_count(s, "alpha"), 0, "the old text is gone from the index");

	/* no guid: the link is the key */
	struct item b = mk(NULL, "B", "http://example.com/b", "one", NOW - 50);
	store_upsert_item(s, f, &b, NOW, &what);
	b.title = "B retitled";
	store_upsert_item(s, f, &b, NOW, &what);
	is_int(what, STORE_ITEM_CHANGED, "without a guid, the same link is the same item");
	/* no guid, no link: the content hash is the key */
	struct item c = mk(NULL, "C", NULL, "gamma", NOW - 40);
	store_upsert_item(s, f, &c, NOW, &what);
	is_int(what, STORE_ITEM_NEW, "an item with neither guid nor link is stored");
	store_upsert_item(s, f, &c, NOW + 1, &what);
	is_int(what, STORE_ITEM_SAME, "and not duplicated when it comes again");
	c.content = "gamma, corrected";
	store_upsert_item(s, f, &c, NOW + 2, &what);
	is_int(what, STORE_ITEM_NEW, "with other text it is another item (nothing else identifies it)");
	/* the same guid in another feed is another item */
	int64_t g = feed(s, "http://example.org/other");
	store_upsert_item(s, g, &a2, NOW, &what);
	is_int(what, STORE_ITEM_NEW, "the same guid in another feed is another item");
	is_int(sql_int(s, "SELECT total FROM feeds WHERE id = 1"), 4, "four items in the first feed");
	ok(counters_right(s), "the counters agree with the rows");

	/* enclosures and categories come back */
	struct item e = mk("tag:e", "E", NULL, NULL, NOW);
	item_add_enclosure(&e, xstrdup("http://example.com/e.mp3"), xstrdup("audio/mpeg"), 1234);
	item_add_enclosure(&e, xstrdup("http://example.com/e.ogg"), NULL, -1);
	item_add_category(&e, xstrdup("news"));
	item_add_category(&e, xstrdup("two words"));
	store_upsert_item(s, f, &e, NOW, &what);
	int64_t eid = sql_int(s, "SELECT id FROM items WHERE guid = 'tag:e'");
	store_item_get(s, eid, &got);
	ok(got.item.n_enclosures == 2 && strcmp(got.item.enclosures[0].url, "http://example.com/e.mp3") == 0 &&
	   got.item.enclosures[0].length == 1234 && strcmp(got.item.enclosures[0].type, "audio/mpeg") == 0 &&
	   got.item.enclosures[1].type == NULL && got.item.enclosures[1].length == -1,
	   "enclosures read back");
	ok(got.item.n_categories == 2 && strcmp(got.item.categories[1], "two words") == 0,
	   "categories read back");
	is_str(got.feed_url, "http://example.com/feed", "the item knows its feed");
	store_item_clear(&got);
	for (size_t i = 0; i < e.n_enclosures; i++) {
		free(e.enclosures[i].url);
		free(e.enclosures[i].type);
	}
	free(e.enclosures);
	for (size_t i = 0; i < e.n_categories; i++)
		free(e.categories[i]);
	free(e.categories);
	is_int(store_item_get(s, 99999, &got), STORE_NOT_FOUND, "an unknown id is STORE_NOT_FOUND");
	store_item_clear(&got);
	is_int(store_item_set_read(s, 99999, true), STORE_NOT_FOUND, "marking an unknown id read fails");
	store_close(&s);
}

static void
test_counters(void)
{
	struct store *s = open_fresh("counters");
	int64_t f = feed(s, "http://a.example/feed"), g = feed(s, "http://b.example/feed");
	char guid[32], title[32];
	for (int i = 0; i < 30; i++) {
		snprintf(guid, sizeof guid, "g%d", i);
		snprintf(title, sizeof title, "title %d", i);
		struct item it = mk(guid, title, NULL, NULL, NOW - i);
		store_upsert_item(s, i % 3 ? f : g, &it, NOW, NULL);
	}
	struct store_feed fd;
	store_feed_get_id(s, f, &fd);
	ok(fd.unread == 20 && fd.total == 20, "20 new items: 20 unread of 20 (%lld/%lld)",
	   (long long)fd.unread, (long long)fd.total);
	store_feed_clear(&fd);
	store_item_set_read(s, 2, true);
	store_item_set_read(s, 2, true);
	store_item_set_read(s, 3, true);
	store_item_set_read(s, 3, false);
	store_feed_get_id(s, f, &fd);
	is_int(fd.unread, 19, "marking read twice counts once, read then unread counts none");
	store_feed_clear(&fd);
	struct store_query q = { .feed_id = g };
	int64_t changed;
	store_mark_read(s, &q, &changed);
	is_int(changed, 10, "mark_read of a feed marks its unread items");
	store_feed_get_id(s, g, &fd);
	is_int(fd.unread, 0, "and its counter follows");
	store_feed_clear(&fd);
	ok(counters_right(s), "counters agree with the rows after reads");
	struct store_retention r = { .max_items = 5 };
	size_t dropped;
	store_prune(s, g, &r, NOW + 30 * DAY, &dropped);
	is_int(dropped, 5, "retention drops the read items beyond max-items");
	ok(counters_right(s), "counters agree with the rows after retention");
	store_feed_delete(s, "http://b.example/feed");
	ok(counters_right(s), "counters agree after a feed is forgotten");
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE feed_id = 2"), 0,
	       "forgetting a feed forgets its items");
	ok(fts_ok(s), "the search index is consistent after all that");
	store_close(&s);
}

/* Walk all pages of q; check order and no overlap; returns the row count. */
static size_t
walk(struct store *s, struct store_query q, size_t *pages, bool *ordered)
{
	struct store_rows rows;
	size_t n = 0;
	int64_t last_date = INT64_MAX, last_id = INT64_MAX;
	*pages = 0;
	*ordered = true;
	do {
		if (store_items(s, &q, &rows) != STORE_OK)
			return 0;
		(*pages)++;
		for (size_t i = 0; i < rows.n; i++) {
			const struct store_row *r = &rows.v[i];
			if (r->date > last_date || (r->date == last_date && r->id >= last_id))
				*ordered = false;
			last_date = r->date;
			last_id = r->id;
		}
		n += rows.n;
		q.after = rows.next;
		bool more = rows.more;
		store_rows_clear(&rows);
		if (!more)
			break;
	} while (*pages < 1000);
	return n;
}

static void
test_paging(void)
{
	struct store *s = open_fresh("paging");
	int64_t f = feed(s, "http://a.example/feed"), g = feed(s, "http://b.example/feed");
	char guid[32];
	store_begin(s);
	for (int i = 0; i < 250; i++) {
		snprintf(guid, sizeof guid, "g%d", i);
		/* ties in date on purpose: the id breaks them */
		struct item it = mk(guid, "t", NULL, i % 2 ? "odd words" : "even words", NOW - i / 3);
		store_upsert_item(s, i < 200 ? f : g, &it, NOW, NULL);
	}
	is_int(store_commit(s), STORE_OK, "250 items in one transaction");
	size_t pages;
	bool ordered;
	struct store_query q = { .limit = 100 };
	is_int(walk(s, q, &pages, &ordered), 250, "paging through all items gives each once");
	is_int(pages, 3, "in pages of 100, 100 and 50");
	ok(ordered, "newest first, ties by id, no row twice");
	q.feed_id = g;
	is_int(walk(s, q, &pages, &ordered), 50, "one feed's items");
	q.feed_id = 0;
	q.search = "odd";
	q.limit = 7;
	is_int(walk(s, q, &pages, &ordered), 125, "a search pages too");
	ok(ordered, "search results are in date order");
	/* a small page walks the date index, a big one sorts the matches:
	 * the same rows either way */
	struct store_rows small_page, big_page;
	q.limit = 3;
	store_items(s, &q, &small_page);
	q.limit = 1000;
	store_items(s, &q, &big_page);
	bool same = small_page.n == 3 && big_page.n == 125;
	for (size_t i = 0; same && i < small_page.n; i++)
		same = small_page.v[i].id == big_page.v[i].id;
	ok(same, "both search plans give the same rows in the same order");
	store_rows_clear(&small_page);
	store_rows_clear(&big_page);
	for (int64_t id = 1; id <= 100; id++)
		store_item_set_read(s, id, true);
	q.search = NULL;
	q.unread = true;
	q.limit = 40;
	is_int(walk(s, q, &pages, &ordered), 150, "unread items only");
	store_item_set_flagged(s, 5, true);
	store_item_set_flagged(s, 205, true);
	q.unread = false;
	q.flagged = true;
	is_int(walk(s, q, &pages, &ordered), 2, "flagged items only");

	/* a list of hidden feeds is empty */
	struct urls u;
	urls_parse("http://a.example/feed\n", 22, &u);
	store_sync_urls(s, &u);
	urls_free(&u);
	struct store_query all = { .limit = 1000 };
	is_int(walk(s, all, &pages, &ordered), 200, "items of a feed not in the urls file are hidden");
	store_close(&s);
}

static void
test_search(void)
{
	struct store *s = open_fresh("search");
	int64_t f = feed(s, "http://a.example/feed");
	struct item a = mk("1", "Café culture", NULL, "<p>The <b>qu</b>ick <script>var hidden;</script>fox &amp; friends</p>", NOW);
	a.author = "Jane Writer";
	struct item b = mk("2", "Other", NULL, "<div>AND OR NOT NEAR (x) col:umn</div>", NOW);
	b.summary = "summary only words";
	store_upsert_item(s, f, &a, NOW, NULL);
	store_upsert_item(s, f, &b, NOW, NULL);
	is_int(search_count(s, "quick"), 1, "markup inside a word does not split it");
	is_int(search_count(s, "hidden"), 0, "script text is not indexed");
	is_int(search_count(s, "cafe"), 1, "diacritics are folded");
	is_int(search_count(s, "writer"), 1, "the author is indexed");
	is_int(search_count(s, "fox friends"), 1, "words are ANDed");
	is_int(search_count(s, "fox other"), 0, "all words must match");
	is_int(search_count(s, "\"quick fox\""), 1, "a quoted phrase matches");
	is_int(search_count(s, "\"fox quick\""), 0, "a phrase keeps its order");
	is_int(search_count(s, "fri*"), 1, "a trailing * is a prefix");
	is_int(search_count(s, "summary"), 1, "the summary is indexed");
	is_int(search_count(s, "AND OR NOT"), 1, "FTS operators typed by the user are plain words");
	is_int(search_count(s, "(x) col:umn"), 1, "parentheses and colons are safe");
	is_int(search_count(s, "\"unclosed"), 0, "an unclosed quote is safe");
	struct store_query q = { .search = " ** \" \" ... " };
	int64_t n;
	is_int(store_count(s, &q, &n), STORE_BAD_QUERY, "a query with nothing to search is an error value");
	ok(strlen(store_error(s)) > 0, "with a message");
	store_item_set_article(s, 1, "extracted article words zebra", "<p>zebra</p>", NOW);
	is_int(search_count(s, "zebra"), 1, "the extracted article is indexed");
	store_item_set_article(s, 1, NULL, NULL, DATE_NONE);
	is_int(search_count(s, "zebra"), 0, "and leaves the index with it");
	ok(fts_ok(s), "the search index is consistent");
	store_close(&s);
}

static void
test_retention(void)
{
	struct store *s = open_fresh("retention");
	int64_t f = feed(s, "http://a.example/feed");
	char guid[32];
	/* 20 items, one a day; 0 is newest; all first seen 30 days ago */
	for (int i = 0; i < 20; i++) {
		snprintf(guid, sizeof guid, "g%d", i);
		struct item it = mk(guid, "t", NULL, "words", NOW - (int64_t)(30 + i) * DAY);
		store_upsert_item(s, f, &it, NOW - 30 * DAY, NULL);
	}
	/* ids 1..20 match g0..g19; read all but g15 and g3; flag g18 */
	for (int64_t id = 1; id <= 20; id++)
		if (id != 16 && id != 4)
			store_item_set_read(s, id, true);
	store_item_set_flagged(s, 19, true);
	struct store_retention r = { .max_items = 10 };
	size_t dropped;
	store_prune(s, f, &r, NOW, &dropped);
	/* beyond the 10 newest: g10..g19, minus flagged g18; the unread g15 was
	 * first seen 30 days ago: not recent, so it goes */
	is_int(dropped, 9, "max-items drops the oldest beyond the limit but the flagged one");
	is_int(sql_int(s, "SELECT flagged FROM items WHERE key = 'g:g18' AND deleted = 0"), 1,
	       "the flagged item stays");
	r.max_items = 2;
	/* unread and recent: seen a day ago */
	struct item fresh = mk("fresh", "t", NULL, "words", NOW - 365 * DAY);
	store_upsert_item(s, f, &fresh, NOW - DAY, NULL);
	store_prune(s, f, &r, NOW, &dropped);
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE key = 'g:fresh' AND deleted = 0"), 1,
	       "an unread item first seen recently is never dropped, whatever its date");
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE deleted = 0"), 4,
	       "two newest, the flagged and the recent unread remain");
	ok(counters_right(s), "counters right after retention");
	ok(fts_ok(s), "index consistent after retention");
	is_int(search_count(s, "words"), 4, "dropped items leave the search index");

	/* a dropped item the feed still carries does not come back */
	enum store_change what;
	struct item old = mk("g12", "t", NULL, "words", NOW - 12 * DAY);
	store_upsert_item(s, f, &old, NOW, &what);
	is_int(what, STORE_ITEM_SAME, "a dropped item still in the feed is not new again");
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE deleted = 0"), 4, "and not stored again");

	/* keep-days: k0..k4 first seen 100 days ago (dated then), k5..k9 ten
	 * days ago, dated 10, 20, 30, 40, 50 days ago; k8 and k9 read, k0 flagged */
	struct store *t = open_fresh("keepdays");
	int64_t k = feed(t, "http://k.example/feed");
	for (int i = 0; i < 10; i++) {
		snprintf(guid, sizeof guid, "k%d", i);
		int64_t seen = i < 5 ? NOW - 100 * DAY : NOW - 10 * DAY;
		int64_t date = i < 5 ? seen - (int64_t)i * DAY : NOW - (int64_t)(i - 4) * 10 * DAY;
		struct item it = mk(guid, "t", NULL, NULL, date);
		store_upsert_item(t, k, &it, seen, NULL);
	}
	store_item_set_read(t, 9, true);
	store_item_set_read(t, 10, true);
	store_item_set_flagged(t, 1, true);
	struct store_retention kd = { .keep_days = 25 };
	store_prune(t, k, &kd, NOW, &dropped);
	is_int(dropped, 6, "keep-days drops old items, read or not, but flagged and unread-and-recent");
	is_int(sql_int(t, "SELECT count(*) FROM items WHERE deleted = 0 AND key IN ('g:k0', 'g:k7')"), 2,
	       "the flagged one and the unread one first seen 10 days ago stay");
	struct item renew = mk("k9", "t", NULL, NULL, NOW - 50 * DAY);
	store_upsert_item(t, k, &renew, NOW, &what);
	is_int(what, STORE_ITEM_SAME, "and they stay dropped while the feed carries them");
	/* three days on the feed carries only k9: the other tombstones go */
	store_upsert_item(t, k, &renew, NOW + 3 * DAY, &what);
	struct store_fetch fx = { .time = NOW + 3 * DAY, .status = 200 };
	store_feed_record_fetch(t, k, &fx);
	store_prune(t, k, &kd, NOW + 3 * DAY, NULL);
	is_int(sql_int(t, "SELECT count(*) FROM items WHERE deleted = 1 AND key = 'g:k9'"), 1,
	       "the tombstone of an item the feed still carries stays");
	is_int(sql_int(t, "SELECT count(*) FROM items WHERE deleted = 1"), 1,
	       "tombstones the feed stopped carrying are purged");
	store_close(&t);
	store_close(&s);
}

static void
test_apply(void)
{
	struct store *s = open_fresh("apply");
	int64_t f = feed(s, "http://a.example/feed");
	struct item items[3] = {
		mk("1", "one", NULL, "x", NOW), mk("2", "two", NULL, "x", NOW), mk("1", "one", NULL, "x", NOW),
	};
	struct feed_info info = { .title = "The Feed", .link = "http://a.example/", .ttl_minutes = 60 };
	struct store_fetch fx = { .time = NOW, .status = 200, .set_validators = true, .etag = "\"e1\"",
				  .last_modified = "Tue, 14 Nov 2023 22:13:20 GMT", .next_due = NOW + 3600 };
	struct store_update_stats st;
	is_int(store_apply_feed(s, f, &info, items, 3, NULL, &fx, &st), STORE_OK, "apply_feed stores a feed");
	ok(st.added == 2 && st.same == 1 && st.changed == 0, "two new, the repeated guid the same");
	struct store_feed fd;
	store_feed_get_id(s, f, &fd);
	is_str(fd.title, "The Feed", "the feed's title is stored");
	is_str(fd.etag, "\"e1\"", "the ETag is stored");
	ok(fd.last_status == 200 && fd.last_error == NULL && fd.last_ok == NOW, "the fetch is recorded");
	is_int(fd.ttl_minutes, 60, "the ttl is stored");
	store_feed_clear(&fd);
	struct store_fetch bad = { .time = NOW + 10, .status = 500, .error = "server error" };
	store_feed_record_fetch(s, f, &bad);
	store_feed_get_id(s, f, &fd);
	ok(fd.last_status == 500 && fd.last_error && strcmp(fd.last_error, "server error") == 0 &&
	   fd.last_ok == NOW && fd.etag != NULL, "a failure keeps validators and the last good time");
	store_feed_clear(&fd);

	/* a failed apply writes nothing, also inside the caller's transaction */
	struct item more[1] = { mk("3", "three", NULL, "x", NOW) };
	is_int(store_apply_feed(s, 4242, &info, more, 1, NULL, NULL, &st), STORE_ERR,
	       "applying to a missing feed fails");
	is_int(sql_int(s, "SELECT count(*) FROM items"), 2, "and writes nothing");
	store_begin(s);
	store_upsert_item(s, f, &more[0], NOW, NULL);
	store_apply_feed(s, 4242, &info, more, 1, NULL, NULL, NULL);
	is_int(store_commit(s), STORE_ERR, "a failed step fails the caller's transaction");
	is_int(sql_int(s, "SELECT count(*) FROM items"), 2, "and nothing of it stays");
	store_begin(s);
	store_upsert_item(s, f, &more[0], NOW, NULL);
	store_rollback(s);
	is_int(sql_int(s, "SELECT count(*) FROM items"), 2, "store_rollback undoes the transaction");
	store_close(&s);
}

static void
test_sync(void)
{
	struct store *s = open_fresh("sync");
	const char *text =
		"# my feeds\n"
		"http://a.example/feed news tech \"~A Title\"\n"
		"\n"
		"\"exec:ssh host cat feed.xml\" remote\n"
		"\"query:Unread:unread = \\\"yes\\\"\"\n"
		"http://b.example/feed\n"
		"http://a.example/feed dup\n";
	struct urls u;
	urls_parse(text, strlen(text), &u);
	is_int(store_sync_urls(s, &u), STORE_OK, "sync adds the feeds of the urls file");
	struct store_feed_list l;
	store_feed_list(s, false, &l);
	is_int(l.n, 3, "three feeds (the query line is not one, the duplicate counts once)");
	if (l.n == 3) {
		is_str(l.v[0].url, "http://a.example/feed", "in file order");
		is_str(l.v[0].title, "A Title", "the ~Title is the title");
		ok(l.v[0].n_tags == 2 && strcmp(l.v[0].tags[1], "tech") == 0, "tags come from the file");
		ok(store_feed_has_tag(&l.v[0], "tech") && !store_feed_has_tag(&l.v[0], "tec"),
		   "a feed has a tag only whole");
		is_str(l.v[1].url, "exec:ssh host cat feed.xml", "exec: sources are feeds");
	}
	store_feed_list_clear(&l);
	int before = sqlite3_total_changes(s->db);
	store_sync_urls(s, &u);
	is_int(sqlite3_total_changes(s->db), before, "a second sync writes nothing");
	urls_free(&u);

	int64_t b = 0;
	store_feed_ensure(s, "http://b.example/feed", &b);
	struct item it = mk("1", "t", NULL, "x", NOW);
	store_upsert_item(s, b, &it, NOW, NULL);
	store_item_set_read(s, 1, true);
	urls_parse("http://a.example/feed\n", 22, &u);
	store_sync_urls(s, &u);
	store_feed_list(s, false, &l);
	is_int(l.n, 1, "feeds gone from the file disappear from the list");
	store_feed_list_clear(&l);
	store_feed_list(s, true, &l);
	is_int(l.n, 3, "but stay in the cache");
	store_feed_list_clear(&l);
	urls_free(&u);
	urls_parse("http://b.example/feed\n", 22, &u);
	store_sync_urls(s, &u);
	urls_free(&u);
	struct store_item got;
	store_item_get(s, 1, &got);
	ok(got.read, "a feed added back keeps its read state");
	store_item_clear(&got);
	store_close(&s);
}

static void
test_text(void)
{
	static const struct { const char *html, *want; } cases[] = {
		{ "", "" },
		{ "plain text", "plain text" },
		{ "<p>one</p><p>two</p>", "one\n\ntwo" },
		{ "a<br>b", "a\nb" },
		{ "<b>bo</b>ld", "bold" },
		{ "x &lt; y &amp;&amp; z", "x < y && z" },
		{ "a &nbsp; b", "a b" },
		{ "a < b", "a < b" },
		{ "<style>p{}</style><!-- c -->t", "t" },
		{ "<a href=\"x>y\">link</a>", "link" },
		{ "  lots   of\n\n  space ", "lots of space" },
		{ "&#233;&eacute;&bogus;", "\xc3\xa9\xc3\xa9&bogus;" },
		{ "<unclosed", "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = store_plain_text(cases[i].html);
		is_str(got, cases[i].want, "plain text, case %zu", i);
		free(got);
	}
	static const struct { const char *q, *want; } fts[] = {
		{ "word", "\"word\"" },
		{ "two words", "\"two\" \"words\"" },
		{ "pre*", "\"pre\"*" },
		{ "\"a phrase\" x", "\"a phrase\" \"x\"" },
		{ "say\"what", "\"say\"\"what\"" },
		{ "NEAR(a b)", "\"NEAR(a\" \"b)\"" },
		{ "* ( ) -", NULL },
		{ "", NULL },
	};
	for (size_t i = 0; i < sizeof fts / sizeof fts[0]; i++) {
		char *got = store_fts_expr(fts[i].q);
		is_str(got, fts[i].want, "search '%s'", fts[i].q);
		free(got);
	}
}

/* The download queue: one row per URL, states, the finished file, items going away. */
static void
test_downloads(void)
{
	struct store *s = open_fresh("downloads");
	int64_t f = feed(s, "http://a.example/feed");
	struct item it = mk("1", "Episode one", NULL, "x", NOW);
	item_add_enclosure(&it, xstrdup("http://a.example/1.mp3"), xstrdup("audio/mpeg"), 1234);
	struct feed_info info = { .title = "Casts" };
	store_apply_feed(s, f, &info, &it, 1, NULL, NULL, NULL);
	free(it.enclosures[0].url);
	free(it.enclosures[0].type);
	free(it.enclosures);
	int64_t item = sql_int(s, "SELECT id FROM items");
	int64_t id = 0, again = 0;
	bool added = false;
	is_int(store_download_add(s, item, "http://a.example/1.mp3", "audio/mpeg", 1234, &id, &added),
	       STORE_OK, "an enclosure is queued");
	ok(added && id > 0, "as a new row");
	store_download_add(s, item, "http://a.example/1.mp3", NULL, -1, &again, &added);
	ok(!added && again == id, "queued twice, it stays one row");
	struct store_downloads l;
	store_download_list(s, -1, &l);
	ok(l.n == 1 && l.v[0].state == DL_QUEUED && l.v[0].total == 1234 && l.v[0].item_id == item,
	   "the list has it queued, with its size and item");
	ok(l.n == 1 && l.v[0].item_title && strcmp(l.v[0].item_title, "Episode one") == 0 &&
	   l.v[0].feed_title && strcmp(l.v[0].feed_title, "Casts") == 0,
	   "with the episode's and the feed's titles, for file names");
	store_downloads_clear(&l);
	store_download_set_path(s, id, "/tmp/x/Casts/1.mp3");
	store_download_update(s, id, DL_FAILED, 600, 1234, "disk full");
	store_download_add(s, item, "http://a.example/1.mp3", NULL, -1, &again, &added);
	struct store_download d;
	store_download_get(s, id, &d);
	ok(added && d.state == DL_QUEUED && d.bytes == 600 && d.path && !d.error,
	   "a failed download queued again keeps its path and bytes (it resumes)");
	store_download_clear(&d);
	char *path = NULL;
	is_int(store_download_done_path(s, item, &path), STORE_NOT_FOUND, "no finished file yet");
	store_download_update(s, id, DL_DOWNLOADING, 700, 1234, NULL);
	store_download_requeue_stale(s);
	store_download_get(s, id, &d);
	is_int(d.state, DL_QUEUED, "a download a dead process left running is queued again");
	store_download_clear(&d);
	store_download_update(s, id, DL_DONE, 1234, 1234, NULL);
	store_download_done_path(s, item, &path);
	is_str(path, "/tmp/x/Casts/1.mp3", "the finished file of the item (for %E)");
	free(path);
	store_download_add(s, item, "http://a.example/1.mp3", NULL, -1, &again, &added);
	store_download_get(s, id, &d);
	ok(!added && d.state == DL_DONE, "a finished download is not queued again");
	store_download_clear(&d);
	store_feed_delete(s, "http://a.example/feed");
	store_download_get(s, id, &d);
	ok(d.item_id == 0 && d.url && !d.item_title, "the row outlives its item (the file is the user's)");
	store_download_clear(&d);
	is_int(store_download_delete(s, id), STORE_OK, "a download is deleted");
	is_int(store_download_delete(s, id), STORE_NOT_FOUND, "once");
	is_str(download_state_name(DL_PAUSED), "paused", "states have their JSON words");
	/* Media RSS: the cache's enclosure when the item names none of its own */
	int64_t g = feed(s, "http://m.example/feed");
	struct item both = mk("b", "Both", NULL, "x", NOW), media = mk("m", "Media", NULL, "x", NOW);
	item_add_enclosure(&both, xstrdup("http://m.example/e.mp3"), NULL, -1);
	item_add_media(&both, xstrdup("http://cdn.example/e.mp3"), xstrdup("audio/mpeg"), -1);
	item_add_media(&media, xstrdup("http://m.example/v.mp4"), xstrdup("video/mp4"), 9);
	struct item two[2] = { both, media };
	store_apply_feed(s, g, &info, two, 2, NULL, NULL, NULL);
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE enclosures = 'http://m.example/e.mp3' || char(9) || char(9) || '-1'"),
	       1, "an item's own enclosure wins over its media:content (no episode twice)");
	is_int(sql_int(s, "SELECT count(*) FROM items WHERE enclosures LIKE 'http://m.example/v.mp4%'"), 1,
	       "media:content alone becomes the enclosure");
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < two[k].n_enclosures; i++) {
			free(two[k].enclosures[i].url);
			free(two[k].enclosures[i].type);
		}
		for (size_t i = 0; i < two[k].n_media; i++) {
			free(two[k].media[i].url);
			free(two[k].media[i].type);
		}
		free(two[k].enclosures);
		free(two[k].media);
	}
	store_close(&s);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_open();
	test_upsert();
	test_counters();
	test_paging();
	test_search();
	test_retention();
	test_apply();
	test_sync();
	test_text();
	test_downloads();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
