/* view_article.c: one article: header, body rendered by text/, numbered links, find in text, next/previous unread. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text/render.h"
#include "ui/app.h"
#include "ui/datefmt.h"
#include "ui/article.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

#define BODY_MAX_WIDTH 120 /* longer lines are hard to read */

static const struct view_ops article_ops;

/* The header's lines: a name and a value each. The values are untrusted
 * (drawn clean) and point into the item or into date. */
struct header {
	const char *names[8], *values[8];
	char date[64];
	size_t n;
};

static void
header_add(struct header *h, const char *name, const char *value)
{
	h->names[h->n] = name;
	h->values[h->n++] = value;
}

static void
header_lines(const struct article_view *av, struct header *h)
{
	const struct item *it = &av->item.item;
	int64_t when = it->published != DATE_NONE ? it->published : it->updated;
	h->n = 0;
	h->date[0] = 0;
	datefmt(when, DATE_DAY_TIME, h->date, sizeof h->date);
	header_add(h, _("Title"), it->title ? it->title : "");
	header_add(h, _("Feed"), av->item.feed_title ? av->item.feed_title : av->item.feed_url);
	if (it->author && *it->author)
		header_add(h, _("Author"), it->author);
	if (*h->date)
		header_add(h, _("Date"), h->date);
	if (it->link)
		header_add(h, _("Link"), it->link);
	for (size_t i = 0; i < it->n_enclosures && h->n < 7; i++)
		header_add(h, _("Enclosure"), it->enclosures[i].url);
}

/* Lay the body out for the width, when it changed. */
static void
layout(struct article_view *av, int cols)
{
	int width = cols - 2 < BODY_MAX_WIDTH ? cols - 2 : BODY_MAX_WIDTH;
	if (width < 10)
		width = 10;
	if (av->doc && av->width == width)
		return;
	text_doc_free(&av->doc);
	av->doc = text_layout(av->flow, width);
	av->width = width;
	article_find_update(av);
}

/* Build the flow of what is shown: the feed's text or the full article. */
void
article_render(struct article_view *av)
{
	const struct item *it = &av->item.item;
	const char *html = av->full && av->item.article_html ? av->item.article_html
			 : it->content && *it->content ? it->content : it->summary;
	if (!html)
		html = "";
	text_flow_free(&av->flow);
	text_doc_free(&av->doc);
	av->flow = text_flow_from_html(html, strlen(html), it->link, 0);
	av->width = 0;
}

size_t
article_nlines(const struct article_view *av)
{
	return av->nheader + 1 + (av->doc ? av->doc->nlines : 0);
}

static void
draw_header(struct article_view *av, int y, size_t line, int cols)
{
	struct header h;
	header_lines(av, &h);
	if (line >= h.n)
		return;
	int x = term_put(y, 0, h.names[line], strlen(h.names[line]), cols, ST_HEADER);
	x += term_put(y, x, ": ", 2, cols - x, ST_HEADER);
	ui_put_clean(y, x, h.values[line], cols - x, line == 0 ? ST_UNREAD : ST_NORMAL);
	if (line == 0 && av->full && x + 2 < cols) {
		const char *tag = _(" [full article]");
		int w = (int)strlen(tag);
		if (cols - w > x)
			term_put(y, cols - w, tag, (size_t)w, w, ST_DIM);
	}
}

static void
article_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	struct article_view *av = (struct article_view *)v;
	(void)ui;
	layout(av, cols);
	struct header head;
	header_lines(av, &head);
	av->nheader = head.n;
	av->rows = h;
	size_t total = article_nlines(av);
	if (av->top + (size_t)h > total)
		av->top = total > (size_t)h ? total - (size_t)h : 0;
	for (int r = 0; r < h; r++) {
		size_t line = av->top + (size_t)r;
		if (line < av->nheader)
			draw_header(av, y + r, line, cols);
		else if (line > av->nheader && line - av->nheader - 1 < av->doc->nlines)
			article_draw_line(av, y + r, line - av->nheader - 1, cols);
	}
}

static void
article_title(struct view *v, struct buf *out)
{
	struct article_view *av = (struct article_view *)v;
	size_t total = article_nlines(av);
	size_t shown = av->top + (size_t)av->rows;
	buf_puts(out, av->item.feed_title ? av->item.feed_title : av->item.feed_url);
	if (av->rows > 0 && total > (size_t)av->rows)
		buf_printf(out, " (%zu%%)", (shown >= total ? total : shown) * 100 / total);
}

static void
article_env(struct view *v, struct action_env *env)
{
	struct article_view *av = (struct article_view *)v;
	env->item_id = av->item_id;
	env->feed_id = av->item.feed_id;
}

/* Show item id in this view, marking it read. */
int
article_load(struct article_view *av, int64_t id)
{
	struct store_item it;
	if (store_item_get(av->ui->store, id, &it) != STORE_OK) {
		ui_say(av->ui, MSG_ERROR, _("cannot read the article: %s"), store_error(av->ui->store));
		store_item_clear(&it);
		return -1;
	}
	article_find_clear(av);
	article_fetch_detach(av);
	store_item_clear(&av->item);
	av->item = it;
	av->item_id = id;
	av->top = 0;
	av->full = false;
	article_render(av);
	if (!it.read && store_item_set_read(av->ui->store, id, true) == STORE_OK) {
		av->item.read = true;
		ui_reload_all(av->ui);
	}
	return 0;
}

static void
scroll(struct article_view *av, long by)
{
	size_t total = article_nlines(av);
	size_t max = total > (size_t)av->rows ? total - (size_t)av->rows : 0;
	if (by < 0)
		av->top = (size_t)-by > av->top ? 0 : av->top - (size_t)-by;
	else
		av->top = av->top + (size_t)by > max ? max : av->top + (size_t)by;
}

static void
next_article(struct article_view *av, int dir)
{
	struct view *list = av->base.below;
	int64_t id = view_headlines_step(list, av->ui, av->item_id, dir, true);
	if (!id) {
		ui_say(av->ui, MSG_INFO, dir > 0 ? _("no more unread articles") : _("no earlier unread article"));
		return;
	}
	article_load(av, id);
}

static void
pipe_done(struct ui *ui, void *ctx, const char *text)
{
	struct article_view *av = ctx;
	if (!text || !*text)
		return;
	const char *why = NULL;
	char **argv = spawn_split(text, &why);
	if (!argv) {
		ui_say(ui, MSG_ERROR, "%s", _(why));
		return;
	}
	article_pipe(av, argv);
	spawn_argv_free(&argv);
}

static int
link_action(struct article_view *av, enum action_id id)
{
	const char *link = av->item.item.link;
	if (!link || !*link) {
		ui_say(av->ui, MSG_ERROR, _("this article has no link"));
		return -1;
	}
	char *copy = xstrdup(link);
	if (id == A_COPY_LINK)
		ui_copy(av->ui, copy);
	else
		ui_open_url(av->ui, copy, false);
	free(copy);
	return 1;
}

static int
article_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct article_view *av = (struct article_view *)v;
	long page = av->rows > 2 ? av->rows - 1 : 1;
	switch (id) {
	case A_UP: scroll(av, -1); return 1;
	case A_DOWN: scroll(av, 1); return 1;
	case A_PAGE_UP: scroll(av, -page); return 1;
	case A_PAGE_DOWN: scroll(av, page); return 1;
	case A_TOP: av->top = 0; return 1;
	case A_BOTTOM: scroll(av, (long)article_nlines(av)); return 1;
	case A_OPEN: return 1;
	case A_NEXT_UNREAD:
		if (av->nmatches)
			return article_find_step(av, 1);
		next_article(av, 1);
		return 1;
	case A_PREV_UNREAD: next_article(av, -1); return 1;
	case A_NEXT_MATCH: return article_find_step(av, 1);
	case A_PREV_MATCH: return article_find_step(av, -1);
	case A_SEARCH: return article_find_start(av, argc, argv);
	case A_FULL_ARTICLE: return article_full_toggle(av);
	case A_LINKS:
		ui_push(ui, view_links_new(ui, av->item.item.title, av->doc ? av->doc->links : NULL,
					   av->doc ? av->doc->nlinks : 0, &av->item.item));
		return 1;
	case A_SHARE: ui_push(ui, view_share_new(ui, av->item_id)); return 1;
	case A_OPEN_IN_BROWSER:
	case A_COPY_LINK: return link_action(av, id);
	case A_PIPE_TO:
		if (argc > 0)
			return article_pipe(av, argv) == 0 ? 1 : -1;
		prompt_start(&ui->prompt, PROMPT_LINE, _("Pipe the article to: "), NULL, true, pipe_done, av);
		return 1;
	default:
		return 0;
	}
}

static void
article_reload(struct view *v, struct ui *ui)
{
	struct article_view *av = (struct article_view *)v;
	struct store_item it;
	(void)ui;
	/* flags may have changed (m, N); the text stays as laid out */
	if (store_item_get(av->ui->store, av->item_id, &it) == STORE_OK) {
		av->item.read = it.read;
		av->item.flagged = it.flagged;
	}
	store_item_clear(&it);
}

static void
article_free(struct view *v)
{
	struct article_view *av = (struct article_view *)v;
	article_fetch_detach(av);
	article_find_clear(av);
	text_doc_free(&av->doc);
	text_flow_free(&av->flow);
	store_item_clear(&av->item);
	free(av);
}

static const struct view_ops article_ops = {
	.name = "article", .ctx = CTX_ARTICLE, .draw = article_draw, .action = article_action,
	.env = article_env, .reload = article_reload, .title = article_title, .free = article_free,
};

struct view *
view_article_new(struct ui *ui, int64_t item_id, struct view *list)
{
	struct article_view *av = xcalloc(1, sizeof *av);
	av->base.ops = &article_ops;
	av->ui = ui;
	(void)list; /* the list is the view below: `back` and n/p go there */
	if (article_load(av, item_id) != 0) {
		/* still a view, so `q` leaves it as usual */
		av->flow = text_flow_from_html("", 0, NULL, 0);
	}
	return &av->base;
}
