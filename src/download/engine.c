/* engine.c: the download queue run in the event loop: max-downloads slots filled from the cache's queue, progress, pause, resume, remove. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "download/download.h"
#include "download/place.h"
#include "download/transfer.h"
#include "net/loop.h"
#include "refresh/refresh.h"
#include "util/i18n.h"
#include "util/lockfile.h"
#include "util/xalloc.h"

#define TICK_MS 250        /* progress to the caller */
#define STORE_EVERY 4      /* ticks between writes of the bytes to the cache */

enum asked { ASKED_NOTHING, ASKED_PAUSE, ASKED_REMOVE };

/* One place for a running download. */
struct slot {
	struct downloader *d;
	struct transfer *t;   /* NULL: free */
	int64_t id;
	enum asked asked;
	bool delete_file;
	int64_t rate_bytes;   /* bytes at the last rate sample */
	long long rate_ms;
	double rate;
};

struct downloader {
	struct loop *loop;
	struct poller *poller;
	struct store *store;
	struct downloader_cb cb;
	int lock;
	char *dir, *fmt;
	size_t nslots;
	struct slot *slots;
	int tick_timer, pump_timer;
	unsigned ticks;
	bool idle;            /* idle was said and nothing changed since */
};

static long long
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
changed(struct downloader *d, int64_t id)
{
	struct store_download row;
	if (d->cb.changed && store_download_get(d->store, id, &row) == STORE_OK)
		d->cb.changed(d->cb.ctx, &row);
	store_download_clear(&row);
}

static size_t
running_count(const struct downloader *d)
{
	size_t n = 0;
	for (size_t i = 0; i < d->nslots; i++)
		n += d->slots[i].t != NULL;
	return n;
}

static struct slot *
slot_of(struct downloader *d, int64_t id)
{
	for (size_t i = 0; i < d->nslots; i++)
		if (d->slots[i].t && d->slots[i].id == id)
			return &d->slots[i];
	return NULL;
}

static void schedule_pump(struct downloader *d);
static void tick(void *ctx);

/* The transfer ended: what the user asked for wins over how it ended. */
static void
transfer_done(void *ctx, struct transfer *t, const struct transfer_end *end)
{
	struct slot *sl = ctx;
	struct downloader *d = sl->d;
	(void)t;
	sl->t = NULL;
	if (sl->asked == ASKED_REMOVE) {
		struct store_download row;
		if (sl->delete_file && store_download_get(d->store, sl->id, &row) == STORE_OK && row.path) {
			char *part = xasprintf("%s.part", row.path);
			unlink(part);
			free(part);
		}
		store_download_clear(&row);
		store_download_delete(d->store, sl->id);
	} else {
		enum download_state st = sl->asked == ASKED_PAUSE ? DL_PAUSED : end->state;
		store_download_update(d->store, sl->id, st, end->bytes, end->total, end->error);
		changed(d, sl->id);
	}
	sl->asked = ASKED_NOTHING;
	schedule_pump(d);
}

/* Where it goes, decided once: a unique path below the download directory. */
static int
give_path(struct downloader *d, struct store_download *row)
{
	if (row->path)
		return STORE_OK;
	struct store_downloads all;
	int rc = store_download_list(d->store, -1, &all);
	if (rc != STORE_OK)
		return rc;
	char *name = download_file_name(d->fmt, row);
	row->path = download_place(d->dir, name, &all, row->id);
	free(name);
	store_downloads_clear(&all);
	return store_download_set_path(d->store, row->id, row->path);
}

static void
start(struct downloader *d, struct slot *sl, struct store_download *row)
{
	if (give_path(d, row) != STORE_OK ||
	    store_download_update(d->store, row->id, DL_DOWNLOADING, row->bytes, row->total, NULL) != STORE_OK)
		return;
	sl->id = row->id;
	sl->asked = ASKED_NOTHING;
	sl->rate = 0;
	sl->rate_bytes = row->bytes;
	sl->rate_ms = now_ms();
	d->idle = false;
	changed(d, row->id);
	if (!d->tick_timer)
		d->tick_timer = loop_timer(d->loop, TICK_MS, tick, d);
	transfer_start(&sl->t, d->poller, row->id, row->url, row->path, row->total, transfer_done, sl);
}

static struct slot *
free_slot(struct downloader *d)
{
	for (size_t i = 0; i < d->nslots; i++)
		if (!d->slots[i].t)
			return &d->slots[i];
	return NULL;
}

void
downloader_pump(struct downloader *d)
{
	struct store_downloads q;
	struct slot *sl = free_slot(d);
	if (!sl || store_download_list(d->store, DL_QUEUED, &q) != STORE_OK)
		return;
	for (size_t i = 0; i < q.n && (sl = free_slot(d)) != NULL; i++)
		if (!slot_of(d, q.v[i].id))
			start(d, sl, &q.v[i]);
	store_downloads_clear(&q);
	if (running_count(d) == 0 && !d->idle) {
		d->idle = true;
		if (d->cb.idle)
			d->cb.idle(d->cb.ctx);
	}
}

static void
pump_timer(void *ctx)
{
	struct downloader *d = ctx;
	d->pump_timer = 0;
	downloader_pump(d);
}

/* From a timer: a transfer's own callback is no place to start others. */
static void
schedule_pump(struct downloader *d)
{
	if (!d->pump_timer)
		d->pump_timer = loop_timer(d->loop, 0, pump_timer, d);
}

/* Rates over the last second or so; the bytes go to the cache now and
 * then, so `tidings downloads` elsewhere sees them move. */
static void
tick(void *ctx)
{
	struct downloader *d = ctx;
	long long now = now_ms();
	bool store = ++d->ticks % STORE_EVERY == 0;
	for (size_t i = 0; i < d->nslots; i++) {
		struct slot *sl = &d->slots[i];
		if (!sl->t)
			continue;
		int64_t b = transfer_bytes(sl->t);
		if (now - sl->rate_ms >= 1000) {
			sl->rate = (double)(b - sl->rate_bytes) * 1000.0 / (double)(now - sl->rate_ms);
			sl->rate_bytes = b;
			sl->rate_ms = now;
		}
		if (store)
			store_download_update(d->store, sl->id, DL_DOWNLOADING, b, transfer_total(sl->t), NULL);
	}
	d->tick_timer = 0;
	if (!running_count(d))
		return; /* started again with the next download: an idle loop may end */
	if (d->cb.progress)
		d->cb.progress(d->cb.ctx, d);
	d->tick_timer = loop_timer(d->loop, TICK_MS, tick, d);
}

static int
take_lock(const char *cache_path, char **err)
{
	char *path = xasprintf("%s.downloads.lock", cache_path);
	pid_t holder = 0;
	int fd = lockfile_take(path, 0, &holder);
	if (fd < 0 && errno == EWOULDBLOCK)
		*err = holder ? xasprintf(_("downloads are running in another tidings (pid %ld)"), (long)holder)
			      : xstrdup(_("downloads are running in another tidings"));
	else if (fd < 0)
		*err = xasprintf(_("cannot lock %s: %s"), path, strerror(errno));
	free(path);
	return fd;
}

int
downloader_start(struct downloader **out, struct loop *l, struct poller *p, struct store *s,
		 const struct options *o, const char *cache_path, int jobs,
		 const struct downloader_cb *cb, char **err)
{
	*out = NULL;
	int lock = take_lock(cache_path, err);
	if (lock < 0)
		return -1;
	/* holding the lock, a row still "downloading" is a dead process's */
	store_download_requeue_stale(s);
	struct downloader *d = xcalloc(1, sizeof *d);
	d->loop = l;
	d->poller = p;
	d->store = s;
	if (cb)
		d->cb = *cb;
	d->lock = lock;
	d->dir = download_dir(o);
	d->fmt = xstrdup(options_str(o, OPT_DOWNLOAD_FILENAME_FORMAT));
	d->nslots = (size_t)(jobs > 0 ? jobs : options_num(o, OPT_MAX_DOWNLOADS));
	d->slots = xcalloc(d->nslots, sizeof *d->slots);
	for (size_t i = 0; i < d->nslots; i++)
		d->slots[i].d = d;
	downloader_pump(d);
	*out = d;
	return 0;
}

static int
row_state(struct downloader *d, int64_t id, struct store_download *row, char **err)
{
	int rc = store_download_get(d->store, id, row);
	if (rc == STORE_NOT_FOUND)
		*err = xasprintf(_("no download %lld"), (long long)id);
	else if (rc != STORE_OK)
		*err = xasprintf(_("cannot read the downloads: %s"), store_error(d->store));
	return rc == STORE_OK ? 0 : -1;
}

static int
stored(struct downloader *d, int rc, char **err)
{
	if (rc == STORE_OK)
		return 0;
	*err = xasprintf(_("cannot record the download: %s"), store_error(d->store));
	return -1;
}

int
downloader_pause(struct downloader *d, int64_t id, char **err)
{
	struct slot *sl = slot_of(d, id);
	if (sl) {
		sl->asked = ASKED_PAUSE;
		transfer_stop(d->poller, sl->t);
		return 0;
	}
	struct store_download row;
	int rc = row_state(d, id, &row, err);
	if (rc == 0 && row.state == DL_QUEUED) {
		rc = stored(d, store_download_update(d->store, id, DL_PAUSED, row.bytes, row.total, NULL), err);
		changed(d, id);
	}
	store_download_clear(&row);
	return rc;
}

int
downloader_resume(struct downloader *d, int64_t id, char **err)
{
	struct store_download row;
	int rc = row_state(d, id, &row, err);
	if (rc == 0 && (row.state == DL_PAUSED || row.state == DL_FAILED)) {
		rc = stored(d, store_download_update(d->store, id, DL_QUEUED, row.bytes, row.total, NULL), err);
		changed(d, id);
		d->idle = false;
		schedule_pump(d);
	}
	store_download_clear(&row);
	return rc;
}

static void
delete_files(const struct store_download *row)
{
	if (!row->path)
		return;
	char *part = xasprintf("%s.part", row->path);
	unlink(part);
	free(part);
	if (row->state == DL_DONE)
		unlink(row->path);
}

int
downloader_remove(struct downloader *d, int64_t id, bool delete_file, char **err)
{
	struct slot *sl = slot_of(d, id);
	if (sl) {
		sl->asked = ASKED_REMOVE;
		sl->delete_file = delete_file;
		transfer_stop(d->poller, sl->t);
		return 0;
	}
	struct store_download row;
	int rc = row_state(d, id, &row, err);
	if (rc == 0 && delete_file)
		delete_files(&row);
	if (rc == 0)
		rc = stored(d, store_download_delete(d->store, id), err);
	store_download_clear(&row);
	return rc;
}

int
downloader_run(struct store *s, const struct options *o, const char *cache_path, int jobs,
	       const struct downloader_cb *cb, char **err)
{
	struct net_config nc;
	refresh_net_config(o, &nc);
	struct poller *p = poller_new(&nc);
	struct loop *l = loop_new(p);
	struct downloader *d = NULL;
	store_download_retry_failed(s);
	int rc = downloader_start(&d, l, p, s, o, cache_path, jobs, cb, err);
	if (rc == 0)
		loop_run(l);
	poller_free(&p); /* first: what still runs goes back to the queue */
	downloader_free(&d);
	loop_free(&l);
	return rc;
}

size_t
downloader_running(const struct downloader *d, struct download_progress *v, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < d->nslots; i++) {
		const struct slot *sl = &d->slots[i];
		if (!sl->t)
			continue;
		if (n < max)
			v[n] = (struct download_progress){ sl->id, transfer_bytes(sl->t), transfer_total(sl->t),
							   sl->rate };
		n++;
	}
	return n;
}

void
downloader_free(struct downloader **dp)
{
	struct downloader *d = *dp;
	if (!d)
		return;
	/* what still runs goes back to the queue (transfer_done) */
	for (size_t i = 0; i < d->nslots; i++)
		if (d->slots[i].t)
			transfer_stop(d->poller, d->slots[i].t);
	if (d->tick_timer)
		loop_cancel(d->loop, d->tick_timer);
	if (d->pump_timer)
		loop_cancel(d->loop, d->pump_timer);
	lockfile_release(&d->lock);
	free(d->slots);
	free(d->dir);
	free(d->fmt);
	free(d);
	*dp = NULL;
}
