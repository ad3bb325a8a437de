/* script.c: the interface's side of scripting: macros and exec on the screen, per-feed bindings, Tab and a kept history on the `:` line. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/complete.h"
#include "cmd/history.h"
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

/* ---- the `:` line ----------------------------------------------------- */

/* Put word in place of the word being completed (from byte start to the
 * cursor) of the line text/cur; the prompt gets the result. */
static void
put_word(struct prompt *p, const char *text, size_t cur, size_t start, const char *word,
	 bool space)
{
	struct buf line = BUF_INIT;
	buf_append(&line, text, start);
	buf_puts(&line, word);
	if (space)
		buf_putc(&line, ' ');
	size_t at = line.len;
	buf_puts(&line, text + cur);
	buf_reset(&p->text);
	buf_puts(&p->text, buf_str(&line));
	p->cur = at;
	buf_free(&line);
}

/* Tab: one candidate is completed; several give their common part, and
 * when that adds nothing, Tab after Tab goes through them in turn (the
 * line is what it was before the first of those Tabs, with the next one). */
void
ui_prompt_complete(struct ui *ui)
{
	struct prompt *p = &ui->prompt;
	struct ui_tab *t = &ui->tab;
	bool again = t->last && strcmp(t->last, buf_str(&p->text)) == 0 && t->last_cur == p->cur;
	if (!again) {
		free(t->base);
		t->base = xstrdup(buf_str(&p->text));
		t->base_cur = p->cur;
		t->next = 0;
	}
	struct completion c;
	complete_line(t->base, t->base_cur, ui->opts, &c);
	size_t typed = t->base_cur - c.start;
	bool cycle = c.n > 1 && strlen(c.common) <= typed;
	if (c.n == 1)
		put_word(p, t->base, t->base_cur, c.start, c.v[0], true);
	else if (c.n > 1 && !cycle)
		put_word(p, t->base, t->base_cur, c.start, c.common, false);
	else if (cycle)
		put_word(p, t->base, t->base_cur, c.start, c.v[t->next++ % c.n], false);
	if (c.n && !cycle) { /* the next Tab goes on from here */
		free(t->base);
		t->base = xstrdup(buf_str(&p->text));
		t->base_cur = p->cur;
		t->next = 0;
	}
	free(t->last);
	t->last = xstrdup(buf_str(&p->text));
	t->last_cur = p->cur;
	completion_clear(&c);
}

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
