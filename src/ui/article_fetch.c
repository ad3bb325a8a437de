/* article_fetch.c: `f`: the full article fetched from its page inside the event loop, extracted, cached, shown. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "net/fetch_page.h"
#include "net/net.h"
#include "text/readable.h"
#include "ui/article.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/* Owns itself: freed when the poller says it is done (also when cancelled). */
struct page_fetch {
	struct page_in page; /* first: the net sink's ctx is the fetch */
	struct ui *ui;
	struct article_view *view; /* NULL once the view has gone */
	int64_t item_id;
	size_t shown_kb;
};

static void
progress(struct page_fetch *f)
{
	size_t kb = f->page.body.len / 1024;
	char *text = xasprintf(_("Fetching the article ... %zu KB"), kb);
	status_progress(&f->ui->status, PROGRESS_ARTICLE, text);
	free(text);
	f->shown_kb = kb;
	ui_dirty(f->ui);
}

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct page_fetch *f = ctx;
	if (page_in_body(&f->page, data, n) != 0)
		return 1; /* past the cap: stop */
	if (f->page.body.len / 1024 >= f->shown_kb + 16)
		progress(f);
	return 0;
}

/* Extract, cache, and show when the view is still there. */
static void
use_page(struct page_fetch *f)
{
	struct ui *ui = f->ui;
	struct article *a = NULL;
	const struct page_in *p = &f->page;
	if (readable_extract(buf_str(&p->body), p->body.len, p->charset, page_in_base(p), &a) !=
	    READABLE_OK) {
		ui_say(ui, MSG_ERROR, _("no article found on the page"));
		return;
	}
	if (store_item_set_article(ui->store, f->item_id, a->text, a->html, (int64_t)time(NULL)) != STORE_OK)
		ui_say(ui, MSG_ERROR, _("cannot keep the article: %s"), store_error(ui->store));
	struct article_view *av = f->view;
	if (av && av->item_id == f->item_id) {
		free(av->item.article_html);
		free(av->item.article_text);
		av->item.article_html = xstrdup(a->html);
		av->item.article_text = xstrdup(a->text);
		av->full = true;
		av->top = 0;
		article_render(av);
		ui_say(ui, MSG_INFO, _("full article (f: the feed's text)"));
	}
	article_free(&a);
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct page_fetch *f = ctx;
	if (r->status != NET_CANCELLED) {
		/* the interface is still there (it frees the poller first) */
		status_progress(&f->ui->status, PROGRESS_ARTICLE, NULL);
		if (r->status == NET_OK)
			use_page(f);
		else
			ui_say(f->ui, MSG_ERROR, _("cannot fetch the article: %s"),
			       r->error ? r->error : _("no content"));
		ui_dirty(f->ui);
	}
	if (f->view)
		f->view->fetch = NULL;
	page_in_clear(&f->page);
	free(f);
}

static int
start(struct article_view *av)
{
	const char *link = av->item.item.link;
	/* only web pages: a feed's link must never name a command (exec:) */
	if (!link || !(str_starts_with_ci(link, "http://") || str_starts_with_ci(link, "https://"))) {
		ui_say(av->ui, MSG_ERROR, _("this article has no web page to fetch"));
		return -1;
	}
	struct page_fetch *f = xcalloc(1, sizeof *f);
	f->ui = av->ui;
	f->view = av;
	f->item_id = av->item_id;
	page_in_init(&f->page, link);
	av->fetch = f;
	progress(f);
	struct net_request req = { .source = f->page.url };
	struct net_sink sink = { f, page_in_begin, on_body, on_done };
	poller_add(ui_poller(av->ui), &req, &sink); /* a refused source calls on_done already */
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
