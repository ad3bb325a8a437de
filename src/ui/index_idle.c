/* index_idle.c: while nobody types, the interface indexes for search the items a refresh left waiting. */
#include "config.h"

#include "net/loop.h"
#include "ui/app.h"

/*
 * A big refresh leaves its new items to the search index's next catch-up
 * (update_config.index_later_above): otherwise indexing would be 40% of
 * it. A search catches up first, so the first search after 25,000 new
 * items would take most of a second. The interface does it beforehand, a
 * slice a round of its loop: keys that arrive meanwhile wait one slice at
 * most. While another connection writes (a cron refresh), a slice gives up
 * at once and tries again later.
 */

/* Items a slice: about 8 ms on the bench farm's items (1-4 KB of HTML). */
#define SLICE 256
/* Between two looks when nothing waited or the cache was busy. */
#define LOOK_MS 1000

static void
index_round(void *ctx)
{
	struct ui *ui = ctx;
	bool more = false;
	int rc = store_fts_index_idle(ui->store, SLICE, &more);
	loop_timer(ui->loop, rc == STORE_OK && more ? 1 : LOOK_MS, index_round, ui);
}

void
ui_index_start(struct ui *ui)
{
	loop_timer(ui->loop, 0, index_round, ui);
}
