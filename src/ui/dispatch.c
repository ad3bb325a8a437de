/* dispatch.c: the host actions run against, and the actions that are the same in every view. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "net/loop.h"
#include "text/sanitize.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/xalloc.h"

long long
ui_opt(const struct ui *ui, const char *name, long long def)
{
	const struct opt_def *d = options_find(name);
	return d ? options_num(ui->opts, (enum opt_id)(d - opt_table)) : def;
}

void
ui_term_config(const struct ui *ui, struct term_config *tc)
{
	memset(tc, 0, sizeof *tc); /* compared with memcmp: no stray padding */
	const char *nc = getenv("NO_COLOR");
	tc->color = !(nc && *nc) && ui_opt(ui, "color", 1) != 0;
	tc->mouse = ui_opt(ui, "mouse", 1) != 0;
	tc->hyperlinks = ui_opt(ui, "hyperlinks", 0) != 0;
	for (int e = 0; e < COLOR_ELEMENTS; e++) /* `color` lines over the defaults */
		colors_lookup(ui->opts, color_element_name(e), &tc->palette[e]);
}

static void
host_message(void *ctx, enum msg_level level, const char *text)
{
	ui_say(ctx, level, "%s", text);
}

static void
host_changed(void *ctx)
{
	struct ui *ui = ctx;
	struct term_config tc;
	ui_term_config(ui, &tc);
	if (memcmp(&tc, &ui->tc, sizeof tc) != 0) {
		ui->tc = tc;
		term_configure(&tc);
		ui->full_redraw = true;
	}
	ui_schedule_auto_refresh(ui);
	ui_reload_all(ui);
}

static int
host_refresh(void *ctx, int64_t feed_id, bool due_only)
{
	return ui_refresh(ctx, feed_id, due_only);
}

static int
host_subscribe(void *ctx, int argc, char **argv)
{
	return ui_feeds_add(ctx, argc, argv);
}

/* Search: every article, results as a headline list. */
static void
search_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	if (!text || !*text)
		return;
	struct store_query q = { .search = text };
	struct view *v = view_headlines_new(ui, &q, text, true, CTX_SEARCH);
	if (v)
		ui_push(ui, v);
}

/* The actions no view took: the ones that are the same everywhere. */
static int
common_action(struct ui *ui, enum action_id id, int argc, char **argv)
{
	switch (id) {
	case A_QUIT:
		ui->quit = true;
		loop_stop(ui->loop);
		return 0;
	case A_BACK:
		if (ui->top && ui->top->below)
			ui_pop(ui);
		else {
			ui->quit = true;
			loop_stop(ui->loop);
		}
		return 0;
	case A_HELP:
		ui_push(ui, view_help_new(ui, ui->top ? ui->top->ops->ctx : CTX_GLOBAL));
		return 0;
	case A_COMMAND_LINE:
		ui_cmdline_open(ui);
		return 0;
	case A_SEARCH:
		if (argc > 0) {
			struct buf b = BUF_INIT;
			for (int i = 0; i < argc; i++)
				buf_printf(&b, "%s%s", i ? " " : "", argv[i]);
			search_done(ui, NULL, buf_str(&b));
			buf_free(&b);
		} else {
			prompt_start(&ui->prompt, PROMPT_LINE, _("Search: "), NULL, false, search_done, NULL);
		}
		ui_dirty(ui);
		return 0;
	case A_REDRAW:
		ui->full_redraw = true;
		ui_dirty(ui);
		return 0;
	case A_ERRORS:
		ui_push(ui, view_errors_new(ui));
		return 0;
	default:
		ui_say(ui, MSG_ERROR, _("%s does nothing here"), action_table[id].name);
		return -1;
	}
}

static int
host_ui(void *ctx, enum action_id id, int argc, char **argv)
{
	struct ui *ui = ctx;
	if (ui->top && ui->top->ops->action) {
		int r = ui->top->ops->action(ui->top, ui, id, argc, argv);
		if (r != 0) {
			ui_dirty(ui);
			return r > 0 ? 0 : -1;
		}
	}
	return common_action(ui, id, argc, argv);
}

void
ui_host_init(struct ui *ui)
{
	ui->host = (struct action_host){
		.ctx = ui, .screen = true, .message = host_message, .ui = host_ui,
		.refresh = host_refresh, .subscribe = host_subscribe, .changed = host_changed, .run_line = ui_host_run_line,
		.leave = ui_host_leave, .enter = ui_host_enter, .adopt = ui_host_adopt,
	};
}

static void
make_env(struct ui *ui, struct action_env *env)
{
	memset(env, 0, sizeof *env);
	env->store = ui->store;
	env->opts = ui->opts;
	env->host = &ui->host;
	if (ui->top && ui->top->ops->env)
		ui->top->ops->env(ui->top, env);
}

int
ui_run_action(struct ui *ui, enum action_id id, int argc, char **argv)
{
	struct action_env env;
	make_env(ui, &env);
	int rc = action_run(&env, id, argc, argv);
	ui_dirty(ui);
	return rc;
}

int
ui_run_line(struct ui *ui, const char *line)
{
	struct action_env env;
	make_env(ui, &env);
	int rc = action_run_line(&env, line);
	ui_dirty(ui);
	return rc;
}
