/* test_filter.c: the filter language (errors, every operator on a real cache, no SQL from user text), ignore rules, undo steps, imported states. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/filter.h"
#include "store/import_states.h"
#include "store/new_items.h"
#include "store/store.h"
#include "store/undo.h"
#include "store/urls.h"
#include "tap.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define DAY (24 * 60 * 60)

static char tmpdir[] = "/tmp/tidings-filter.XXXXXX";

static void
test_errors(void)
{
	static const struct {
		const char *expr, *err;
	} rows[] = {
		{ "", "at column 1: the expression is empty" },
		{ "   ", "at column 1: the expression is empty" },
		{ "titel = \"x\"", "at column 1: unknown attribute 'titel' (one of title, author, link, "
				   "feed, feedurl, tags, age, unread, flagged, text)" },
		{ "title", "at column 6: expected an operator after title (= != =~ !~ # !# < > <= >= between)" },
		{ "title =", "at column 8: expected a value after '='" },
		{ "title = \"open", "at column 9: the string has no closing quote" },
		{ "age = soon", "at column 7: age compares with a whole number, not 'soon'" },
		{ "unread = maybe", "at column 10: unread is yes or no, not 'maybe'" },
		{ "tags = \"x\"", "at column 6: tags does not take '=' (it takes # !# =~ !~)" },
		{ "unread < 3", "at column 8: unread does not take '<' (it takes = !=)" },
		{ "title between 1:2", "at column 7: title does not take 'between' (it takes = != =~ !~ # !# < > <= >=)" },
		{ "age between 3", "at column 13: between takes two numbers like 1:7, not '3'" },
		{ "title =~ \"(\"", "at column 10: not a regular expression: " },
		{ "text # \"!!\"", "at column 8: nothing to search for in '!!'" },
		{ "(unread = yes", "at column 14: expected ')' to close the '(' at column 1" },
		{ "unread = yes flagged = yes", "at column 14: unexpected 'flagged' (expected and, or or the end)" },
		{ "unread = yes and", "at column 17: the expression ends too early (expected an attribute: "
				      "title, author, link, feed, feedurl, tags, age, unread, flagged, text)" },
		{ "title = x; DROP", "at column 10: unexpected ';'" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *err = NULL;
		int rc = store_filter_check(rows[i].expr, &err);
		is_int(rc, -1, "[%s] is refused", rows[i].expr);
		/* regerror's words are libc's: compare up to them */
		size_t n = strlen(rows[i].err);
		ok(err && strncmp(err, rows[i].err, n) == 0, "[%s] says: %s", rows[i].expr, err ? err : "(nothing)");
		free(err);
	}
	struct buf deep = BUF_INIT;
	for (int i = 0; i < 200; i++)
		buf_putc(&deep, '(');
	char *err = NULL;
	is_int(store_filter_check(buf_str(&deep), &err), -1, "200 parentheses are refused, not a crash");
	ok(err && strstr(err, "nests too deeply"), "because they nest too deeply");
	free(err);
	buf_free(&deep);
	err = NULL;
	is_int(store_filter_check("title =~ \"a++++b\"", &err), -1,
	       "a repetition of a repetition is refused (glibc's regcomp runs out of memory on a few dozen)");
	free(err);
	err = NULL;
	is_int(store_filter_check("title =~ \"a\\++\" or title =~ \"x{2}y+\"", &err), 0,
	       "an escaped + and repetitions of different atoms are fine");
	free(err);
	static const char *const good[] = {
		"unread = \"yes\"", "UNREAD = YES", "unread == yes && flagged != no",
		"title =~ \"^Re: \" or not (author # \"bob\")", "tags # \"news\" and age between 0:7",
		"feedtitle = \"x\" || rssurl =~ \"example\"", "! flag = yes", "content # \"word\"",
		"age >= 1 and age <= 30 and age < 31 and age > 0",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		err = NULL;
		is_int(store_filter_check(good[i], &err), 0, "[%s] reads (%s)", good[i], err ? err : "");
		free(err);
	}
}

static struct store *
open_cache(const char *name)
{
	char *path = xasprintf("%s/%s", tmpdir, name);
	struct store *s = NULL;
	char *err = NULL;
	if (store_open(path, &s, &err) != STORE_OK) {
		fprintf(stderr, "cannot open %s: %s\n", path, err);
		exit(1);
	}
	free(path);
	return s;
}

static int64_t
add_item(struct store *s, int64_t feed, const char *guid, const char *title, const char *author,
	 const char *body, int64_t published)
{
	struct item it;
	item_init(&it);
	it.id = xstrdup(guid);
	it.title = xstrdup(title);
	it.author = author ? xstrdup(author) : NULL;
	it.link = xasprintf("http://example.org/%s", guid);
	it.content = xstrdup(body);
	it.published = published;
	store_upsert_item(s, feed, &it, (int64_t)time(NULL), NULL);
	int64_t id = 0;
	store_item_find_link(s, it.link, &id);
	item_clear(&it);
	return id;
}

static int64_t
count(struct store *s, const char *expr)
{
	struct store_query q = { .filter = expr };
	int64_t n = -1;
	if (store_count(s, &q, &n) != STORE_OK)
		return -1;
	return n;
}

/* Two feeds, tagged from a urls file, five items of different ages. */
static void
fill(struct store *s, int64_t *feeds)
{
	static const char urls[] = "http://a.example/feed news local \"~Alpha News\"\n"
				   "http://b.example/feed world\n";
	struct urls u;
	urls_parse(urls, strlen(urls), &u);
	store_sync_urls(s, &u);
	urls_free(&u);
	store_feed_ensure(s, "http://a.example/feed", &feeds[0]);
	store_feed_ensure(s, "http://b.example/feed", &feeds[1]);
	int64_t now = (int64_t)time(NULL);
	add_item(s, feeds[0], "a1", "Harbour bridge reopens", "Ada", "<p>the harbour is open</p>", now - DAY / 2);
	add_item(s, feeds[0], "a2", "Re: council vote", "Bob Smith", "<p>votes counted</p>", now - 3 * DAY);
	add_item(s, feeds[0], "a3", "Sponsored: buy now", NULL, "<p>buy buy</p>", now - 10 * DAY);
	add_item(s, feeds[1], "b1", "World cup final", "Cleo", "<p>a harbour of fans</p>", now - 40 * DAY);
	add_item(s, feeds[1], "b2", "x' OR 1=1 --", "Dan", "<p>quotes</p>", now - 2 * DAY);
}

static void
test_queries(void)
{
	struct store *s = open_cache("q.db");
	int64_t feeds[2];
	fill(s, feeds);
	int64_t id = 0;
	store_item_find_link(s, "http://example.org/a2", &id);
	store_item_set_read(s, id, true);
	store_item_find_link(s, "http://example.org/b1", &id);
	store_item_set_flagged(s, id, true);
	static const struct {
		const char *expr;
		int64_t n;
	} rows[] = {
		{ "unread = yes", 4 },
		{ "unread = no", 1 },
		{ "unread != yes", 1 },
		{ "flagged = yes", 1 },
		{ "title = \"World cup final\"", 1 },
		{ "title = \"world cup final\"", 0 },
		{ "title =~ \"^re:\"", 1 },
		{ "title !~ \"^re:\"", 4 },
		{ "title # \"HARBOUR\"", 1 },
		{ "title !# \"harbour\"", 4 },
		{ "author # \"smith\"", 1 },
		{ "author = \"\"", 1 },
		{ "feed = \"Alpha News\"", 3 },
		{ "feedtitle =~ \"alpha\"", 3 },
		{ "feedurl =~ \"b\\\\.example\"", 2 },
		{ "tags # \"news\"", 3 },
		{ "tags # \"local\" and tags # \"news\"", 3 },
		{ "tags # \"new\"", 0 },
		{ "tags !# \"world\"", 3 },
		{ "tags =~ \"^wor\"", 2 },
		{ "age < 1", 1 },
		{ "age <= 3", 3 },
		{ "age > 5", 2 },
		{ "age between 2:10", 3 },
		{ "age = 40", 1 },
		{ "text # \"harbour\"", 2 },
		{ "text !# \"harbour\"", 3 },
		{ "text # \"harbour fans\"", 1 },
		{ "text =~ \"buy +buy\"", 1 },
		{ "unread = yes and (title # \"harbour\" or flagged = yes)", 2 },
		{ "not (unread = yes) or flagged = yes", 2 },
		{ "! title # \"x\"", 4 },
		{ "title = \"x' OR 1=1 --\"", 1 },
		{ "title = \"\\\" OR 1=1 --\"", 0 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		is_int(count(s, rows[i].expr), rows[i].n, "[%s] matches %lld", rows[i].expr,
		       (long long)rows[i].n);
	struct store_query q = { .filter = "title = " };
	int64_t n;
	is_int(store_count(s, &q, &n), STORE_BAD_QUERY, "a bad expression is a bad query");
	ok(strstr(store_error(s), "expected a value"), "and the store says why");
	/* a long chain runs (the SQL is one group, not a thousand nested ones)
	 * and nots nested to the limit run (SQLite's parser stack took 47) */
	struct buf chain = BUF_INIT, nots = BUF_INIT;
	for (int i = 0; i < 256; i++)
		buf_printf(&chain, "%stitle # \"w%d\"", i ? " or " : "", i);
	for (int i = 0; i < 7; i++)
		buf_puts(&nots, "not (");
	buf_puts(&nots, "unread = yes");
	for (int i = 0; i < 7; i++)
		buf_putc(&nots, ')');
	int64_t got = count(s, buf_str(&chain));
	ok(got >= 0, "256 ors run as one query (%s)", got < 0 ? store_error(s) : "ok");
	buf_puts(&chain, " or unread = yes");
	char *err = NULL;
	is_int(store_filter_check(buf_str(&chain), &err), -1, "one more is refused with a reason");
	ok(err && strstr(err, "more than 256 comparisons"), "that says so (SQLite's tree stops at 1,000)");
	free(err);
	ok(count(s, buf_str(&nots)) >= 0, "seven nots, each in parentheses, run");
	buf_free(&chain);
	buf_free(&nots);
	struct store_query both = { .filter = "unread = yes", .feed_id = feeds[0], .search = "harbour" };
	is_int(store_count(s, &both, &n), STORE_OK, "a filter goes with a feed and a search");
	is_int(n, 1, "and all of them apply");
	struct store_rows rows_out;
	struct store_query paged = { .filter = "unread = yes", .limit = 2 };
	is_int(store_items(s, &paged, &rows_out), STORE_OK, "a filtered list pages");
	is_int(rows_out.n, 2, "two rows on the first page");
	ok(rows_out.more, "and more after them");
	store_rows_clear(&rows_out);
	store_close(&s);
}

static void
test_ignore(void)
{
	struct store *s = open_cache("ignore.db");
	int64_t feeds[2];
	int64_t before = time(NULL) - 5;
	fill(s, feeds);
	size_t dropped = 0;
	int64_t id;
	store_item_find_link(s, "http://example.org/a3", &id);
	is_int(store_drop_matching(s, feeds[0], "title =~ \"^sponsored\"", before, &dropped), STORE_OK,
	       "an ignore rule runs");
	is_int(dropped, 1, "and drops the sponsored item");
	is_int(count(s, "title # \"sponsored\""), 0, "which no list shows");
	struct store_item it;
	store_item_get(s, id, &it);
	ok(it.item.title == NULL, "its text is gone (a tombstone keeps its key)");
	store_item_clear(&it);
	store_item_find_link(s, "http://example.org/a2", &id);
	store_item_set_flagged(s, id, true);
	is_int(store_drop_matching(s, feeds[0], "unread = no or flagged = yes", before, &dropped), STORE_OK,
	       "another rule");
	is_int(dropped, 0, "never drops a flagged item");
	is_int(store_drop_matching(s, feeds[1], "age > 30", time(NULL) + 60, &dropped), STORE_OK, "a rule");
	is_int(dropped, 0, "drops only items that came at or after the time given");
	is_int(store_drop_matching(s, feeds[1], "age >", before, &dropped), STORE_BAD_QUERY,
	       "a bad rule is a bad query");
	store_close(&s);
}

static void
test_undo(void)
{
	struct store *s = open_cache("undo.db");
	int64_t feeds[2];
	fill(s, feeds);
	char *label = NULL;
	int64_t n = 0;
	is_int(store_undo(s, &label, &n), STORE_NOT_FOUND, "nothing to undo in a new cache");
	struct store_query all = { 0 };
	is_int(store_undo_begin(s, "mark-all-read"), STORE_OK, "an undo step begins");
	is_int(store_undo_end(s, store_mark_read(s, &all, &n)), STORE_OK, "mark-all-read inside it");
	is_int(n, 5, "five items marked read");
	is_int(count(s, "unread = yes"), 0, "none unread");
	int64_t id;
	store_item_find_link(s, "http://example.org/b1", &id);
	store_undo_begin(s, "toggle-flag");
	store_undo_end(s, store_item_set_flagged(s, id, true));
	store_undo_begin(s, "nothing");
	store_undo_end(s, store_mark_read(s, &all, &n)); /* all read already: no step kept */
	is_int(store_undo(s, &label, &n), STORE_OK, "undo");
	is_str(label, "toggle-flag", "undoes the last step that changed something");
	is_int(n, 1, "one item");
	free(label);
	is_int(count(s, "flagged = yes"), 0, "the flag is off again");
	is_int(store_undo(s, &label, &n), STORE_OK, "undo again");
	is_str(label, "mark-all-read", "undoes mark-all-read");
	free(label);
	is_int(n, 5, "five items");
	is_int(count(s, "unread = yes"), 5, "all unread again");
	is_int(store_undo(s, NULL, NULL), STORE_NOT_FOUND, "then nothing is left");
	store_item_set_read(s, id, true); /* outside a step: not recorded */
	is_int(store_undo(s, NULL, NULL), STORE_NOT_FOUND, "changes outside a step are not undone");
	for (int i = 0; i < STORE_UNDO_DEPTH + 5; i++) {
		store_undo_begin(s, "toggle-read");
		store_undo_end(s, store_item_set_read(s, id, i % 2 == 0));
	}
	int steps = 0;
	while (store_undo(s, NULL, NULL) == STORE_OK)
		steps++;
	is_int(steps, STORE_UNDO_DEPTH, "the stack keeps the last %d steps", STORE_UNDO_DEPTH);
	store_close(&s);
}

static void
test_import_states(void)
{
	struct store *s = open_cache("import.db");
	int64_t feeds[2];
	fill(s, feeds);
	struct import_state v[] = {
		{ "http://a.example/feed", "a1", "http://example.org/a1", true, false },
		{ "http://b.example/feed", "http://example.org/b2", "http://example.org/b2", false, true },
		{ "http://a.example/feed", "later", "http://example.org/later", true, true },
		{ "http://other.example/feed", "a2", "http://example.org/a2", true, false },
	};
	struct import_state_list l = { v, 4 };
	size_t applied = 0;
	is_int(store_import_states_add(s, &l, &applied), STORE_OK, "states are kept");
	is_int(applied, 2, "and applied to the two items the cache has");
	is_int(count(s, "unread = no"), 1, "a1 is read");
	is_int(count(s, "flagged = yes and title # \"OR\""), 1, "b2 is flagged (matched by link)");
	is_int(count(s, "unread = no and feedurl = \"http://b.example/feed\""), 0,
	       "states of another feed do not leak");
	ok(store_import_states_pending(s), "the others wait");
	add_item(s, feeds[0], "later", "A later item", NULL, "<p>later</p>", (int64_t)time(NULL));
	is_int(store_import_states_apply(s, feeds[0], &applied), STORE_OK, "a refresh applies them");
	is_int(applied, 1, "to the item that came");
	is_int(count(s, "title = \"A later item\" and unread = no and flagged = yes"), 1,
	       "read and flagged as the other reader had it");
	store_close(&s);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_errors();
	test_queries();
	test_ignore();
	test_undo();
	test_import_states();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
