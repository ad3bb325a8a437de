/* view_lists.c: the simple lists: an article's links and enclosures, its share links, failing feeds. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/share.h"
#include "ui/app.h"
#include "ui/rows.h"
#include "ui/sizefmt.h"
#include "util/i18n.h"
#include "util/xalloc.h"

enum list_kind { LK_LINKS, LK_SHARE, LK_ERRORS };

struct rows_view {
	struct view base;
	struct ui *ui;
	enum list_kind kind;
	char *title;
	struct trows rows;
};

static void
rv_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	struct rows_view *rv = (struct rows_view *)v;
	(void)ui;
	if (rv->rows.n == 0) {
		const char *s = rv->kind == LK_LINKS ? _("This article has no links.")
			      : rv->kind == LK_ERRORS ? _("No feed failed at its last refresh.")
						      : _("Nothing to share.");
		term_put(y, 1, s, strlen(s), cols - 1, ST_DIM);
		return;
	}
	list_draw(&rv->rows.list, y, h, cols);
}

static void
rv_title(struct view *v, struct buf *out)
{
	struct rows_view *rv = (struct rows_view *)v;
	buf_puts(out, rv->title);
}

static void
rv_env(struct view *v, struct action_env *env)
{
	struct rows_view *rv = (struct rows_view *)v;
	const struct trow *r = trows_selected(&rv->rows);
	if (rv->kind == LK_ERRORS)
		env->feed_id = r ? r->data : 0;
}

static void
open_errors_feed(struct rows_view *rv, const struct trow *r)
{
	struct store_query q = { .feed_id = r->data };
	struct view *nv = view_headlines_new(rv->ui, &q, r->left, false, CTX_HEADLINES);
	if (nv)
		ui_push(rv->ui, nv);
}

static int
rv_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct rows_view *rv = (struct rows_view *)v;
	(void)argc; (void)argv;
	if (list_action(&rv->rows.list, id))
		return 1;
	const struct trow *r = trows_selected(&rv->rows);
	if (!r)
		return 0;
	switch (id) {
	case A_OPEN:
		if (rv->kind == LK_ERRORS) {
			open_errors_feed(rv, r);
			return 1;
		}
		/* a link or a share service opens in the browser */
		__attribute__((fallthrough));
	case A_OPEN_IN_BROWSER: {
		if (rv->kind == LK_ERRORS)
			return 0;
		char *url = xstrdup(r->right);
		ui_open_url(ui, url, rv->kind == LK_SHARE);
		free(url);
		return 1;
	}
	case A_COPY_LINK:
		if (rv->kind == LK_ERRORS)
			return 0;
		ui_copy(ui, r->right);
		return 1;
	default:
		return 0;
	}
}

static void
errors_load(struct rows_view *rv)
{
	struct store_feed_list fl = { 0 };
	size_t sel = rv->rows.list.sel;
	trows_clear(&rv->rows);
	if (store_feed_list(rv->ui->store, false, &fl) != STORE_OK) {
		ui_say(rv->ui, MSG_ERROR, _("cannot read the feeds: %s"), store_error(rv->ui->store));
		return;
	}
	for (size_t i = 0; i < fl.n; i++) {
		const struct store_feed *f = &fl.v[i];
		if (f->last_error)
			trows_add(&rv->rows, f->title && *f->title ? f->title : f->url, f->last_error,
				  ST_MARK, f->id);
	}
	store_feed_list_clear(&fl);
	list_select(&rv->rows.list, sel);
}

static void
rv_reload(struct view *v, struct ui *ui)
{
	struct rows_view *rv = (struct rows_view *)v;
	(void)ui;
	if (rv->kind == LK_ERRORS)
		errors_load(rv);
}

static bool
rv_click(struct view *v, struct ui *ui, int y)
{
	struct rows_view *rv = (struct rows_view *)v;
	size_t was = rv->rows.list.sel;
	if (!list_click(&rv->rows.list, y))
		return false;
	if (was == rv->rows.list.sel)
		rv_action(v, ui, A_OPEN, 0, NULL);
	return true;
}

static void
rv_free(struct view *v)
{
	struct rows_view *rv = (struct rows_view *)v;
	trows_clear(&rv->rows);
	free(rv->title);
	free(rv);
}

static const struct view_ops links_ops = {
	.name = "links", .ctx = CTX_LINKS, .draw = rv_draw, .action = rv_action, .env = rv_env,
	.click = rv_click, .title = rv_title, .free = rv_free,
};
static const struct view_ops share_ops = {
	.name = "share", .ctx = CTX_SHARE, .draw = rv_draw, .action = rv_action, .env = rv_env,
	.click = rv_click, .title = rv_title, .free = rv_free,
};
static const struct view_ops errors_ops = {
	.name = "errors", .ctx = CTX_ERRORS, .draw = rv_draw, .action = rv_action, .env = rv_env,
	.reload = rv_reload, .click = rv_click, .title = rv_title, .free = rv_free,
};

static struct rows_view *
rv_new(struct ui *ui, enum list_kind kind, const struct view_ops *ops, const char *title)
{
	struct rows_view *rv = xcalloc(1, sizeof *rv);
	rv->base.ops = ops;
	rv->ui = ui;
	rv->kind = kind;
	rv->title = xstrdup(title);
	trows_init(&rv->rows);
	return rv;
}

/* "[enclosure] audio/mpeg 12.3 MB" before its URL: it opens as a link does. */
static void
add_enclosure(struct rows_view *rv, const struct enclosure *e, size_t i)
{
	struct buf l = BUF_INIT;
	char size[32];
	buf_puts(&l, _("[enclosure]"));
	if (e->type && *e->type)
		buf_printf(&l, " %s", e->type);
	if (e->length > 0)
		buf_printf(&l, " %s", sizefmt(e->length, size, sizeof size));
	trows_add(&rv->rows, buf_str(&l), e->url ? e->url : "", ST_HEADER, (int64_t)i);
	buf_free(&l);
}

struct view *
view_links_new(struct ui *ui, const char *title, const struct text_link *links, size_t n,
	       const struct item *it)
{
	struct buf t = BUF_INIT;
	buf_printf(&t, _("Links of %s"), title ? title : "");
	struct rows_view *rv = rv_new(ui, LK_LINKS, &links_ops, buf_str(&t));
	buf_free(&t);
	for (size_t i = 0; i < n; i++) {
		struct buf l = BUF_INIT;
		buf_printf(&l, "[%d] %s", links[i].n, links[i].text ? links[i].text : "");
		trows_add(&rv->rows, buf_str(&l), links[i].url, ST_NORMAL, (int64_t)i);
		buf_free(&l);
	}
	/* after them: [1] stays the first row, as the text numbers it */
	for (size_t i = 0; it && i < it->n_enclosures; i++)
		add_enclosure(rv, &it->enclosures[i], i);
	return &rv->base;
}

struct view *
view_share_new(struct ui *ui, int64_t item_id)
{
	struct store_item it;
	struct rows_view *rv = rv_new(ui, LK_SHARE, &share_ops, _("Share"));
	if (store_item_get(ui->store, item_id, &it) != STORE_OK) {
		ui_say(ui, MSG_ERROR, _("cannot read the article: %s"), store_error(ui->store));
		store_item_clear(&it);
		return &rv->base;
	}
	char *summary = store_plain_text(it.item.summary ? it.item.summary : it.item.content);
	struct share_article a = { it.item.title, it.item.link, summary };
	struct share_list sl = { 0 };
	share_list_build(&sl, ui->opts);
	for (size_t i = 0; i < sl.n; i++) {
		char *url = share_url(&sl.v[i], &a);
		trows_add(&rv->rows, sl.v[i].label, url, ST_HEADER, (int64_t)i);
		free(url);
	}
	share_list_clear(&sl);
	free(summary);
	free(rv->title);
	rv->title = xasprintf(_("Share: %s"), it.item.title ? it.item.title : "");
	store_item_clear(&it);
	return &rv->base;
}

struct view *
view_errors_new(struct ui *ui)
{
	struct rows_view *rv = rv_new(ui, LK_ERRORS, &errors_ops, _("Feeds that failed"));
	errors_load(rv);
	return &rv->base;
}
