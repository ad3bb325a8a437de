/* layout.c: wrap a flow into lines of spans at a display width. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/flow.h"
#include "text/layout_int.h"
#include "text/render.h"
#include "util/utf8.h"
#include "util/width.h"
#include "util/xalloc.h"

#define RULE_NOWRAP 40

void
layout_add_span(struct layout *L, size_t off, size_t len, unsigned style, int link)
{
	if (len == 0)
		return;
	if (L->nspans == L->spans_cap) {
		L->spans_cap = L->spans_cap ? 2 * L->spans_cap : 256;
		L->spans = xreallocarray(L->spans, L->spans_cap, sizeof *L->spans);
	}
	L->spans[L->nspans++] = (struct lspan){ off, len, style, link };
	L->lines[L->nlines - 1].nspans++;
}

void
layout_new_line(struct layout *L)
{
	if (L->nlines == L->lines_cap) {
		L->lines_cap = L->lines_cap ? 2 * L->lines_cap : 128;
		L->lines = xreallocarray(L->lines, L->lines_cap, sizeof *L->lines);
	}
	L->lines[L->nlines++] = (struct lline){ L->nspans, 0, 0 };
}

size_t
layout_add_extra(struct layout *L, const char *s, size_t n)
{
	size_t off = L->extra.len;
	buf_append(&L->extra, s, n);
	return off;
}

/* Per-block state while its lines are made. */
struct wrapper {
	const struct flow_block *blk;
	size_t run;    /* first run that may still reach the next line */
	bool first;    /* the next line is the block's first */
	size_t avail;  /* columns for text after the prefix */
};

static void
emit(struct layout *L, struct wrapper *w, size_t a, size_t b)
{
	const struct flow_block *blk = w->blk;
	const struct text_flow *f = L->f;
	layout_new_line(L);
	size_t poff = w->first ? blk->pfx1_off : blk->pfx2_off;
	size_t plen = w->first ? blk->pfx1_len : blk->pfx2_len;
	w->first = false;
	layout_add_span(L, L->pfx_base + poff, plen, blk->pfx_style, 0);
	size_t end_run = blk->run + blk->nruns;
	while (w->run < end_run && f->runs[w->run].off + f->runs[w->run].len <= a)
		w->run++;
	for (size_t r = w->run; r < end_run && f->runs[r].off < b; r++) {
		const struct flow_run *run = &f->runs[r];
		size_t s = run->off > a ? run->off : a;
		size_t e = run->off + run->len < b ? run->off + run->len : b;
		if (e > s)
			layout_add_span(L, s, e - s, run->style, run->link);
	}
	L->lines[L->nlines - 1].width = width_str(f->pfx.data + poff, plen) +
					width_str(f->text.data + a, b - a);
}

/* The next word of [pos, e): up to a space, or one wide character (with
 * the marks that follow it), since CJK text breaks between characters. */
static size_t
word_end(const char *t, size_t pos, size_t e, size_t *cols)
{
	size_t i = pos, w = 0;
	while (i < e && t[i] != ' ') {
		uint32_t cp;
		size_t k = (unsigned char)t[i] < 0x80 ? (cp = (unsigned char)t[i], 1)
			: utf8_decode(t + i, e - i, &cp);
		int cw = width_cp(cp);
		if (cw == 2 && i > pos)
			break;
		i += k;
		w += (size_t)cw;
		if (cw == 2) {
			while (i < e && t[i] != ' ') {
				k = utf8_decode(t + i, e - i, &cp);
				if (width_cp(cp) != 0)
					break;
				i += k;
			}
			break;
		}
	}
	*cols = w;
	return i;
}

/* Cut a word longer than a line into full lines; returns where its rest starts. */
static size_t
split_long(struct layout *L, struct wrapper *w, size_t pos, size_t end, size_t *cols)
{
	const char *t = L->f->text.data;
	while (*cols > w->avail) {
		size_t used;
		size_t cut = width_fit(t + pos, end - pos, w->avail, &used);
		if (cut == 0) { /* one character wider than the line */
			uint32_t cp;
			cut = utf8_decode(t + pos, end - pos, &cp);
			used = (size_t)width_cp(cp);
		}
		emit(L, w, pos, pos + cut);
		pos += cut;
		*cols -= used < *cols ? used : *cols;
	}
	return pos;
}

static void
wrap_segment(struct layout *L, struct wrapper *w, size_t s, size_t e)
{
	const char *t = L->f->text.data;
	size_t pos = s, line_a = SIZE_MAX, line_b = s, line_w = 0;
	while (pos < e) {
		bool spc = false;
		while (pos < e && t[pos] == ' ') {
			pos++;
			spc = true;
		}
		if (pos >= e)
			break;
		size_t ww, wend = word_end(t, pos, e, &ww);
		if (line_a != SIZE_MAX && line_w + (spc ? 1 : 0) + ww <= w->avail) {
			line_b = wend;
			line_w += (spc ? 1 : 0) + ww;
		} else {
			if (line_a != SIZE_MAX)
				emit(L, w, line_a, line_b);
			pos = split_long(L, w, pos, wend, &ww);
			line_a = pos;
			line_b = wend;
			line_w = ww;
		}
		pos = wend;
	}
	if (line_a != SIZE_MAX && line_b > line_a)
		emit(L, w, line_a, line_b);
	else if (line_a == SIZE_MAX)
		emit(L, w, s, s); /* an empty line of a hard break */
}

void
layout_block(struct layout *L, const struct flow_block *blk)
{
	const struct text_flow *f = L->f;
	struct wrapper w = { blk, blk->run, true, SIZE_MAX };
	size_t pw = width_str(f->pfx.data + blk->pfx1_off, blk->pfx1_len);
	if (L->width)
		w.avail = L->width > pw + 8 ? L->width - pw : 8;
	if (blk->kind == FLOW_RULE) {
		size_t n = L->width ? w.avail : RULE_NOWRAP, off = L->extra.len;
		for (size_t i = 0; i < n; i++)
			layout_add_extra(L, "\xe2\x94\x80", 3);
		emit(L, &w, 0, 0);
		layout_add_span(L, L->extra_base + off, 3 * n, TEXT_RULE, 0);
		L->lines[L->nlines - 1].width += n;
		return;
	}
	const char *t = f->text.data;
	size_t s = blk->off, end = blk->off + blk->len;
	while (s <= end) {
		const char *nl = memchr(t + s, '\n', end - s);
		size_t e = nl ? (size_t)(nl - t) : end;
		if (blk->kind == FLOW_PRE)
			emit(L, &w, s, e);
		else
			wrap_segment(L, &w, s, e);
		s = e + 1;
	}
}

static void
blank_line(struct layout *L, size_t quotes)
{
	layout_new_line(L);
	if (quotes == 0)
		return;
	size_t off = L->extra.len;
	for (size_t i = 0; i < quotes; i++)
		layout_add_extra(L, i + 1 < quotes ? "\xe2\x94\x82 " : "\xe2\x94\x82", i + 1 < quotes ? 4 : 3);
	layout_add_span(L, L->extra_base + off, L->extra.len - off, TEXT_QUOTE, 0);
	L->lines[L->nlines - 1].width = 2 * quotes - 1;
}

static void
copy_links(struct text_doc *d, const struct text_flow *f)
{
	d->nlinks = f->nlinks;
	d->links = f->nlinks ? xcalloc(f->nlinks, sizeof *d->links) : NULL;
	for (size_t i = 0; i < f->nlinks; i++) {
		d->links[i] = f->links[i];
		d->links[i].url = xstrdup(f->links[i].url);
		d->links[i].text = xstrdup(f->links[i].text);
	}
}

/* Turn offsets into pointers into one store that the document owns. */
static struct text_doc *
finish(struct layout *L)
{
	const struct text_flow *f = L->f;
	struct text_doc *d = xcalloc(1, sizeof *d);
	size_t total = f->text.len + f->pfx.len + L->extra.len;
	d->store_ = xmalloc(total + 1);
	memcpy(d->store_, f->text.data ? f->text.data : "", f->text.len);
	memcpy(d->store_ + L->pfx_base, f->pfx.data ? f->pfx.data : "", f->pfx.len);
	memcpy(d->store_ + L->extra_base, L->extra.data ? L->extra.data : "", L->extra.len);
	d->store_[total] = '\0';
	d->spans_ = xcalloc(L->nspans ? L->nspans : 1, sizeof *d->spans_);
	for (size_t i = 0; i < L->nspans; i++)
		d->spans_[i] = (struct text_span){ d->store_ + L->spans[i].off, L->spans[i].len,
						   L->spans[i].style, L->spans[i].link };
	d->nlines = L->nlines;
	d->lines = xcalloc(L->nlines ? L->nlines : 1, sizeof *d->lines);
	for (size_t i = 0; i < L->nlines; i++)
		d->lines[i] = (struct text_line){ d->spans_ + L->lines[i].span,
						  L->lines[i].nspans, L->lines[i].width };
	copy_links(d, f);
	free(L->spans);
	free(L->lines);
	buf_free(&L->extra);
	return d;
}

struct text_doc *
text_layout(const struct text_flow *f, int width)
{
	struct layout L;
	memset(&L, 0, sizeof L);
	L.f = f;
	L.width = width > 0 ? (size_t)width : 0;
	L.pfx_base = f->text.len;
	L.extra_base = f->text.len + f->pfx.len;
	buf_init(&L.extra, 0);
	for (size_t i = 0; i < f->nblocks;) {
		const struct flow_block *blk = &f->blocks[i];
		if (blk->blank_before && L.nlines > 0) {
			size_t q = blk->quotes < f->blocks[i - 1].quotes ? blk->quotes
									   : f->blocks[i - 1].quotes;
			blank_line(&L, q);
		}
		if (blk->table) {
			i = layout_table(&L, i);
			continue;
		}
		layout_block(&L, blk);
		i++;
	}
	return finish(&L);
}
