/* html.c: the one place that calls libxml2's HTML parser, and the element table. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "text/html.h"
#include "text/sanitize.h"
#include "util/buf.h"
#include "util/str.h"
#include "util/utf8.h"

#define B HK_BLOCK
#define M (HK_BLOCK | HK_MARGIN)
#define S HK_SKIP
#define P HK_PHRASING
#define V HK_VOID

/* Sorted by name for bsearch. */
static const struct tag_row {
	const char *name;
	enum html_tag tag;
	unsigned kind;
} tags[] = {
	{ "a", TAG_A, P }, { "abbr", TAG_ABBR, P }, { "address", TAG_ADDRESS, M },
	{ "article", TAG_ARTICLE, B }, { "aside", TAG_ASIDE, B },
	{ "audio", TAG_AUDIO, HK_MEDIA }, { "b", TAG_B, P }, { "base", TAG_BASE, S | V },
	{ "bdi", TAG_BDI, P }, { "bdo", TAG_BDO, P }, { "big", TAG_BIG, P },
	{ "blockquote", TAG_BLOCKQUOTE, M }, { "body", TAG_BODY, B },
	{ "br", TAG_BR, P | V }, { "button", TAG_BUTTON, S }, { "canvas", TAG_CANVAS, S },
	{ "caption", TAG_CAPTION, B }, { "center", TAG_CENTER, B }, { "cite", TAG_CITE, P },
	{ "code", TAG_CODE, P }, { "col", TAG_COL, S | V }, { "colgroup", TAG_COLGROUP, S },
	{ "data", TAG_DATA, P }, { "datalist", TAG_DATALIST, S }, { "dd", TAG_DD, B },
	{ "del", TAG_DEL, P }, { "details", TAG_DETAILS, M }, { "dfn", TAG_DFN, P },
	{ "dialog", TAG_DIALOG, B }, { "dir", TAG_DIR, M }, { "div", TAG_DIV, B },
	{ "dl", TAG_DL, M }, { "dt", TAG_DT, B }, { "em", TAG_EM, P },
	{ "embed", TAG_EMBED, HK_MEDIA | V }, { "fieldset", TAG_FIELDSET, M },
	{ "figcaption", TAG_FIGCAPTION, B }, { "figure", TAG_FIGURE, M },
	{ "font", TAG_FONT, P }, { "footer", TAG_FOOTER, B }, { "form", TAG_FORM, B },
	{ "frame", TAG_FRAME, S | V }, { "frameset", TAG_FRAMESET, S },
	{ "h1", TAG_H1, M | HK_HEADING }, { "h2", TAG_H2, M | HK_HEADING },
	{ "h3", TAG_H3, M | HK_HEADING }, { "h4", TAG_H4, M | HK_HEADING },
	{ "h5", TAG_H5, M | HK_HEADING }, { "h6", TAG_H6, M | HK_HEADING },
	{ "head", TAG_HEAD, S }, { "header", TAG_HEADER, B }, { "hgroup", TAG_HGROUP, B },
	{ "hr", TAG_HR, M | V }, { "html", TAG_HTML, B }, { "i", TAG_I, P },
	{ "iframe", TAG_IFRAME, HK_MEDIA }, { "img", TAG_IMG, P | V },
	{ "input", TAG_INPUT, S | V }, { "ins", TAG_INS, P }, { "kbd", TAG_KBD, P },
	{ "label", TAG_LABEL, P }, { "legend", TAG_LEGEND, B }, { "li", TAG_LI, B },
	{ "link", TAG_LINK, S | V }, { "listing", TAG_LISTING, M }, { "main", TAG_MAIN, B },
	{ "map", TAG_MAP, P }, { "mark", TAG_MARK, P }, { "math", TAG_MATH, P },
	{ "menu", TAG_MENU, M }, { "meta", TAG_META, S | V }, { "nav", TAG_NAV, B },
	{ "noembed", TAG_NOEMBED, S }, { "noframes", TAG_NOFRAMES, S },
	{ "noscript", TAG_NOSCRIPT, S }, { "object", TAG_OBJECT, HK_MEDIA },
	{ "ol", TAG_OL, M }, { "optgroup", TAG_OPTGROUP, S }, { "option", TAG_OPTION, S },
	{ "output", TAG_OUTPUT, P }, { "p", TAG_P, M }, { "param", TAG_PARAM, S | V },
	{ "picture", TAG_PICTURE, P }, { "plaintext", TAG_PLAINTEXT, M },
	{ "pre", TAG_PRE, M }, { "q", TAG_Q, P }, { "rp", TAG_RP, S }, { "rt", TAG_RT, P },
	{ "ruby", TAG_RUBY, P }, { "s", TAG_S, P }, { "samp", TAG_SAMP, P },
	{ "script", TAG_SCRIPT, S }, { "section", TAG_SECTION, B },
	{ "select", TAG_SELECT, S }, { "small", TAG_SMALL, P },
	{ "source", TAG_SOURCE, S | V }, { "span", TAG_SPAN, P }, { "strike", TAG_STRIKE, P },
	{ "strong", TAG_STRONG, P }, { "style", TAG_STYLE, S }, { "sub", TAG_SUB, P },
	{ "summary", TAG_SUMMARY, B }, { "sup", TAG_SUP, P }, { "svg", TAG_SVG, S },
	{ "table", TAG_TABLE, M }, { "tbody", TAG_TBODY, B }, { "td", TAG_TD, B },
	{ "template", TAG_TEMPLATE, S }, { "textarea", TAG_TEXTAREA, S },
	{ "tfoot", TAG_TFOOT, B }, { "th", TAG_TH, B }, { "thead", TAG_THEAD, B },
	{ "time", TAG_TIME, P }, { "title", TAG_TITLE, S }, { "tr", TAG_TR, B },
	{ "track", TAG_TRACK, S | V }, { "tt", TAG_TT, P }, { "u", TAG_U, P },
	{ "ul", TAG_UL, M }, { "var", TAG_VAR, P }, { "video", TAG_VIDEO, HK_MEDIA },
	{ "wbr", TAG_WBR, P | V }, { "xmp", TAG_XMP, M },
};

static int
cmp_row(const void *key, const void *row)
{
	return strcmp(key, ((const struct tag_row *)row)->name);
}

enum html_tag
html_tag(const xmlNode *n)
{
	if (!n || n->type != XML_ELEMENT_NODE || !n->name)
		return TAG_OTHER;
	const struct tag_row *r = bsearch(n->name, tags, sizeof tags / sizeof tags[0],
					  sizeof tags[0], cmp_row);
	return r ? r->tag : TAG_OTHER;
}

unsigned
html_kind(enum html_tag t)
{
	/* enum html_tag is in the table's (alphabetical) order, after TAG_OTHER */
	return t > TAG_OTHER && t < TAG_COUNT_ ? tags[t - 1].kind : 0;
}

int
html_heading_level(enum html_tag t)
{
	return t >= TAG_H1 && t <= TAG_H6 ? (int)(t - TAG_H1) + 1 : 0;
}

xmlNode *
html_next(xmlNode *n, const xmlNode *root, bool descend)
{
	if (descend && n->type == XML_ELEMENT_NODE && n->children)
		return n->children;
	while (n != root && !n->next)
		n = n->parent;
	return n == root ? NULL : n->next;
}

const char *
html_attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->name && strcmp((const char *)a->name, name) == 0) {
			if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
				return a->children->content ? (const char *)a->children->content : "";
			return "";
		}
	}
	return NULL;
}

/* True when style (an inline CSS declaration list) says prop: value. */
static bool
style_has(const char *style, const char *prop, const char *value)
{
	size_t pn = strlen(prop), vn = strlen(value);
	for (const char *p = style; (p = strstr(p, prop)) != NULL; p += pn) {
		if (p > style && (p[-1] == '-' || (p[-1] >= 'a' && p[-1] <= 'z')))
			continue;
		const char *q = p + pn;
		while (str_is_space((unsigned char)*q))
			q++;
		if (*q != ':')
			continue;
		q++;
		while (str_is_space((unsigned char)*q))
			q++;
		if (strncmp(q, value, vn) == 0)
			return true;
	}
	return false;
}

bool
html_is_hidden(const xmlNode *n)
{
	if (!n->properties)
		return false;
	if (html_attr(n, "hidden"))
		return true;
	const char *aria = html_attr(n, "aria-hidden");
	if (aria && strcmp(aria, "true") == 0)
		return true;
	const char *style = html_attr(n, "style");
	return style && (style_has(style, "display", "none") ||
			 style_has(style, "visibility", "hidden"));
}

/* ESC anywhere, or (in UTF-8) a C1 control: U+0080-U+009F is C2 80-9F. */
static bool
has_escapes(const char *s, size_t n, bool utf8)
{
	if (memchr(s, 0x1B, n))
		return true;
	if (!utf8)
		return false;
	for (const char *p = s; (p = memchr(p, 0xC2, n - (size_t)(p - s))) != NULL; p++)
		if (p + 1 < s + n && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9F)
			return true;
	return false;
}

/* A charset libxml2 can decode, and not a UTF-8 label on bytes that are not
 * UTF-8 (a mislabelled page reads better by its <meta> or as windows-1252). */
static bool
usable_charset(const char *charset)
{
	if (!charset || !*charset || strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0)
		return false;
	xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(charset);
	if (!h)
		return false;
	xmlCharEncCloseFunc(h);
	return true;
}

xmlDoc *
html_parse(const char *html, size_t len)
{
	return html_parse_as(html, len, NULL);
}

xmlDoc *
html_parse_as(const char *html, size_t len, const char *charset)
{
	if (!html || len == 0)
		return NULL;
	if (len > INT_MAX)
		len = INT_MAX;
	bool utf8 = utf8_valid(html, len);
	struct buf clean = BUF_INIT;
	if (has_escapes(html, len, utf8)) {
		/* libxml2 drops ESC itself but keeps what follows it: the
		 * sequences go before parsing, so no attribute or text has them */
		if (utf8)
			text_sanitize_buf(&clean, html, len, SANITIZE_KEEP_NEWLINES | SANITIZE_KEEP_TABS |
					  SANITIZE_MARKUP);
		else
			text_strip_escapes(&clean, html, len);
		html = clean.data ? clean.data : "";
		len = clean.len;
	}
	const char *enc = utf8 ? "UTF-8" : usable_charset(charset) ? charset : NULL;
	int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	xmlDoc *doc = NULL;
	if (ctxt && len > 0)
		doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, enc, opts);
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	buf_free(&clean);
	return doc;
}
