/* dispatch.c: keys to actions (per-view context, then global; multi-key sequences), the host actions run against (refreshes are refreshing.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "net/loop.h"
#include "text/sanitize.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* How long a key that starts a longer binding waits for the next one. */
#define SEQ_WAIT_MS 1000

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

/* ---- keys ------------------------------------------------------------ */

static size_t
key_chain(const struct ui *ui, enum key_ctx chain[3])
{
	size_t n = 0;
	enum key_ctx c = ui->top ? ui->top->ops->ctx : CTX_GLOBAL;
	if (c != CTX_GLOBAL)
		chain[n++] = c;
	if (c == CTX_SEARCH)
		chain[n++] = CTX_HEADLINES;
	chain[n++] = CTX_GLOBAL;
	return n;
}

static void
run_binding(struct ui *ui, const struct key_binding *b)
{
	int argc = 0;
	while (b->args && b->args[argc])
		argc++;
	ui_run_action(ui, (enum action_id)b->action, argc, b->args);
}

static void
seq_timeout(void *ctx)
{
	struct ui *ui = ctx;
	enum key_ctx chain[3];
	const struct key_binding *b = NULL;
	ui->seq_timer = 0;
	size_t n = key_chain(ui, chain);
	enum key_match m = ui_lookup_keys(ui, chain, n, ui->pending, ui->npending, &b);
	ui->npending = 0;
	if (m == KEY_AMBIGUOUS && b)
		run_binding(ui, b);
}

static void
prompt_key_in(struct ui *ui, int key)
{
	if (key == TK_TAB && ui_cmdline_tab(ui)) {
		ui_dirty(ui);
		return;
	}
	enum prompt_result r = prompt_key(&ui->prompt, key);
	if (r == PROMPT_GOING) {
		ui_dirty(ui);
		return;
	}
	prompt_done_fn *done = ui->prompt.done;
	void *ctx = ui->prompt.ctx;
	char *text = r == PROMPT_DONE ? xstrdup(prompt_text(&ui->prompt)) : NULL;
	if (ui->prompt.kind == PROMPT_YESNO && r == PROMPT_DONE) {
		free(text);
		text = xstrdup("y");
	}
	prompt_stop(&ui->prompt);
	if (done)
		done(ui, ctx, text);
	free(text);
	ui_dirty(ui);
}

static void
bound_key(struct ui *ui, int key)
{
	enum key_ctx chain[3];
	size_t n = key_chain(ui, chain);
	if (ui->seq_timer) {
		loop_cancel(ui->loop, ui->seq_timer);
		ui->seq_timer = 0;
	}
	if (ui->npending == KEY_SEQ_MAX)
		ui->npending = 0;
	ui->pending[ui->npending++] = key;
	const struct key_binding *b = NULL;
	switch (ui_lookup_keys(ui, chain, n, ui->pending, ui->npending, &b)) {
	case KEY_EXACT:
		ui->npending = 0;
		run_binding(ui, b);
		break;
	case KEY_PREFIX:
	case KEY_AMBIGUOUS:
		ui->seq_timer = loop_timer(ui->loop, SEQ_WAIT_MS, seq_timeout, ui);
		break;
	case KEY_NO_MATCH:
		if (ui->npending > 1) {
			/* the sequence broke: start again from this key */
			ui->npending = 0;
			bound_key(ui, key);
			return;
		}
		ui->npending = 0;
		if (key != TK_ESC) {
			struct buf name = BUF_INIT;
			key_describe(key, &name);
			ui_say(ui, MSG_INFO, _("%s: no action on this key (? shows the keys)"), buf_str(&name));
			buf_free(&name);
		}
		break;
	}
}

void
ui_key(struct ui *ui, int key, int row, int col)
{
	(void)col;
	if (key == TK_RESIZE) {
		term_resize();
		ui->full_redraw = true;
		ui_dirty(ui);
		return;
	}
	if (prompt_active(&ui->prompt)) {
		prompt_key_in(ui, key);
		return;
	}
	if (status_seen(&ui->status))
		ui_dirty(ui);
	if (key == TK_CLICK) {
		if (ui->top && ui->top->ops->click && ui->top->ops->click(ui->top, ui, row))
			ui_dirty(ui);
		return;
	}
	bound_key(ui, key);
}
