/* host.c: the host the actions run on in the interface (cmd/actions.h): their messages, the actions that move around the screen, refreshes, downloads, settings changed, programs on the terminal. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "net/loop.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"

static void
host_message(void *ctx, enum msg_level level, const char *text)
{
	ui_say(ctx, level, "%s", text);
}

/* A setting or the cache changed: the terminal, the timer and the views
 * follow. */
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

static int
host_enqueue(void *ctx, int64_t item_id)
{
	return ui_enqueue(ctx, item_id);
}

static int
host_run_line(void *ctx, const char *line)
{
	return ui_run_line(ctx, line);
}

static void
host_leave(void *ctx)
{
	(void)ctx;
	term_suspend();
}

/* After exec -w: the program's output stays until Enter. */
static void
wait_enter(void)
{
	fputs(_("\n[press Enter to return to tidings]"), stdout);
	fflush(stdout);
	char c;
	ssize_t n;
	while ((n = read(STDIN_FILENO, &c, 1)) == 1 && c != '\n' && c != '\r')
		;
}

static void
host_enter(void *ctx, bool wait_key)
{
	struct ui *ui = ctx;
	if (wait_key)
		wait_enter();
	term_resume();
	ui->full_redraw = true;
	ui_dirty(ui);
}

static void
host_adopt(void *ctx, int pid)
{
	ui_adopt(ctx, pid);
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

/* search WORDS, or ask for them. */
static void
search(struct ui *ui, int argc, char **argv)
{
	if (argc == 0) {
		prompt_start(&ui->prompt, PROMPT_LINE, _("Search: "), NULL, false, search_done, NULL);
		return;
	}
	struct buf b = BUF_INIT;
	for (int i = 0; i < argc; i++)
		buf_printf(&b, "%s%s", i ? " " : "", argv[i]);
	search_done(ui, NULL, buf_str(&b));
	buf_free(&b);
}

static void
quit(struct ui *ui)
{
	ui->quit = true;
	loop_stop(ui->loop);
}

/* The actions no view took: the ones that are the same everywhere. */
static int
common_action(struct ui *ui, enum action_id id, int argc, char **argv)
{
	switch (id) {
	case A_QUIT:
		quit(ui);
		return 0;
	case A_BACK:
		if (ui->top && ui->top->below)
			ui_pop(ui);
		else
			quit(ui);
		return 0;
	case A_HELP:
		ui_push(ui, view_help_new(ui, ui->top ? ui->top->ops->ctx : CTX_GLOBAL));
		return 0;
	case A_COMMAND_LINE:
		ui_cmdline_open(ui);
		return 0;
	case A_SEARCH:
		search(ui, argc, argv);
		ui_dirty(ui);
		return 0;
	case A_REDRAW:
		ui->full_redraw = true;
		ui_dirty(ui);
		return 0;
	case A_ERRORS:
		ui_push(ui, view_errors_new(ui));
		return 0;
	case A_DOWNLOADS:
		ui_push(ui, view_downloads_new(ui));
		return 0;
	default:
		ui_say(ui, MSG_ERROR, _("%s does nothing here"), action_table[id].name);
		return -1;
	}
}

/* The top view first, then what every view does. */
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
		.refresh = host_refresh, .subscribe = host_subscribe, .enqueue = host_enqueue,
		.changed = host_changed, .run_line = host_run_line, .leave = host_leave,
		.enter = host_enter, .adopt = host_adopt,
	};
}

/* What an action acts on: the top view's item, feed and list. */
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
