/* programs.c: what tidings hands to other programs from the screen: text to the clipboard, links to the browser, programs run on the terminal. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "text/sanitize.h"
#include "ui/app.h"
#include "ui/clipboard.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/open.h"
#include "util/spawn.h"

void
ui_copy(struct ui *ui, const char *text)
{
	struct clip_env env;
	enum clip_method used = CLIP_NONE;
	char *err = NULL;
	clip_env_get(&env);
	if (clip_copy(text, term_fd(), &env, &used, &err) != 0) {
		ui_say(ui, MSG_ERROR, _("cannot copy: %s"), err ? err : "?");
		free(err);
		return;
	}
	char *shown = text_sanitize(text);
	ui_say(ui, MSG_INFO, _("copied (%s): %s"), clip_method_name(used), shown);
	free(shown);
	/* OSC 52 went around ncurses: draw everything again */
	ui->full_redraw = true;
}

void
ui_open_url(struct ui *ui, const char *url, bool any_scheme)
{
	struct open_env env;
	struct open_plan plan = { 0 };
	char *err = NULL;
	open_env_get(&env, options_str(ui->opts, OPT_BROWSER));
	int rc = open_plan(url, &env, any_scheme ? OPEN_ANY_SCHEME : 0, &plan, &err);
	if (rc == OPEN_NO_DISPLAY || rc == OPEN_NO_BROWSER) {
		ui_say(ui, MSG_INFO, rc == OPEN_NO_DISPLAY ? _("no display here: copying the link instead")
							   : _("no browser set: copying the link instead"));
		ui_copy(ui, url);
		return;
	}
	if (rc != OPEN_OK) {
		ui_say(ui, MSG_ERROR, _("cannot open the link: %s"), err ? err : "?");
		free(err);
		return;
	}
	struct spawn_child bg = { .pid = -1, .out = -1, .err = -1 };
	if (plan.terminal)
		term_suspend();
	rc = open_run(&plan, &bg, &err);
	if (plan.terminal) {
		term_resume();
		ui->full_redraw = true;
	}
	ui_keep_child(ui, &bg);
	if (rc != OPEN_OK) {
		ui_say(ui, MSG_ERROR, _("cannot open the link: %s"), err ? err : "?");
		free(err);
	}
	open_plan_clear(&plan);
	ui_dirty(ui);
}

static void
feed_input(int fd, const char *input)
{
	size_t n = strlen(input), off = 0;
	while (off < n) {
		ssize_t w = write(fd, input + off, n - off);
		if (w <= 0)
			break; /* the program stopped reading: that is its business */
		off += (size_t)w;
	}
}

int
ui_run_program(struct ui *ui, char **argv, const char *input)
{
	int fds[2] = { -1, -1 };
	if (input && pipe2(fds, O_CLOEXEC) != 0) {
		ui_say(ui, MSG_ERROR, _("cannot run %s: %s"), argv[0], strerror(errno));
		return -1;
	}
	term_suspend();
	struct spawn_child ch;
	int rc = spawn_start(argv, fds[0], SPAWN_KEEP_TTY, &ch);
	if (fds[0] >= 0)
		close(fds[0]);
	int status = -1;
	if (rc == 0) {
		if (fds[1] >= 0)
			feed_input(fds[1], input);
		if (fds[1] >= 0)
			close(fds[1]);
		fds[1] = -1;
		status = spawn_wait(&ch);
	}
	if (fds[1] >= 0)
		close(fds[1]);
	term_resume();
	ui->full_redraw = true;
	ui_dirty(ui);
	if (rc != 0) {
		ui_say(ui, MSG_ERROR, _("cannot run %s: %s"), argv[0], strerror(rc));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		ui_say(ui, MSG_ERROR, _("%s exited with status %d"), argv[0], WEXITSTATUS(status));
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
