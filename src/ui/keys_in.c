/* keys_in.c: keys from the terminal: to the prompt while it asks, a click to the view, else key sequences ("g g") to bindings (the view's context, then global) and their actions. */
#include "config.h"

#include <stdlib.h>

#include "net/loop.h"
#include "ui/app.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* How long a key that starts a longer binding waits for the next one. */
#define SEQ_WAIT_MS 1000

/* The keys of a sequence not yet finished ("g" of "g g"). */
struct key_seq {
	int pending[KEY_SEQ_MAX];
	int npending;
	int timer; /* ends the wait for the next key */
};

static struct key_seq *
seq(struct ui *ui)
{
	if (!ui->seq)
		ui->seq = xcalloc(1, sizeof *ui->seq);
	return ui->seq;
}

void
ui_key_seq_free(struct ui *ui)
{
	FREE_AND_NULL(ui->seq);
}

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

/* No next key came: a binding that is also the start of a longer one runs. */
static void
seq_timeout(void *ctx)
{
	struct ui *ui = ctx;
	struct key_seq *s = seq(ui);
	enum key_ctx chain[3];
	const struct key_binding *b = NULL;
	s->timer = 0;
	size_t n = key_chain(ui, chain);
	enum key_match m = ui_lookup_keys(ui, chain, n, s->pending, s->npending, &b);
	s->npending = 0;
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
say_unbound(struct ui *ui, int key)
{
	if (key == TK_ESC)
		return;
	struct buf name = BUF_INIT;
	key_describe(key, &name);
	ui_say(ui, MSG_INFO, _("%s: no action on this key (? shows the keys)"), buf_str(&name));
	buf_free(&name);
}

static void
bound_key(struct ui *ui, int key)
{
	struct key_seq *s = seq(ui);
	enum key_ctx chain[3];
	size_t n = key_chain(ui, chain);
	if (s->timer) {
		loop_cancel(ui->loop, s->timer);
		s->timer = 0;
	}
	if (s->npending == KEY_SEQ_MAX)
		s->npending = 0;
	s->pending[s->npending++] = key;
	const struct key_binding *b = NULL;
	switch (ui_lookup_keys(ui, chain, n, s->pending, s->npending, &b)) {
	case KEY_EXACT:
		s->npending = 0;
		run_binding(ui, b);
		break;
	case KEY_PREFIX:
	case KEY_AMBIGUOUS:
		s->timer = loop_timer(ui->loop, SEQ_WAIT_MS, seq_timeout, ui);
		break;
	case KEY_NO_MATCH:
		if (s->npending > 1) {
			/* the sequence broke: start again from this key */
			s->npending = 0;
			bound_key(ui, key);
			return;
		}
		s->npending = 0;
		say_unbound(ui, key);
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
