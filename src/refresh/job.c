/* refresh_job.c: a refresh inside the event loop: lock, follow the urls file, start feeds, count them as they land. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "refresh/refresh.h"
#include "net/loop.h"
#include "store/new_items.h"
#include "store/urls.h"
#include "util/i18n.h"
#include "util/lockfile.h"
#include "util/xalloc.h"

struct refresh_job {
	struct loop *loop;
	struct store *store;
	struct update *update;
	struct refresh_hooks hooks; /* per-feed settings, ignore rules, full articles */
	struct refresh_job_cb cb;
	struct refresh_progress p;
	int lock;
	int timer;
	bool starting; /* feeds still being started: a quick failure is not the end */
	bool finished;
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

void
refresh_update_config(const struct options *o, struct update_config *u)
{
	memset(u, 0, sizeof *u);
	u->retention.max_items = (int)options_num(o, OPT_MAX_ITEMS);
	u->retention.keep_days = (int)options_num(o, OPT_KEEP_DAYS);
	u->reload_minutes = (int)options_num(o, OPT_RELOAD_TIME);
	/* a usual refresh indexes its new items at the end (1,000: ~30 ms);
	 * a big one would spend as much again on the index as on the rest
	 * (FTS5: 0.8 of 2 CPU-s for 25,000 items), so a search catches up
	 * first and the interface indexes while idle (ui/index_idle.c) */
	u->index_later_above = 1000;
}

/* Finishing runs from a timer, never from inside update's own callback,
 * so the update can be flushed and freed there. */
static void
finish(void *ctx)
{
	struct refresh_job *j = ctx;
	j->timer = 0;
	j->finished = true;
	const char *error = NULL;
	if (update_flush(j->update) != STORE_OK)
		error = store_error(j->store);
	lockfile_release(&j->lock);
	if (j->cb.done)
		j->cb.done(j->cb.ctx, &j->p, error);
}

static void
on_report(void *ctx, const struct update_report *r)
{
	struct refresh_job *j = ctx;
	j->p.done++;
	if (r->outcome == UPDATE_FAILED)
		j->p.failed++;
	j->p.added += r->added;
	if (j->cb.feed)
		j->cb.feed(j->cb.ctx, r, &j->p);
	if (!j->starting && j->p.done >= j->p.total && !j->timer && !j->finished)
		j->timer = loop_timer(j->loop, 0, finish, j);
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
take_lock(const char *cache_path, char **err)
{
	char *path = xasprintf("%s.lock", cache_path);
	pid_t holder = 0;
	int fd = lockfile_take(path, 0, &holder);
	if (fd < 0 && errno == EWOULDBLOCK)
		*err = holder ? xasprintf(_("another refresh is running (pid %ld)"), (long)holder)
			      : xstrdup(_("another refresh is running"));
	else if (fd < 0)
		*err = xasprintf(_("cannot lock %s: %s"), path, strerror(errno));
	free(path);
	return fd;
}

/* Start the feeds the spec asks for; those a server asked us to leave
 * alone are skipped. */
static void
start_feeds(struct refresh_job *j, const struct store_feed_list *l,
	    const struct refresh_job_spec *spec)
{
	int64_t now = (int64_t)time(NULL);
	for (size_t i = 0; i < l->n; i++) {
		const struct store_feed *f = &l->v[i];
		if (spec->feed_id && f->id != spec->feed_id)
			continue;
		if ((spec->due_only && !update_is_due(f, now)) || update_deferred(f, now))
			continue;
		j->p.total++;
		update_feed(j->update, f);
	}
}

int
refresh_job_start(struct refresh_job **out, struct loop *l, struct poller *p, struct store *s,
		  const struct options *o, const struct refresh_job_spec *spec,
		  const struct refresh_job_cb *cb, char **err)
{
	*out = NULL;
	int lock = take_lock(spec->cache_path, err);
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
	struct refresh_job *j = xcalloc(1, sizeof *j);
	j->loop = l;
	j->store = s;
	j->cb = *cb;
	j->lock = lock;
	struct update_config uc;
	refresh_update_config(o, &uc);
	refresh_hooks_init(&j->hooks, o, s, p);
	uc.hooks = &j->hooks.h;
	store_last_item_id(s, &j->p.before_id);
	j->update = update_new(l, p, s, &uc, on_report, j);
	j->starting = true;
	start_feeds(j, &fl, spec);
	j->starting = false;
	store_feed_list_clear(&fl);
	if (j->p.done >= j->p.total && !j->timer)
		j->timer = loop_timer(l, 0, finish, j);
	*out = j;
	return 0;
}

const struct refresh_progress *
refresh_job_progress(const struct refresh_job *j)
{
	return &j->p;
}

bool
refresh_job_finished(const struct refresh_job *j)
{
	return j->finished;
}

void
refresh_job_free(struct refresh_job **jp)
{
	struct refresh_job *j = *jp;
	if (!j)
		return;
	if (j->timer)
		loop_cancel(j->loop, j->timer);
	update_free(&j->update);
	refresh_hooks_clear(&j->hooks);
	lockfile_release(&j->lock);
	free(j);
	*jp = NULL;
}
