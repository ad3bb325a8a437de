/* fullfetch.c: one page fetched for its article during a refresh: bounded body, readable extraction, stored. */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "cmd/fullfetch.h"
#include "net/fetch_page.h"
#include "text/readable.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct fullfetch {
	struct store *store;
	int64_t item_id;
	char *url, *final_url;
	char *charset; /* the response's, NULL when it names none */
	struct buf body;
};

static int
on_begin(void *ctx, const struct net_head *h)
{
	struct fullfetch *f = ctx;
	free(f->final_url);
	free(f->charset);
	f->final_url = xstrdup_or_null(h->url);
	f->charset = xstrdup_or_null(h->charset);
	return 0;
}

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct fullfetch *f = ctx;
	return buf_append(&f->body, data, n) == BUF_OK ? 0 : 1; /* past the cap: stop */
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct fullfetch *f = ctx;
	struct article *a = NULL;
	if (r->status == NET_OK &&
	    readable_extract(buf_str(&f->body), f->body.len, f->charset,
			     f->final_url ? f->final_url : f->url, &a) == READABLE_OK)
		store_item_set_article(f->store, f->item_id, a->text, a->html, (int64_t)time(NULL));
	article_free(&a);
	buf_free(&f->body);
	free(f->url);
	free(f->final_url);
	free(f->charset);
	free(f);
}

void
fullfetch_start(struct poller *p, struct store *s, int64_t item_id, const char *link,
		const char *user_agent, const char *proxy)
{
	struct fullfetch *f = xcalloc(1, sizeof *f);
	f->store = s;
	f->item_id = item_id;
	f->url = xstrdup(link);
	buf_init(&f->body, FETCH_PAGE_MAX_BYTES);
	struct net_request req = { .source = f->url, .user_agent = user_agent, .proxy = proxy };
	struct net_sink sink = { f, on_begin, on_body, on_done };
	poller_add(p, &req, &sink); /* a refused source has called on_done already */
}
