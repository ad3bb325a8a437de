/* rows.c: two-column text rows for the simple lists. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/sanitize.h"
#include "ui/rows.h"
#include "ui/term.h"
#include "util/width.h"
#include "util/xalloc.h"

#define LEFT_MAX 40

static size_t
count(void *ctx)
{
	return ((struct trows *)ctx)->n;
}

static const void *
fetch(void *ctx, size_t i)
{
	struct trows *t = ctx;
	return i < t->n ? &t->v[i] : NULL;
}

static void
draw(void *ctx, const void *row, size_t i, int y, int cols, bool selected)
{
	struct trows *t = ctx;
	const struct trow *r = row;
	unsigned sel = selected ? TS_SEL : 0;
	(void)i;
	term_fill(y, 0, cols, ST_NORMAL | sel);
	int lw = t->left_width < cols / 2 ? t->left_width : cols / 2;
	if (!r->right)
		lw = cols - 1;
	term_put(y, 1, r->left, strlen(r->left), lw, r->style | sel);
	if (r->right && lw + 3 < cols)
		term_put(y, lw + 3, r->right, strlen(r->right), cols - lw - 3, ST_NORMAL | sel);
}

const struct list_ops trows_ops = { count, fetch, draw };

void
trows_init(struct trows *t)
{
	memset(t, 0, sizeof *t);
	list_init(&t->list, &trows_ops, t);
}

void
trows_clear(struct trows *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].left);
		free(t->v[i].right);
	}
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

void
trows_add(struct trows *t, const char *left, const char *right, unsigned style, int64_t data)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
	}
	struct trow *r = &t->v[t->n++];
	r->left = text_sanitize(left ? left : "");
	r->right = right ? text_sanitize(right) : NULL;
	r->style = style;
	r->data = data;
	if (right) {
		int w = (int)width_str(r->left, strlen(r->left));
		if (w > t->left_width)
			t->left_width = w > LEFT_MAX ? LEFT_MAX : w;
	}
}

const struct trow *
trows_selected(struct trows *t)
{
	return list_selected(&t->list);
}
