/* list.c: selection, scrolling and paging over rows that the view fetches on demand. */
#include "config.h"

#include "ui/list.h"
#include "ui/term.h"

void
list_init(struct list *l, const struct list_ops *ops, void *ctx)
{
	*l = (struct list){ .ops = ops, .ctx = ctx, .h = 1 };
}

static size_t
count(struct list *l)
{
	return l->ops->count(l->ctx);
}

void
list_clamp(struct list *l)
{
	size_t n = count(l);
	if (l->sel >= n)
		l->sel = n ? n - 1 : 0;
	if (l->top > l->sel)
		l->top = l->sel;
}

void
list_select(struct list *l, size_t i)
{
	l->sel = i;
	list_clamp(l);
}

/* Scroll so that the selection is on screen, moving as little as possible. */
static void
follow(struct list *l)
{
	size_t h = l->h > 0 ? (size_t)l->h : 1;
	if (l->sel < l->top)
		l->top = l->sel;
	else if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
}

bool
list_action(struct list *l, enum action_id id)
{
	size_t n = count(l);
	size_t page = l->h > 1 ? (size_t)l->h - 1 : 1;
	switch (id) {
	case A_UP:
		if (l->sel > 0)
			l->sel--;
		break;
	case A_DOWN:
		if (l->sel + 1 < n)
			l->sel++;
		break;
	case A_TOP:
		l->sel = 0;
		break;
	case A_BOTTOM:
		l->sel = n ? n - 1 : 0;
		break;
	case A_PAGE_UP:
		l->sel = l->sel > page ? l->sel - page : 0;
		l->top = l->top > page ? l->top - page : 0;
		break;
	case A_PAGE_DOWN:
		l->sel = l->sel + page < n ? l->sel + page : (n ? n - 1 : 0);
		if (l->top + page + (size_t)l->h <= n)
			l->top += page;
		break;
	default:
		return false;
	}
	follow(l);
	return true;
}

bool
list_click(struct list *l, int y)
{
	if (y < l->y || y >= l->y + l->h)
		return false;
	size_t i = l->top + (size_t)(y - l->y);
	if (i >= count(l))
		return false;
	l->sel = i;
	return true;
}

void
list_draw(struct list *l, int y, int h, int cols)
{
	l->y = y;
	l->h = h > 0 ? h : 1;
	list_clamp(l);
	follow(l);
	size_t n = count(l);
	for (int r = 0; r < h; r++) {
		size_t i = l->top + (size_t)r;
		const void *row = i < n ? l->ops->fetch(l->ctx, i) : NULL;
		if (row)
			l->ops->draw(l->ctx, row, i, y + r, cols, i == l->sel);
		else
			term_fill(y + r, 0, cols, ST_NORMAL);
	}
}

const void *
list_selected(struct list *l)
{
	size_t n = count(l);
	return l->sel < n ? l->ops->fetch(l->ctx, l->sel) : NULL;
}
