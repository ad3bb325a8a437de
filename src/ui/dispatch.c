/* dispatch.c: keys to actions (per-view context, then global; multi-key sequences), the host actions run against, refresh. */
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

static void
command_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	if (text && *text)
		ui_run_line(ui, text);
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
		prompt_start(&ui->prompt, PROMPT_LINE, ":", NULL, true, command_done, NULL);
		ui_dirty(ui);
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
	if (key == TK_TAB && ui->prompt.done == command_done) {
		ui_prompt_complete(ui);
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

/* ---- refresh --------------------------------------------------------- */

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
	ui->reload_timer = 0;
	ui_reload_all(ui);
}

/* A feed refreshed alone says how it failed or where it moved; in any
 * refresh a deferred feed says until when (failures of a refresh of all
 * wait in the E list; new items are in the summary). */
static void
say_report(struct ui *ui, const struct refresh_report *r)
{
	if (!ui->refresh_feed && r->outcome != REFRESH_DEFERRED)
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
	say_report(ui, r);
	show_progress(ui, p);
	/* counts follow the feeds as they land, at most a few times a second */
	if (!ui->reload_timer)
		ui->reload_timer = loop_timer(ui->loop, 200, reload_soon, ui);
}

static void
run_queued(void *ctx)
{
	struct ui *ui = ctx;
	int64_t id = ui->queued_feed;
	ui->queued_timer = 0;
	ui->queued_feed = 0;
	if (id)
		ui_refresh(ui, id, false);
}

static void
job_done(void *ctx, const struct refresh_progress *p, const char *error, const char *hook_error)
{
	struct ui *ui = ctx;
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
		ui_after_refresh(ui, p);
	ui->job_done = true;
	if (ui->queued_feed && !ui->queued_timer)
		ui->queued_timer = loop_timer(ui->loop, 0, run_queued, ui);
	ui_reload_all(ui);
}

/* A finished job is freed here, outside its own callback. */
static void
reap_job(struct ui *ui)
{
	if (ui->job && ui->job_done) {
		refresh_free(&ui->job);
		ui->job_done = false;
	}
}

int
ui_refresh(struct ui *ui, int64_t feed_id, bool due_only)
{
	reap_job(ui);
	if (ui->job) {
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
	if (refresh_start(&ui->job, ui->loop, ui_poller(ui), ui->store, ui->opts, &spec, &cb, &err) != 0) {
		ui_say(ui, MSG_ERROR, "%s", err);
		free(err);
		return -1;
	}
	ui->refresh_feed = feed_id;
	show_progress(ui, refresh_get_progress(ui->job));
	return 0;
}

static void
auto_refresh(void *ctx)
{
	struct ui *ui = ctx;
	ui->auto_timer = 0;
	reap_job(ui);
	if (!ui->job)
		ui_refresh(ui, 0, true);
	ui_schedule_auto_refresh(ui);
}

void
ui_schedule_auto_refresh(struct ui *ui)
{
	long long minutes = ui_opt(ui, "refresh-minutes", 0);
	if (ui->auto_timer) {
		loop_cancel(ui->loop, ui->auto_timer);
		ui->auto_timer = 0;
	}
	if (minutes > 0)
		ui->auto_timer = loop_timer(ui->loop, (long)(minutes * 60 * 1000), auto_refresh, ui);
}

void
ui_refresh_soon(struct ui *ui, int64_t feed_id)
{
	reap_job(ui);
	if (ui->job)
		ui->queued_feed = feed_id;
	else
		ui_refresh(ui, feed_id, false);
}
