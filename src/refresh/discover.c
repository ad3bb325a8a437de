/* discover.c: from a URL to a feed through the poller: the URL itself, a feed its page links to, or a common feed path. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "net/net.h"
#include "parse/parse.h"
#include "refresh/discover.h"
#include "text/feedlinks.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/url.h"
#include "util/xalloc.h"

/* Where sites put their feed when the page does not say (tried in order). */
static const char *const common_paths[] = { "/feed", "/rss", "/atom.xml", "/feed.xml", "/index.xml" };
#define N_COMMON (sizeof common_paths / sizeof common_paths[0])

/* Where to look after the page itself: its alternate feed links (the
 * first n_linked, http(s) only), then the common paths on its origin. */
struct candidates {
	char **url;
	size_t n, n_linked;
};

/* One search; owns itself and is freed after done (or on cancel). */
struct discover_job {
	struct poller *poller;
	discover_done_fn *done;
	void *ctx;
	char *url;        /* what the user typed */
	char *final_url;  /* where the current body comes from */
	struct buf body;
	struct candidates cand;
	size_t next;      /* the candidate being fetched, after the page */
	bool on_page;     /* still fetching the page itself */
};

static int
drop_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	(void)ctx; (void)feed; (void)it;
	return 0; /* the parser clears what the sink leaves */
}

/* Does this body parse as a feed? The parser's status (PARSE_OK: yes);
 * *title gets the feed's title on PARSE_OK (caller frees, may be NULL). */
static int
is_feed(const char *body, size_t len, const char *base_url, char **title)
{
	struct parse_opts opts = { NULL, base_url };
	struct parse_sink sink = { NULL, drop_item };
	struct parser *p = parser_new(&opts, &sink);
	struct feed_info info;
	feed_info_init(&info);
	parser_push(p, body, len);
	const char *why;
	int st = parser_finish(p, &info, &why);
	*title = st == PARSE_OK ? xstrdup_or_null(info.title) : NULL;
	feed_info_clear(&info);
	parser_free(&p);
	return st;
}

static void
candidates_find(const char *page_url, const char *html, size_t len, struct candidates *c)
{
	memset(c, 0, sizeof *c);
	struct feedlinks links;
	feedlinks_find(html, len, page_url, &links);
	char *origin = url_origin(page_url);
	c->url = xcalloc(links.n + N_COMMON, sizeof *c->url);
	for (size_t i = 0; i < links.n; i++)
		if (url_is_http(links.v[i].url))
			c->url[c->n++] = xstrdup(links.v[i].url);
	c->n_linked = c->n;
	for (size_t i = 0; origin && i < N_COMMON; i++) {
		char *url = xasprintf("%s%s", origin, common_paths[i]);
		if (strcmp(url, page_url) != 0)
			c->url[c->n++] = url;
		else
			free(url);
	}
	free(origin);
	feedlinks_clear(&links);
}

static void
candidates_clear(struct candidates *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->url[i]);
	free(c->url);
	memset(c, 0, sizeof *c);
}

static void fetch(struct discover_job *j, const char *url);

static void
job_free(struct discover_job *j)
{
	free(j->url);
	free(j->final_url);
	buf_free(&j->body);
	candidates_clear(&j->cand);
	free(j);
}

static void
finish(struct discover_job *j, int status, const char *feed_url, char *title, const char *err)
{
	struct discover_result res = { feed_url, title };
	j->done(j->ctx, status, status >= 0 ? &res : NULL, err);
	free(title);
	job_free(j);
}

static void
found_nothing(struct discover_job *j)
{
	char *msg = xasprintf(_("%s is not a feed, and no feed was found on it (no <link rel=\"alternate\">, nothing at /feed, /rss, /atom.xml, /feed.xml, /index.xml)"),
			      j->url);
	finish(j, DISCOVER_NONE, NULL, NULL, msg);
	free(msg);
}

static int
on_begin(void *ctx, const struct net_head *h)
{
	struct discover_job *j = ctx;
	free(j->final_url);
	j->final_url = xstrdup_or_null(h->url);
	return 0;
}

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct discover_job *j = ctx;
	return buf_append(&j->body, data, n) == BUF_OK ? 0 : 1;
}

/* The page itself is not a feed: try what it links to, then common paths. */
static void
after_page(struct discover_job *j)
{
	const char *page = j->final_url ? j->final_url : j->url;
	candidates_find(page, buf_str(&j->body), j->body.len, &j->cand);
	j->on_page = false;
	j->next = 0;
	if (j->cand.n == 0)
		found_nothing(j);
	else
		fetch(j, j->cand.url[0]);
}

static void
page_done(struct discover_job *j, const struct net_result *r, int st, char *title)
{
	if (r->status != NET_OK)
		finish(j, DISCOVER_FETCH_FAILED, NULL, NULL, r->error ? r->error : "?");
	else if (st == PARSE_OK || st == PARSE_BROKEN) /* a broken feed is still the feed asked for */
		finish(j, DISCOVER_FEED, j->url, title, NULL);
	else
		after_page(j);
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct discover_job *j = ctx;
	if (r->status == NET_CANCELLED) {
		finish(j, DISCOVER_CANCELLED, NULL, NULL, NULL);
		return;
	}
	char *title = NULL;
	const char *base = j->final_url ? j->final_url : j->url;
	int st = r->status == NET_OK ? is_feed(buf_str(&j->body), j->body.len, base, &title)
				     : PARSE_NOT_FEED;
	if (j->on_page) {
		page_done(j, r, st, title);
		return;
	}
	if (st == PARSE_OK) {
		int found = j->next < j->cand.n_linked ? DISCOVER_LINKED : DISCOVER_GUESSED;
		finish(j, found, j->cand.url[j->next], title, NULL);
	} else if (++j->next < j->cand.n) {
		fetch(j, j->cand.url[j->next]);
	} else {
		found_nothing(j);
	}
}

static void
fetch(struct discover_job *j, const char *url)
{
	buf_free(&j->body);
	FREE_AND_NULL(j->final_url);
	struct net_request req = { .source = url };
	struct net_sink sink = { j, on_begin, on_body, on_done };
	/* a refused source has already been reported through on_done */
	poller_add(j->poller, &req, &sink);
}

int
discover_start(struct poller *p, const char *url, discover_done_fn *done, void *ctx)
{
	if (!url_is_http(url))
		return -1;
	struct discover_job *j = xcalloc(1, sizeof *j);
	j->poller = p;
	j->done = done;
	j->ctx = ctx;
	j->url = xstrdup(url);
	j->on_page = true;
	buf_init(&j->body, 0);
	fetch(j, url);
	return 0;
}
