/* flow_build.c: collecting text into blocks: whitespace, runs, prefixes and margins. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/flow_build.h"
#include "text/sanitize.h"
#include "util/str.h"
#include "util/width.h"
#include "util/xalloc.h"

void
fb_init(struct flow_builder *b, const char *base, unsigned flags)
{
	memset(b, 0, sizeof *b);
	b->f = xcalloc(1, sizeof *b->f);
	buf_init(&b->f->text, 0);
	buf_init(&b->f->pfx, 0);
	/* allocated from the start, so offsets always point into memory */
	buf_append(&b->f->text, "", 0);
	buf_append(&b->f->pfx, "", 0);
	b->flags = flags;
	b->base = xstrdup_or_null(base);
	b->kind = FLOW_PARA;
	buf_init(&b->scratch, 0);
}

struct text_flow *
fb_finish(struct flow_builder *b)
{
	fb_break(b, FB_NONE);
	struct text_flow *f = b->f;
	free(b->base);
	free(b->link_url);
	free(b->cont);
	free(b->stack);
	free(b->slots);
	buf_free(&b->scratch);
	memset(b, 0, sizeof *b);
	return f;
}

void
fb_save(struct flow_builder *b)
{
	if (b->depth == b->stack_cap) {
		b->stack_cap = b->stack_cap ? 2 * b->stack_cap : 64;
		b->stack = xreallocarray(b->stack, b->stack_cap, sizeof *b->stack);
	}
	struct fb_frame *fr = &b->stack[b->depth++];
	fr->style = b->style;
	fr->kind = b->kind;
	fr->level = b->level;
	fr->ncont = b->ncont;
	fr->link_owner = false;
	fr->table = b->table;
}

void
fb_restore(struct flow_builder *b)
{
	if (b->depth == 0)
		return;
	struct fb_frame *fr = &b->stack[--b->depth];
	b->style = fr->style;
	b->kind = fr->kind;
	b->level = fr->level;
	b->ncont = fr->ncont;
	b->table = fr->table;
}

static bool
at_line_start(const struct flow_builder *b)
{
	const struct buf *t = &b->f->text;
	return t->len == b->blk_off || t->data[t->len - 1] == '\n';
}

bool
fb_at_line_start(const struct flow_builder *b)
{
	const struct buf *t = &b->f->text;
	return at_line_start(b) || t->data[t->len - 1] == ' ';
}

void
fb_put(struct flow_builder *b, const char *s, size_t n, unsigned style, int link)
{
	struct text_flow *f = b->f;
	if (n == 0)
		return;
	struct flow_run *last = f->nruns > b->blk_run ? &f->runs[f->nruns - 1] : NULL;
	if (last && last->style == style && last->link == link &&
	    last->off + last->len == f->text.len) {
		last->len += n;
	} else {
		if (f->nruns == f->runs_cap) {
			f->runs_cap = f->runs_cap ? 2 * f->runs_cap : 64;
			f->runs = xreallocarray(f->runs, f->runs_cap, sizeof *f->runs);
		}
		f->runs[f->nruns++] = (struct flow_run){ f->text.len, n, style, link };
	}
	buf_append(&f->text, s, n);
}

static void
put(struct flow_builder *b, const char *s, size_t n, unsigned style)
{
	fb_put(b, s, n, style, 0);
}

/* Put a pending collapsed space before new text, unless a line starts. It
 * takes the style both neighbours share, so an underline or a link does
 * not reach past its word. */
static void
flush_space(struct flow_builder *b)
{
	const struct text_flow *f = b->f;
	if (b->space && !fb_at_line_start(b)) {
		unsigned prev = f->nruns > b->blk_run ? f->runs[f->nruns - 1].style : 0;
		put(b, " ", 1, b->style & prev & ~(TEXT_LINKNUM | TEXT_IMAGE));
	}
	b->space = false;
}

void
fb_space(struct flow_builder *b)
{
	b->space = true;
}

void
fb_cell_sep(struct flow_builder *b)
{
	struct text_flow *f = b->f;
	b->space = false;
	/* after an empty first cell: the bar without the space before it, so
	 * the cells keep their columns */
	if (at_line_start(b))
		put(b, FLOW_CELL_SEP + 1, FLOW_CELL_SEP_LEN - 1, TEXT_MARK);
	else
		put(b, FLOW_CELL_SEP, FLOW_CELL_SEP_LEN, TEXT_MARK);
	if (f->nseps == f->seps_cap) {
		f->seps_cap = f->seps_cap ? 2 * f->seps_cap : 32;
		f->seps = xreallocarray(f->seps, f->seps_cap, sizeof *f->seps);
	}
	f->seps[f->nseps++] = f->text.len;
}

void
fb_cell_span(struct flow_builder *b, unsigned cols, unsigned rows)
{
	struct text_flow *f = b->f;
	if (f->nspans == f->spans_cap) {
		f->spans_cap = f->spans_cap ? 2 * f->spans_cap : 32;
		f->spans = xreallocarray(f->spans, f->spans_cap, sizeof *f->spans);
	}
	f->spans[f->nspans++] = (struct flow_span){ (unsigned char)cols, (unsigned char)rows };
}

/* Preformatted text: kept as it is, CR dropped, tabs expanded to stops of 8. */
static void
put_pre(struct flow_builder *b, const char *s, size_t n)
{
	if (b->f->text.len == b->blk_off && n > 0 && s[0] == '\n') {
		s++; /* the newline right after <pre> is not content */
		n--;
	}
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '\t' && s[j] != '\r' && s[j] != '\n')
			j++;
		put(b, s + i, j - i, b->style);
		b->pre_col += width_str(s + i, j - i);
		if (j >= n)
			break;
		if (s[j] == '\t') {
			size_t pad = 8 - b->pre_col % 8;
			put(b, "        ", pad, b->style);
			b->pre_col += pad;
		} else if (s[j] == '\n') {
			put(b, "\n", 1, b->style);
			b->pre_col = 0;
		}
		i = j + 1;
	}
}

/* Length of the whitespace (ASCII, NBSP) at s[i], 0 when none; soft
 * hyphens and byte order marks count as whitespace of no effect (*drop). */
static size_t
space_at(const char *s, size_t n, size_t i, bool *drop)
{
	unsigned char c = (unsigned char)s[i];
	*drop = false;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD) {
		*drop = true;
		return 2;
	}
	if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
	    (unsigned char)s[i + 2] == 0xBF) {
		*drop = true;
		return 3;
	}
	return 0;
}

static void
put_collapsed(struct flow_builder *b, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		bool drop;
		size_t k = space_at(s, n, i, &drop);
		if (k) {
			if (!drop)
				b->space = true;
			i += k;
			continue;
		}
		size_t j = i + 1;
		while (j < n && !space_at(s, n, j, &drop))
			j++;
		flush_space(b);
		put(b, s + i, j - i, b->style);
		i = j;
	}
}

void
fb_text(struct flow_builder *b, const char *s, size_t n)
{
	unsigned keep = SANITIZE_KEEP_NEWLINES | SANITIZE_KEEP_TABS;
	if (!text_is_clean(s, n, keep)) {
		buf_reset(&b->scratch);
		text_sanitize_buf(&b->scratch, s, n, keep);
		s = b->scratch.data ? b->scratch.data : "";
		n = b->scratch.len;
	}
	if (b->pre)
		put_pre(b, s, n);
	else
		put_collapsed(b, s, n);
}

void
fb_newline(struct flow_builder *b)
{
	if (b->pre) {
		put(b, "\n", 1, b->style);
		b->pre_col = 0;
		return;
	}
	b->space = false;
	if (b->cell > 0) {
		b->space = true;
		return;
	}
	struct buf *t = &b->f->text;
	if (t->len == b->blk_off)
		return; /* a break before any text shows nothing worth a line */
	if (t->len >= b->blk_off + 2 && t->data[t->len - 1] == '\n' && t->data[t->len - 2] == '\n')
		return; /* at most one empty line in a row */
	put(b, "\n", 1, b->style);
}

static size_t
quote_depth(const struct flow_builder *b)
{
	size_t q = 0;
	for (size_t i = 0; i < b->ncont; i++)
		q += b->cont[i].kind == FB_QUOTE;
	return q;
}

/* Write the two prefixes of a new block from the open containers. */
static void
make_prefix(struct flow_builder *b, struct flow_block *blk)
{
	struct buf *p = &b->f->pfx;
	size_t o1 = p->len;
	unsigned style = TEXT_MARK;
	for (size_t i = 0; i < b->ncont; i++) {
		struct fb_container *c = &b->cont[i];
		if (c->kind == FB_QUOTE) {
			buf_puts(p, "\xe2\x94\x82 ");
			style = TEXT_QUOTE;
		} else if (c->kind == FB_ITEM) {
			buf_puts(p, c->pending ? c->marker : "");
			if (!c->pending)
				buf_printf(p, "%*s", (int)width_str(c->marker, strlen(c->marker)), "");
		} else if (c->kind == FB_INDENT) {
			buf_puts(p, "    ");
		}
	}
	size_t o2 = p->len;
	for (size_t i = 0; i < b->ncont; i++) {
		struct fb_container *c = &b->cont[i];
		if (c->kind == FB_QUOTE)
			buf_puts(p, "\xe2\x94\x82 ");
		else if (c->kind == FB_ITEM || c->kind == FB_INDENT)
			buf_printf(p, "%*s", c->kind == FB_INDENT ? 4
				   : (int)width_str(c->marker, strlen(c->marker)), "");
		if (c->kind == FB_ITEM)
			c->pending = false;
	}
	blk->pfx1_off = o1;
	blk->pfx1_len = o2 - o1;
	blk->pfx2_off = o2;
	blk->pfx2_len = p->len - o2;
	blk->pfx_style = style;
	blk->quotes = quote_depth(b);
}

static void
push_block(struct flow_builder *b, enum flow_kind kind, size_t off, size_t len)
{
	struct text_flow *f = b->f;
	if (f->nblocks == f->blocks_cap) {
		f->blocks_cap = f->blocks_cap ? 2 * f->blocks_cap : 32;
		f->blocks = xreallocarray(f->blocks, f->blocks_cap, sizeof *f->blocks);
	}
	struct flow_block *blk = &f->blocks[f->nblocks];
	memset(blk, 0, sizeof *blk);
	blk->kind = kind;
	blk->level = kind == FLOW_HEADING ? b->level : 0;
	blk->off = off;
	blk->len = len;
	blk->run = b->blk_run;
	blk->nruns = f->nruns - b->blk_run;
	blk->blank_before = b->margin == FB_BLANK && f->nblocks > 0;
	blk->table = b->row ? b->table : 0;
	blk->sep = b->blk_sep;
	blk->nseps = f->nseps - b->blk_sep;
	blk->span = b->blk_span;
	blk->nspans = f->nspans - b->blk_span;
	make_prefix(b, blk);
	f->nblocks++;
	b->margin = FB_NONE;
}

/* Drop trailing spaces and newlines of the open block, and the runs they emptied. */
static void
trim_block(struct flow_builder *b)
{
	struct text_flow *f = b->f;
	size_t end = f->text.len;
	bool pre = b->kind == FLOW_PRE;
	while (end > b->blk_off && (f->text.data[end - 1] == '\n' ||
				    (!pre && f->text.data[end - 1] == ' ')))
		end--;
	buf_truncate(&f->text, end);
	while (f->nruns > b->blk_run) {
		struct flow_run *r = &f->runs[f->nruns - 1];
		if (r->off >= end)
			f->nruns--;
		else {
			if (r->off + r->len > end)
				r->len = end - r->off;
			break;
		}
	}
}

void
fb_break(struct flow_builder *b, int margin)
{
	struct text_flow *f = b->f;
	if (f->text.len > b->blk_off)
		trim_block(b);
	if (f->text.len > b->blk_off)
		push_block(b, b->kind, b->blk_off, f->text.len - b->blk_off);
	b->blk_off = f->text.len;
	b->blk_run = f->nruns;
	b->blk_sep = f->nseps; /* those of a block that held no text go unused */
	b->blk_span = f->nspans;
	b->space = false;
	b->pre_col = 0;
	if (margin > b->margin)
		b->margin = margin;
}

void
fb_rule(struct flow_builder *b)
{
	fb_break(b, FB_BLANK);
	push_block(b, FLOW_RULE, b->f->text.len, 0);
	b->margin = FB_BLANK;
}

static void
item_marker(struct flow_builder *b, struct fb_container *item, xmlNode *n)
{
	struct fb_container *list = NULL;
	size_t depth = 0;
	for (size_t i = b->ncont; i-- > 0;) {
		if (b->cont[i].kind == FB_ULIST || b->cont[i].kind == FB_OLIST) {
			if (!list)
				list = &b->cont[i];
			depth++;
		}
	}
	if (list && list->kind == FB_OLIST && !(b->flags & TEXT_PLAIN_LISTS)) {
		const char *v = html_attr(n, "value");
		list->counter = v && *v ? strtol(v, NULL, 10) : list->counter + 1;
		snprintf(item->marker, sizeof item->marker, "%ld. ", list->counter);
		return;
	}
	static const char *const bullets[] = { "\xe2\x80\xa2 ", "\xe2\x97\xa6 ", "\xe2\x96\xaa " };
	size_t k = (b->flags & TEXT_PLAIN_LISTS) || depth == 0 ? 0 : (depth - 1) % 3;
	snprintf(item->marker, sizeof item->marker, "%s", bullets[k]);
}

void
fb_push_container(struct flow_builder *b, enum fb_container_kind kind, xmlNode *n)
{
	if (b->ncont == b->cont_cap) {
		b->cont_cap = b->cont_cap ? 2 * b->cont_cap : 16;
		b->cont = xreallocarray(b->cont, b->cont_cap, sizeof *b->cont);
	}
	if (b->ncont >= 24)
		return;
	struct fb_container c = { kind, 0, false, "" };
	if (kind == FB_OLIST) {
		const char *start = html_attr(n, "start");
		c.counter = start && *start ? strtol(start, NULL, 10) - 1 : 0;
	} else if (kind == FB_ITEM) {
		item_marker(b, &c, n);
		c.pending = true;
	}
	b->cont[b->ncont++] = c;
}

static bool
list_below(const struct flow_builder *b, size_t top)
{
	for (size_t i = 0; i < top; i++)
		if (b->cont[i].kind != FB_QUOTE && b->cont[i].kind != FB_INDENT)
			return true;
	return false;
}

bool
fb_in_list(const struct flow_builder *b)
{
	return list_below(b, b->ncont);
}

bool
fb_in_list_outer(const struct flow_builder *b)
{
	return b->ncont > 0 && list_below(b, b->ncont - 1);
}
