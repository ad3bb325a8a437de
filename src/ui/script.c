/* script.c: the interface's side of scripting: macros and exec on the screen, per-feed bindings. */
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

/* ---- per-feed bindings ------------------------------------------------ */

/* The bindings of the feed the top view is on, or NULL. Made again when
 * the view moves to another feed. */
static const struct keymap *
feed_keys(struct ui *ui)
{
	bool any = false;
	for (size_t i = 0; i < ui->opts->n_bind && !any; i++)
		any = ui->opts->bind[i].feed != NULL;
	struct action_env env = { 0 };
	if (any && ui->top && ui->top->ops->env)
		ui->top->ops->env(ui->top, &env);
	if (!env.feed_id)
		return NULL;
	if (env.feed_id != ui->feed_keys_id) {
		struct store_feed f;
		keymap_clear(&ui->feed_keys);
		ui->feed_keys_id = env.feed_id;
		if (store_feed_get_id(ui->store, env.feed_id, &f) == STORE_OK) {
			keymap_feed_bindings(&ui->feed_keys, ui->opts, f.url, f.tags, f.n_tags);
			store_feed_clear(&f);
		}
	}
	return &ui->feed_keys;
}

enum key_match
ui_lookup_keys(struct ui *ui, const enum key_ctx *chain, size_t nchain, const int *keys,
	       int nkeys, const struct key_binding **found)
{
	const struct keymap *fk = feed_keys(ui);
	enum key_match m = fk ? keymap_lookup(fk, chain, nchain, keys, nkeys, found) : KEY_NO_MATCH;
	return m != KEY_NO_MATCH ? m : keymap_lookup(ui->keys, chain, nchain, keys, nkeys, found);
}
