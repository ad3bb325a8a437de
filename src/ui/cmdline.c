/* cmdline.c: the `:` line: Tab completes the word at the cursor (cmd/complete.c finds the words), Enter runs the line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/complete.h"
#include "ui/app.h"
#include "util/xalloc.h"

/* Tab after Tab: the line before a round of Tabs that cycles through the
 * candidates, and the line the last Tab left. Kept from one `:` line to
 * the next, as the history is. */
struct cmdline_tab {
	char *base, *last;
	size_t base_cur, last_cur, next;
};

static void
command_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	if (text && *text)
		ui_run_line(ui, text);
}

void
ui_cmdline_open(struct ui *ui)
{
	prompt_start(&ui->prompt, PROMPT_LINE, ":", NULL, true, command_done, NULL);
	ui_dirty(ui);
}

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

/* The next Tab completes the line as it is now. */
static void
new_round(struct cmdline_tab *t, const struct prompt *p)
{
	free(t->base);
	t->base = xstrdup(buf_str(&p->text));
	t->base_cur = p->cur;
	t->next = 0;
}

/* One candidate is completed; several give their common part, and when
 * that adds nothing, Tab after Tab goes through them in turn (the line is
 * what it was before the first of those Tabs, with the next one). */
static void
complete(struct cmdline_tab *t, struct prompt *p, const struct options *opts)
{
	bool again = t->last && strcmp(t->last, buf_str(&p->text)) == 0 && t->last_cur == p->cur;
	if (!again)
		new_round(t, p);
	struct completion c;
	complete_line(t->base, t->base_cur, opts, &c);
	size_t typed = t->base_cur - c.start;
	bool cycle = c.n > 1 && strlen(c.common) <= typed;
	if (c.n == 1)
		put_word(p, t->base, t->base_cur, c.start, c.v[0], true);
	else if (c.n > 1 && !cycle)
		put_word(p, t->base, t->base_cur, c.start, c.common, false);
	else if (cycle)
		put_word(p, t->base, t->base_cur, c.start, c.v[t->next++ % c.n], false);
	if (c.n && !cycle) /* the next Tab goes on from here */
		new_round(t, p);
	free(t->last);
	t->last = xstrdup(buf_str(&p->text));
	t->last_cur = p->cur;
	completion_clear(&c);
}

bool
ui_cmdline_tab(struct ui *ui)
{
	if (ui->prompt.done != command_done)
		return false;
	if (!ui->tab)
		ui->tab = xcalloc(1, sizeof *ui->tab);
	complete(ui->tab, &ui->prompt, ui->opts);
	return true;
}

void
ui_cmdline_free(struct ui *ui)
{
	if (!ui->tab)
		return;
	free(ui->tab->base);
	free(ui->tab->last);
	FREE_AND_NULL(ui->tab);
}
