/* view_feeds.c: the feed list (virtual feeds first, tag filter, failure marks) and the welcome screen; `a` and `D` are subscribe.c's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/urls.h"
#include "ui/app.h"
#include "ui/list.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

enum frow_kind { FROW_UNREAD, FROW_FLAGGED, FROW_QUERY, FROW_FEED };

struct frow {
	enum frow_kind kind;
	size_t feed; /* index in feeds for FROW_FEED, in opts->query for FROW_QUERY */
};

struct feeds_view {
	struct view base;
	struct ui *ui;
	struct store_feed_list feeds;
	struct frow *rows;
	size_t nrows;
	char *tag;          /* the filter; NULL: every feed */
	int64_t unread;     /* over the feeds shown */
	int64_t flagged;
	int64_t *qunread;   /* unread items of each query feed (opts->query) */
	size_t nsubscribed; /* before the filter: 0 shows the welcome screen */
	struct list list;
};

static size_t
rows_count(void *ctx)
{
	return ((struct feeds_view *)ctx)->nrows;
}

static const void *
rows_fetch(void *ctx, size_t i)
{
	struct feeds_view *fv = ctx;
	return i < fv->nrows ? &fv->rows[i] : NULL;
}

static void
draw_counts(int y, int x, int64_t unread, int64_t total, unsigned sel)
{
	char num[48];
	snprintf(num, sizeof num, "%6lld/%-6lld", (long long)unread, (long long)total);
	term_put(y, x, num, strlen(num), 14, (unread ? ST_UNREAD : ST_DIM) | sel);
}

static void
rows_draw(void *ctx, const void *row, size_t i, int y, int cols, bool selected)
{
	struct feeds_view *fv = ctx;
	const struct frow *r = row;
	unsigned sel = selected ? TS_SEL : 0;
	(void)i;
	term_fill(y, 0, cols, ST_NORMAL | sel);
	if (r->kind != FROW_FEED) {
		const char *name = r->kind == FROW_UNREAD ? _("All unread") : _("Flagged");
		int64_t n = r->kind == FROW_UNREAD ? fv->unread : fv->flagged;
		if (r->kind == FROW_QUERY) { /* query feeds (cmd/conf_lines.h) */
			name = fv->ui->opts->query[r->feed].name;
			n = fv->qunread[r->feed];
		}
		char num[32];
		snprintf(num, sizeof num, "%6lld", (long long)n);
		term_put(y, 2, num, strlen(num), cols - 2, (n ? ST_UNREAD : ST_DIM) | sel);
		term_put(y, 16, name, strlen(name), cols - 16, (n ? ST_UNREAD : ST_NORMAL) | sel);
		return;
	}
	const struct store_feed *f = &fv->feeds.v[r->feed];
	if (f->last_error)
		term_put(y, 0, "!", 1, 1, ST_MARK | sel);
	draw_counts(y, 2, f->unread, f->total, sel);
	const char *title = f->title && *f->title ? f->title : f->url;
	int x = 16 + ui_put_clean(y, 16, title, cols - 16, (f->unread ? ST_UNREAD : ST_NORMAL) | sel);
	for (size_t t = 0; t < f->n_tags && x + 2 < cols; t++) {
		x += term_put(y, x, t ? " " : "  ", t ? 1 : 2, cols - x, ST_DIM | sel);
		x += ui_put_clean(y, x, f->tags[t], cols - x, ST_DIM | sel);
	}
}

static const struct list_ops feed_rows = { rows_count, rows_fetch, rows_draw };

/* The selected real feed, or NULL. */
static const struct store_feed *
selected_feed(struct feeds_view *fv)
{
	const struct frow *r = list_selected(&fv->list);
	return r && r->kind == FROW_FEED ? &fv->feeds.v[r->feed] : NULL;
}

static void
build_rows(struct feeds_view *fv)
{
	free(fv->rows);
	size_t nq = fv->ui->opts->n_query;
	fv->rows = xcalloc(fv->feeds.n + 2 + nq, sizeof *fv->rows);
	fv->nrows = 0;
	fv->unread = 0;
	fv->nsubscribed = fv->feeds.n;
	if (fv->feeds.n == 0)
		return;
	fv->rows[fv->nrows++] = (struct frow){ FROW_UNREAD, 0 };
	fv->rows[fv->nrows++] = (struct frow){ FROW_FLAGGED, 0 };
	free(fv->qunread);
	fv->qunread = xcalloc(nq + 1, sizeof *fv->qunread);
	for (size_t i = 0; i < nq; i++) {
		struct store_query q = { .filter = fv->ui->opts->query[i].expr, .unread = true };
		if (store_count(fv->ui->store, &q, &fv->qunread[i]) != STORE_OK)
			fv->qunread[i] = 0;
		fv->rows[fv->nrows++] = (struct frow){ FROW_QUERY, i };
	}
	for (size_t i = 0; i < fv->feeds.n; i++) {
		if (fv->tag && !store_feed_has_tag(&fv->feeds.v[i], fv->tag))
			continue;
		fv->unread += fv->feeds.v[i].unread;
		fv->rows[fv->nrows++] = (struct frow){ FROW_FEED, i };
	}
	struct store_query q = { .flagged = true, .tag = fv->tag };
	if (store_count(fv->ui->store, &q, &fv->flagged) != STORE_OK)
		fv->flagged = 0;
}

/* Read the feeds again, keeping the selection on the same feed. */
static void
load(struct feeds_view *fv)
{
	const struct store_feed *was = selected_feed(fv);
	int64_t keep = was ? was->id : 0;
	size_t keep_row = fv->list.sel;
	struct store_feed_list fresh = { 0 };
	if (store_feed_list(fv->ui->store, false, &fresh) != STORE_OK) {
		ui_say(fv->ui, MSG_ERROR, _("cannot read the feeds: %s"), store_error(fv->ui->store));
		return;
	}
	store_feed_list_clear(&fv->feeds);
	fv->feeds = fresh;
	build_rows(fv);
	fv->list.sel = keep_row;
	for (size_t i = 0; keep && i < fv->nrows; i++)
		if (fv->rows[i].kind == FROW_FEED && fv->feeds.v[fv->rows[i].feed].id == keep)
			fv->list.sel = i;
	list_clamp(&fv->list);
}

static void
feeds_reload(struct view *v, struct ui *ui)
{
	(void)ui;
	load((struct feeds_view *)v);
}

static void
draw_welcome(int y, int h, int cols)
{
	static const char *const lines[] = {
		N_("Welcome to tidings."),
		"",
		N_("You have no feeds yet. To start:"),
		N_("  a   add a feed by its URL (a web page that names its feed works too)"),
		N_("  :   run any action by name, e.g. :add-feed https://example.org/feed"),
		N_("  ?   every key and action"),
		"",
		N_("Or from a shell:"),
		N_("  tidings import FILE.opml     subscriptions from another reader"),
		N_("  tidings import --newsboat    your newsboat setup"),
		N_("  tidings add URL [TAG...]     one feed"),
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0] && (int)i < h; i++) {
		const char *s = *lines[i] ? _(lines[i]) : "";
		term_put(y + (int)i, 1, s, strlen(s), cols - 1, i == 0 ? ST_HEADER : ST_NORMAL);
	}
}

static void
feeds_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	struct feeds_view *fv = (struct feeds_view *)v;
	(void)ui;
	if (fv->nsubscribed == 0)
		draw_welcome(y, h, cols);
	else
		list_draw(&fv->list, y, h, cols);
}

static void
feeds_title(struct view *v, struct buf *out)
{
	struct feeds_view *fv = (struct feeds_view *)v;
	buf_printf(out, _("Feeds (%lld unread)"), (long long)fv->unread);
	if (fv->tag)
		buf_printf(out, _(" tag: %s"), fv->tag);
}

static void
feeds_env(struct view *v, struct action_env *env)
{
	const struct store_feed *f = selected_feed((struct feeds_view *)v);
	env->feed_id = f ? f->id : 0;
}

static void
open_selected(struct feeds_view *fv)
{
	const struct frow *r = list_selected(&fv->list);
	struct view *nv = NULL;
	if (!r)
		return;
	if (r->kind == FROW_FEED) {
		const struct store_feed *f = &fv->feeds.v[r->feed];
		struct store_query q = { .feed_id = f->id };
		nv = view_headlines_new(fv->ui, &q, f->title && *f->title ? f->title : f->url, false,
					CTX_HEADLINES);
	} else if (r->kind == FROW_QUERY) {
		const struct opt_query *oq = &fv->ui->opts->query[r->feed];
		struct store_query q = { .filter = oq->expr };
		nv = view_headlines_new(fv->ui, &q, oq->name, true, CTX_HEADLINES);
	} else {
		struct store_query q = { .unread = r->kind == FROW_UNREAD,
					 .flagged = r->kind == FROW_FLAGGED, .tag = fv->tag };
		nv = view_headlines_new(fv->ui, &q, r->kind == FROW_UNREAD ? _("All unread") : _("Flagged"),
					true, CTX_HEADLINES);
	}
	if (nv)
		ui_push(fv->ui, nv);
}

static void
next_unread(struct feeds_view *fv)
{
	for (size_t k = 1; k <= fv->nrows; k++) {
		size_t i = (fv->list.sel + k) % fv->nrows;
		if (fv->rows[i].kind == FROW_FEED && fv->feeds.v[fv->rows[i].feed].unread > 0) {
			list_select(&fv->list, i);
			return;
		}
	}
	ui_say(fv->ui, MSG_INFO, _("no unread articles"));
}

static void
tag_done(struct ui *ui, void *ctx, const char *text)
{
	struct feeds_view *fv = ctx;
	if (!text)
		return;
	FREE_AND_NULL(fv->tag);
	if (*text) {
		bool known = false;
		for (size_t i = 0; i < fv->feeds.n && !known; i++)
			known = store_feed_has_tag(&fv->feeds.v[i], text);
		if (!known)
			ui_say(ui, MSG_ERROR, _("no feed has the tag '%s'"), text);
		else
			fv->tag = xstrdup(text);
	}
	build_rows(fv);
	list_select(&fv->list, 0);
	ui_dirty(ui);
}

static int
feeds_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct feeds_view *fv = (struct feeds_view *)v;
	if (list_action(&fv->list, id))
		return 1;
	switch (id) {
	case A_OPEN:
		open_selected(fv);
		return 1;
	case A_NEXT_UNREAD:
		next_unread(fv);
		return 1;
	case A_FILTER_TAG:
		if (argc > 0)
			tag_done(ui, fv, argv[0]);
		else
			prompt_start(&ui->prompt, PROMPT_LINE, _("Show feeds with tag (empty: all): "),
				     fv->tag, false, tag_done, fv);
		return 1;
	case A_REMOVE_FEED:
		return ui_feeds_remove(ui, selected_feed(fv)) == 0 ? 1 : -1;
	default:
		return 0;
	}
}

static bool
feeds_click(struct view *v, struct ui *ui, int y)
{
	struct feeds_view *fv = (struct feeds_view *)v;
	size_t was = fv->list.sel;
	if (!list_click(&fv->list, y))
		return false;
	if (fv->list.sel == was)
		open_selected(fv);
	(void)ui;
	return true;
}

static void
feeds_free(struct view *v)
{
	struct feeds_view *fv = (struct feeds_view *)v;
	store_feed_list_clear(&fv->feeds);
	free(fv->rows);
	free(fv->qunread);
	free(fv->tag);
	free(fv);
}

static const struct view_ops feeds_ops = {
	.name = "feeds", .ctx = CTX_FEEDS, .draw = feeds_draw, .action = feeds_action,
	.env = feeds_env, .reload = feeds_reload, .click = feeds_click, .title = feeds_title,
	.free = feeds_free,
};

struct view *
view_feeds_new(struct ui *ui)
{
	struct feeds_view *fv = xcalloc(1, sizeof *fv);
	fv->base.ops = &feeds_ops;
	fv->ui = ui;
	list_init(&fv->list, &feed_rows, fv);
	load(fv);
	return &fv->base;
}

void
view_feeds_select(struct view *v, int64_t feed_id)
{
	if (v->ops != &feeds_ops)
		return;
	struct feeds_view *fv = (struct feeds_view *)v;
	for (size_t i = 0; i < fv->nrows; i++)
		if (fv->rows[i].kind == FROW_FEED && fv->feeds.v[fv->rows[i].feed].id == feed_id)
			list_select(&fv->list, i);
}
