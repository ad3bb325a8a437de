/* discover.h: from a URL the user typed to a feed: the URL itself, a feed its page announces, or a common feed path (private to src/refresh). */
#ifndef TIDINGS_DISCOVER_H
#define TIDINGS_DISCOVER_H

#include <stddef.h>

struct poller;

/*
 * discover_start fetches url through the poller, inside the event loop:
 *   1. if the body parses as a feed (or looks like a broken one), that is
 *      the answer (DISCOVER_FEED, feed_url = the URL as given, so a
 *      subscription keeps what the user typed even when the server redirects);
 *   2. else, if it is an HTML page with <link rel="alternate"> feeds, the
 *      first that really is a feed when fetched, Atom/RSS before JSON Feed,
 *      in document order (DISCOVER_LINKED);
 *   3. else the first of /feed, /rss, /atom.xml, /feed.xml, /index.xml on
 *      the page's origin that is a feed (DISCOVER_GUESSED).
 * Nothing found is DISCOVER_NONE; the page itself not fetched is
 * DISCOVER_FETCH_FAILED (err: the fetch's message).
 */
enum discover_status {
	DISCOVER_FEED = 0,
	DISCOVER_LINKED = 1,
	DISCOVER_GUESSED = 2,
	DISCOVER_NONE = -1,
	DISCOVER_FETCH_FAILED = -2,
	DISCOVER_CANCELLED = -3, /* the poller went away first */
};

struct discover_result {
	const char *feed_url; /* the feed to subscribe to */
	const char *title;    /* the feed's own title when it has one, else NULL */
};

/* done is called once with the status, the result (on >= 0) or a line
 * (on < 0 but DISCOVER_CANCELLED), both lent to it.
 * Returns 0, or -1 when url is not http(s) (done is not called then). */
typedef void discover_done_fn(void *ctx, int status, const struct discover_result *res,
			      const char *err);
int discover_start(struct poller *p, const char *url, discover_done_fn *done, void *ctx);

#endif
