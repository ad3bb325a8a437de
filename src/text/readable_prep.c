/* readable_prep.c: take out what can never be article before anything is scored. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/xalloc.h"

/* Elements with no readable text of their own. */
static bool
never_article(enum html_tag t)
{
	switch (t) {
	case TAG_SCRIPT: case TAG_STYLE: case TAG_NOSCRIPT: case TAG_TEMPLATE:
	case TAG_LINK: case TAG_META: case TAG_BASE: case TAG_SVG: case TAG_CANVAS:
	case TAG_INPUT: case TAG_SELECT: case TAG_TEXTAREA: case TAG_BUTTON:
	case TAG_OPTION: case TAG_DATALIST: case TAG_NAV: case TAG_DIALOG:
	case TAG_NOEMBED: case TAG_NOFRAMES: case TAG_FRAMESET: case TAG_HEAD:
		return true;
	default:
		return false;
	}
}

static bool
inside(const xmlNode *n, enum html_tag t)
{
	for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
		if (html_tag(p) == t)
			return true;
	return false;
}

/* Class or id says "not content", and nothing says "maybe content". */
static bool
unlikely(struct rd_ctx *ctx, const xmlNode *n, enum html_tag t)
{
	if (!(ctx->flags & RD_STRIP_UNLIKELY) || t == TAG_BODY || t == TAG_A || t == TAG_HTML)
		return false;
	if (!html_attr(n, "class") && !html_attr(n, "id"))
		return false;
	const char *s = rd_class_id(ctx, n);
	if (!rd_hint_unlikely(s) || rd_hint_maybe(s))
		return false;
	return !inside(n, TAG_TABLE) && !inside(n, TAG_CODE);
}

/* Non-space bytes of text below n, counting stops past max (a wrapper
 * named "author-page" must not cost a walk of the whole page each time). */
static size_t
short_text_len(xmlNode *n, size_t max)
{
	size_t len = 0;
	for (xmlNode *k = n; k && len <= max; k = html_next(k, n, true))
		if (k->type == XML_TEXT_NODE && k->content)
			for (const xmlChar *p = k->content; *p && len <= max; p++)
				len += !(*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r');
	return len;
}

/* A short element that names the author ("By Jane Doe"): not body text. */
static bool
is_byline(struct rd_ctx *ctx, xmlNode *n)
{
	const char *rel = html_attr(n, "rel"), *prop = html_attr(n, "itemprop");
	bool hint = (rel && strcmp(rel, "author") == 0) || (prop && strstr(prop, "author"));
	if (!hint) {
		if (!html_attr(n, "class") && !html_attr(n, "id"))
			return false;
		const char *s = rd_class_id(ctx, n);
		hint = strstr(s, "byline") || strstr(s, "author") || strstr(s, "dateline") ||
		       strstr(s, "writtenby") || strstr(s, "p-author");
	}
	if (!hint)
		return false;
	size_t len = short_text_len(n, 100);
	return len > 0 && len < 100;
}

/* What to do with n: remove it (true) or look inside it. */
static bool
drop(struct rd_ctx *ctx, xmlNode *n, bool *byline_seen)
{
	enum html_tag t = html_tag(n);
	if (never_article(t) || html_is_hidden(n) || rd_role_unlikely(n))
		return true;
	if (!*byline_seen && t != TAG_BODY && is_byline(ctx, n)) {
		*byline_seen = true;
		free(ctx->byline);
		ctx->byline = rd_text(n);
		return true;
	}
	return unlikely(ctx, n, t);
}

void
rd_prep(struct rd_ctx *ctx, xmlNode *body)
{
	bool byline_seen = false;
	xmlNode *n = body;
	while (n) {
		bool gone = false;
		if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
			gone = true;
		} else if (n->type == XML_ELEMENT_NODE && n != body && drop(ctx, n, &byline_seen)) {
			gone = true;
		}
		xmlNode *next = html_next(n, body, !gone);
		if (gone) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
		}
		n = next;
	}
}
