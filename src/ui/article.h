/* article.h: the article view's parts (view_article.c, article_body.c, article_fetch.c), inside src/ui only. */
#ifndef TIDINGS_UI_ARTICLE_H
#define TIDINGS_UI_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "text/render.h"
#include "ui/app.h"

struct page_fetch;

struct article_view {
	struct view base;
	struct ui *ui;
	int64_t item_id;
	struct store_item item;
	bool full;              /* the full article from the page, not the feed's text */
	struct text_flow *flow; /* parsed once, laid out again on resize */
	struct text_doc *doc;
	int width;              /* doc's width */
	size_t nheader;         /* header lines before the blank line and the body */
	size_t top;             /* first line on screen (header lines count) */
	int rows;               /* lines on screen at the last draw */
	char *find;             /* the text searched for, NULL: none */
	size_t *matches;        /* body lines that contain it */
	size_t nmatches, cur_match;
	struct page_fetch *fetch; /* the full article on its way, NULL: none */
};

/* view_article.c */
int article_load(struct article_view *av, int64_t id);
void article_render(struct article_view *av);
size_t article_nlines(const struct article_view *av);

/* article_body.c: a body line with styles, links and matches; finding text. */
void article_draw_line(struct article_view *av, int y, size_t line, int cols);
int article_find_start(struct article_view *av, int argc, char **argv);
int article_find_step(struct article_view *av, int dir);
void article_find_update(struct article_view *av);
void article_find_clear(struct article_view *av);
/* The article's text (as shown, links listed) to a program's stdin. */
int article_pipe(struct article_view *av, char **argv);

/* article_fetch.c: `f`, the full article fetched from the page in the loop. */
int article_full_toggle(struct article_view *av);
/* The view goes away: a fetch still running keeps going (and is cached)
 * but no longer shows. */
void article_fetch_detach(struct article_view *av);

#endif
