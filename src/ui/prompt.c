/* prompt.c: a small line editor: UTF-8 aware cursor, ^A/^E/^U/^W/^K, history on Up/Down. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/keys.h"
#include "ui/prompt.h"
#include "ui/term.h"
#include "util/utf8.h"
#include "util/width.h"
#include "util/xalloc.h"

void
prompt_init(struct prompt *p)
{
	memset(p, 0, sizeof *p);
}

void
prompt_clear(struct prompt *p)
{
	prompt_stop(p);
	for (size_t i = 0; i < p->nhist; i++)
		free(p->hist[i]);
	buf_free(&p->text);
	p->nhist = 0;
}

void
prompt_start(struct prompt *p, enum prompt_kind kind, const char *label, const char *init,
	     bool history, prompt_done_fn *done, void *ctx)
{
	free(p->label);
	p->kind = kind;
	p->label = xstrdup(label);
	buf_reset(&p->text);
	buf_puts(&p->text, init ? init : "");
	p->cur = p->text.len;
	p->done = done;
	p->ctx = ctx;
	p->use_history = history;
	p->hpos = p->nhist;
	p->scroll = 0;
}

bool
prompt_active(const struct prompt *p)
{
	return p->kind != PROMPT_OFF;
}

const char *
prompt_text(const struct prompt *p)
{
	return buf_str(&p->text);
}

static void
remember(struct prompt *p)
{
	if (!p->use_history || !p->text.len)
		return;
	if (p->nhist && strcmp(p->hist[p->nhist - 1], buf_str(&p->text)) == 0)
		return;
	if (p->nhist == PROMPT_HISTORY) {
		free(p->hist[0]);
		memmove(p->hist, p->hist + 1, (PROMPT_HISTORY - 1) * sizeof *p->hist);
		p->nhist--;
	}
	p->hist[p->nhist++] = xstrdup(buf_str(&p->text));
}

void
prompt_stop(struct prompt *p)
{
	p->kind = PROMPT_OFF;
	FREE_AND_NULL(p->label);
	p->done = NULL;
	p->ctx = NULL;
}

/* Byte offset of the character before / after the cursor. */
static size_t
prev_char(const struct prompt *p, size_t at)
{
	while (at > 0 && ((unsigned char)p->text.data[--at] & 0xc0) == 0x80)
		;
	return at;
}

static size_t
next_char(const struct prompt *p, size_t at)
{
	if (at >= p->text.len)
		return p->text.len;
	uint32_t cp;
	return at + utf8_decode(p->text.data + at, p->text.len - at, &cp);
}

static void
cut(struct prompt *p, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(p->text.data + from, p->text.data + to, p->text.len - to + 1);
	p->text.len -= to - from;
	p->cur = from;
}

static void
insert(struct prompt *p, int key)
{
	struct buf c = BUF_INIT;
	buf_put_utf8(&c, (unsigned long)key);
	struct buf rest = BUF_INIT;
	buf_append(&rest, p->text.data + p->cur, p->text.len - p->cur);
	buf_truncate(&p->text, p->cur);
	buf_append(&p->text, c.data, c.len);
	buf_append(&p->text, rest.data ? rest.data : "", rest.len);
	p->cur += c.len;
	buf_free(&c);
	buf_free(&rest);
}

static void
history(struct prompt *p, int dir)
{
	if (!p->use_history || !p->nhist)
		return;
	if (dir < 0 && p->hpos > 0)
		p->hpos--;
	else if (dir > 0 && p->hpos < p->nhist)
		p->hpos++;
	buf_reset(&p->text);
	buf_puts(&p->text, p->hpos < p->nhist ? p->hist[p->hpos] : "");
	p->cur = p->text.len;
}

/* ^W: the word before the cursor and the blanks after it. */
static void
cut_word(struct prompt *p)
{
	size_t at = p->cur;
	while (at > 0 && p->text.data[at - 1] == ' ')
		at--;
	while (at > 0 && p->text.data[at - 1] != ' ')
		at--;
	cut(p, at, p->cur);
}

enum prompt_result
prompt_key(struct prompt *p, int key)
{
	if (p->kind == PROMPT_YESNO)
		return key == 'y' || key == 'Y' ? PROMPT_DONE : PROMPT_CANCEL;
	switch (key) {
	case TK_ENTER: remember(p); return PROMPT_DONE;
	case TK_ESC: case 3 /* ^C */: case 7 /* ^G */: return PROMPT_CANCEL;
	case TK_BACKSPACE:
		if (!p->text.len)
			return PROMPT_CANCEL; /* as in vi and less: backspace on nothing leaves */
		cut(p, prev_char(p, p->cur), p->cur);
		break;
	case TK_DELETE: case 4 /* ^D */: cut(p, p->cur, next_char(p, p->cur)); break;
	case TK_LEFT: case 2 /* ^B */: p->cur = prev_char(p, p->cur); break;
	case TK_RIGHT: case 6 /* ^F */: p->cur = next_char(p, p->cur); break;
	case TK_HOME: case 1 /* ^A */: p->cur = 0; break;
	case TK_END: case 5 /* ^E */: p->cur = p->text.len; break;
	case 21 /* ^U */: cut(p, 0, p->cur); break;
	case 11 /* ^K */: buf_truncate(&p->text, p->cur); break;
	case 23 /* ^W */: cut_word(p); break;
	case TK_UP: history(p, -1); break;
	case TK_DOWN: history(p, 1); break;
	default:
		if (key >= 0x20 && key < TK_SPECIAL && key != 0x7f)
			insert(p, key);
		break;
	}
	return PROMPT_GOING;
}

void
prompt_draw(struct prompt *p, int y, int cols)
{
	term_fill(y, 0, cols, ST_STATUS);
	int x = term_put(y, 0, p->label, strlen(p->label), cols, ST_STATUS);
	if (p->kind == PROMPT_YESNO) {
		term_cursor(y, x < cols ? x : cols - 1, true);
		return;
	}
	int room = cols - x - 1;
	if (room < 1)
		room = 1;
	int before = (int)width_str(p->text.data ? p->text.data : "", p->cur);
	if (before - p->scroll >= room)
		p->scroll = before - room + 1;
	if (before < p->scroll)
		p->scroll = before;
	/* skip the columns scrolled away, whole characters at a time */
	size_t used = 0;
	size_t skip = width_fit(buf_str(&p->text), p->text.len, (size_t)p->scroll, &used);
	term_put(y, x, buf_str(&p->text) + skip, p->text.len - skip, room, ST_STATUS);
	int cx = x + before - (int)used;
	term_cursor(y, cx < cols ? cx : cols - 1, true);
}
