/* readable_edges.c: trim the article's ends: link lists, tag clouds, "read more" lines and
 * section labels that pages put before and after the story's first and last paragraph. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"

/* Most of an edge block's text must be links, and all edges together
 * may not take more than this part of the article. */
#define EDGE_LINK_DENSITY 0.5f
#define EDGE_MAX_SHARE 0.25f

static bool
is_blockish(const xmlNode *n)
{
	const struct rd_node *d = rd_info(n);
	if (!d)
		return false;
	unsigned k = html_kind(d->tag);
	return d->tag == TAG_OTHER || (k & HK_BLOCK);
}

/* The smallest block at the article's edge that holds text: the last (or
 * first) element child with text, descended while it is a mere wrapper. */
static xmlNode *
edge_block(xmlNode *article, bool last)
{
	xmlNode *n = article;
	for (;;) {
		xmlNode *pick = NULL;
		for (xmlNode *c = last ? n->last : n->children; c; c = last ? c->prev : c->next) {
			if (c->type == XML_TEXT_NODE && c->content) {
				bool blank = true;
				for (const xmlChar *p = c->content; *p && blank; p++)
					blank = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
				if (!blank)
					return n == article ? NULL : n;
			}
			if (c->type == XML_ELEMENT_NODE && rd_info(c) && rd_info(c)->text > 0) {
				pick = c;
				break;
			}
		}
		if (!pick || !is_blockish(pick))
			return n == article ? NULL : n;
		enum html_tag t = rd_info(pick)->tag;
		/* lists and tables are judged whole */
		if (t == TAG_UL || t == TAG_OL || t == TAG_TABLE || t == TAG_DL || t == TAG_P ||
		    html_heading_level(t))
			return pick;
		n = pick;
	}
}

/* Link-heavy, or a heading (at the end, a heading with nothing under it
 * labels a box that is gone; at the start, the story's own headings stay). */
static bool
is_edge_clutter(const xmlNode *b, bool last)
{
	if (rd_link_density(b) > EDGE_LINK_DENSITY)
		return true;
	return last && html_heading_level(rd_info(b)->tag) > 0;
}

static void
trim_edge(xmlNode *article, bool last, unsigned budget)
{
	unsigned taken = 0;
	for (int i = 0; i < 50; i++) {
		xmlNode *b = edge_block(article, last);
		if (!b || !is_edge_clutter(b, last))
			return;
		taken += rd_info(b)->text;
		if (taken > budget)
			return;
		rd_remove(b);
	}
}

void
rd_trim_edges(struct rd_ctx *ctx, xmlNode *article)
{
	if (!(ctx->flags & RD_CLEAN_CONDITIONALLY))
		return;
	unsigned budget = (unsigned)(EDGE_MAX_SHARE * (float)rd_info(article)->text);
	trim_edge(article, true, budget);
	trim_edge(article, false, budget);
}
