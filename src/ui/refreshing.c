/* refreshing.c: refreshes in the interface (R, r, `a`, the refresh-minutes timer), one at a time: progress and summary on the status line, then run-on-new and a notification. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/hooks.h"
#include "net/loop.h"
#include "refresh/refresh.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The refresh running, and what waits for it. */
struct refreshing {
	struct refresh *job;
	bool job_done;       /* the job finished; freed at the next chance */
	int64_t feed;        /* the feed being refreshed alone (0: all) */
	int64_t queued_feed; /* a feed to fetch when the running refresh ends */
	int queued_timer, reload_timer, auto_timer;
};

static struct refreshing *
state(struct ui *ui)
{
	if (!ui->refreshing)
		ui->refreshing = xcalloc(1, sizeof *ui->refreshing);
	return ui->refreshing;
}

void
ui_refreshing_free(struct ui *ui)
{
	if (!ui->refreshing)
		return;
	refresh_free(&ui->refreshing->job);
	FREE_AND_NULL(ui->refreshing);
}

static void
show_progress(struct ui *ui, const struct refresh_progress *p)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, _("Refreshing %zu/%zu"), p->done, p->total);
	if (p->failed)
		buf_printf(&b, _(", %zu failed"), p->failed);
	status_progress(&ui->status, PROGRESS_REFRESH, buf_str(&b));
	buf_free(&b);
	ui_dirty(ui);
}

static void
reload_soon(void *ctx)
{
	struct ui *ui = ctx;
	state(ui)->reload_timer = 0;
	ui_reload_all(ui);
}

/* A feed refreshed alone says how it failed or where it moved; in any
 * refresh a deferred feed says until when (failures of a refresh of all
 * wait in the E list; new items are in the summary). */
static void
say_report(struct ui *ui, const struct refresh_report *r)
{
	if (!state(ui)->feed && r->outcome != REFRESH_DEFERRED)
		return;
	struct refresh_report quiet = *r;
	quiet.added = quiet.changed = 0;
	struct buf b = BUF_INIT;
	refresh_report_text(&quiet, &b);
	char *line = b.data, *nl;
	while (line && (nl = strchr(line, '\n'))) {
		*nl = '\0';
		ui_say(ui, r->outcome == REFRESH_FAILED ? MSG_ERROR : MSG_INFO, "%s", line);
		line = nl + 1;
	}
	buf_free(&b);
}

static void
job_feed(void *ctx, const struct refresh_report *r, const struct refresh_progress *p)
{
	struct ui *ui = ctx;
	struct refreshing *rf = state(ui);
	say_report(ui, r);
	show_progress(ui, p);
	/* counts follow the feeds as they land, at most a few times a second */
	if (!rf->reload_timer)
		rf->reload_timer = loop_timer(ui->loop, 200, reload_soon, ui);
}

static const char *
env_get(const char *name)
{
	return getenv(name);
}

/* run-on-new runs in the background (reaped later), episodes that
 * podcast-auto-enqueue queued start downloading, and a notification goes
 * out when the terminal shows them. */
static void
after_refresh(struct ui *ui, const struct refresh_progress *p)
{
	if (p->hook_pid > 0)
		ui_adopt(ui, p->hook_pid);
	if (p->enqueued)
		ui_downloads_start(ui);
	if (!p->added)
		return;
	struct buf seq = BUF_INIT;
	char *body = xasprintf(ngettext("%zu new article", "%zu new articles", p->added), p->added);
	if (hooks_notify_seq(ui->opts, env_get, "tidings", body, &seq)) {
		ssize_t w = write(term_fd(), seq.data, seq.len);
		(void)w; /* a notification that does not get out is no loss */
	}
	free(body);
	buf_free(&seq);
}

static void
run_queued(void *ctx)
{
	struct ui *ui = ctx;
	struct refreshing *rf = state(ui);
	int64_t id = rf->queued_feed;
	rf->queued_timer = 0;
	rf->queued_feed = 0;
	if (id)
		ui_refresh(ui, id, false);
}

static void
job_done(void *ctx, const struct refresh_progress *p, const char *error, const char *hook_error)
{
	struct ui *ui = ctx;
	struct refreshing *rf = state(ui);
	status_progress(&ui->status, PROGRESS_REFRESH, NULL);
	if (error) {
		ui_say(ui, MSG_ERROR, "%s", error);
	} else {
		char *line = refresh_summary(p); /* the line tidings refresh prints */
		ui_say(ui, p->failed ? MSG_ERROR : MSG_INFO, "%s", line);
		free(line);
	}
	if (hook_error)
		ui_say(ui, MSG_ERROR, "%s", hook_error);
	if (!error)
		after_refresh(ui, p);
	rf->job_done = true;
	if (rf->queued_feed && !rf->queued_timer)
		rf->queued_timer = loop_timer(ui->loop, 0, run_queued, ui);
	ui_reload_all(ui);
}

/* A finished job is freed here, outside its own callback; true while
 * one is still running. */
static bool
reap_job(struct refreshing *rf)
{
	if (rf->job && rf->job_done) {
		refresh_free(&rf->job);
		rf->job_done = false;
	}
	return rf->job != NULL;
}

int
ui_refresh(struct ui *ui, int64_t feed_id, bool due_only)
{
	struct refreshing *rf = state(ui);
	if (reap_job(rf)) {
		ui_say(ui, MSG_INFO, _("a refresh is already running"));
		return -1;
	}
	/* no lock wait (a cron refresh may hold it), a transaction per feed
	 * (marks and other writes go through the same connection meanwhile),
	 * run-on-new in the background */
	struct refresh_spec spec = { .cache_path = ui->setup->cache_path,
				     .urls_path = ui->setup->urls_path, .feed_id = feed_id,
				     .due_only = due_only, .hook = REFRESH_HOOK_BACKGROUND };
	struct refresh_cb cb = { ui, job_feed, job_done };
	char *err = NULL;
	if (refresh_start(&rf->job, ui->loop, ui_poller(ui), ui->store, ui->opts, &spec, &cb, &err) != 0) {
		ui_say(ui, MSG_ERROR, "%s", err);
		free(err);
		return -1;
	}
	rf->feed = feed_id;
	show_progress(ui, refresh_get_progress(rf->job));
	return 0;
}

static void
auto_refresh(void *ctx)
{
	struct ui *ui = ctx;
	struct refreshing *rf = state(ui);
	rf->auto_timer = 0;
	if (!reap_job(rf))
		ui_refresh(ui, 0, true);
	ui_schedule_auto_refresh(ui);
}

void
ui_schedule_auto_refresh(struct ui *ui)
{
	struct refreshing *rf = state(ui);
	long long minutes = ui_opt(ui, "refresh-minutes", 0);
	if (rf->auto_timer) {
		loop_cancel(ui->loop, rf->auto_timer);
		rf->auto_timer = 0;
	}
	if (minutes > 0)
		rf->auto_timer = loop_timer(ui->loop, (long)(minutes * 60 * 1000), auto_refresh, ui);
}

void
ui_refresh_soon(struct ui *ui, int64_t feed_id)
{
	struct refreshing *rf = state(ui);
	if (reap_job(rf))
		rf->queued_feed = feed_id;
	else
		ui_refresh(ui, feed_id, false);
}
