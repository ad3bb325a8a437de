/* flow.c: walk an HTML tree into blocks of styled runs, the way a browser lays out text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/flow.h"
#include "text/flow_build.h"
#include "text/html.h"
#include "text/sanitize.h"
#include "util/str.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The block elements that only break the line inside a table cell, where
 * everything is flattened onto the row. */
static bool
in_cell(const struct flow_builder *b)
{
	return b->cell > 0;
}

static void
open_block(struct flow_builder *b, xmlNode *n, enum html_tag t, unsigned kind)
{
	if (b->pre) {
		return;
	}
	if (in_cell(b)) {
		fb_space(b);
		return;
	}
	int margin = (kind & HK_MARGIN) ? FB_BLANK : FB_BREAK;
	if ((t == TAG_UL || t == TAG_OL || t == TAG_DL) && fb_in_list(b))
		margin = FB_BREAK;
	fb_break(b, margin);
	int level = html_heading_level(t);
	if (level) {
		b->kind = FLOW_HEADING;
		b->level = level;
		b->style |= TEXT_HEADING | TEXT_BOLD;
	}
	switch (t) {
	case TAG_PRE: case TAG_LISTING: case TAG_XMP: case TAG_PLAINTEXT:
		b->pre++;
		b->kind = FLOW_PRE;
		b->style |= TEXT_CODE;
		break;
	case TAG_BLOCKQUOTE:
		fb_push_container(b, FB_QUOTE, n);
		b->style |= TEXT_QUOTE;
		break;
	case TAG_UL: case TAG_OL: case TAG_MENU: case TAG_DIR:
		fb_push_container(b, t == TAG_OL ? FB_OLIST : FB_ULIST, n);
		break;
	case TAG_LI:
		fb_push_container(b, FB_ITEM, n);
		break;
	case TAG_DD:
		fb_push_container(b, FB_INDENT, n);
		break;
	case TAG_DT: case TAG_TH: case TAG_SUMMARY: case TAG_LEGEND:
		b->style |= TEXT_BOLD;
		break;
	case TAG_FIGCAPTION: case TAG_CAPTION:
		b->style |= TEXT_CAPTION | TEXT_ITALIC;
		break;
	default:
		break;
	}
}

static void
close_block(struct flow_builder *b, enum html_tag t, unsigned kind)
{
	if (t == TAG_PRE || t == TAG_LISTING || t == TAG_XMP || t == TAG_PLAINTEXT) {
		if (b->pre == 1) {
			b->pre = 0;
			fb_break(b, FB_BLANK);
		} else if (b->pre > 1) {
			b->pre--;
		}
		return;
	}
	if (b->pre)
		return;
	if (in_cell(b)) {
		fb_space(b);
		return;
	}
	int margin = (kind & HK_MARGIN) ? FB_BLANK : FB_BREAK;
	if ((t == TAG_UL || t == TAG_OL || t == TAG_DL) && fb_in_list_outer(b))
		margin = FB_BREAK;
	fb_break(b, margin);
}

/* Table rows become lines with their cells separated by a bar (aligned
 * in columns when they fit: layout_table.c). A table inside a cell is
 * flattened into it. */
/* colspan or rowspan: 1 to 64 (0, missing or nonsense: 1) */
static unsigned
span_attr(const xmlNode *n, const char *name)
{
	const char *v = html_attr(n, name);
	long k = v ? strtol(v, NULL, 10) : 1;
	return k < 1 ? 1 : k > 64 ? 64 : (unsigned)k;
}

static bool
open_table_part(struct flow_builder *b, xmlNode *n, enum html_tag t)
{
	if (b->pre)
		return false;
	if (t == TAG_TABLE) {
		if (!in_cell(b))
			b->table = ++b->tables;
		return false; /* and on as a block */
	}
	if (t == TAG_TR) {
		if (in_cell(b)) {
			fb_space(b);
		} else {
			fb_break(b, FB_BREAK);
			b->row_cells = 0;
			b->row = b->table > 0;
		}
		return true;
	}
	if (t == TAG_TD || t == TAG_TH) {
		if (b->row_cells++ > 0 && b->cell == 0)
			fb_cell_sep(b);
		else if (b->cell > 0)
			fb_space(b);
		if (b->cell == 0 && b->row)
			fb_cell_span(b, span_attr(n, "colspan"), span_attr(n, "rowspan"));
		if (t == TAG_TH)
			b->style |= TEXT_BOLD;
		b->cell++;
		return true;
	}
	return false;
}

static void
close_table_part(struct flow_builder *b, enum html_tag t)
{
	if (b->pre)
		return;
	if (t == TAG_TD || t == TAG_TH) {
		if (b->cell > 0)
			b->cell--;
		fb_space(b);
	} else if (t == TAG_TR && !in_cell(b)) {
		fb_break(b, FB_BREAK);
		b->row_cells = 0;
		b->row = false;
	}
}

static unsigned
phrasing_style(enum html_tag t)
{
	switch (t) {
	case TAG_B: case TAG_STRONG: return TEXT_BOLD;
	case TAG_I: case TAG_EM: case TAG_CITE: case TAG_DFN: case TAG_VAR: return TEXT_ITALIC;
	case TAG_U: case TAG_INS: return TEXT_UNDERLINE;
	case TAG_S: case TAG_STRIKE: case TAG_DEL: return TEXT_STRIKE;
	case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT: return TEXT_CODE;
	case TAG_MARK: return TEXT_HIGHLIGHT;
	default: return 0;
	}
}

/* Enter an element: returns false when its children are not to be visited. */
static bool
enter(struct flow_builder *b, xmlNode *n)
{
	enum html_tag t = html_tag(n);
	unsigned kind = html_kind(t);
	if ((kind & HK_SKIP) || html_is_hidden(n))
		return false;
	if (kind & HK_MEDIA) {
		fb_media(b, n, t);
		return false;
	}
	switch (t) {
	case TAG_BR:
		fb_newline(b);
		return false;
	case TAG_WBR:
		return false;
	case TAG_IMG:
		fb_image(b, n);
		return false;
	case TAG_HR:
		if (!b->pre && !in_cell(b))
			fb_rule(b);
		return false;
	case TAG_A:
		fb_link_open(b, n);
		return true;
	case TAG_Q:
		fb_text(b, "\xe2\x80\x9c", 3);
		return true;
	default:
		break;
	}
	if (open_table_part(b, n, t))
		return true;
	if (kind & HK_BLOCK)
		open_block(b, n, t, kind);
	else
		b->style |= phrasing_style(t);
	return true;
}

static void
leave(struct flow_builder *b, xmlNode *n)
{
	enum html_tag t = html_tag(n);
	unsigned kind = html_kind(t);
	if (t == TAG_A) {
		fb_link_close(b);
		return;
	}
	if (t == TAG_Q) {
		fb_text(b, "\xe2\x80\x9d", 3);
		return;
	}
	if (t == TAG_TD || t == TAG_TH || t == TAG_TR) {
		close_table_part(b, t);
		return;
	}
	if (kind & HK_BLOCK)
		close_block(b, t, kind);
}

/* Visit one node: text is added; an element is entered. Returns true when
 * the walk is to go down into its children; otherwise the element has
 * already been left again. */
static bool
visit(struct flow_builder *b, xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			fb_text(b, (const char *)n->content, strlen((const char *)n->content));
		return false;
	}
	if (n->type != XML_ELEMENT_NODE)
		return false;
	fb_save(b);
	bool down = enter(b, n);
	if (down && n->children)
		return true;
	if (down)
		leave(b, n);
	fb_restore(b);
	return false;
}

/* Depth-first walk without recursion (pages nest deeper than any stack
 * should): each open element saves the state it changes on b->stack. */
static void
walk(struct flow_builder *b, xmlNode *root)
{
	xmlNode *n = root;
	for (;;) {
		if (visit(b, n)) {
			n = n->children;
			continue;
		}
		while (n != root && !n->next) {
			n = n->parent;
			leave(b, n);
			fb_restore(b);
		}
		if (n == root)
			break;
		n = n->next;
	}
}

struct text_flow *
flow_from_node(xmlNode *node, const char *base, unsigned flags)
{
	struct flow_builder b;
	fb_init(&b, base, flags);
	if (node)
		walk(&b, node);
	return fb_finish(&b);
}

char *
flow_doc_base(xmlDoc *doc, const char *base)
{
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	for (xmlNode *h = root ? root->children : NULL; h; h = h->next) {
		if (html_tag(h) != TAG_HEAD)
			continue;
		for (xmlNode *c = h->children; c; c = c->next) {
			const char *href = html_tag(c) == TAG_BASE ? html_attr(c, "href") : NULL;
			if (href && *href && strncmp(href, "javascript:", 11) != 0)
				return url_join(base, href);
		}
	}
	return xstrdup_or_null(base);
}

struct text_flow *
text_flow_from_html(const char *html, size_t len, const char *base, unsigned flags)
{
	xmlDoc *doc = html_parse(html, len);
	char *real_base = flow_doc_base(doc, base);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	struct text_flow *f = flow_from_node(root, real_base, flags);
	free(real_base);
	if (doc)
		xmlFreeDoc(doc);
	return f;
}
