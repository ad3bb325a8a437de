/* layout_int.h: the layout's state, shared by layout.c and layout_table.c (private to src/text). */
#ifndef TIDINGS_LAYOUT_INT_H
#define TIDINGS_LAYOUT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "text/flow.h"
#include "util/buf.h"

/* Spans and lines are kept as offsets while the store may still grow. */
struct lspan {
	size_t off, len;
	unsigned style;
	int link;
};

struct lline {
	size_t span, nspans, width;
};

struct layout {
	const struct text_flow *f;
	size_t width;           /* 0: no wrapping */
	struct buf extra;       /* rule and blank-line bytes, after text and pfx */
	struct lspan *spans;
	size_t nspans, spans_cap;
	struct lline *lines;
	size_t nlines, lines_cap;
	size_t pfx_base, extra_base;
};

/* Start a line; spans added go to it. */
void layout_new_line(struct layout *L);
/* A span of the store (text, then prefixes, then extra) on the last line. */
void layout_add_span(struct layout *L, size_t off, size_t len, unsigned style, int link);
/* Bytes the layout adds itself go to extra; returns their offset in it
 * (add extra_base for a span). */
size_t layout_add_extra(struct layout *L, const char *s, size_t n);
/* Wrap one block into lines. */
void layout_block(struct layout *L, const struct flow_block *blk);
/* The rows of the table that starts at block first, aligned in columns
 * when they fit the width, else each wrapped as a paragraph; returns the
 * block after them. */
size_t layout_table(struct layout *L, size_t first);

#endif
