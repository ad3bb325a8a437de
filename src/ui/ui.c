/* ui.c: the interface's life: terminal, signals and keys plugged into the one event loop, redraw when idle. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "net/loop.h"
#include "net/net.h"
#include "refresh/refresh.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/width.h"
#include "util/xalloc.h"

/* Signal handlers only set these and write a byte to the self-pipe. */
static volatile sig_atomic_t got_winch, got_term;
static int sig_wfd = -1;

static void
on_signal(int sig)
{
	int saved = errno;
	if (sig == SIGWINCH)
		got_winch = 1;
	else
		got_term = sig;
	if (sig_wfd >= 0) {
		ssize_t w = write(sig_wfd, "s", 1);
		(void)w;
	}
	errno = saved;
}

static int
signals_start(struct ui *ui)
{
	if (pipe(ui->sigpipe) != 0)
		return -1;
	for (int i = 0; i < 2; i++) {
		fcntl(ui->sigpipe[i], F_SETFL, fcntl(ui->sigpipe[i], F_GETFL) | O_NONBLOCK);
		fcntl(ui->sigpipe[i], F_SETFD, FD_CLOEXEC);
	}
	sig_wfd = ui->sigpipe[1];
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	int sigs[] = { SIGWINCH, SIGTERM, SIGINT, SIGHUP };
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	return 0;
}

static void
signals_stop(struct ui *ui)
{
	int sigs[] = { SIGWINCH, SIGTERM, SIGINT, SIGHUP };
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		signal(sigs[i], SIG_DFL);
	sig_wfd = -1;
	close(ui->sigpipe[0]);
	close(ui->sigpipe[1]);
}

static void
on_sigpipe(void *ctx, int fd, short revents)
{
	struct ui *ui = ctx;
	char b[64];
	(void)revents;
	while (read(fd, b, sizeof b) > 0)
		;
	if (got_winch) {
		got_winch = 0;
		term_resize();
		ui->full_redraw = true;
		ui_dirty(ui);
	}
	if (got_term) {
		ui->quit = true;
		loop_stop(ui->loop);
	}
}

void
ui_dirty(struct ui *ui)
{
	ui->dirty = true;
}

void
ui_say(struct ui *ui, enum msg_level level, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	status_push(&ui->status, level, buf_str(&b));
	buf_free(&b);
	ui_dirty(ui);
}

void
ui_push(struct ui *ui, struct view *v)
{
	v->below = ui->top;
	ui->top = v;
	ui_dirty(ui);
}

void
ui_pop(struct ui *ui)
{
	struct view *v = ui->top;
	if (!v)
		return;
	ui->top = v->below;
	if (v->ops->free)
		v->ops->free(v);
	if (ui->top && ui->top->ops->reload)
		ui->top->ops->reload(ui->top, ui);
	ui_dirty(ui);
}

void
ui_reload_all(struct ui *ui)
{
	for (struct view *v = ui->top; v; v = v->below)
		if (v->ops->reload)
			v->ops->reload(v, ui);
	store_data_version(ui->store, &ui->data_version);
	ui_dirty(ui);
}

/* The top bar: where we are, and the two keys a newcomer needs. */
static void
draw_title(struct ui *ui, int cols)
{
	struct buf b = BUF_INIT;
	buf_puts(&b, "tidings");
	if (ui->top && ui->top->ops->title) {
		buf_puts(&b, " - ");
		ui->top->ops->title(ui->top, &b);
	}
	term_fill(0, 0, cols, ST_BAR);
	const char *hint = _("q:back ?:help");
	int hw = (int)width_str(hint, strlen(hint));
	int x = ui_put_clean(0, 0, buf_str(&b), cols, ST_BAR); /* titles come from feeds */
	if (x + hw + 2 <= cols)
		term_put(0, cols - hw, hint, strlen(hint), hw, ST_BAR);
	buf_free(&b);
}

static void
draw(void *ctx)
{
	struct ui *ui = ctx;
	if (!ui->dirty || ui->quit)
		return;
	ui->dirty = false;
	int rows = term_rows(), cols = term_cols();
	term_erase(ui->full_redraw);
	ui->full_redraw = false;
	term_cursor(rows - 1, 0, false);
	/* the view first: the title says where in it we are */
	if (ui->top && rows > 2)
		ui->top->ops->draw(ui->top, ui, 1, rows - 2, cols);
	draw_title(ui, cols);
	if (prompt_active(&ui->prompt))
		prompt_draw(&ui->prompt, rows - 1, cols);
	else
		status_draw(&ui->status, rows - 1, cols);
	term_flush();
}

/* A cron `tidings refresh` commits through another connection: the data
 * version moves, and the views read again. */
static void
poll_data(void *ctx)
{
	struct ui *ui = ctx;
	int64_t v = 0;
	loop_timer(ui->loop, 1000, poll_data, ui);
	if (store_data_version(ui->store, &v) == STORE_OK && v != ui->data_version) {
		ui->data_version = v;
		ui_reload_all(ui);
	}
}

static void
on_stdin(void *ctx, int fd, short revents)
{
	struct ui *ui = ctx;
	(void)fd;
	if (revents & (POLLHUP | POLLERR | POLLNVAL)) {
		/* the terminal went away: nobody is left to read the screen */
		ui->quit = true;
		loop_stop(ui->loop);
		return;
	}
	int key, row = 0, col = 0;
	while (!ui->quit && term_key(&key, &row, &col))
		ui_key(ui, key, row, col);
	if (ui->quit)
		loop_stop(ui->loop);
}

struct poller *
ui_poller(struct ui *ui)
{
	if (!ui->poller) {
		struct net_config nc;
		refresh_net_config(ui->opts, &nc);
		ui->poller = poller_new(&nc);
		loop_set_poller(ui->loop, ui->poller);
	}
	return ui->poller;
}

static void
start_views(struct ui *ui)
{
	ui_push(ui, view_feeds_new(ui));
	for (size_t i = 0; i < ui->setup->nwarnings; i++)
		ui_say(ui, MSG_ERROR, "%s", ui->setup->warnings[i]);
}

static void
ui_free(struct ui *ui)
{
	while (ui->top)
		ui_pop(ui);
	/* the poller first: its cancellations reach the refresh's update and
	 * put running downloads back in the queue */
	poller_free(&ui->poller);
	ui_downloading_free(ui);
	ui_refreshing_free(ui);
	loop_free(&ui->loop);
	ui_history_save(ui);
	prompt_clear(&ui->prompt);
	status_clear(&ui->status);
	ui_feed_edits_free(ui);
	ui_children_free(ui);
	ui_cmdline_free(ui);
	ui_feed_keys_free(ui);
	ui_key_seq_free(ui);
}

int
ui_run(const struct ui_setup *setup, char **err)
{
	struct ui ui_state;
	struct ui *ui = &ui_state;
	memset(ui, 0, sizeof *ui);
	ui->setup = setup;
	ui->store = setup->store;
	ui->opts = setup->opts;
	ui->keys = setup->keys;
	status_init(&ui->status);
	prompt_init(&ui->prompt);
	ui_host_init(ui);
	ui->loop = loop_new(NULL); /* the poller comes with the first fetch */
	ui_term_config(ui, &ui->tc);
	if (signals_start(ui) != 0 || term_open(&ui->tc, err) != 0) {
		if (!*err)
			*err = xasprintf(_("cannot start: %s"), strerror(errno));
		ui_free(ui);
		return -1;
	}
	/* lists read a page at a time: a small page cache is enough (a refresh
	 * inside the interface writes feed by feed, as the cache expects) */
	store_set_memory(ui->store, 1024);
	store_data_version(ui->store, &ui->data_version);
	/* what arrived since the interface was last closed is "new" */
	if (store_meta_get(ui->store, "ui_closed", &ui->new_since) != STORE_OK)
		ui->new_since = 0;
	loop_watch(ui->loop, STDIN_FILENO, POLLIN, on_stdin, ui);
	loop_watch(ui->loop, ui->sigpipe[0], POLLIN, on_sigpipe, ui);
	loop_on_idle(ui->loop, draw, ui);
	loop_timer(ui->loop, 1000, poll_data, ui);
	ui_index_start(ui);
	ui_schedule_auto_refresh(ui);
	ui_history_load(ui);
	start_views(ui);
	ui->dirty = true;
	loop_run(ui->loop);
	store_meta_set(ui->store, "ui_closed", (int64_t)time(NULL));
	term_close();
	ui_free(ui);
	signals_stop(ui);
	return 0;
}
