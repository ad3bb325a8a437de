/* download_row.c: a download as a row: "downloading [####------]  40%  1.6 MB/4.0 MB  210.0 kB/s  file.mp3". */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/download_row.h"
#include "ui/sizefmt.h"
#include "util/i18n.h"
#include "util/width.h"

#define BAR 10       /* cells inside the brackets */
#define SIZE_COLS 19 /* "999.9 MB/999.9 MB" and room */
#define RATE_COLS 12

/* enum download_state's words as the list shows them */
static const char *const state_words[] = {
	N_("queued"), N_("downloading"), N_("paused"), N_("done"), N_("failed"),
};

static int
state_cols(void)
{
	int w = 0;
	for (size_t i = 0; i < sizeof state_words / sizeof state_words[0]; i++) {
		const char *s = _(state_words[i]);
		int sw = (int)width_str(s, strlen(s));
		w = sw > w ? sw : w;
	}
	return w;
}

static const char *
state_word(enum download_state st)
{
	return (unsigned)st < sizeof state_words / sizeof state_words[0] ? _(state_words[st]) : "?";
}

static int
put(int y, int x, const char *s, int cols, unsigned style)
{
	return x < cols ? term_put(y, x, s, strlen(s), cols - x, style) : 0;
}

/* "[####------]  40%", or the bar empty and "-" when the size is unknown */
static void
bar(int y, int x, int pct, int cols, unsigned style)
{
	char b[BAR + 3], p[8];
	int fill = pct < 0 ? 0 : pct * BAR / 100;
	b[0] = '[';
	for (int i = 0; i < BAR; i++)
		b[i + 1] = i < fill ? '#' : '-';
	b[BAR + 1] = ']';
	b[BAR + 2] = '\0';
	put(y, x, b, cols, style);
	snprintf(p, sizeof p, pct < 0 ? "   -" : "%3d%%", pct);
	put(y, x + BAR + 3, p, cols, style);
}

/* "1.6 MB/4.0 MB" while it comes, the size alone when done or unknown */
static void
sizes(int y, int x, int64_t bytes, int64_t total, bool done, int cols, unsigned style)
{
	char a[32], b[32], s[72];
	sizefmt(bytes, a, sizeof a);
	if (total > 0 && !done)
		snprintf(s, sizeof s, "%s/%s", a, sizefmt(total, b, sizeof b));
	else
		snprintf(s, sizeof s, "%s", done && total > 0 ? sizefmt(total, b, sizeof b) : a);
	put(y, x, s, cols, style);
}

const char *
download_row_name(const struct store_download *d)
{
	const char *slash = d->path ? strrchr(d->path, '/') : NULL;
	return slash ? slash + 1 : d->path ? d->path : d->url;
}

void
download_row_draw(const struct store_download *d, const struct download_progress *live, int y, int cols,
		  bool selected)
{
	unsigned sel = selected ? TS_SEL : 0;
	int64_t bytes = live ? live->bytes : d->bytes, total = live ? live->total : d->total;
	bool done = d->state == DL_DONE;
	int pct = done ? 100 : total > 0 ? (int)(bytes * 100 / total) : -1;
	term_fill(y, 0, cols, ST_NORMAL | sel);
	int x = 1;
	put(y, x, state_word(d->state), cols, (d->state == DL_FAILED ? ST_ERROR : ST_UNREAD) | sel);
	x += state_cols() + 2;
	bar(y, x, pct, cols, ST_NORMAL | sel);
	x += BAR + 9;
	if (cols >= 80) { /* narrower: the name matters more than sizes */
		sizes(y, x, bytes, total, done, cols, ST_DIM | sel);
		x += SIZE_COLS;
		char r[32], s[48];
		if (live && live->rate > 0) {
			/* TRANSLATORS: a download's speed, "210.0 kB/s" */
			snprintf(s, sizeof s, _("%s/s"), sizefmt((int64_t)live->rate, r, sizeof r));
			put(y, x, s, cols, ST_DIM | sel);
		}
		x += RATE_COLS;
	}
	x += x < cols ? ui_put_clean(y, x, download_row_name(d), cols - x, ST_NORMAL | sel) : 0;
	if (d->state == DL_FAILED && d->error && x + 2 < cols)
		ui_put_clean(y, x + 2, d->error, cols - x - 2, ST_ERROR | sel);
}
