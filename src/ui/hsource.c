/* hsource.c: keyset-paged headlines with a small page cache and remembered page starts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/hsource.h"
#include "util/xalloc.h"

static void
drop_pages(struct hsource *h)
{
	for (size_t i = 0; i < HS_CACHED; i++) {
		if (h->pages[i].used)
			store_rows_clear(&h->pages[i].rows);
		h->pages[i].used = false;
	}
}

int
hs_open(struct hsource *h, struct store *s, const struct store_query *q)
{
	memset(h, 0, sizeof *h);
	h->store = s;
	h->q = *q;
	h->q.after = (struct store_cursor){ 0 };
	h->q.limit = HS_PAGE;
	h->tag = xstrdup_or_null(q->tag);
	h->search = xstrdup_or_null(q->search);
	h->filter = xstrdup_or_null(q->filter);
	h->q.tag = h->tag;
	h->q.search = h->search;
	h->q.filter = h->filter;
	return hs_reload(h);
}

void
hs_close(struct hsource *h)
{
	drop_pages(h);
	free(h->starts);
	free(h->tag);
	free(h->search);
	free(h->filter);
	memset(h, 0, sizeof *h);
}

int
hs_reload(struct hsource *h)
{
	drop_pages(h);
	free(h->starts);
	h->starts = xcalloc(1, sizeof *h->starts); /* page 0 starts at the newest */
	h->nstarts = 1;
	h->ended = false;
	h->count = 0;
	return store_count(h->store, &h->q, &h->count);
}

size_t
hs_count(const struct hsource *h)
{
	return h->count > 0 ? (size_t)h->count : 0;
}

const struct store_query *
hs_query(const struct hsource *h)
{
	return &h->q;
}

/* Read page k (its start must be known) into a cache slot. */
static struct hs_page *
load(struct hsource *h, size_t k)
{
	struct hs_page *slot = &h->pages[0];
	for (size_t i = 0; i < HS_CACHED; i++) {
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
		if (slot->rows.more && slot->rows.n == HS_PAGE) {
			h->starts = xreallocarray(h->starts, h->nstarts + 1, sizeof *h->starts);
			h->starts[h->nstarts++] = slot->rows.next;
		} else {
			h->ended = true;
		}
	}
	return slot;
}

struct store_row *
hs_row(struct hsource *h, size_t i)
{
	if (i >= hs_count(h))
		return NULL;
	size_t k = i / HS_PAGE;
	/* walk forward to learn where page k starts */
	while (k >= h->nstarts && !h->ended)
		if (!load(h, h->nstarts - 1))
			return NULL;
	if (k >= h->nstarts)
		return NULL;
	struct hs_page *p = load(h, k);
	if (!p || i % HS_PAGE >= p->rows.n)
		return NULL;
	return &p->rows.v[i % HS_PAGE];
}

long
hs_find(struct hsource *h, int64_t id, size_t limit)
{
	size_t n = hs_count(h);
	if (limit > n)
		limit = n;
	for (size_t i = 0; i < limit; i++) {
		struct store_row *r = hs_row(h, i);
		if (!r)
			break;
		if (r->id == id)
			return (long)i;
	}
	return -1;
}
