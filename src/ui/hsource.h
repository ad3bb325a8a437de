/* hsource.h: headlines read from the cache page by page (keyset paging), so any list scrolls in constant memory. */
#ifndef TIDINGS_HSOURCE_H
#define TIDINGS_HSOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define HS_PAGE 100  /* rows per query */
#define HS_CACHED 4  /* pages kept */
#define HS_WALK 2000 /* rows a query when only page starts are wanted */

/*
 * Row i lives on page i / HS_PAGE. The cursor where each page starts is
 * remembered (16 bytes a page), so going back is one query; going far
 * forward walks the pages once, keeping only their start cursors. Only
 * HS_CACHED pages of rows are held at any time.
 */
struct hsource {
	struct store *store;
	struct store_query q; /* tag, search and filter point into owned copies below */
	char *tag, *search, *filter;
	int64_t count;
	struct store_cursor *starts; /* starts[k]: where page k begins */
	size_t nstarts;
	bool ended;                  /* the walk reached the last page */
	struct hs_page {
		size_t k;
		bool used;
		unsigned tick;
		struct store_rows rows;
	} pages[HS_CACHED];
	unsigned tick;
};

/* Open a list for query q (its strings are copied); counts its rows.
 * Returns a store status (STORE_BAD_QUERY for a search with no words). */
int hs_open(struct hsource *h, struct store *s, const struct store_query *q);
void hs_close(struct hsource *h);
size_t hs_count(const struct hsource *h);
/* Row i, or NULL. The pointer is good until the next hs_ call. */
struct store_row *hs_row(struct hsource *h, size_t i);
/* The cache changed: count again and forget the rows held. */
int hs_reload(struct hsource *h);
/* The index of item id among the first limit rows, or -1. */
long hs_find(struct hsource *h, int64_t id, size_t limit);
/* The query (for mark-all-read). */
const struct store_query *hs_query(const struct hsource *h);

#endif
