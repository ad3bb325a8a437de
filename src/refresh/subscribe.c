/* subscribe.c: the one way in and out of the subscriptions: check the URL, find the feed behind a page, rewrite the urls file, make the cache follow. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "net/loop.h"
#include "refresh/discover.h"
#include "refresh/refresh.h"
#include "store/urls.h"
#include "text/sanitize.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* One subscription in progress; owns copies of the request (the search
 * for a page's feed outlives the caller's strings). */
struct subscription {
	struct store *store;
	subscribe_done_fn *done;
	void *ctx;
	char *urls_path, *url, *title;
	char **tags;
	size_t n_tags;
};

bool
subscribe_acceptable(const char *url, bool commands)
{
	if (!commands || !(str_starts_with(url, "exec:") || str_starts_with(url, "filter:")))
		return url_is_web_address(url);
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return false; /* one line of printable text */
	return true;
}

static struct subscription *
subscription_new(struct store *s, const struct subscribe_request *rq, subscribe_done_fn *done,
		 void *ctx)
{
	struct subscription *sub = xcalloc(1, sizeof *sub);
	sub->store = s;
	sub->done = done;
	sub->ctx = ctx;
	sub->urls_path = xstrdup(rq->urls_path);
	sub->url = xstrdup(rq->url);
	sub->title = xstrdup_or_null(rq->title);
	sub->tags = xcalloc(rq->n_tags ? rq->n_tags : 1, sizeof *sub->tags);
	for (size_t i = 0; i < rq->n_tags; i++)
		sub->tags[i] = xstrdup(rq->tags[i]);
	sub->n_tags = rq->n_tags;
	return sub;
}

static void
subscription_free(struct subscription *sub)
{
	for (size_t i = 0; i < sub->n_tags; i++)
		free(sub->tags[i]);
	free(sub->tags);
	free(sub->urls_path);
	free(sub->url);
	free(sub->title);
	free(sub);
}

/* Tell the caller, and end the subscription. */
static void
finish(struct subscription *sub, struct subscribe_result *r)
{
	r->url = sub->url;
	sub->done(sub->ctx, r);
	subscription_free(sub);
}

static void
fail(struct subscription *sub, const char *error)
{
	struct subscribe_result r = { .status = SUBSCRIBE_FAILED, .error = error };
	finish(sub, &r);
}

/* The feed's id once the cache follows the urls file; 0 without a cache. */
static int
follow(struct store *s, const struct urls *u, const char *feed, int64_t *id, char **err)
{
	*id = 0;
	if (!s)
		return 0;
	struct store_feed f;
	if (store_sync_urls(s, u) != STORE_OK || store_feed_get(s, feed, &f) != STORE_OK) {
		*err = xasprintf(_("cannot update the cache: %s"), store_error(s));
		return -1;
	}
	*id = f.id;
	store_feed_clear(&f);
	return 0;
}

/* The line for feed goes into the urls file (read again: it may have
 * changed during the search), and the cache follows. */
static void
add_line(struct subscription *sub, struct subscribe_result *r)
{
	struct urls u = { 0 };
	char *err = NULL;
	const char *const *tags = (const char *const *)sub->tags;
	if (urls_load(sub->urls_path, &u, &err) == URLS_ERR) {
		r->status = SUBSCRIBE_FAILED;
	} else if (!urls_add(&u, r->feed_url, tags, sub->n_tags, sub->title)) {
		r->status = SUBSCRIBE_ALREADY;
	} else if (urls_save(sub->urls_path, &u, &err) != URLS_OK) {
		r->status = SUBSCRIBE_FAILED;
	}
	if (r->status != SUBSCRIBE_FAILED && follow(sub->store, &u, r->feed_url, &r->feed_id, &err) != 0)
		r->status = SUBSCRIBE_FAILED;
	r->error = err;
	if (r->status == SUBSCRIBE_FAILED)
		r->feed_url = NULL;
	urls_free(&u);
	finish(sub, r);
	free(err);
}

/* The search for the feed behind the URL has ended. */
static void
found(void *ctx, int status, const struct discover_result *res, const char *err)
{
	struct subscription *sub = ctx;
	struct subscribe_result r = { .status = SUBSCRIBED };
	if (status == DISCOVER_CANCELLED) { /* the caller is going away */
		subscription_free(sub);
		return;
	}
	if (status == DISCOVER_FETCH_FAILED) {
		/* offline: subscribe to what was typed, the refresh will tell */
		r.found = SUBSCRIBE_UNCHECKED;
		r.feed_url = sub->url;
		r.note = err;
	} else if (status < 0) {
		fail(sub, err ? err : "?");
		return;
	} else if (!subscribe_acceptable(res->feed_url, false)) {
		char *shown = text_sanitize(sub->url);
		char *msg = xasprintf(_("the feed %s links to has an address that cannot be subscribed to"), shown);
		fail(sub, msg);
		free(msg);
		free(shown);
		return;
	} else {
		r.found = status == DISCOVER_LINKED ? SUBSCRIBE_LINKED
			: status == DISCOVER_GUESSED ? SUBSCRIBE_GUESSED : SUBSCRIBE_AS_GIVEN;
		r.feed_url = res->feed_url;
		r.title = res->title;
	}
	add_line(sub, &r);
}

/* Already in the urls file: nothing to look for. */
static bool
known(struct subscription *sub)
{
	struct urls u = { 0 };
	char *err = NULL;
	if (urls_load(sub->urls_path, &u, &err) == URLS_ERR) {
		fail(sub, err);
		free(err);
		return true;
	}
	if (!urls_find(&u, sub->url)) {
		urls_free(&u);
		return false;
	}
	struct subscribe_result r = { .status = SUBSCRIBE_ALREADY, .feed_url = sub->url };
	if (follow(sub->store, &u, sub->url, &r.feed_id, &err) != 0) {
		r.status = SUBSCRIBE_FAILED;
		r.error = err;
		r.feed_url = NULL;
	}
	urls_free(&u);
	finish(sub, &r);
	free(err);
	return true;
}

static char *
refusal(const char *url, bool commands)
{
	char *shown = text_sanitize(url);
	char *msg = commands ? xasprintf(_("'%s' is not an http(s) address or an exec:/filter: source"), shown)
			     : xasprintf(_("'%s' is not an http(s) address"), shown);
	free(shown);
	return msg;
}

void
subscribe_start(struct poller *p, struct store *s, const struct subscribe_request *rq,
		subscribe_done_fn *done, void *ctx)
{
	struct subscription *sub = subscription_new(s, rq, done, ctx);
	if (!subscribe_acceptable(rq->url, rq->commands)) {
		char *msg = refusal(rq->url, rq->commands);
		fail(sub, msg);
		free(msg);
		return;
	}
	if (known(sub))
		return;
	if (!url_is_http(sub->url)) { /* a command: nothing to look for */
		struct subscribe_result r = { .status = SUBSCRIBED, .feed_url = sub->url };
		add_line(sub, &r);
		return;
	}
	discover_start(p, sub->url, found, sub);
}

void
subscribe_run(const struct options *o, struct store *s, const struct subscribe_request *rq,
	      subscribe_done_fn *done, void *ctx)
{
	struct net_config nc;
	refresh_net_config(o, &nc);
	struct poller *p = poller_new(&nc);
	struct loop *l = loop_new(p);
	subscribe_start(p, s, rq, done, ctx);
	loop_run(l);
	poller_free(&p);
	loop_free(&l);
}

int
unsubscribe(struct store *s, const char *urls_path, const char *url, char **err)
{
	struct urls u = { 0 };
	int rc = 0;
	if (urls_load(urls_path, &u, err) == URLS_ERR)
		rc = -1;
	else if (!urls_remove(&u, url))
		rc = 1;
	else if (urls_save(urls_path, &u, err) != URLS_OK)
		rc = -1;
	urls_free(&u);
	if (rc != 0 || !s)
		return rc;
	int st = store_feed_delete(s, url);
	if (st != STORE_OK && st != STORE_NOT_FOUND) {
		*err = xasprintf(_("cannot update the cache: %s"), store_error(s));
		return -1;
	}
	return 0;
}
