/* article_body.c: drawing a body line (styles, OSC 8 links, matches), finding text in the article, piping it out. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/sanitize.h"
#include "ui/article.h"
#include "ui/term.h"
#include "util/i18n.h"
#include "util/width.h"
#include "util/xalloc.h"

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The next place needle (m bytes) starts in hay[from..n), ASCII letters
 * compared without case; n when there is none. */
static size_t
find_ci(const char *hay, size_t n, const char *needle, size_t m, size_t from)
{
	if (m == 0 || m > n)
		return n;
	for (size_t i = from; i + m <= n; i++) {
		size_t k = 0;
		while (k < m && lower((unsigned char)hay[i + k]) == lower((unsigned char)needle[k]))
			k++;
		if (k == m)
			return i;
	}
	return n;
}

/* The whole line as one string (spans joined). */
static void
line_text(const struct text_line *l, struct buf *out)
{
	buf_reset(out);
	for (size_t s = 0; s < l->nspans; s++)
		buf_append(out, l->spans[s].text, l->spans[s].len);
}

/* Is byte off of the line inside a match of the search? */
static bool
in_match(const char *text, size_t n, const char *find, size_t off)
{
	size_t m = strlen(find);
	size_t start = off + 1 > m ? off + 1 - m : 0;
	size_t at = find_ci(text, n, find, m, start);
	return at < n && at <= off;
}

void
article_draw_line(struct article_view *av, int y, size_t line, int cols)
{
	const struct text_line *l = &av->doc->lines[line];
	struct buf all = BUF_INIT;
	if (av->find)
		line_text(l, &all);
	int x = 1;
	size_t off = 0;
	for (size_t s = 0; s < l->nspans && x < cols; s++) {
		const struct text_span *sp = &l->spans[s];
		unsigned style = TS_TEXT(sp->style);
		int x0 = x;
		size_t i = 0;
		while (i < sp->len && x < cols) {
			/* a run of bytes that are all in, or all out of, a match */
			bool hit = av->find && in_match(all.data, all.len, av->find, off + i);
			size_t j = i + 1;
			while (j < sp->len && (av->find && in_match(all.data, all.len, av->find, off + j)) == hit)
				j++;
			/* never split a UTF-8 sequence */
			while (j < sp->len && ((unsigned char)sp->text[j] & 0xc0) == 0x80)
				j++;
			x += term_put(y, x, sp->text + i, j - i, cols - x, hit ? ST_MATCH : style);
			i = j;
		}
		if (sp->link > 0 && (size_t)sp->link <= av->doc->nlinks)
			term_link(y, x0, x - x0, av->doc->links[sp->link - 1].url);
		off += sp->len;
	}
	buf_free(&all);
}

void
article_find_clear(struct article_view *av)
{
	FREE_AND_NULL(av->find);
	FREE_AND_NULL(av->matches);
	av->nmatches = av->cur_match = 0;
}

void
article_find_update(struct article_view *av)
{
	FREE_AND_NULL(av->matches);
	av->nmatches = 0;
	if (!av->find || !av->doc)
		return;
	struct buf b = BUF_INIT;
	size_t m = strlen(av->find);
	for (size_t i = 0; i < av->doc->nlines; i++) {
		line_text(&av->doc->lines[i], &b);
		if (find_ci(buf_str(&b), b.len, av->find, m, 0) < b.len) {
			av->matches = xreallocarray(av->matches, av->nmatches + 1, sizeof *av->matches);
			av->matches[av->nmatches++] = i;
		}
	}
	buf_free(&b);
	if (av->cur_match >= av->nmatches)
		av->cur_match = 0;
}

/* Put match k on screen, a line of context above it. */
static void
show_match(struct article_view *av, size_t k)
{
	size_t line = av->nheader + 1 + av->matches[k];
	av->cur_match = k;
	av->top = line > 1 ? line - 1 : 0;
}

int
article_find_step(struct article_view *av, int dir)
{
	if (!av->nmatches) {
		ui_say(av->ui, MSG_INFO, _("no search in this article (/ finds text)"));
		return 1;
	}
	size_t k = av->cur_match;
	if (dir > 0)
		k = k + 1 < av->nmatches ? k + 1 : 0;
	else
		k = k > 0 ? k - 1 : av->nmatches - 1;
	if ((dir > 0 && k == 0) || (dir < 0 && k == av->nmatches - 1))
		ui_say(av->ui, MSG_INFO, _("search wrapped around"));
	show_match(av, k);
	return 1;
}

static void
find_set(struct article_view *av, const char *text)
{
	article_find_clear(av);
	if (!text || !*text)
		return;
	av->find = xstrdup(text);
	article_find_update(av);
	if (!av->nmatches) {
		char *shown = text_sanitize(text);
		ui_say(av->ui, MSG_INFO, _("not found: %s"), shown);
		free(shown);
		article_find_clear(av);
		return;
	}
	/* the first match from where the reader is */
	size_t from = av->top > av->nheader ? av->top - av->nheader - 1 : 0;
	size_t k = 0;
	while (k < av->nmatches && av->matches[k] < from)
		k++;
	show_match(av, k < av->nmatches ? k : 0);
	ui_say(av->ui, MSG_INFO, ngettext("%zu line matches (n: next, N: previous)",
					  "%zu lines match (n: next, N: previous)", av->nmatches),
	       av->nmatches);
}

static void
find_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ui;
	if (text)
		find_set(ctx, text);
}

int
article_find_start(struct article_view *av, int argc, char **argv)
{
	if (argc == 0) {
		prompt_start(&av->ui->prompt, PROMPT_LINE, _("Find in article: "), NULL, false, find_done, av);
		return 1;
	}
	struct buf b = BUF_INIT;
	for (int i = 0; i < argc; i++)
		buf_printf(&b, "%s%s", i ? " " : "", argv[i]);
	find_set(av, buf_str(&b));
	buf_free(&b);
	return 1;
}

static void
put_field(struct buf *b, const char *name, const char *value)
{
	if (!value || !*value)
		return;
	char *clean = text_sanitize(value);
	buf_printf(b, "%s: %s\n", name, clean);
	free(clean);
}

int
article_pipe(struct article_view *av, char **argv)
{
	struct buf b = BUF_INIT;
	put_field(&b, _("Title"), av->item.item.title);
	put_field(&b, _("Feed"), av->item.feed_title ? av->item.feed_title : av->item.feed_url);
	put_field(&b, _("Author"), av->item.item.author);
	put_field(&b, _("Link"), av->item.item.link);
	buf_putc(&b, '\n');
	if (av->doc)
		text_doc_write(av->doc, &b, TEXT_WRITE_LINKS);
	int rc = ui_run_program(av->ui, argv, buf_str(&b));
	buf_free(&b);
	return rc < 0 ? -1 : 0;
}
