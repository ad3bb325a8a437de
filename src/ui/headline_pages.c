/* headline_pages.c: a list of headlines a page at a time (keyset paging), with a small page cache and the remembered start of every page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/headline_pages.h"
#include "util/xalloc.h"

static void
drop_pages(struct headline_pages *h)
{
	for (size_t i = 0; i < HP_CACHED; i++) {
		if (h->pages[i].used)
			store_rows_clear(&h->pages[i].rows);
		h->pages[i].used = false;
	}
}

int
hp_open(struct headline_pages *h, struct store *s, const struct store_query *q)
{
	memset(h, 0, sizeof *h);
	h->store = s;
	h->q = *q;
	h->q.after = (struct store_cursor){ 0 };
	h->q.limit = HP_PAGE;
	h->tag = xstrdup_or_null(q->tag);
	h->search = xstrdup_or_null(q->search);
	h->filter = xstrdup_or_null(q->filter);
	h->q.tag = h->tag;
	h->q.search = h->search;
	h->q.filter = h->filter;
	return hp_reload(h);
}

void
hp_close(struct headline_pages *h)
{
	drop_pages(h);
	free(h->starts);
	free(h->tag);
	free(h->search);
	free(h->filter);
	memset(h, 0, sizeof *h);
}

/* A feed's list or All unread is counted from the feeds' counters (kept by
 * the cache's triggers): counting 180,000 unread rows takes seconds, adding
 * 1,000 counters does not. Searches, flags and filters are counted by the
 * store. */
static int
count(struct headline_pages *h)
{
	if (h->q.search || h->q.flagged || h->q.filter)
		return store_count(h->store, &h->q, &h->count);
	struct store_feed_list fl = { 0 };
	int rc = store_feed_list(h->store, false, &fl);
	h->count = 0;
	for (size_t i = 0; rc == STORE_OK && i < fl.n; i++) {
		const struct store_feed *f = &fl.v[i];
		if (h->q.feed_id && f->id != h->q.feed_id)
			continue;
		if (h->q.tag && !store_feed_has_tag(f, h->q.tag))
			continue;
		h->count += h->q.unread ? f->unread : f->total;
	}
	store_feed_list_clear(&fl);
	return rc;
}

int
hp_reload(struct headline_pages *h)
{
	drop_pages(h);
	free(h->starts);
	h->starts = xcalloc(1, sizeof *h->starts); /* page 0 starts at the newest */
	h->nstarts = 1;
	h->ended = false;
	h->count = 0;
	return count(h);
}

size_t
hp_count(const struct headline_pages *h)
{
	return h->count > 0 ? (size_t)h->count : 0;
}

const struct store_query *
hp_query(const struct headline_pages *h)
{
	return &h->q;
}

/* Read page k (its start must be known) into a cache slot. */
static struct hp_page *
load(struct headline_pages *h, size_t k)
{
	struct hp_page *slot = &h->pages[0];
	for (size_t i = 0; i < HP_CACHED; i++) {
		if (h->pages[i].used && h->pages[i].k == k) {
			h->pages[i].tick = ++h->tick;
			return &h->pages[i];
		}
		if (!h->pages[i].used || h->pages[i].tick < slot->tick)
			slot = &h->pages[i];
	}
	if (slot->used)
		store_rows_clear(&slot->rows);
	slot->used = false;
	struct store_query q = h->q;
	q.after = h->starts[k];
	if (store_items(h->store, &q, &slot->rows) != STORE_OK)
		return NULL;
	slot->used = true;
	slot->k = k;
	slot->tick = ++h->tick;
	if (k + 1 == h->nstarts) {
		if (slot->rows.more && slot->rows.n == HP_PAGE) {
			h->starts = xreallocarray(h->starts, h->nstarts + 1, sizeof *h->starts);
			h->starts[h->nstarts++] = slot->rows.next;
		} else {
			h->ended = true;
		}
	}
	return slot;
}

/* Learn where the pages after the last known one start, HP_WALK rows a
 * query, keeping only the cursors (G on 180,000 rows is 90 queries). */
static int
walk(struct headline_pages *h)
{
	struct store_query q = h->q;
	struct store_rows rows = { 0 };
	q.after = h->starts[h->nstarts - 1];
	q.limit = HP_WALK;
	if (store_items(h->store, &q, &rows) != STORE_OK)
		return -1;
	for (size_t j = HP_PAGE - 1; j < rows.n; j += HP_PAGE) {
		if (j + 1 == rows.n && !rows.more)
			break;
		h->starts = xreallocarray(h->starts, h->nstarts + 1, sizeof *h->starts);
		h->starts[h->nstarts++] = (struct store_cursor){ true, rows.v[j].date, rows.v[j].id };
	}
	if (!rows.more || rows.n < HP_WALK)
		h->ended = true;
	store_rows_clear(&rows);
	return 0;
}

struct store_row *
hp_row(struct headline_pages *h, size_t i)
{
	if (i >= hp_count(h))
		return NULL;
	size_t k = i / HP_PAGE;
	/* walk forward to learn where page k starts */
	while (k >= h->nstarts && !h->ended)
		if (walk(h) != 0)
			return NULL;
	if (k >= h->nstarts)
		return NULL;
	struct hp_page *p = load(h, k);
	if (!p || i % HP_PAGE >= p->rows.n)
		return NULL;
	return &p->rows.v[i % HP_PAGE];
}

long
hp_find(struct headline_pages *h, int64_t id, size_t limit)
{
	size_t n = hp_count(h);
	if (limit > n)
		limit = n;
	for (size_t i = 0; i < limit; i++) {
		struct store_row *r = hp_row(h, i);
		if (!r)
			break;
		if (r->id == id)
			return (long)i;
	}
	return -1;
}
