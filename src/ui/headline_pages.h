/* headline_pages.h: a list of headlines read from the cache page by page (keyset paging), so any list scrolls in constant memory. */
#ifndef TIDINGS_HEADLINE_PAGES_H
#define TIDINGS_HEADLINE_PAGES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define HP_PAGE 100  /* rows per query */
#define HP_CACHED 4  /* pages kept */
#define HP_WALK 2000 /* rows a query when only page starts are wanted */

/*
 * Row i lives on page i / HP_PAGE. The cursor where each page starts is
 * remembered (a struct store_cursor, 24 bytes a page), so going back is
 * one query; going far forward walks the pages once, keeping only their
 * start cursors. Only HP_CACHED pages of rows are held at any time.
 */
struct headline_pages {
	struct store *store;
	struct store_query q; /* tag, search and filter point into owned copies below */
	char *tag, *search, *filter;
	int64_t count;
	struct store_cursor *starts; /* starts[k]: where page k begins */
	size_t nstarts;
	bool ended;                  /* the walk reached the last page */
	struct hp_page {
		size_t k;
		bool used;
		unsigned tick;
		struct store_rows rows;
	} pages[HP_CACHED];
	unsigned tick;
};

/* Open a list for query q (its strings are copied); counts its rows.
 * Returns a store status (STORE_BAD_QUERY for a search with no words). */
int hp_open(struct headline_pages *h, struct store *s, const struct store_query *q);
void hp_close(struct headline_pages *h);
size_t hp_count(const struct headline_pages *h);
/* Row i, or NULL. The pointer is good until the next hp_ call. */
struct store_row *hp_row(struct headline_pages *h, size_t i);
/* The cache changed: count again and forget the rows held. */
int hp_reload(struct headline_pages *h);
/* The index of item id among the first limit rows, or -1. */
long hp_find(struct headline_pages *h, int64_t id, size_t limit);
/* The query (for mark-all-read). */
const struct store_query *hp_query(const struct headline_pages *h);

#endif
