/* job.c: the one refresh every caller runs: lock, follow the urls file, choose the sources, start them, count them as they land, run-on-new. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd/hooks.h"
#include "net/loop.h"
#include "refresh/feed_hooks.h"
#include "refresh/refresh.h"
#include "refresh/update.h"
#include "store/new_items.h"
#include "store/urls.h"
#include "util/i18n.h"
#include "util/lockfile.h"
#include "util/xalloc.h"

/* How long fetched feeds of an exclusive refresh share a transaction
 * (a cold refresh of 500 feeds: 1.9 -> 1.7 CPU-s; a kill -9 loses at most
 * this much of the run, none of it reported). */
#define BATCH_MS 250
/* WAL pages between checkpoints on the checkpoint thread. */
#define CHECKPOINT_PAGES 1000
/* A usual refresh indexes its new items at the end (1,000: ~30 ms); a
 * big one would spend as much again on the index as on the rest (FTS5:
 * 0.8 of 2 CPU-s for 25,000 items), so a search catches up first and the
 * interface indexes while idle (ui/index_idle.c). */
#define INDEX_LATER_ABOVE 1000

struct refresh {
	struct loop *loop;
	struct store *store;
	struct update *update;
	struct refresh_hooks hooks; /* per-feed settings, ignore rules, full articles */
	const struct options *opts;
	struct refresh_cb cb;
	struct refresh_progress p;
	enum refresh_hook_mode hook;
	bool exclusive;
	int lock;
	int timer;
	bool starting; /* sources still being started: a quick failure is not the end */
	bool finished;
	char *error;      /* what done is told */
	char *hook_error;
};

void
refresh_net_config(const struct options *o, struct net_config *n)
{
	net_config_defaults(n);
	n->max_connections = (long)options_num(o, OPT_MAX_CONNECTIONS);
	n->max_host_connections = (long)options_num(o, OPT_MAX_HOST_CONNECTIONS);
	n->connect_timeout = (long)options_num(o, OPT_CONNECT_TIMEOUT);
	n->total_timeout = (long)options_num(o, OPT_TOTAL_TIMEOUT);
	n->max_body = (size_t)options_num(o, OPT_MAX_BODY_SIZE);
	n->user_agent = options_str(o, OPT_USER_AGENT);
	n->proxy = options_str(o, OPT_PROXY);
}

static void
update_config(const struct refresh *r, struct update_config *u)
{
	memset(u, 0, sizeof *u);
	u->retention.max_items = (int)options_num(r->opts, OPT_MAX_ITEMS);
	u->retention.keep_days = (int)options_num(r->opts, OPT_KEEP_DAYS);
	u->reload_minutes = (int)options_num(r->opts, OPT_RELOAD_TIME);
	u->index_later_above = INDEX_LATER_ABOVE;
	/* other writes on the same connection would join an open batch */
	u->batch_ms = r->exclusive ? BATCH_MS : 0;
	u->hooks = &r->hooks.h;
}

/* run-on-new, when the refresh brought something; its failure is said,
 * not fatal (the items are stored). */
static void
run_on_new(struct refresh *r)
{
	r->p.hook_pid = -1;
	if (!r->p.added)
		return;
	bool wait = r->hook != REFRESH_HOOK_BACKGROUND;
	if (hooks_run_on_new(r->opts, r->store, r->p.before_id, wait, r->hook == REFRESH_HOOK_QUIET,
			     &r->p.hook_pid, &r->hook_error) != 0)
		r->p.hook_pid = -1;
}

/* Finishing runs from a timer, never from inside update's own callback,
 * so the update can be flushed there. */
static void
finish(void *ctx)
{
	struct refresh *r = ctx;
	r->timer = 0;
	r->finished = true;
	if (update_flush(r->update) != STORE_OK)
		r->error = xasprintf(_("cannot record the fetches: %s"), store_error(r->store));
	if (r->exclusive)
		store_checkpoints_here(r->store);
	lockfile_release(&r->lock);
	r->p.enqueued = r->hooks.enqueued;
	run_on_new(r);
	if (r->cb.done)
		r->cb.done(r->cb.ctx, &r->p, r->error, r->hook_error);
}

static void
count(struct refresh_progress *p, const struct refresh_report *rep)
{
	p->done++;
	switch (rep->outcome) {
	case REFRESH_STORED:
		if (rep->added || rep->changed)
			p->updated++;
		else
			p->unchanged++;
		p->added += rep->added;
		break;
	case REFRESH_NOT_MODIFIED: p->unchanged++; break;
	case REFRESH_FAILED: p->failed++; break;
	case REFRESH_DEFERRED: p->deferred++; break;
	}
}

static void
on_report(void *ctx, const struct refresh_report *rep)
{
	struct refresh *r = ctx;
	count(&r->p, rep);
	if (r->cb.feed)
		r->cb.feed(r->cb.ctx, rep, &r->p);
	if (!r->starting && r->p.done >= r->p.total && !r->timer && !r->finished)
		r->timer = loop_timer(r->loop, 0, finish, r);
}

static int
follow_urls(struct store *s, const char *path, char **err)
{
	struct urls u = { 0 };
	char *uerr = NULL;
	if (urls_load(path, &u, &uerr) == URLS_ERR) {
		*err = uerr;
		return -1;
	}
	int rc = store_sync_urls(s, &u);
	urls_free(&u);
	if (rc != STORE_OK) {
		*err = xasprintf(_("cannot update the cache: %s"), store_error(s));
		return -1;
	}
	return 0;
}

static int
take_lock(const char *cache_path, int wait_ms, char **err)
{
	char *path = xasprintf("%s.lock", cache_path);
	pid_t holder = 0;
	int fd = lockfile_take(path, wait_ms, &holder);
	if (fd < 0 && errno == EWOULDBLOCK)
		*err = holder ? xasprintf(_("another refresh is running (pid %ld)"), (long)holder)
			      : xstrdup(_("another refresh is running"));
	else if (fd < 0)
		*err = xasprintf(_("cannot lock %s: %s"), path, strerror(errno));
	free(path);
	return fd;
}

static bool
wanted(const struct store_feed *f, const struct refresh_spec *spec)
{
	if (spec->feed_id)
		return f->id == spec->feed_id;
	if (spec->n_urls == 0)
		return true;
	for (size_t i = 0; i < spec->n_urls; i++)
		if (strcmp(spec->urls[i], f->url) == 0)
			return true;
	return false;
}

/* Names asked for that the urls file does not have count as failures. */
static void
report_unknown(struct refresh *r, const struct store_feed_list *l, const struct refresh_spec *spec)
{
	for (size_t i = 0; i < spec->n_urls; i++) {
		size_t k = 0;
		while (k < l->n && strcmp(l->v[k].url, spec->urls[i]) != 0)
			k++;
		if (k < l->n)
			continue;
		struct refresh_report rep = { .url = spec->urls[i], .outcome = REFRESH_FAILED,
					      .error = _("not in the urls file (add it with 'tidings add')") };
		r->p.total++;
		on_report(r, &rep);
	}
}

/* The sources of this refresh: the subscribed feeds it asks for, started
 * grouped by origin (update_feeds also defers and skips what is not due). */
static void
start_sources(struct refresh *r, const struct store_feed_list *l, const struct refresh_spec *spec)
{
	const struct store_feed **v = xcalloc(l->n ? l->n : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (wanted(&l->v[i], spec))
			v[n++] = &l->v[i];
	r->starting = true;
	report_unknown(r, l, spec);
	r->p.total += update_feeds(r->update, v, n, spec->due_only);
	r->starting = false;
	free(v);
}

static struct refresh *
refresh_new(struct loop *l, struct poller *p, struct store *s, const struct options *o,
	    const struct refresh_spec *spec, const struct refresh_cb *cb, int lock)
{
	struct refresh *r = xcalloc(1, sizeof *r);
	r->loop = l;
	r->store = s;
	r->opts = o;
	r->cb = *cb;
	r->lock = lock;
	r->hook = spec->hook;
	r->exclusive = spec->exclusive;
	r->p.hook_pid = -1;
	refresh_hooks_init(&r->hooks, o, s, p);
	struct update_config uc;
	update_config(r, &uc);
	store_last_item_id(s, &r->p.before_id);
	r->update = update_new(l, p, s, &uc, on_report, r);
	return r;
}

int
refresh_start(struct refresh **out, struct loop *l, struct poller *p, struct store *s,
	      const struct options *o, const struct refresh_spec *spec, const struct refresh_cb *cb,
	      char **err)
{
	*out = NULL;
	int lock = take_lock(spec->cache_path, spec->lock_wait_ms, err);
	if (lock < 0)
		return -1;
	struct store_feed_list fl = { 0 };
	if (follow_urls(s, spec->urls_path, err) != 0) {
		lockfile_release(&lock);
		return -1;
	}
	if (store_feed_list(s, false, &fl) != STORE_OK) {
		*err = xasprintf(_("cannot read the feeds: %s"), store_error(s));
		lockfile_release(&lock);
		return -1;
	}
	struct refresh *r = refresh_new(l, p, s, o, spec, cb, lock);
	r->p.subscribed = fl.n;
	start_sources(r, &fl, spec);
	store_feed_list_clear(&fl);
	if (r->exclusive) /* the WAL's checkpoints on another core while this one writes */
		store_checkpoints_apart(s, CHECKPOINT_PAGES);
	if (r->p.done >= r->p.total && !r->timer)
		r->timer = loop_timer(l, 0, finish, r);
	*out = r;
	return 0;
}

const struct refresh_progress *
refresh_get_progress(const struct refresh *r)
{
	return &r->p;
}

bool
refresh_finished(const struct refresh *r)
{
	return r->finished;
}

void
refresh_free(struct refresh **rp)
{
	struct refresh *r = *rp;
	if (!r)
		return;
	if (r->timer)
		loop_cancel(r->loop, r->timer);
	update_free(&r->update);
	if (r->exclusive) /* a refresh freed before its end stops the thread too */
		store_checkpoints_here(r->store);
	refresh_hooks_clear(&r->hooks);
	lockfile_release(&r->lock);
	free(r->error);
	free(r->hook_error);
	free(r);
	*rp = NULL;
}

int
refresh_run(struct store *s, const struct options *o, const struct refresh_spec *spec,
	    const struct refresh_cb *cb, char **err)
{
	struct net_config nc;
	refresh_net_config(o, &nc);
	struct poller *p = poller_new(&nc);
	struct loop *l = loop_new(p);
	struct refresh *r = NULL;
	int rc = refresh_start(&r, l, p, s, o, spec, cb, err);
	if (rc == 0)
		loop_run(l);
	poller_free(&p); /* first: it cancels what still runs (full articles) */
	refresh_free(&r);
	loop_free(&l);
	return rc;
}
