/* script.c: the interface's side of scripting: macros and exec on the screen. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* ---- the host callbacks of cmd/actions.h ------------------------------ */

int
ui_host_run_line(void *ctx, const char *line)
{
	return ui_run_line(ctx, line);
}

void
ui_host_leave(void *ctx)
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

void
ui_host_enter(void *ctx, bool wait_key)
{
	struct ui *ui = ctx;
	if (wait_key)
		wait_enter();
	term_resume();
	ui->full_redraw = true;
	ui_dirty(ui);
}

void
ui_host_adopt(void *ctx, int pid)
{
	ui_adopt(ctx, pid);
}
