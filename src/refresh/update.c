/* update.c: the glue of a refresh: bytes from the poller into the parser, items into the store (update_write.c schedules the writes). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "net/loop.h"
#include "net/net.h"
#include "parse/parse.h"
#include "store/new_items.h"
#include "refresh/update_int.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* What one feed's items may hold (see on_item): a real feed has a few
 * hundred items and a few MB of text; a hostile endless body made a
 * refresh hold 950,000 items, 150 MB, before max-body-size cut it. */
#define FEED_ITEMS_MAX 10000
#define FEED_ITEMS_BYTES (8 * 1024 * 1024)

/* Body bytes held back to be parsed on the parsing thread or at the feed's
 * turn (on_body): at most this much for all feeds together, and per feed.
 * 64 connections bring 64 bodies at once (about 11 MB on the bench farm);
 * with 4 MiB a third of them were parsed on the loop's thread. */
#define HOLD_MAX (16 * 1024 * 1024)
#define HOLD_FEED_MAX (1024 * 1024)
/* ... and go to the parser in pieces of this size: libxml2 copies what it
 * is given into its input buffer, which would hold a whole body at once. */
#define PARSE_PIECE (16 * 1024)

struct update *
update_new(struct loop *l, struct poller *p, struct store *s, const struct update_config *cfg,
	   update_report_fn *report, void *ctx)
{
	struct update *u = xcalloc(1, sizeof *u);
	u->loop = l;
	u->poller = p;
	u->store = s;
	u->cfg = *cfg;
	u->report = report;
	u->ctx = ctx;
	return u;
}

size_t
update_pending(const struct update *u)
{
	return u->running;
}

int64_t
update_next_due(const struct update_config *cfg, const struct store_feed *f, int ttl_minutes,
		int64_t retry_after, int64_t now)
{
	int64_t minutes = f->reload_minutes > 0 ? f->reload_minutes : cfg->reload_minutes;
	if (f->reload_minutes <= 0 && ttl_minutes > minutes)
		minutes = ttl_minutes;
	int64_t due = now + minutes * 60;
	return retry_after > due ? retry_after : due;
}

bool
update_deferred(const struct store_feed *f, int64_t now)
{
	return (f->last_status == 429 || f->last_status == 503) && f->next_due > now;
}

bool
update_is_due(const struct store_feed *f, int64_t now)
{
	return f->next_due <= now;
}

static struct store_fetch *
pend_new(struct update *u, int64_t feed_id)
{
	if (u->npend == u->cappend) {
		u->cappend = u->cappend ? u->cappend * 2 : 32;
		u->pend = xreallocarray(u->pend, u->cappend, sizeof *u->pend);
	}
	struct pending *p = &u->pend[u->npend++];
	memset(p, 0, sizeof *p);
	p->feed_id = feed_id;
	return &p->f;
}

static void
pend_clear(struct pending *p)
{
	free(p->error);
	free(p->etag);
	free(p->last_modified);
	free(p->redirect);
}

/* The new items go into the search index now, unless too many wait. */
static int
index_now(struct update *u)
{
	int64_t waiting = 0;
	int rc = u->cfg.index_later_above > 0 ? store_fts_pending(u->store, &waiting) : STORE_OK;
	if (rc != STORE_OK || waiting > u->cfg.index_later_above)
		return rc;
	return store_fts_catch_up(u->store);
}

int
update_flush(struct update *u)
{
	write_commit(u);
	int rc = index_now(u);
	if (rc != STORE_OK || u->npend == 0)
		return rc;
	rc = store_begin(u->store);
	for (size_t i = 0; rc == STORE_OK && i < u->npend; i++) {
		rc = store_feed_record_fetch(u->store, u->pend[i].feed_id, &u->pend[i].f);
		if (rc == STORE_NOT_FOUND) /* removed meanwhile: nothing to record */
			rc = STORE_OK;
	}
	if (rc == STORE_OK)
		rc = store_commit(u->store);
	else
		store_rollback(u->store);
	for (size_t i = 0; i < u->npend; i++)
		pend_clear(&u->pend[i]);
	u->npend = 0;
	return rc;
}

void
update_free(struct update **up)
{
	struct update *u = *up;
	if (!u)
		return;
	parse_worker_free(u);
	update_flush(u);
	write_forget(u);
	free(u->pend);
	free(u);
	*up = NULL;
}

static void
job_free(struct job *j)
{
	parser_free(&j->parser);
	j->u->held -= j->raw.len;
	buf_free(&j->raw);
	for (size_t i = 0; i < j->n; i++)
		item_clear(&j->items[i]);
	free(j->items);
	free(j->charset);
	free(j->base);
	free(j->user_agent);
	free(j->proxy);
	free(j->etag);
	free(j->last_modified);
	free(j->moved_to);
	free(j->parse_msg);
	feed_info_clear(&j->info);
	store_feed_clear(&j->feed);
	free(j);
}

/* Parser sink: keep the item (its fields move to us) for the feed's one
 * transaction. A feed holds at most FEED_ITEMS_MAX items and
 * FEED_ITEMS_BYTES of them: the rest of its items are left out, so a
 * body that is one endless list of items (or of entity references) costs
 * a bounded memory, not one that grows with it. */
static int
on_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	struct job *j = ctx;
	(void)feed;
	size_t bytes = item_bytes(it);
	if (j->n == FEED_ITEMS_MAX || j->item_bytes + bytes > FEED_ITEMS_BYTES) {
		j->left_out++;
		return 0; /* the parser clears it */
	}
	j->item_bytes += bytes;
	if (j->n == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 32;
		j->items = xreallocarray(j->items, j->cap, sizeof *j->items);
	}
	j->items[j->n++] = *it;
	item_init(it);
	return 0;
}

/* Net sink: the body starts; now the charset and the base URL are known. */
static int
on_begin(void *ctx, const struct net_head *h)
{
	struct job *j = ctx;
	j->charset = xstrdup_or_null(h->charset);
	j->base = xstrdup_or_null(h->url ? h->url : NULL);
	struct parse_opts opts = { j->charset, j->base };
	struct parse_sink sink = { j, on_item };
	j->parser = parser_new(&opts, &sink);
	return 0;
}

/* The bytes held back go to the parser (it takes them all: PARSE_STOPPED
 * comes only from a sink that stops it, and on_item never does). */
static void
push_held(struct job *j)
{
	for (size_t at = 0; at < j->raw.len; at += PARSE_PIECE) {
		size_t n = j->raw.len - at < PARSE_PIECE ? j->raw.len - at : PARSE_PIECE;
		parser_push(j->parser, j->raw.data + at, n);
	}
}

static void
drop_held(struct job *j)
{
	j->u->held -= j->raw.len;
	buf_free(&j->raw);
}

static void
parse_held(struct job *j)
{
	push_held(j);
	drop_held(j);
}

/* Net sink: the bytes of a body wait for the feed's turn to be written,
 * so that parsing them never holds up the other transfers this round of
 * the loop reads (their slots' next requests go out first). A big feed,
 * or bodies piling up past HOLD_MAX, are parsed as they arrive. */
static int
on_body(void *ctx, const char *data, size_t n)
{
	struct job *j = ctx;
	struct update *u = j->u;
	if (!j->streaming && u->held + n <= HOLD_MAX && j->raw.len + n <= HOLD_FEED_MAX) {
		buf_append(&j->raw, data, n);
		u->held += n;
		return 0;
	}
	if (!j->streaming)
		parse_held(j);
	j->streaming = true;
	return parser_push(j->parser, data, n) == PARSE_OK ? 0 : -1;
}

static void
report(struct job *j, enum refresh_outcome o, const struct store_update_stats *st,
       const char *error, const char *moved_to)
{
	struct refresh_report r = { j->feed.url, j->feed.id, o, 0, 0, 0, error, moved_to, 0 };
	if (st) {
		r.added = st->added;
		r.changed = st->changed;
		r.dropped = st->dropped;
	}
	if (j->u->report)
		j->u->report(j->u->ctx, &r);
}

/* Keep a fetch record back for update_flush. */
static void
hold_record(struct job *j, const struct net_result *r, const char *error, int64_t now)
{
	struct update *u = j->u;
	struct store_fetch *f = pend_new(u, j->feed.id);
	struct pending *p = &u->pend[u->npend - 1];
	f->time = now;
	f->status = r->http_code ? (int)r->http_code : -1;
	f->error = p->error = xstrdup_or_null(error);
	/* a 304 may bring fresher validators; a failure keeps the old ones */
	f->set_validators = r->status == NET_NOT_MODIFIED && (r->etag || r->last_modified);
	f->etag = p->etag = xstrdup_or_null(r->etag ? r->etag : j->feed.etag);
	f->last_modified = p->last_modified =
		xstrdup_or_null(r->last_modified ? r->last_modified : j->feed.last_modified);
	/* a failure says nothing about where the feed lives: keep what we knew */
	const char *moved = r->status == NET_FAILED ? j->feed.redirect : r->moved_to;
	f->redirect = p->redirect = xstrdup_or_null(moved);
	f->next_due = update_next_due(&u->cfg, &j->feed, j->feed.ttl_minutes, r->retry_after, now);
}

/* Store the feed and let the hooks drop what they ignore, in one
 * transaction; *before gets the last item id before it (for landed). */
static int
apply(struct job *j, const struct feed_info *info, const struct store_fetch *f, int64_t now,
      struct store_update_stats *st, int64_t *before)
{
	struct store *s = j->u->store;
	const struct update_hooks *h = j->u->cfg.hooks;
	if (!h || (!h->stored && !h->landed))
		return store_apply_feed(s, j->feed.id, info, j->items, j->n, &j->retention, f, st);
	int rc = h->landed ? store_last_item_id(s, before) : STORE_OK;
	if (rc == STORE_OK)
		rc = store_begin(s);
	if (rc != STORE_OK)
		return rc;
	rc = store_apply_feed(s, j->feed.id, info, j->items, j->n, &j->retention, f, st);
	size_t dropped = 0;
	if (rc == STORE_OK && h->stored)
		rc = h->stored(h->ctx, s, &j->feed, now, &dropped);
	if (rc == STORE_OK)
		rc = store_commit(s);
	else
		store_rollback(s);
	/* ignored items were never news */
	st->added -= dropped < st->added ? dropped : st->added;
	st->dropped += dropped;
	return rc;
}

void
job_parse_run(struct job *j)
{
	if (j->parse_ran)
		return;
	j->parse_ran = true;
	push_held(j);
	const char *why = NULL;
	j->parsed = parser_finish(j->parser, &j->info, &why) == PARSE_OK;
	if (!j->parsed)
		j->parse_msg = j->result.body_bytes == 0 ? xstrdup(_("not a feed: the response was empty"))
			     : why && str_starts_with(why, "not a feed") ? xstrdup(why)
			     : xasprintf(_("not a feed: %s"), why ? why : _("nothing readable"));
	parser_free(&j->parser); /* its buffers go now, the items stay */
}

bool
job_parse_end(struct job *j)
{
	job_parse_run(j);
	drop_held(j);
	if (j->parsed)
		return true;
	hold_record(j, &j->result, j->parse_msg, j->done_at);
	report(j, REFRESH_FAILED, NULL, j->parse_msg, NULL);
	job_finish(j);
	return false;
}

int
job_store(struct job *j)
{
	const struct net_result *r = &j->result;
	struct store_fetch f = { j->done_at, (int)(r->http_code ? r->http_code : 200), NULL, true,
				 r->etag, r->last_modified, r->moved_to,
				 update_next_due(&j->u->cfg, &j->feed, j->info.ttl_minutes, 0,
						 j->done_at) };
	memset(&j->st, 0, sizeof j->st);
	j->before = 0;
	return apply(j, &j->info, &f, j->done_at, &j->st, &j->before);
}

void
job_stored(struct job *j, int status)
{
	if (status != STORE_OK) {
		char *msg = xasprintf(_("cannot store the feed: %s"), store_error(j->u->store));
		report(j, REFRESH_FAILED, NULL, msg, NULL);
		free(msg);
		return;
	}
	report(j, REFRESH_STORED, &j->st, NULL, j->result.moved_to);
	const struct update_hooks *h = j->u->cfg.hooks;
	if (h && h->landed && j->st.added)
		h->landed(h->ctx, &j->feed, j->before);
}

void
job_finish(struct job *j)
{
	j->u->running--;
	job_free(j);
}

/* A whole body arrived: the feed waits for its turn to be written
 * (update_write.c) with copies of what the result says. */
static void
fetched(struct job *j, const struct net_result *r, int64_t now)
{
	j->result = *r;
	j->result.etag = j->etag = xstrdup_or_null(r->etag);
	j->result.last_modified = j->last_modified = xstrdup_or_null(r->last_modified);
	j->result.moved_to = j->moved_to = xstrdup_or_null(r->moved_to);
	j->result.error = NULL;
	j->done_at = now;
	/* a body parsed as it came ends its parse now, and frees the parser's
	 * buffers while the items wait */
	if (j->streaming && !job_parse_end(j))
		return;
	/* the rest waits for its turn on another thread; without one it is
	 * parsed at its turn to be written */
	if (j->streaming || !parse_elsewhere(j))
		write_queue(j);
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct job *j = ctx;
	int64_t now = (int64_t)time(NULL);
	switch (r->status) {
	case NET_OK:
		fetched(j, r, now);
		return; /* written, reported and finished from update_write.c */
	case NET_NOT_MODIFIED:
		hold_record(j, r, NULL, now);
		report(j, REFRESH_NOT_MODIFIED, NULL, NULL, r->moved_to);
		break;
	case NET_FAILED:
		hold_record(j, r, r->error, now);
		report(j, REFRESH_FAILED, NULL, r->error, NULL);
		break;
	case NET_CANCELLED: /* the poller is going away: forget the fetch */
		break;
	}
	job_finish(j);
}

static void
copy_feed(struct store_feed *d, const struct store_feed *s)
{
	memset(d, 0, sizeof *d);
	d->id = s->id;
	d->url = xstrdup(s->url);
	d->etag = xstrdup_or_null(s->etag);
	d->last_modified = xstrdup_or_null(s->last_modified);
	d->redirect = xstrdup_or_null(s->redirect);
	d->ttl_minutes = s->ttl_minutes;
	d->reload_minutes = s->reload_minutes;
	d->last_status = s->last_status;
	d->next_due = s->next_due;
}

/* Hooks see the feed's tags and options (per-feed settings, patterns). */
static void
copy_tags(struct store_feed *d, const struct store_feed *s)
{
	d->options = xstrdup_or_null(s->options);
	d->title = xstrdup_or_null(s->title);
	if (!s->n_tags)
		return;
	d->tags = xcalloc(s->n_tags, sizeof *d->tags);
	for (size_t i = 0; i < s->n_tags; i++)
		d->tags[i] = xstrdup(s->tags[i]);
	d->n_tags = s->n_tags;
}

/* The feed's own settings, over the global ones. */
static void
feed_settings(struct job *j)
{
	const struct update_hooks *h = j->u->cfg.hooks;
	struct update_feed_opts o = { 0, j->u->cfg.retention, NULL, NULL };
	if (h && h->settings)
		h->settings(h->ctx, &j->feed, &o);
	if (o.reload_minutes > 0)
		j->feed.reload_minutes = o.reload_minutes;
	j->retention = o.retention;
	j->user_agent = xstrdup_or_null(o.user_agent);
	j->proxy = xstrdup_or_null(o.proxy);
}

void
update_feed(struct update *u, const struct store_feed *f)
{
	struct job *j = xcalloc(1, sizeof *j);
	j->u = u;
	copy_feed(&j->feed, f);
	copy_tags(&j->feed, f);
	feed_settings(j);
	struct net_request req = { .source = j->feed.url, .etag = j->feed.etag,
				   .last_modified = j->feed.last_modified,
				   .user_agent = j->user_agent, .proxy = j->proxy };
	struct net_sink sink = { j, on_begin, on_body, on_done };
	u->running++;
	poller_add(u->poller, &req, &sink); /* on a bad source, on_done has run already */
}

/* Feeds in host order: a host's feeds follow each other and reuse its
 * connections (the poller also prefers the host whose transfer just ended). */
struct by_origin {
	char *origin; /* NULL for exec: and other sources without a host */
	size_t i;
};

static int
cmp_origin(const void *a, const void *b)
{
	const struct by_origin *x = a, *y = b;
	int c = strcmp(x->origin ? x->origin : "", y->origin ? y->origin : "");
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

size_t
update_feeds(struct update *u, const struct store_feed *const *feeds, size_t n, bool due_only)
{
	int64_t now = (int64_t)time(NULL);
	size_t count = 0;
	struct by_origin *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = (struct by_origin){ url_origin(feeds[i]->url), i };
	qsort(order, n, sizeof *order, cmp_origin);
	for (size_t k = 0; k < n; k++) {
		const struct store_feed *f = feeds[order[k].i];
		free(order[k].origin);
		if (due_only && !update_is_due(f, now))
			continue;
		count++;
		if (!update_deferred(f, now)) {
			update_feed(u, f);
			continue;
		}
		struct refresh_report r = { f->url, f->id, REFRESH_DEFERRED, 0, 0, 0, NULL, NULL, f->next_due };
		if (u->report)
			u->report(u->ctx, &r);
	}
	free(order);
	return count;
}
