/* article_fetch.c: `f`: the full article fetched from its page inside the event loop (refresh/article_fetch.c), then shown. */
#include "config.h"

#include <stdlib.h>

#include "refresh/refresh.h"
#include "text/readable.h"
#include "ui/article.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The view's side of a fetch; freed when the fetch is done (also when
 * the poller cancels it at quit). */
struct page_fetch {
	struct ui *ui;
	struct article_view *view; /* NULL once the view has gone */
	int64_t item_id;
	size_t shown_kb;
};

static void
show_progress(struct page_fetch *f, size_t bytes)
{
	size_t kb = bytes / 1024;
	char *text = xasprintf(_("Fetching the article ... %zu KB"), kb);
	status_progress(&f->ui->status, PROGRESS_ARTICLE, text);
	free(text);
	f->shown_kb = kb;
	ui_dirty(f->ui);
}

static void
on_progress(void *ctx, size_t bytes)
{
	struct page_fetch *f = ctx;
	if (bytes / 1024 >= f->shown_kb + 16)
		show_progress(f, bytes);
}

/* Show the article when the view is still there and on the same item. */
static void
show_article(struct page_fetch *f, const struct article *a)
{
	struct article_view *av = f->view;
	if (!av || av->item_id != f->item_id)
		return;
	free(av->item.article_html);
	free(av->item.article_text);
	av->item.article_html = xstrdup(a->html);
	av->item.article_text = xstrdup(a->text);
	av->full = true;
	av->top = 0;
	article_render(av);
	ui_say(f->ui, MSG_INFO, _("full article (f: the feed's text)"));
}

static void
on_done(void *ctx, enum article_fetch_status st, const struct article *a, const char *error)
{
	struct page_fetch *f = ctx;
	struct ui *ui = f->ui; /* still there unless cancelled (it frees the poller first) */
	if (st != ARTICLE_CANCELLED)
		status_progress(&ui->status, PROGRESS_ARTICLE, NULL);
	switch (st) {
	case ARTICLE_FETCHED: show_article(f, a); break;
	case ARTICLE_NOT_FOUND: ui_say(ui, MSG_ERROR, _("no article found on the page")); break;
	case ARTICLE_NOT_KEPT: ui_say(ui, MSG_ERROR, _("cannot keep the article: %s"), error); break;
	case ARTICLE_NOT_FETCHED:
		ui_say(ui, MSG_ERROR, _("cannot fetch the article: %s"), error ? error : _("no content"));
		break;
	case ARTICLE_CANCELLED: break;
	}
	if (st != ARTICLE_CANCELLED)
		ui_dirty(ui);
	if (f->view)
		f->view->fetch = NULL;
	free(f);
}

static int
start(struct article_view *av)
{
	struct page_fetch *f = xcalloc(1, sizeof *f);
	f->ui = av->ui;
	f->view = av;
	f->item_id = av->item_id;
	struct article_fetch_cb cb = { f, on_progress, on_done };
	av->fetch = f; /* before the start: a refused fetch answers at once */
	show_progress(f, 0);
	if (article_fetch_start(ui_poller(av->ui), av->ui->store, av->item_id, av->item.item.link,
				NULL, NULL, &cb) != 0) {
		status_progress(&av->ui->status, PROGRESS_ARTICLE, NULL);
		ui_say(av->ui, MSG_ERROR, _("this article has no web page to fetch"));
		av->fetch = NULL;
		free(f);
		return -1;
	}
	return 1;
}

int
article_full_toggle(struct article_view *av)
{
	if (av->fetch) {
		ui_say(av->ui, MSG_INFO, _("the article is on its way"));
		return 1;
	}
	if (av->full) {
		av->full = false;
		av->top = 0;
		article_render(av);
		ui_say(av->ui, MSG_INFO, _("the feed's text (f: full article)"));
		return 1;
	}
	if (av->item.article_html) {
		av->full = true;
		av->top = 0;
		article_render(av);
		ui_say(av->ui, MSG_INFO, _("full article (f: the feed's text)"));
		return 1;
	}
	return start(av);
}

void
article_fetch_detach(struct article_view *av)
{
	if (av->fetch)
		av->fetch->view = NULL;
	av->fetch = NULL;
}
