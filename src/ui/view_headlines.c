/* view_headlines.c: a list of articles (a feed, All unread, Flagged, search results), paged from the cache. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/datefmt.h"
#include "ui/headline_pages.h"
#include "ui/list.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

struct headlines_view {
	struct view base;
	struct ui *ui;
	struct headline_pages pages;
	char *title;
	bool virtual_list; /* rows from many feeds: show which */
	bool is_search;
	struct list list;
};

static const struct view_ops headlines_ops, search_ops;

bool
view_is_headlines(const struct view *v)
{
	return v && (v->ops == &headlines_ops || v->ops == &search_ops);
}

static size_t
rows_count(void *ctx)
{
	return hp_count(&((struct headlines_view *)ctx)->pages);
}

static const void *
rows_fetch(void *ctx, size_t i)
{
	return hp_row(&((struct headlines_view *)ctx)->pages, i);
}

/* The date as the locale writes it, without the year when the screen is
 * narrow; the column is as wide as the locale's dates. */
static int
draw_date(int y, int x, int64_t t, int cols, unsigned style)
{
	char s[64];
	enum date_style ds = cols >= 60 ? DATE_DAY : DATE_MONTH_DAY;
	int w = datefmt_width(ds);
	datefmt(t, ds, s, sizeof s);
	term_put(y, x, s, strlen(s), w, style);
	return w + 1;
}

static void
rows_draw(void *ctx, const void *row, size_t i, int y, int cols, bool selected)
{
	struct headlines_view *hv = ctx;
	const struct store_row *r = row;
	unsigned sel = selected ? TS_SEL : 0;
	unsigned text = (r->read ? ST_READ : ST_UNREAD) | sel;
	(void)i;
	term_fill(y, 0, cols, ST_NORMAL | sel);
	/* flags: + new since the last visit, N unread, ! flagged, @ enclosure */
	if (!r->read && r->first_seen > hv->ui->new_since)
		term_put(y, 0, "+", 1, 1, ST_UNREAD | sel);
	if (!r->read)
		term_put(y, 1, "N", 1, 1, ST_UNREAD | sel);
	if (r->flagged)
		term_put(y, 2, "!", 1, 1, ST_MARK | sel);
	if (r->has_enclosure)
		term_put(y, 3, "@", 1, 1, ST_DIM | sel);
	int x = 5;
	x += draw_date(y, x, r->date, cols, ST_DIM | sel);
	if (hv->virtual_list && cols >= 60) {
		int fw = cols >= 100 ? 20 : 14;
		ui_put_clean(y, x, r->feed_title ? r->feed_title : r->feed_url, fw - 1, ST_DIM | sel);
		x += fw;
	}
	if (x >= cols)
		return;
	x += ui_put_clean(y, x, r->title && *r->title ? r->title : _("(no title)"), cols - x, text);
	if (r->author && *r->author && x + 4 < cols) {
		x += term_put(y, x, " (", 2, cols - x, ST_DIM | sel);
		x += ui_put_clean(y, x, r->author, cols - x - 1, ST_DIM | sel);
		term_put(y, x, ")", 1, cols - x, ST_DIM | sel);
	}
}

static const struct list_ops headline_rows = { rows_count, rows_fetch, rows_draw };

static struct store_row *
selected_row(struct headlines_view *hv)
{
	return (struct store_row *)list_selected(&hv->list);
}

static void
headlines_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	(void)ui;
	if (hp_count(&hv->pages) == 0) {
		const char *s = hv->is_search ? _("Nothing found.") : _("No articles here.");
		term_put(y, 1, s, strlen(s), cols - 1, ST_DIM);
		return;
	}
	list_draw(&hv->list, y, h, cols);
}

static void
headlines_title(struct view *v, struct buf *out)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	if (hv->is_search)
		buf_puts(out, _("Search: "));
	buf_puts(out, hv->title);
	buf_printf(out, " (%zu)", hp_count(&hv->pages));
}

static void
headlines_env(struct view *v, struct action_env *env)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	struct store_row *r = selected_row(hv);
	env->item_id = r ? r->id : 0;
	env->feed_id = hv->pages.q.feed_id ? hv->pages.q.feed_id : (r ? r->feed_id : 0);
	env->list = hp_query(&hv->pages);
}

/* Read again, keeping the selection on the same article when it is near. */
static void
headlines_reload(struct view *v, struct ui *ui)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	struct store_row *r = selected_row(hv);
	int64_t keep = r ? r->id : 0;
	if (hp_reload(&hv->pages) != STORE_OK)
		ui_say(ui, MSG_ERROR, _("cannot read the articles: %s"), store_error(ui->store));
	long at = keep ? hp_find(&hv->pages, keep, hv->list.sel + HP_PAGE) : -1;
	if (at >= 0)
		hv->list.sel = (size_t)at;
	list_clamp(&hv->list);
}

/* Move to the next (dir 1) or previous (-1) article, unread ones only
 * when asked; returns its id, 0 when there is none. */
static int64_t
step(struct headlines_view *hv, int dir, bool unread_only)
{
	size_t n = hp_count(&hv->pages);
	size_t i = hv->list.sel;
	while (dir > 0 ? i + 1 < n : i > 0) {
		i = dir > 0 ? i + 1 : i - 1;
		struct store_row *r = hp_row(&hv->pages, i);
		if (!r)
			break;
		if (!unread_only || !r->read) {
			list_select(&hv->list, i);
			return r->id;
		}
	}
	return 0;
}

int64_t
view_headlines_step(struct view *list, struct ui *ui, int64_t from, int dir, bool unread_only)
{
	if (!view_is_headlines(list))
		return 0;
	struct headlines_view *hv = (struct headlines_view *)list;
	struct store_row *r = selected_row(hv);
	if (!r || r->id != from) {
		long at = hp_find(&hv->pages, from, hv->list.sel + HP_PAGE);
		if (at >= 0)
			list_select(&hv->list, (size_t)at);
	}
	(void)ui;
	return step(hv, dir, unread_only);
}

static void
open_article(struct headlines_view *hv)
{
	struct store_row *r = selected_row(hv);
	if (r)
		ui_push(hv->ui, view_article_new(hv->ui, r->id, &hv->base));
}

static int
headlines_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	struct store_row *r = selected_row(hv);
	(void)argc; (void)argv;
	if (list_action(&hv->list, id))
		return 1;
	switch (id) {
	case A_OPEN:
		open_article(hv);
		return 1;
	case A_NEXT_UNREAD:
	case A_PREV_UNREAD:
		if (!step(hv, id == A_NEXT_UNREAD ? 1 : -1, true))
			ui_say(ui, MSG_INFO, _("no more unread articles"));
		return 1;
	case A_OPEN_IN_BROWSER:
	case A_COPY_LINK:
		if (!r || !r->link || !*r->link) {
			ui_say(ui, MSG_ERROR, _("this article has no link"));
			return -1;
		}
		if (id == A_COPY_LINK) {
			ui_copy(ui, r->link);
			return 1;
		}
		char *link = xstrdup(r->link);
		int64_t item = r->id;
		ui_open_url(ui, link, false);
		free(link);
		if (store_item_set_read(ui->store, item, true) == STORE_OK)
			ui_reload_all(ui);
		return 1;
	case A_SHARE:
		if (r)
			ui_push(ui, view_share_new(ui, r->id));
		return 1;
	default:
		return 0;
	}
}

static bool
headlines_click(struct view *v, struct ui *ui, int y)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	size_t was = hv->list.sel;
	(void)ui;
	if (!list_click(&hv->list, y))
		return false;
	if (hv->list.sel == was)
		open_article(hv);
	return true;
}

static void
headlines_free(struct view *v)
{
	struct headlines_view *hv = (struct headlines_view *)v;
	hp_close(&hv->pages);
	free(hv->title);
	free(hv);
}

static const struct view_ops headlines_ops = {
	.name = "headlines", .ctx = CTX_HEADLINES, .draw = headlines_draw,
	.action = headlines_action, .env = headlines_env, .reload = headlines_reload,
	.click = headlines_click, .title = headlines_title, .free = headlines_free,
};
static const struct view_ops search_ops = {
	.name = "search", .ctx = CTX_SEARCH, .draw = headlines_draw,
	.action = headlines_action, .env = headlines_env, .reload = headlines_reload,
	.click = headlines_click, .title = headlines_title, .free = headlines_free,
};

struct view *
view_headlines_new(struct ui *ui, const struct store_query *q, const char *title,
		   bool virtual_list, enum key_ctx ctx)
{
	struct headlines_view *hv = xcalloc(1, sizeof *hv);
	hv->base.ops = ctx == CTX_SEARCH ? &search_ops : &headlines_ops;
	hv->ui = ui;
	hv->virtual_list = virtual_list;
	hv->is_search = q->search != NULL;
	hv->title = xstrdup(title);
	list_init(&hv->list, &headline_rows, hv);
	int rc = hp_open(&hv->pages, ui->store, q);
	if (rc == STORE_BAD_QUERY) {
		ui_say(ui, MSG_ERROR, _("nothing to search for in '%s'"), title);
		headlines_free(&hv->base);
		return NULL;
	}
	if (rc != STORE_OK)
		ui_say(ui, MSG_ERROR, _("cannot read the articles: %s"), store_error(ui->store));
	return &hv->base;
}
