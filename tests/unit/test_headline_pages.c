/* test_headline_pages.c: keyset-paged headlines: every row in order, far jumps (G) by walking page starts, counts from the feed counters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "tap.h"
#include "ui/headline_pages.h"
#include "util/xalloc.h"

#define N_A 1234
#define N_B 17

static void
add_items(struct store *s, int64_t feed, const char *prefix, int n)
{
	store_begin(s);
	for (int i = 0; i < n; i++) {
		struct item it = { 0 };
		char guid[64], title[64];
		snprintf(guid, sizeof guid, "%s-%d", prefix, i);
		snprintf(title, sizeof title, "%s item %d", prefix, i);
		it.id = guid;
		it.title = title;
		it.published = 1700000000 + (i % 500) * 60; /* ties on purpose: the id orders them */
		it.updated = DATE_NONE;
		store_upsert_item(s, feed, &it, 1700000000 + 86400 * 30, NULL);
	}
	store_commit(s);
}

/* Every id of q, in order, from one big page. */
static int64_t *
all_ids(struct store *s, struct store_query q, size_t *n)
{
	struct store_rows rows = { 0 };
	q.limit = 100000;
	store_items(s, &q, &rows);
	int64_t *ids = xcalloc(rows.n + 1, sizeof *ids);
	for (size_t i = 0; i < rows.n; i++)
		ids[i] = rows.v[i].id;
	*n = rows.n;
	store_rows_clear(&rows);
	return ids;
}

static void
check_list(struct store *s, const struct store_query *q, const char *what)
{
	size_t n;
	int64_t *want = all_ids(s, *q, &n);
	struct headline_pages h;
	is_int(hp_open(&h, s, q), STORE_OK, "%s: opens", what);
	is_int((int)hp_count(&h), (int)n, "%s: counts %zu rows", what, n);
	/* the last row first: the walk finds every page start */
	struct store_row *r = hp_row(&h, n - 1);
	ok(r && r->id == want[n - 1], "%s: the last row at once (G)", what);
	ok(hp_row(&h, n) == NULL, "%s: nothing past the end", what);
	size_t bad = 0;
	for (size_t i = 0; i < n; i++) {
		r = hp_row(&h, i);
		if (!r || r->id != want[i])
			bad++;
	}
	is_int((int)bad, 0, "%s: every row in order", what);
	size_t jumps[] = { n / 2, 3, n - 2, 0, n / 3 };
	bad = 0;
	for (size_t j = 0; j < sizeof jumps / sizeof jumps[0]; j++) {
		r = hp_row(&h, jumps[j]);
		if (!r || r->id != want[jumps[j]])
			bad++;
	}
	is_int((int)bad, 0, "%s: jumps back and forth", what);
	is_int((int)hp_find(&h, want[150], 300), 150, "%s: an item is found by id", what);
	is_int((int)hp_find(&h, want[150], 100), -1, "%s: not beyond the limit", what);
	hp_close(&h);
	free(want);
}

int
main(void)
{
	char dir[] = "/tmp/tidings-hp.XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	char *path = xasprintf("%s/cache.db", dir);
	struct store *s = NULL;
	char *err = NULL;
	if (store_open(path, &s, &err) != STORE_OK) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	int64_t a = 0, b = 0;
	store_feed_ensure(s, "http://a.example/feed", &a);
	store_feed_ensure(s, "http://b.example/feed", &b);
	add_items(s, a, "a", N_A);
	add_items(s, b, "b", N_B);
	for (int64_t id = 1; id <= N_A + N_B; id += 3)
		store_item_set_read(s, id, true);

	struct store_query feed_a = { .feed_id = a };
	check_list(s, &feed_a, "one feed");
	struct store_query unread = { .unread = true };
	check_list(s, &unread, "all unread");
	struct store_query search = { .search = "item" };
	check_list(s, &search, "a search");

	/* the count from the counters follows a change after a reload */
	struct headline_pages h;
	hp_open(&h, s, &unread);
	size_t before = hp_count(&h);
	store_item_set_read(s, 2, true);
	hp_reload(&h);
	is_int((int)hp_count(&h), (int)before - 1, "a reload counts again");
	hp_close(&h);

	store_close(&s);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	free(path);
	return tap_done();
}
