/* discover.h: from a URL the user typed to a feed: the URL itself, a feed its page announces, or a common feed path. */
#ifndef TIDINGS_DISCOVER_H
#define TIDINGS_DISCOVER_H

#include <stddef.h>

/*
 * discover_feed fetches url (blocking, src/net/fetch_page.h limits):
 *   1. if the body parses as a feed (or looks like a broken one), that is
 *      the answer (DISCOVER_FEED, feed_url = the URL as given, so a
 *      subscription keeps what the user typed even when the server redirects);
 *   2. else, if it is an HTML page with <link rel="alternate"> feeds, the
 *      first that really is a feed when fetched, Atom/RSS before JSON Feed,
 *      in document order (DISCOVER_LINKED);
 *   3. else the first of /feed, /rss, /atom.xml, /feed.xml, /index.xml on
 *      the page's origin that is a feed (DISCOVER_GUESSED).
 * Nothing found is DISCOVER_NONE with *err saying so; the page itself not
 * fetched is DISCOVER_FETCH_FAILED with *err (the fetch's message).
 */

enum discover_status {
	DISCOVER_FEED = 0,
	DISCOVER_LINKED = 1,
	DISCOVER_GUESSED = 2,
	DISCOVER_NONE = -1,
	DISCOVER_FETCH_FAILED = -2,
};

struct discover_result {
	char *feed_url; /* the feed to subscribe to */
	char *title;    /* the feed's own title when it has one, else NULL */
};

/* Returns a status; on >= 0 res is filled (caller clears it), else *err
 * is one line (caller frees) and res is empty. */
int discover_feed(const char *url, struct discover_result *res, char **err);
void discover_result_clear(struct discover_result *res);

/* Does this body parse as a feed? Returns the parser's status (PARSE_OK:
 * yes; parse/parse.h); *title gets the feed's title on PARSE_OK (caller
 * frees, may be NULL; pass title NULL to ignore it). */
int discover_is_feed(const char *body, size_t len, const char *base_url, char **title);

/* Where to look after the page itself: its alternate feed links (the
 * first n_linked, http(s) only), then the common paths on its origin. */
struct discover_candidates {
	char **url;
	size_t n, n_linked;
};
void discover_candidates(const char *page_url, const char *html, size_t len,
			 struct discover_candidates *c);
void discover_candidates_clear(struct discover_candidates *c);
/* The line that says nothing was found at url; caller frees. */
char *discover_none_message(const char *url);

/* The same search without blocking: every page goes through the poller
 * inside the event loop. done is called once with the status, the result
 * (on >= 0) and a line (on < 0); both are lent to it. When the poller is
 * freed first, done is not called. Returns 0, or -1 when url is not
 * http(s) (done is not called then either). */
struct poller;
typedef void discover_done_fn(void *ctx, int status, const struct discover_result *res,
			      const char *err);
int discover_start(struct poller *p, const char *url, discover_done_fn *done, void *ctx);

#endif
