/* test_checkpoint.c: WAL checkpoints on their own thread while a connection writes: the WAL stays bounded, nothing is lost. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/internal.h"
#include "store/store.h"
#include "tap.h"
#include "util/xalloc.h"

static char tmpdir[] = "/tmp/tidings-ckpt.XXXXXX";

#include "store_fixture.h"

#define ROUNDS 60
#define PER_ROUND 10
#define PAGES 50 /* the thread checkpoints past this; the writer itself past 4x */

static long long
file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long long)st.st_size : 0;
}

/* One feed's refresh: PER_ROUND new items of about 40 KB each. */
static int
write_round(struct store *s, int64_t f, int round, const char *body)
{
	struct item items[PER_ROUND];
	char guids[PER_ROUND][32];
	for (int i = 0; i < PER_ROUND; i++) {
		snprintf(guids[i], sizeof guids[i], "%d-%d", round, i);
		items[i] = mk(guids[i], "a long one", NULL, body, NOW + round);
	}
	struct store_update_stats st;
	return store_apply_feed(s, f, NULL, items, PER_ROUND, NULL, NULL, &st);
}

static char *
long_body(void)
{
	size_t n = 40 * 1024;
	char *b = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		b[i] = i % 7 == 6 ? ' ' : (char)('a' + (i * 31 + i / 7) % 26);
	b[n] = '\0';
	return b;
}

static void
test_bounded(void)
{
	struct store *s = open_fresh("apart");
	int64_t f = feed(s, "http://a.example/feed");
	char *wal = xasprintf("%s/apart/cache.db-wal", tmpdir);
	char *body = long_body();
	long long page = sql_int(s, "PRAGMA page_size");
	ok(store_checkpoints_apart(s, PAGES), "checkpoints move to a thread of their own");
	long long most = 0;
	int failed = 0;
	for (int r = 0; r < ROUNDS; r++) {
		failed += write_round(s, f, r, body) != STORE_OK;
		long long n = file_size(wal);
		most = n > most ? n : most;
	}
	is_int(failed, 0, "every transaction commits meanwhile");
	/* about 30 pages a round: 1,800 in all went through the WAL */
	printf("# the largest WAL: %lld pages\n", most / page);
	ok(most < (4 * PAGES + 100) * page,
	   "the WAL starts over instead of growing with every round (4 x %d pages and a round at most)", PAGES);
	store_checkpoints_here(s);
	is_int(sql_int(s, "SELECT count(*) FROM items"), ROUNDS * PER_ROUND, "every item is there");
	ok(counters_right(s), "and counted");
	ok(write_round(s, f, ROUNDS, body) == STORE_OK, "after store_checkpoints_here writes go on as before");
	store_close(&s);
	s = open_fresh("apart");
	is_int(sql_int(s, "SELECT count(*) FROM items"), (ROUNDS + 1) * PER_ROUND, "and are there after reopening");
	is_int(sql_int(s, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), 0,
	       "integrity_check finds nothing wrong");
	ok(search_count(s, "long") == (ROUNDS + 1) * PER_ROUND && fts_ok(s), "the search index has them all");
	store_close(&s);
	free(body);
	free(wal);
}

/* Closing the store stops the thread too. */
static void
test_close(void)
{
	struct store *s = open_fresh("close");
	int64_t f = feed(s, "http://a.example/feed");
	char *body = long_body();
	ok(store_checkpoints_apart(s, 1) && store_checkpoints_apart(s, 1), "asking twice is harmless");
	ok(write_round(s, f, 0, body) == STORE_OK && write_round(s, f, 1, body) == STORE_OK,
	   "writes with a checkpoint after each commit");
	store_close(&s);
	s = open_fresh("close");
	is_int(sql_int(s, "SELECT count(*) FROM items"), 2 * PER_ROUND, "store_close stops the thread and keeps them");
	store_close(&s);
	free(body);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_bounded();
	test_close();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
