/* prompt_history.c: the prompt's history (`:` lines, pipe commands) kept from one run to the next in a file (cmd/history.c). */
#include "config.h"

#include <stdlib.h>

#include "cmd/history.h"
#include "ui/app.h"

static size_t
history_size(const struct ui *ui)
{
	long long n = ui_opt(ui, "history-size", 100);
	return (size_t)(n < 0 ? 0 : n > PROMPT_HISTORY ? PROMPT_HISTORY : n);
}

void
ui_history_load(struct ui *ui)
{
	char *path = history_path();
	size_t n = 0;
	char **v = history_load(path, history_size(ui), &n);
	struct prompt *p = &ui->prompt;
	for (size_t i = 0; i < n && p->nhist < PROMPT_HISTORY; i++) {
		p->hist[p->nhist++] = v[i];
		v[i] = NULL;
	}
	p->hpos = p->nhist;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
	free(path);
}

void
ui_history_save(struct ui *ui)
{
	size_t max = history_size(ui);
	if (ui->prompt.nhist == 0) /* nothing loaded or typed: leave the file alone */
		return;
	char *path = history_path();
	history_save(path, ui->prompt.hist, ui->prompt.nhist, max);
	free(path);
}
