/* html.h: parsing HTML safely with libxml2 and knowing its elements (private to src/text). */
#ifndef TIDINGS_HTML_H
#define TIDINGS_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

enum html_tag {
	TAG_OTHER = 0,
	TAG_A, TAG_ABBR, TAG_ADDRESS, TAG_ARTICLE, TAG_ASIDE, TAG_AUDIO, TAG_B,
	TAG_BASE, TAG_BDI, TAG_BDO, TAG_BIG, TAG_BLOCKQUOTE, TAG_BODY, TAG_BR,
	TAG_BUTTON, TAG_CANVAS, TAG_CAPTION, TAG_CENTER, TAG_CITE, TAG_CODE,
	TAG_COL, TAG_COLGROUP, TAG_DATA, TAG_DATALIST, TAG_DD, TAG_DEL, TAG_DETAILS,
	TAG_DFN, TAG_DIALOG, TAG_DIR, TAG_DIV, TAG_DL, TAG_DT, TAG_EM, TAG_EMBED,
	TAG_FIELDSET, TAG_FIGCAPTION, TAG_FIGURE, TAG_FONT, TAG_FOOTER, TAG_FORM,
	TAG_FRAME, TAG_FRAMESET, TAG_H1, TAG_H2, TAG_H3, TAG_H4, TAG_H5, TAG_H6,
	TAG_HEAD, TAG_HEADER, TAG_HGROUP, TAG_HR, TAG_HTML, TAG_I, TAG_IFRAME,
	TAG_IMG, TAG_INPUT, TAG_INS, TAG_KBD, TAG_LABEL, TAG_LEGEND, TAG_LI,
	TAG_LINK, TAG_LISTING, TAG_MAIN, TAG_MAP, TAG_MARK, TAG_MATH, TAG_MENU,
	TAG_META, TAG_NAV, TAG_NOEMBED, TAG_NOFRAMES, TAG_NOSCRIPT, TAG_OBJECT,
	TAG_OL, TAG_OPTGROUP, TAG_OPTION, TAG_OUTPUT, TAG_P, TAG_PARAM, TAG_PICTURE,
	TAG_PLAINTEXT, TAG_PRE, TAG_Q, TAG_RP, TAG_RT, TAG_RUBY, TAG_S, TAG_SAMP,
	TAG_SCRIPT, TAG_SECTION, TAG_SELECT, TAG_SMALL, TAG_SOURCE, TAG_SPAN,
	TAG_STRIKE, TAG_STRONG, TAG_STYLE, TAG_SUB, TAG_SUMMARY, TAG_SUP, TAG_SVG,
	TAG_TABLE, TAG_TBODY, TAG_TD, TAG_TEMPLATE, TAG_TEXTAREA, TAG_TFOOT, TAG_TH,
	TAG_THEAD, TAG_TIME, TAG_TITLE, TAG_TR, TAG_TRACK, TAG_TT, TAG_U, TAG_UL,
	TAG_VAR, TAG_VIDEO, TAG_WBR, TAG_XMP,
	TAG_COUNT_
};

enum html_kind {
	HK_BLOCK = 1u << 0,   /* starts and ends a line */
	HK_MARGIN = 1u << 1,  /* with a blank line around */
	HK_SKIP = 1u << 2,    /* content never shown (script, style, head ...) */
	HK_MEDIA = 1u << 3,   /* shown as a numbered placeholder */
	HK_VOID = 1u << 4,    /* no content (br, img, hr ...) */
	HK_HEADING = 1u << 5,
	HK_PHRASING = 1u << 6, /* inline text-level element */
};

/* Parse a page or a fragment. Valid UTF-8 is read as UTF-8 whatever the page
 * declares; other bytes follow the page's <meta charset> (default
 * windows-1252, as browsers do). No network, no errors printed, broken markup
 * recovered. Returns NULL only for empty input. Caller frees (xmlFreeDoc). */
xmlDoc *html_parse(const char *html, size_t len);
/* The same for a page whose HTTP response declared a charset: when the
 * bytes are not valid UTF-8 and libxml2 knows the charset, it wins over the
 * page's <meta> (as in browsers: the header comes first). NULL or an
 * unknown name: html_parse. */
xmlDoc *html_parse_as(const char *html, size_t len, const char *charset);
/* The node after n in document order inside root's subtree, going into n's
 * children only when descend is true; NULL after the last. Walks need no
 * recursion (pages nest deeper than a stack should). */
xmlNode *html_next(xmlNode *n, const xmlNode *root, bool descend);
/* The element's tag (TAG_OTHER for unknown names and non-elements). */
enum html_tag html_tag(const xmlNode *n);
/* enum html_kind bits of a tag. */
unsigned html_kind(enum html_tag t);
/* Heading level 1-6 of a tag, 0 for others. */
int html_heading_level(enum html_tag t);
/* The attribute's value (not a copy; NULL when absent). */
const char *html_attr(const xmlNode *n, const char *name);
/* True when the element is hidden from readers: the hidden attribute,
 * aria-hidden="true", or an inline style with display:none or
 * visibility:hidden. */
bool html_is_hidden(const xmlNode *n);

#endif
