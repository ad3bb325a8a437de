/* layout_table.c: the rows of a table in aligned columns, when they fit the width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/layout_int.h"
#include "text/render.h"
#include "util/width.h"
#include "util/xalloc.h"

/*
 * The builder leaves each row of a table as a block whose cells are parted
 * by FLOW_CELL_SEP (flow_block.sep), with each cell's colspan and rowspan
 * (flow_block.span). Here the rows of one table are laid out together:
 * cells go to their columns (a cell spanning rows keeps its columns free
 * in the rows below), each column is as wide as its widest single-column
 * cell, a spanning cell widens the last of its columns when they are too
 * narrow together, columns of numbers go flush right, one bar between
 * columns. A table wider than the line, with a line break in a cell or
 * with more than MAX_COLS columns keeps the plain form, each row wrapped as
 * a paragraph: columns that wrap inside a terminal read worse than rows.
 */

#define MAX_COLS 64

struct cell {
	size_t a, b, width; /* [a, b) in flow.text */
};

/* Cell k of a row: from the end of separator k-1 to the start of separator
 * k (the block's edges at the ends; a trimmed trailing separator leaves an
 * empty last cell). */
static struct cell
cell_at(const struct text_flow *f, const struct flow_block *blk, size_t k)
{
	size_t end = blk->off + blk->len;
	size_t a = k == 0 ? blk->off : f->seps[blk->sep + k - 1];
	size_t b = end;
	if (k < blk->nseps) {
		size_t next = f->seps[blk->sep + k];
		b = next >= a + FLOW_CELL_SEP_LEN ? next - FLOW_CELL_SEP_LEN : a;
	}
	a = a < end ? a : end;
	b = b < end ? (b > a ? b : a) : end;
	return (struct cell){ a, b, width_str(f->text.data + a, b - a) };
}

static size_t
row_cells(const struct flow_block *blk)
{
	return blk->nseps + 1;
}

/* Digits with the signs, separators and currencies numbers come with. */
static bool
is_number(const char *s, size_t n)
{
	static const char *const wide[] = { "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5", "\xe2\x88\x92" };
	bool digit = false;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9') {
			digit = true;
			i++;
			continue;
		}
		if (c < 0x80) {
			if (!strchr(" .,:+-%$()", c))
				return false;
			i++;
			continue;
		}
		size_t k = 0;
		for (size_t w = 0; w < sizeof wide / sizeof wide[0] && !k; w++)
			if (strncmp(s + i, wide[w], strlen(wide[w])) == 0 && i + strlen(wide[w]) <= n)
				k = strlen(wide[w]);
		if (!k)
			return false;
		i += k;
	}
	return digit;
}

struct columns {
	size_t n;               /* columns */
	size_t width[MAX_COLS];
	bool right[MAX_COLS];   /* numbers: flush right */
	size_t tail;            /* the widest line that a last cell running to the end makes */
};

/* Where the cells of a row go, given the columns rows above still hold. */
struct placing {
	unsigned char held[MAX_COLS]; /* rows to come that a cell above covers */
	size_t col[MAX_COLS + 1], cols[MAX_COLS + 1]; /* per cell of the row */
};

/* Place the cells of blk; false past MAX_COLS. */
static bool
place(const struct text_flow *f, const struct flow_block *blk, struct placing *p)
{
	size_t n = row_cells(blk), c = 0;
	bool spans = blk->nspans == n; /* else every cell is one by one */
	unsigned char below[MAX_COLS] = { 0 };
	if (n > MAX_COLS)
		return false;
	for (size_t k = 0; k < n; k++) {
		while (c < MAX_COLS && p->held[c])
			c++;
		const struct flow_span *sp = spans ? &f->spans[blk->span + k] : NULL;
		size_t w = sp ? sp->cols : 1;
		if (c + w > MAX_COLS)
			return false;
		p->col[k] = c;
		p->cols[k] = w;
		for (size_t i = c; i < c + w; i++)
			below[i] = sp && sp->rows > 1 ? (unsigned char)(sp->rows - 1) : 0;
		c += w;
	}
	for (size_t i = 0; i < MAX_COLS; i++)
		p->held[i] = p->held[i] ? (unsigned char)(p->held[i] - 1) : below[i];
	return true;
}

/* The width of cols columns from col, with the bars between them. */
static size_t
span_width(const struct columns *c, size_t col, size_t cols)
{
	size_t w = 3 * (cols - 1);
	for (size_t i = col; i < col + cols; i++)
		w += c->width[i];
	return w;
}

/* A heading cell (th): all of its text is bold. */
static bool
is_head(const struct text_flow *f, const struct flow_block *blk, struct cell cl)
{
	for (size_t r = blk->run; r < blk->run + blk->nruns; r++) {
		const struct flow_run *run = &f->runs[r];
		if (run->off < cl.b && run->off + run->len > cl.a && !(run->style & TEXT_BOLD))
			return false;
	}
	return true;
}

/* A cell spanning columns makes the last of them wider when they are too
 * narrow for it together, unless it runs to the end of its row and the
 * table: then it may reach past the columns (a footnote under a table of
 * numbers should not push them apart). */
static void
fit_span(struct columns *c, size_t col, size_t cols, size_t width, bool to_end)
{
	size_t have = span_width(c, col, cols);
	if (to_end) {
		size_t line = (col ? span_width(c, 0, col) + 3 : 0) + width;
		c->tail = line > c->tail ? line : c->tail;
	} else if (width > have) {
		c->width[col + cols - 1] += width - have;
	}
}

/* Measure the rows [first, last); false when they cannot be aligned. One
 * pass for the single-column cells, then one that widens columns for the
 * spanning cells. */
static bool
measure(const struct text_flow *f, size_t first, size_t last, struct columns *c)
{
	memset(c, 0, sizeof *c);
	size_t numbers[MAX_COLS] = { 0 }, others[MAX_COLS] = { 0 };
	for (int pass = 0; pass < 2; pass++) {
		struct placing p;
		memset(&p, 0, sizeof p);
		for (size_t r = first; r < last; r++) {
			const struct flow_block *blk = &f->blocks[r];
			if (memchr(f->text.data + blk->off, '\n', blk->len) || !place(f, blk, &p))
				return false;
			for (size_t k = 0; k < row_cells(blk); k++) {
				struct cell cl = cell_at(f, blk, k);
				size_t col = p.col[k], cols = p.cols[k];
				if (col + cols > c->n)
					c->n = col + cols;
				if (pass == 1 && cols > 1)
					fit_span(c, col, cols, cl.width,
						 k + 1 == row_cells(blk) && col + cols == c->n);
				if (pass == 1 || cols > 1)
					continue;
				if (cl.width > c->width[col])
					c->width[col] = cl.width;
				/* heads say nothing of what a column holds */
				if (r == first || cl.b == cl.a || is_head(f, blk, cl))
					continue;
				if (is_number(f->text.data + cl.a, cl.b - cl.a))
					numbers[col]++;
				else
					others[col]++;
			}
		}
	}
	for (size_t k = 0; k < c->n; k++)
		c->right[k] = numbers[k] > 0 && others[k] == 0;
	return c->n > 0;
}

/* The runs of a block that cover [a, b) of the text, as spans. */
static void
add_runs(struct layout *L, const struct flow_block *blk, size_t a, size_t b)
{
	const struct text_flow *f = L->f;
	for (size_t r = blk->run; r < blk->run + blk->nruns && f->runs[r].off < b; r++) {
		const struct flow_run *run = &f->runs[r];
		size_t s = run->off > a ? run->off : a;
		size_t e = run->off + run->len < b ? run->off + run->len : b;
		if (e > s)
			layout_add_span(L, s, e - s, run->style, run->link);
	}
}

/* Shared bytes of the extra store: a bar and enough spaces for any pad. */
struct stock {
	size_t bar, spaces;
};

static void
pad(struct layout *L, const struct stock *st, size_t n)
{
	if (n)
		layout_add_span(L, L->extra_base + st->spaces, n, 0, 0);
}

/* The bar between two cells; none at the end of a line, before an empty
 * last cell. */
static size_t
bar(struct layout *L, const struct stock *st, const struct flow_block *blk, size_t k)
{
	size_t n = row_cells(blk);
	struct cell next = cell_at(L->f, blk, k + 1);
	bool bare = k + 2 == n && next.b == next.a;
	layout_add_span(L, L->extra_base + st->bar, FLOW_CELL_SEP_LEN - bare, TEXT_MARK, 0);
	return bare ? 2 : 3;
}

static void
lay_row(struct layout *L, const struct flow_block *blk, const struct columns *c,
	const struct stock *st, struct placing *p)
{
	const struct text_flow *f = L->f;
	place(f, blk, p); /* measure() placed it already: it fits */
	layout_new_line(L);
	layout_add_span(L, L->pfx_base + blk->pfx1_off, blk->pfx1_len, blk->pfx_style, 0);
	size_t width = width_str(f->pfx.data + blk->pfx1_off, blk->pfx1_len);
	size_t n = row_cells(blk), at = 0;
	for (size_t k = 0; k < n; k++) {
		for (; at < p->col[k]; at++) { /* columns a cell above holds */
			pad(L, st, c->width[at]);
			layout_add_span(L, L->extra_base + st->bar, FLOW_CELL_SEP_LEN, TEXT_MARK, 0);
			width += c->width[at] + 3;
		}
		struct cell cl = cell_at(f, blk, k);
		size_t room = span_width(c, p->col[k], p->cols[k]), gap = room - cl.width;
		bool last = k + 1 == n, right = p->cols[k] == 1 && c->right[p->col[k]];
		if (right)
			pad(L, st, gap);
		add_runs(L, blk, cl.a, cl.b);
		if (!right && !last)
			pad(L, st, gap);
		width += last && !right ? cl.width : room;
		at = p->col[k] + p->cols[k];
		if (!last)
			width += bar(L, st, blk, k);
	}
	L->lines[L->nlines - 1].width = width;
}

size_t
layout_table(struct layout *L, size_t first)
{
	const struct text_flow *f = L->f;
	unsigned table = f->blocks[first].table;
	size_t last = first + 1;
	while (last < f->nblocks && f->blocks[last].table == table && !f->blocks[last].blank_before)
		last++;
	const struct flow_block *head = &f->blocks[first];
	size_t prefix = width_str(f->pfx.data + head->pfx1_off, head->pfx1_len);
	struct columns c;
	size_t widest = 0;
	if (measure(f, first, last, &c))
		widest = c.tail > span_width(&c, 0, c.n) ? c.tail : span_width(&c, 0, c.n);
	if (!widest || (L->width && prefix + widest > L->width)) {
		for (size_t r = first; r < last; r++)
			layout_block(L, &f->blocks[r]);
		return last;
	}
	struct stock st; /* no pad is wider than the table */
	st.bar = layout_add_extra(L, FLOW_CELL_SEP, FLOW_CELL_SEP_LEN);
	st.spaces = L->extra.len;
	for (size_t i = 0; i < widest; i++)
		layout_add_extra(L, " ", 1);
	struct placing p;
	memset(&p, 0, sizeof p);
	for (size_t r = first; r < last; r++)
		lay_row(L, &f->blocks[r], &c, &st, &p);
	return last;
}
