/* list.h: the one scrolling list every view of rows uses (feeds, headlines, links, share, help, errors). */
#ifndef TIDINGS_LIST_H
#define TIDINGS_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/actions.h"

/*
 * The list owns selection, scrolling and paging; the rows stay with the
 * view, which answers three callbacks: how many rows there are, the row
 * at an index (fetched on demand, so a list of 100,000 headlines costs
 * only the rows on screen), and drawing one row. A row pointer from fetch
 * is used at once and not kept.
 */
struct list_ops {
	size_t (*count)(void *ctx);
	const void *(*fetch)(void *ctx, size_t i); /* NULL: no such row (yet) */
	void (*draw)(void *ctx, const void *row, size_t i, int y, int cols, bool selected);
};

struct list {
	const struct list_ops *ops;
	void *ctx;
	size_t sel;   /* selected row */
	size_t top;   /* first row on screen */
	int y, h;     /* screen rows given at the last draw */
};

void list_init(struct list *l, const struct list_ops *ops, void *ctx);
/* Move for up, down, top, bottom, page-up, page-down (and the wheel);
 * returns false for any other action. */
bool list_action(struct list *l, enum action_id id);
/* Select row i (clamped to the rows there are). */
void list_select(struct list *l, size_t i);
/* Select the row drawn at screen row y (a mouse click); false when none. */
bool list_click(struct list *l, int y);
/* Keep the selection inside the rows after the count changed. */
void list_clamp(struct list *l);
/* Draw h rows from screen row y, keeping the selection visible. */
void list_draw(struct list *l, int y, int h, int cols);
/* The selected row, or NULL when the list is empty. */
const void *list_selected(struct list *l);

#endif
