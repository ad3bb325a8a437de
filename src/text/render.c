/* render.c: the public face of the renderer: owning, freeing and writing documents. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/flow.h"
#include "text/render.h"
#include "util/i18n.h"

static void
free_links(struct text_link *links, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(links[i].url);
		free(links[i].text);
	}
	free(links);
}

void
text_flow_free(struct text_flow **fp)
{
	struct text_flow *f = *fp;
	if (!f)
		return;
	buf_free(&f->text);
	buf_free(&f->pfx);
	free(f->blocks);
	free(f->runs);
	free(f->seps);
	free(f->spans);
	free_links(f->links, f->nlinks);
	free(f);
	*fp = NULL;
}

size_t
text_flow_nlinks(const struct text_flow *f)
{
	return f ? f->nlinks : 0;
}

void
text_doc_free(struct text_doc **dp)
{
	struct text_doc *d = *dp;
	if (!d)
		return;
	free(d->lines);
	free(d->spans_);
	free(d->store_);
	free_links(d->links, d->nlinks);
	free(d);
	*dp = NULL;
}

struct text_doc *
text_render_html(const char *html, size_t len, const char *base, int width)
{
	struct text_flow *f = text_flow_from_html(html, len, base, 0);
	struct text_doc *d = text_layout(f, width);
	text_flow_free(&f);
	return d;
}

void
text_doc_write(const struct text_doc *d, struct buf *out, unsigned flags)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const struct text_line *l = &d->lines[i];
		for (size_t s = 0; s < l->nspans; s++)
			buf_append(out, l->spans[s].text, l->spans[s].len);
		buf_putc(out, '\n');
	}
	if (!(flags & TEXT_WRITE_LINKS) || d->nlinks == 0)
		return;
	buf_printf(out, "\n%s\n", _("Links:"));
	for (size_t i = 0; i < d->nlinks; i++)
		buf_printf(out, "[%d] %s\n", d->links[i].n, d->links[i].url);
}

/* Both blocks are items of a list (no blank line between them). */
static bool
in_same_list(const struct flow_block *a, const struct flow_block *b)
{
	return a->pfx2_len > 0 && b->pfx2_len > 0 && a->quotes == 0 && b->quotes == 0 &&
	       !b->blank_before;
}

void
flow_write_plain(const struct text_flow *f, struct buf *out)
{
	const struct flow_block *prev = NULL;
	for (size_t i = 0; i < f->nblocks; i++) {
		const struct flow_block *blk = &f->blocks[i];
		if (blk->kind == FLOW_RULE)
			continue;
		if (prev)
			buf_puts(out, in_same_list(prev, blk) ? "\n" : "\n\n");
		buf_append(out, f->pfx.data + blk->pfx1_off, blk->pfx1_len);
		const char *t = f->text.data + blk->off, *end = t + blk->len;
		while (t < end) {
			const char *nl = memchr(t, '\n', (size_t)(end - t));
			size_t n = nl ? (size_t)(nl - t) : (size_t)(end - t);
			buf_append(out, t, n);
			if (!nl)
				break;
			buf_putc(out, '\n');
			buf_append(out, f->pfx.data + blk->pfx2_off, blk->pfx2_len);
			t = nl + 1;
		}
		prev = blk;
	}
	if (prev)
		buf_putc(out, '\n');
}
