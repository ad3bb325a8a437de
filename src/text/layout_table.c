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
 * by FLOW_CELL_SEP (flow_block.sep). Here the rows of one table are laid
 * out together: each column as wide as its widest cell, columns of numbers
 * flush right, one bar between columns. A table wider than the line, with
 * a line break inside a cell, or with more than MAX_COLS columns keeps the
 * plain form, each row wrapped as a paragraph: columns that wrap inside a
 * terminal read worse than rows.
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
};

/* Measure the rows [first, last); false when they cannot be aligned. */
static bool
measure(const struct text_flow *f, size_t first, size_t last, struct columns *c)
{
	memset(c, 0, sizeof *c);
	size_t numbers[MAX_COLS] = { 0 }, others[MAX_COLS] = { 0 };
	for (size_t r = first; r < last; r++) {
		const struct flow_block *blk = &f->blocks[r];
		if (row_cells(blk) > MAX_COLS || memchr(f->text.data + blk->off, '\n', blk->len))
			return false;
		if (row_cells(blk) > c->n)
			c->n = row_cells(blk);
		for (size_t k = 0; k < row_cells(blk); k++) {
			struct cell cl = cell_at(f, blk, k);
			if (cl.width > c->width[k])
				c->width[k] = cl.width;
			if (r == first || cl.b == cl.a) /* the first row is usually the heads */
				continue;
			if (is_number(f->text.data + cl.a, cl.b - cl.a))
				numbers[k]++;
			else
				others[k]++;
		}
	}
	for (size_t k = 0; k < c->n; k++)
		c->right[k] = numbers[k] > 0 && others[k] == 0;
	return true;
}

static size_t
total_width(const struct columns *c, size_t prefix)
{
	size_t w = prefix + (c->n - 1) * 3; /* " │ " */
	for (size_t k = 0; k < c->n; k++)
		w += c->width[k];
	return w;
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

static void
lay_row(struct layout *L, const struct flow_block *blk, const struct columns *c,
	const struct stock *st)
{
	const struct text_flow *f = L->f;
	layout_new_line(L);
	layout_add_span(L, L->pfx_base + blk->pfx1_off, blk->pfx1_len, blk->pfx_style, 0);
	size_t width = width_str(f->pfx.data + blk->pfx1_off, blk->pfx1_len);
	size_t n = row_cells(blk);
	for (size_t k = 0; k < n; k++) {
		struct cell cl = cell_at(f, blk, k);
		size_t gap = c->width[k] - cl.width;
		bool last = k + 1 == n;
		if (c->right[k])
			pad(L, st, gap);
		add_runs(L, blk, cl.a, cl.b);
		if (!c->right[k] && !last)
			pad(L, st, gap);
		width += last && !c->right[k] ? cl.width : c->width[k];
		if (!last) {
			/* no space at the end of a line: before an empty last cell */
			bool bare = k + 2 == n && cell_at(f, blk, k + 1).b == cell_at(f, blk, k + 1).a;
			layout_add_span(L, L->extra_base + st->bar, FLOW_CELL_SEP_LEN - bare, TEXT_MARK, 0);
			width += bare ? 2 : 3;
		}
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
	if (!measure(f, first, last, &c) || (L->width && total_width(&c, prefix) > L->width)) {
		for (size_t r = first; r < last; r++)
			layout_block(L, &f->blocks[r]);
		return last;
	}
	size_t widest = 0;
	for (size_t k = 0; k < c.n; k++)
		widest = c.width[k] > widest ? c.width[k] : widest;
	struct stock st;
	st.bar = layout_add_extra(L, FLOW_CELL_SEP, FLOW_CELL_SEP_LEN);
	st.spaces = L->extra.len;
	for (size_t i = 0; i < widest; i++)
		layout_add_extra(L, " ", 1);
	for (size_t r = first; r < last; r++)
		lay_row(L, &f->blocks[r], &c, &st);
	return last;
}
