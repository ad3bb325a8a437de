/* downloading.c: the interface runs the download queue in its own event loop and poller, beside a refresh: started on first use, let go when idle; progress on the status line, the downloads list's keys. */
#include "config.h"

#include <stdlib.h>

#include "download/download.h"
#include "net/loop.h"
#include "text/sanitize.h"
#include "ui/app.h"
#include "ui/download_row.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define RUNNING_MAX 64 /* max-downloads' upper bound */

struct downloading {
	struct downloader *dl; /* NULL: not running the queue now */
	int release_timer;
	int64_t deleting;      /* the download `D` asks about */
};

static struct downloading *
state(struct ui *ui)
{
	if (!ui->downloading)
		ui->downloading = xcalloc(1, sizeof *ui->downloading);
	return ui->downloading;
}

/* After the poller: what still ran has gone back to the queue. */
void
ui_downloading_free(struct ui *ui)
{
	struct downloading *dg = ui->downloading;
	if (!dg)
		return;
	if (dg->release_timer)
		loop_cancel(ui->loop, dg->release_timer);
	downloader_free(&dg->dl);
	FREE_AND_NULL(ui->downloading);
}

size_t
ui_downloads_running(struct ui *ui, struct download_progress *v, size_t max)
{
	struct downloading *dg = ui->downloading;
	return dg && dg->dl ? downloader_running(dg->dl, v, max) : 0;
}

/* "Downloading 2 (45%)" at the right of the status line while any runs. */
static void
show_status(struct ui *ui)
{
	struct download_progress v[RUNNING_MAX];
	size_t n = ui_downloads_running(ui, v, RUNNING_MAX);
	int64_t bytes = 0, total = 0;
	bool known = n > 0;
	for (size_t i = 0; i < n && i < RUNNING_MAX; i++) {
		bytes += v[i].bytes;
		total += v[i].total;
		known = known && v[i].total > 0;
	}
	char *line = NULL;
	if (known)
		/* TRANSLATORS: the status line: downloads running and how far they are together */
		line = xasprintf(_("Downloading %zu (%d%%)"), n, (int)(bytes * 100 / total));
	else if (n)
		line = xasprintf(_("Downloading %zu"), n);
	status_progress(&ui->status, PROGRESS_DOWNLOAD, line);
	free(line);
	ui_dirty(ui);
}

static void
on_changed(void *ctx, const struct store_download *d)
{
	struct ui *ui = ctx;
	if (d->state == DL_DONE)
		ui_say(ui, MSG_INFO, _("downloaded %s"), download_row_name(d));
	else if (d->state == DL_FAILED)
		ui_say(ui, MSG_ERROR, _("download failed: %s: %s"), download_row_name(d), d->error ? d->error : "?");
	show_status(ui);
	ui_reload_all(ui);
}

/* At most four times a second (the downloader's tick): the bytes move. */
static void
on_progress(void *ctx, const struct downloader *d)
{
	(void)d;
	show_status(ctx);
}

/* Nothing runs or waits: let the lock go, so a `tidings download`
 * elsewhere may run the queue while the interface stays open. */
static void
release(void *ctx)
{
	struct ui *ui = ctx;
	struct downloading *dg = state(ui);
	struct store_downloads q = { 0 };
	dg->release_timer = 0;
	bool waiting = store_download_list(ui->store, DL_QUEUED, &q) != STORE_OK || q.n > 0;
	store_downloads_clear(&q);
	if (dg->dl && !waiting && downloader_running(dg->dl, NULL, 0) == 0)
		downloader_free(&dg->dl);
}

/* From the downloader's own call: it is freed later, from a timer. */
static void
on_idle(void *ctx)
{
	struct ui *ui = ctx;
	struct downloading *dg = state(ui);
	show_status(ui);
	if (!dg->release_timer)
		dg->release_timer = loop_timer(ui->loop, 0, release, ui);
}

/* The downloader, started on first use; NULL when another tidings runs
 * the queue (it fetches what is queued here too): said, or handed to
 * *busy (caller frees) when busy is not NULL. */
static struct downloader *
start(struct ui *ui, char **busy)
{
	struct downloading *dg = state(ui);
	if (dg->dl)
		return dg->dl;
	struct downloader_cb cb = { ui, on_changed, on_progress, on_idle };
	char *err = NULL;
	if (downloader_start(&dg->dl, ui->loop, ui_poller(ui), ui->store, ui->opts, ui->setup->cache_path, 0,
			     &cb, &err) != 0) {
		if (busy) {
			*busy = err ? err : xstrdup("?");
			return NULL;
		}
		ui_say(ui, MSG_INFO, "%s", err ? err : "?");
		free(err);
		return NULL;
	}
	show_status(ui);
	return dg->dl;
}

static struct downloader *
downloader(struct ui *ui)
{
	return start(ui, NULL);
}

/* One line: a second message would wait behind the first for a key. */
static void
say_queued(struct ui *ui, size_t added, const char *busy)
{
	if (added && busy)
		/* TRANSLATORS: the second %s says another tidings runs the downloads */
		ui_say(ui, MSG_INFO, ngettext("%zu enclosure queued; %s", "%zu enclosures queued; %s", added), added,
		       busy);
	else if (added)
		ui_say(ui, MSG_INFO, ngettext("%zu enclosure queued for download", "%zu enclosures queued for download",
					      added), added);
	else if (busy)
		ui_say(ui, MSG_INFO, _("already in the download queue; %s"), busy);
	else
		ui_say(ui, MSG_INFO, _("already in the download queue"));
}

int
ui_enqueue(struct ui *ui, int64_t item_id)
{
	size_t added = 0;
	char *err = NULL, *busy = NULL;
	int rc = download_enqueue_item(ui->store, item_id, &added, &err);
	if (err)
		ui_say(ui, MSG_ERROR, "%s", err);
	free(err);
	/* queued before (in an earlier session) is started now too */
	struct downloader *d = added || rc == 0 ? start(ui, &busy) : NULL;
	if (added || rc == 0)
		say_queued(ui, added, busy);
	free(busy);
	if (d)
		downloader_pump(d);
	ui_reload_all(ui);
	return rc;
}

/* The downloads list opened: what waits in the queue starts. */
void
ui_downloads_start(struct ui *ui)
{
	struct store_downloads q = { 0 };
	if (store_download_list(ui->store, DL_QUEUED, &q) == STORE_OK && q.n > 0)
		downloader(ui);
	store_downloads_clear(&q);
}

static void
said(struct ui *ui, int rc, char *err)
{
	if (rc != 0)
		ui_say(ui, MSG_ERROR, "%s", err ? err : "?");
	free(err);
	ui_reload_all(ui);
}

void
ui_download_toggle(struct ui *ui, int64_t id, enum download_state st)
{
	if (st == DL_DONE) {
		ui_say(ui, MSG_INFO, _("already downloaded"));
		return;
	}
	struct downloader *d = downloader(ui);
	char *err = NULL;
	if (d && (st == DL_PAUSED || st == DL_FAILED))
		said(ui, downloader_resume(d, id, &err), err);
	else if (d)
		said(ui, downloader_pause(d, id, &err), err);
}

static void
take_off(struct ui *ui, int64_t id, bool delete_file, const char *said_after)
{
	struct downloader *d = downloader(ui);
	char *err = NULL;
	if (!d)
		return;
	int rc = downloader_remove(d, id, delete_file, &err);
	if (rc == 0)
		ui_say(ui, MSG_INFO, "%s", said_after);
	said(ui, rc, err);
}

void
ui_download_cancel(struct ui *ui, int64_t id, enum download_state st)
{
	/* a .part is nothing anyone wants kept; a finished file is */
	take_off(ui, id, st != DL_DONE, _("taken off the download queue"));
}

static void
delete_answer(struct ui *ui, void *ctx, const char *text)
{
	struct downloading *dg = state(ui);
	int64_t id = dg->deleting;
	(void)ctx;
	dg->deleting = 0;
	if (text && id)
		take_off(ui, id, true, _("taken off the download queue, its file deleted"));
}

void
ui_download_delete(struct ui *ui, int64_t id, const char *name)
{
	char *shown = text_sanitize(name);
	char *q = xasprintf(_("Delete %s and its file? (y/n) "), shown);
	state(ui)->deleting = id;
	prompt_start(&ui->prompt, PROMPT_YESNO, q, NULL, false, delete_answer, NULL);
	free(q);
	free(shown);
	ui_dirty(ui);
}
