/* view_downloads.c: the download queue as a list whose progress moves while keys answer; p, x, D and Enter/P act on the selected download. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/download_row.h"
#include "ui/list.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define LIVE_MAX 64 /* max-downloads' upper bound */

struct downloads_view {
	struct view base;
	struct ui *ui;
	struct store_downloads rows; /* the queue as the cache has it */
	struct list list;
	/* the ones running here, read at each draw: their bytes move four
	 * times a second, the cache's once a second */
	struct download_progress live[LIVE_MAX];
	size_t nlive;
};

static size_t
dl_count(void *ctx)
{
	return ((struct downloads_view *)ctx)->rows.n;
}

static const void *
dl_fetch(void *ctx, size_t i)
{
	struct downloads_view *dv = ctx;
	return i < dv->rows.n ? &dv->rows.v[i] : NULL;
}

static const struct download_progress *
live_of(const struct downloads_view *dv, int64_t id)
{
	for (size_t i = 0; i < dv->nlive && i < LIVE_MAX; i++)
		if (dv->live[i].id == id)
			return &dv->live[i];
	return NULL;
}

static void
dl_row(void *ctx, const void *row, size_t i, int y, int cols, bool selected)
{
	struct downloads_view *dv = ctx;
	const struct store_download *d = row;
	(void)i;
	download_row_draw(d, live_of(dv, d->id), y, cols, selected);
}

static const struct list_ops download_rows = { dl_count, dl_fetch, dl_row };

static const struct store_download *
selected(struct downloads_view *dv)
{
	return list_selected(&dv->list);
}

/* Read the queue again, keeping the selection on the same download. */
static void
load(struct downloads_view *dv)
{
	const struct store_download *d = selected(dv);
	int64_t keep = d ? d->id : 0;
	store_downloads_clear(&dv->rows);
	if (store_download_list(dv->ui->store, -1, &dv->rows) != STORE_OK)
		ui_say(dv->ui, MSG_ERROR, _("cannot read the downloads: %s"), store_error(dv->ui->store));
	for (size_t i = 0; i < dv->rows.n; i++)
		if (dv->rows.v[i].id == keep)
			dv->list.sel = i;
	list_clamp(&dv->list);
}

static void
dl_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	struct downloads_view *dv = (struct downloads_view *)v;
	dv->nlive = ui_downloads_running(ui, dv->live, LIVE_MAX);
	if (dv->rows.n == 0) {
		const char *s = _("No downloads. e on an article with an enclosure queues it.");
		term_put(y, 1, s, strlen(s), cols - 1, ST_DIM);
		return;
	}
	list_draw(&dv->list, y, h, cols);
}

static void
dl_title(struct view *v, struct buf *out)
{
	struct downloads_view *dv = (struct downloads_view *)v;
	buf_printf(out, _("Downloads (%zu)"), dv->rows.n);
}

static void
dl_env(struct view *v, struct action_env *env)
{
	const struct store_download *d = selected((struct downloads_view *)v);
	env->download_id = d ? d->id : 0;
	env->item_id = d ? d->item_id : 0;
}

/* The row is read before anything runs: acting reloads the rows. */
static int
dl_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct downloads_view *dv = (struct downloads_view *)v;
	(void)argc; (void)argv;
	if (list_action(&dv->list, id))
		return 1;
	bool ours = id == A_OPEN || id == A_PAUSE_DOWNLOAD || id == A_CANCEL_DOWNLOAD || id == A_DELETE_DOWNLOAD;
	const struct store_download *d = selected(dv);
	if (ours && !d) {
		ui_say(ui, MSG_INFO, _("no download selected"));
		return -1;
	}
	switch (id) {
	case A_OPEN:
		return ui_run_action(ui, A_PLAY, 0, NULL) == 0 ? 1 : -1;
	case A_PAUSE_DOWNLOAD:
		ui_download_toggle(ui, d->id, d->state);
		return 1;
	case A_CANCEL_DOWNLOAD:
		ui_download_cancel(ui, d->id, d->state);
		return 1;
	case A_DELETE_DOWNLOAD:
		ui_download_delete(ui, d->id, download_row_name(d));
		return 1;
	default:
		return 0;
	}
}

static void
dl_reload(struct view *v, struct ui *ui)
{
	(void)ui;
	load((struct downloads_view *)v);
}

static bool
dl_click(struct view *v, struct ui *ui, int y)
{
	struct downloads_view *dv = (struct downloads_view *)v;
	size_t was = dv->list.sel;
	if (!list_click(&dv->list, y))
		return false;
	if (was == dv->list.sel)
		dl_action(v, ui, A_OPEN, 0, NULL);
	return true;
}

static void
dl_free(struct view *v)
{
	struct downloads_view *dv = (struct downloads_view *)v;
	store_downloads_clear(&dv->rows);
	free(dv);
}

static const struct view_ops downloads_ops = {
	.name = "downloads", .ctx = CTX_DOWNLOADS, .draw = dl_draw, .action = dl_action, .env = dl_env,
	.reload = dl_reload, .click = dl_click, .title = dl_title, .free = dl_free,
};

struct view *
view_downloads_new(struct ui *ui)
{
	struct downloads_view *dv = xcalloc(1, sizeof *dv);
	dv->base.ops = &downloads_ops;
	dv->ui = ui;
	list_init(&dv->list, &download_rows, dv);
	ui_downloads_start(ui); /* first: the rows say what it started */
	load(dv);
	return &dv->base;
}
