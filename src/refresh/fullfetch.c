/* fullfetch.c: one page fetched for its article during a refresh: bounded body, readable extraction, stored. */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "refresh/fullfetch.h"
#include "net/fetch_page.h"
#include "text/readable.h"
#include "util/xalloc.h"

struct fullfetch {
	struct page_in page; /* first: the net sink's ctx is the fetch */
	struct store *store;
	int64_t item_id;
};

static void
on_done(void *ctx, const struct net_result *r)
{
	struct fullfetch *f = ctx;
	struct page_in *p = &f->page;
	struct article *a = NULL;
	if (r->status == NET_OK &&
	    readable_extract(buf_str(&p->body), p->body.len, p->charset, page_in_base(p), &a) ==
		    READABLE_OK)
		store_item_set_article(f->store, f->item_id, a->text, a->html, (int64_t)time(NULL));
	article_free(&a);
	page_in_clear(p);
	free(f);
}

void
fullfetch_start(struct poller *p, struct store *s, int64_t item_id, const char *link,
		const char *user_agent, const char *proxy)
{
	struct fullfetch *f = xcalloc(1, sizeof *f);
	f->store = s;
	f->item_id = item_id;
	page_in_init(&f->page, link);
	struct net_request req = { .source = f->page.url, .user_agent = user_agent, .proxy = proxy };
	struct net_sink sink = { f, page_in_begin, page_in_body, on_done };
	poller_add(p, &req, &sink); /* a refused source has called on_done already */
}
