/* view_help.c: the help screen, made from the key tables and the action table, so it is always true. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/rows.h"
#include "util/i18n.h"
#include "util/xalloc.h"

struct help_view {
	struct view base;
	struct trows rows;
	enum key_ctx ctx;
};

/* "j  down - next line" rows for the bindings of one context. */
static void
add_context(struct trows *t, const struct keymap *km, enum key_ctx ctx, bool *bound)
{
	bool any = false;
	for (size_t i = 0; i < km->n; i++) {
		const struct key_binding *b = &km->v[i];
		if (b->ctx != ctx)
			continue;
		if (!any) {
			char *head = ctx == CTX_GLOBAL ? xstrdup(_("Keys everywhere"))
				   : xasprintf(_("Keys in %s"), key_ctx_name(ctx));
			trows_add(t, "", NULL, ST_NORMAL, -1);
			trows_add(t, head, NULL, ST_HEADER, -1);
			free(head);
			any = true;
		}
		struct buf keys = BUF_INIT, what = BUF_INIT;
		for (int k = 0; k < b->nkeys; k++) {
			if (k)
				buf_putc(&keys, ' ');
			key_describe(b->keys[k], &keys);
		}
		const struct action *a = &action_table[b->action];
		buf_puts(&what, a->name);
		for (size_t k = 0; b->args && b->args[k]; k++)
			buf_printf(&what, " %s", b->args[k]);
		buf_printf(&what, "  %s", _(a->help));
		trows_add(t, buf_str(&keys), buf_str(&what), ST_UNREAD, b->action);
		bound[b->action] = true;
		buf_free(&keys);
		buf_free(&what);
	}
}

static void
build(struct help_view *hv, const struct keymap *km)
{
	bool bound[A_COUNT] = { false };
	trows_add(&hv->rows, _("Keys run actions; : runs any action by name, e.g. :refresh-all"), NULL,
		  ST_NORMAL, -1);
	/* this view's keys first, then those that work everywhere, then the rest */
	add_context(&hv->rows, km, hv->ctx, bound);
	if (hv->ctx == CTX_SEARCH)
		add_context(&hv->rows, km, CTX_HEADLINES, bound);
	add_context(&hv->rows, km, CTX_GLOBAL, bound);
	for (int c = 0; c < CTX_COUNT; c++)
		if (c != (int)hv->ctx && c != CTX_GLOBAL && !(hv->ctx == CTX_SEARCH && c == CTX_HEADLINES))
			add_context(&hv->rows, km, (enum key_ctx)c, bound);
	bool header = false;
	for (int i = 0; i < A_COUNT; i++) {
		if (bound[i])
			continue;
		if (!header) {
			trows_add(&hv->rows, "", NULL, ST_NORMAL, -1);
			trows_add(&hv->rows, _("Actions without a key (type : and the name)"), NULL,
				  ST_HEADER, -1);
			header = true;
		}
		const struct action *a = &action_table[i];
		struct buf name = BUF_INIT;
		buf_printf(&name, ":%s%s%s", a->name, a->args ? " " : "", a->args ? a->args : "");
		trows_add(&hv->rows, buf_str(&name), _(a->help), ST_UNREAD, i);
		buf_free(&name);
	}
}

static void
help_draw(struct view *v, struct ui *ui, int y, int h, int cols)
{
	(void)ui;
	list_draw(&((struct help_view *)v)->rows.list, y, h, cols);
}

static int
help_action(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct help_view *hv = (struct help_view *)v;
	(void)argc; (void)argv;
	if (list_action(&hv->rows.list, id))
		return 1;
	if (id == A_OPEN) {
		/* Enter runs the action of the row, in the view help was asked from */
		const struct trow *r = trows_selected(&hv->rows);
		if (!r || r->data < 0)
			return 1;
		enum action_id run = (enum action_id)r->data;
		ui_pop(ui);
		ui_run_action(ui, run, 0, NULL);
		return 1;
	}
	return 0;
}

static void
help_title(struct view *v, struct buf *out)
{
	struct help_view *hv = (struct help_view *)v;
	buf_printf(out, _("Help: %s"), key_ctx_name(hv->ctx));
}

static void
help_free(struct view *v)
{
	struct help_view *hv = (struct help_view *)v;
	trows_clear(&hv->rows);
	free(hv);
}

static const struct view_ops help_ops = {
	.name = "help", .ctx = CTX_HELP, .draw = help_draw, .action = help_action,
	.title = help_title, .free = help_free,
};

struct view *
view_help_new(struct ui *ui, enum key_ctx ctx)
{
	struct help_view *hv = xcalloc(1, sizeof *hv);
	hv->base.ops = &help_ops;
	hv->ctx = ctx;
	trows_init(&hv->rows);
	build(hv, ui->keys);
	return &hv->base;
}
