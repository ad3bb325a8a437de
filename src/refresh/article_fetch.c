/* article_fetch.c: an item's full article: its page fetched through the poller (bounded), extracted, kept in the cache; for a refresh and for the interface's f alike. */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "net/fetch_page.h"
#include "refresh/refresh.h"
#include "text/readable.h"
#include "util/str.h"
#include "util/xalloc.h"

/* Owns itself: freed when the poller says it is done (also when cancelled). */
struct article_fetch {
	struct page_in page; /* first: the net sink's ctx is the fetch */
	struct store *store;
	int64_t item_id;
	struct article_fetch_cb cb;
};

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct article_fetch *f = ctx;
	if (page_in_body(&f->page, data, n) != 0)
		return 1; /* past the cap: stop */
	if (f->cb.progress)
		f->cb.progress(f->cb.ctx, f->page.body.len);
	return 0;
}

/* Extract and keep; what the caller is told. */
static enum article_fetch_status
use_page(struct article_fetch *f, struct article **a, const char **error)
{
	const struct page_in *p = &f->page;
	if (readable_extract(buf_str(&p->body), p->body.len, p->charset, page_in_base(p), a) != READABLE_OK)
		return ARTICLE_NOT_FOUND;
	if (store_item_set_article(f->store, f->item_id, (*a)->text, (*a)->html, (int64_t)time(NULL)) !=
	    STORE_OK) {
		*error = store_error(f->store);
		return ARTICLE_NOT_KEPT;
	}
	return ARTICLE_FETCHED;
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct article_fetch *f = ctx;
	struct article *a = NULL;
	const char *error = NULL;
	enum article_fetch_status st = ARTICLE_CANCELLED;
	if (r->status == NET_OK)
		st = use_page(f, &a, &error);
	else if (r->status != NET_CANCELLED)
		st = ARTICLE_NOT_FETCHED, error = r->error;
	if (f->cb.done)
		f->cb.done(f->cb.ctx, st, a, error);
	article_free(&a);
	page_in_clear(&f->page);
	free(f);
}

int
article_fetch_start(struct poller *p, struct store *s, int64_t item_id, const char *link,
		    const char *user_agent, const char *proxy, const struct article_fetch_cb *cb)
{
	/* only web pages: a feed's link must never name a command (exec:) */
	if (!link || !(str_starts_with_ci(link, "http://") || str_starts_with_ci(link, "https://")))
		return -1;
	struct article_fetch *f = xcalloc(1, sizeof *f);
	f->store = s;
	f->item_id = item_id;
	if (cb)
		f->cb = *cb;
	page_in_init(&f->page, link);
	struct net_request req = { .source = f->page.url, .user_agent = user_agent, .proxy = proxy };
	struct net_sink sink = { f, page_in_begin, on_body, on_done };
	poller_add(p, &req, &sink); /* a refused source has called on_done already */
	return 0;
}
