/* rows.h: rows of two columns of text for the simple lists (links, share, help, errors), drawn through list.h. */
#ifndef TIDINGS_ROWS_H
#define TIDINGS_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "ui/list.h"

struct trow {
	char *left;    /* sanitized when added */
	char *right;
	unsigned style; /* of the left column (ST_HEADER for section titles) */
	int64_t data;  /* what the view needs to act on the row (an id, an index) */
};

struct trows {
	struct trow *v;
	size_t n, cap;
	int left_width; /* columns of the left column (the widest, capped) */
	struct list list;
};

extern const struct list_ops trows_ops;

void trows_init(struct trows *t);
void trows_clear(struct trows *t);
/* Add a row; left and right are copied and made safe (right may be NULL). */
void trows_add(struct trows *t, const char *left, const char *right, unsigned style, int64_t data);
/* The selected row, or NULL. */
const struct trow *trows_selected(struct trows *t);

#endif
