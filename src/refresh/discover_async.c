/* discover_async.c: feed discovery through the poller, so the interface keeps answering keys. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "refresh/discover.h"
#include "net/net.h"
#include "parse/parse.h"
#include "util/buf.h"
#include "util/url.h"
#include "util/xalloc.h"

/* One search; owns itself and is freed after done (or on cancel). */
struct discover_job {
	struct poller *poller;
	discover_done_fn *done;
	void *ctx;
	char *url;        /* what the user typed */
	char *final_url;  /* where the current body comes from */
	struct buf body;
	struct discover_candidates cand;
	size_t next;      /* the candidate being fetched, after the page */
	bool on_page;     /* still fetching the page itself */
};

static void fetch(struct discover_job *j, const char *url);

static void
job_free(struct discover_job *j)
{
	free(j->url);
	free(j->final_url);
	buf_free(&j->body);
	discover_candidates_clear(&j->cand);
	free(j);
}

static void
finish(struct discover_job *j, int status, const char *feed_url, char *title, const char *err)
{
	struct discover_result res = { (char *)feed_url, title };
	j->done(j->ctx, status, status >= 0 ? &res : NULL, err);
	free(title);
	job_free(j);
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
	discover_candidates(page, buf_str(&j->body), j->body.len, &j->cand);
	j->on_page = false;
	j->next = 0;
	if (j->cand.n == 0) {
		char *msg = discover_none_message(j->url);
		finish(j, DISCOVER_NONE, NULL, NULL, msg);
		free(msg);
		return;
	}
	fetch(j, j->cand.url[0]);
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct discover_job *j = ctx;
	if (r->status == NET_CANCELLED) {
		job_free(j);
		return;
	}
	char *title = NULL;
	const char *base = j->final_url ? j->final_url : j->url;
	int st = r->status == NET_OK ? discover_is_feed(buf_str(&j->body), j->body.len, base, &title)
				     : PARSE_NOT_FEED;
	if (j->on_page) {
		if (r->status != NET_OK)
			finish(j, DISCOVER_FETCH_FAILED, NULL, NULL, r->error ? r->error : "?");
		else if (st == PARSE_OK || st == PARSE_BROKEN)
			finish(j, DISCOVER_FEED, j->url, title, NULL);
		else
			after_page(j);
		return;
	}
	if (st == PARSE_OK) {
		int found = j->next < j->cand.n_linked ? DISCOVER_LINKED : DISCOVER_GUESSED;
		finish(j, found, j->cand.url[j->next], title, NULL);
		return;
	}
	free(title);
	if (++j->next < j->cand.n) {
		fetch(j, j->cand.url[j->next]);
		return;
	}
	char *msg = discover_none_message(j->url);
	finish(j, DISCOVER_NONE, NULL, NULL, msg);
	free(msg);
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
