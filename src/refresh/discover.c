/* discover.c: from a URL to a feed: the URL itself, a feed its page links to, or a common feed path. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "refresh/discover.h"
#include "model/model.h"
#include "net/fetch_page.h"
#include "parse/parse.h"
#include "text/feedlinks.h"
#include "util/i18n.h"
#include "util/url.h"
#include "util/xalloc.h"

/* Where sites put their feed when the page does not say (tried in order). */
static const char *const common_paths[] = { "/feed", "/rss", "/atom.xml", "/feed.xml", "/index.xml" };

static int
drop_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	(void)ctx; (void)feed; (void)it;
	return 0; /* the parser clears what the sink leaves */
}

int
discover_is_feed(const char *body, size_t len, const char *base_url, char **title)
{
	struct parse_opts opts = { NULL, base_url };
	struct parse_sink sink = { NULL, drop_item };
	struct parser *p = parser_new(&opts, &sink);
	struct feed_info info;
	feed_info_init(&info);
	parser_push(p, body, len);
	const char *why;
	int st = parser_finish(p, &info, &why);
	if (title)
		*title = st == PARSE_OK ? xstrdup_or_null(info.title) : NULL;
	feed_info_clear(&info);
	parser_free(&p);
	return st;
}

/* Fetch url; the feed's title when it is a feed we can read, else NULL. */
static bool
fetch_feed(const char *url, char **title)
{
	struct buf body;
	char *final = NULL, *err = NULL;
	bool yes = false;
	if (fetch_page(url, &body, &final, NULL, &err) == 0)
		yes = discover_is_feed(body.data, body.len, final, title) == PARSE_OK;
	buf_free(&body);
	free(final);
	free(err);
	return yes;
}

static int
found(struct discover_result *res, int status, char *url, char *title)
{
	res->feed_url = url;
	res->title = title;
	return status;
}

void
discover_candidates(const char *page_url, const char *html, size_t len, struct discover_candidates *c)
{
	memset(c, 0, sizeof *c);
	struct feedlinks links;
	feedlinks_find(html, len, page_url, &links);
	char *origin = url_origin(page_url);
	size_t max = links.n + sizeof common_paths / sizeof common_paths[0];
	c->url = xcalloc(max, sizeof *c->url);
	for (size_t i = 0; i < links.n; i++)
		if (url_is_http(links.v[i].url))
			c->url[c->n++] = xstrdup(links.v[i].url);
	c->n_linked = c->n;
	for (size_t i = 0; origin && i < sizeof common_paths / sizeof common_paths[0]; i++) {
		char *url = xasprintf("%s%s", origin, common_paths[i]);
		if (strcmp(url, page_url) != 0)
			c->url[c->n++] = url;
		else
			free(url);
	}
	free(origin);
	feedlinks_clear(&links);
}

void
discover_candidates_clear(struct discover_candidates *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->url[i]);
	free(c->url);
	memset(c, 0, sizeof *c);
}

/* The page's alternate links, then the common paths on its origin. */
static int
look_around(const char *page_url, const struct buf *body, struct discover_result *res)
{
	struct discover_candidates c;
	discover_candidates(page_url, buf_str(body), body->len, &c);
	int st = DISCOVER_NONE;
	char *title = NULL;
	for (size_t i = 0; i < c.n && st == DISCOVER_NONE; i++)
		if (fetch_feed(c.url[i], &title))
			st = found(res, i < c.n_linked ? DISCOVER_LINKED : DISCOVER_GUESSED,
				   xstrdup(c.url[i]), title);
	discover_candidates_clear(&c);
	return st;
}

char *
discover_none_message(const char *url)
{
	return xasprintf(_("%s is not a feed, and no feed was found on it (no <link rel=\"alternate\">, nothing at /feed, /rss, /atom.xml, /feed.xml, /index.xml)"),
			 url);
}

int
discover_feed(const char *url, struct discover_result *res, char **err)
{
	memset(res, 0, sizeof *res);
	struct buf body;
	char *final = NULL, *ferr = NULL;
	if (fetch_page(url, &body, &final, NULL, &ferr) != 0) {
		*err = ferr;
		return DISCOVER_FETCH_FAILED;
	}
	char *title = NULL;
	int st = discover_is_feed(body.data, body.len, final, &title);
	if (st == PARSE_OK || st == PARSE_BROKEN)
		st = found(res, DISCOVER_FEED, xstrdup(url), title); /* a broken feed is still the feed asked for */
	else
		st = look_around(final, &body, res);
	if (st == DISCOVER_NONE)
		*err = discover_none_message(url);
	buf_free(&body);
	free(final);
	return st;
}

void
discover_result_clear(struct discover_result *res)
{
	FREE_AND_NULL(res->feed_url);
	FREE_AND_NULL(res->title);
}
