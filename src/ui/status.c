/* status.c: queued messages, and the progress of what runs in the background (refresh, `a`, `f`), on the bottom line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/sanitize.h"
#include "ui/status.h"
#include "ui/term.h"
#include "util/buf.h"
#include "util/width.h"
#include "util/xalloc.h"

void
status_init(struct status *st)
{
	memset(st, 0, sizeof *st);
}

void
status_clear(struct status *st)
{
	while (st->n)
		status_seen(st);
	for (int k = 0; k < PROGRESS_KINDS; k++)
		FREE_AND_NULL(st->progress[k]);
}

void
status_push(struct status *st, enum msg_level level, const char *text)
{
	if (st->n == STATUS_QMAX)
		status_seen(st);
	char *clean = text_sanitize(text);
	size_t i = (st->head + st->n) % STATUS_QMAX;
	st->q[i].level = level;
	st->q[i].text = clean ? clean : xstrdup("");
	st->n++;
}

bool
status_seen(struct status *st)
{
	if (!st->n)
		return false;
	FREE_AND_NULL(st->q[st->head].text);
	st->head = (st->head + 1) % STATUS_QMAX;
	st->n--;
	return true;
}

void
status_progress(struct status *st, enum progress_kind kind, const char *text)
{
	free(st->progress[kind]);
	st->progress[kind] = xstrdup_or_null(text);
}

const char *
status_current(const struct status *st, enum msg_level *level)
{
	if (!st->n)
		return NULL;
	if (level)
		*level = st->q[st->head].level;
	return st->q[st->head].text;
}

void
status_draw(const struct status *st, int y, int cols)
{
	enum msg_level level = MSG_INFO;
	const char *msg = status_current(st, &level);
	int x = 0;
	term_fill(y, 0, cols, ST_STATUS);
	if (msg) {
		struct buf b = BUF_INIT;
		buf_puts(&b, msg);
		if (st->n > 1)
			buf_printf(&b, " (+%zu)", st->n - 1);
		x = term_put(y, 0, b.data, b.len, cols, level == MSG_ERROR ? ST_ERROR : ST_STATUS);
		buf_free(&b);
	}
	struct buf p = BUF_INIT;
	for (int k = 0; k < PROGRESS_KINDS; k++)
		if (st->progress[k])
			buf_printf(&p, "%s%s", p.len ? "  " : "", st->progress[k]);
	if (p.len) {
		/* progress stays visible at the right while messages come and go */
		int w = (int)width_str(p.data, p.len);
		int at = cols - w;
		if (at < x + 1)
			at = x + 1;
		if (at < cols)
			term_put(y, at, p.data, p.len, cols - at, ST_STATUS);
	}
	buf_free(&p);
}
