/* render.h: HTML as the pager shows it: lines of styled spans and numbered links. */
#ifndef TIDINGS_RENDER_H
#define TIDINGS_RENDER_H

#include <stddef.h>

#include "util/buf.h"

/* Abstract style bits; only the UI maps them to terminal attributes. */
enum text_style {
	TEXT_BOLD = 1u << 0,
	TEXT_ITALIC = 1u << 1,
	TEXT_UNDERLINE = 1u << 2,
	TEXT_STRIKE = 1u << 3,
	TEXT_CODE = 1u << 4,     /* code, kbd, samp, pre */
	TEXT_HEADING = 1u << 5,  /* h1-h6 */
	TEXT_QUOTE = 1u << 6,    /* inside blockquote, and the quote bar */
	TEXT_LINK = 1u << 7,     /* text of a link */
	TEXT_LINKNUM = 1u << 8,  /* the "[3]" after a link */
	TEXT_IMAGE = 1u << 9,    /* "[image 4: alt]" and media placeholders */
	TEXT_CAPTION = 1u << 10, /* figcaption, table caption */
	TEXT_MARK = 1u << 11,    /* list bullets and numbers, table separators */
	TEXT_RULE = 1u << 12,    /* hr */
	TEXT_HIGHLIGHT = 1u << 13, /* mark */
};

/* A run of text with one style; link is a number in text_doc.links
 * (1-based), 0 when the run is not part of a link. text is not
 * NUL-terminated; it lives as long as the document. */
struct text_span {
	const char *text;
	size_t len;
	unsigned style;
	int link;
};

struct text_line {
	const struct text_span *spans;
	size_t nspans;
	size_t width; /* display columns of the whole line */
};

enum text_link_kind { TEXT_LINK_HREF, TEXT_LINK_IMAGE, TEXT_LINK_MEDIA };

struct text_link {
	int n;             /* the number shown as [n] */
	enum text_link_kind kind;
	char *url;         /* absolute when a base was known; sanitized */
	char *text;        /* link text or alt text, one line, sanitized; may be "" */
};

/* A rendered document: owns every string it points to. */
struct text_doc {
	struct text_line *lines;
	size_t nlines;
	struct text_link *links;
	size_t nlinks;
	char *store_;               /* private: the bytes spans point into */
	struct text_span *spans_;   /* private: the spans lines point into */
};

enum text_flags {
	TEXT_NO_MARKERS = 1u << 0, /* no "[n]" after links, no image or media placeholders */
	TEXT_PLAIN_LISTS = 1u << 1, /* bullets for every list item, no numbers */
};

/* A parsed document before wrapping: render once, lay out for any width
 * (the pager lays out again when the terminal is resized). */
struct text_flow;

/* Parse HTML (any charset libxml2 knows; valid UTF-8 is taken as UTF-8
 * whatever the page declares) and build its flow. base resolves relative
 * links (NULL: leave them as they are; a <base href> in the page wins).
 * Never fails: empty or broken input gives an empty flow. Caller frees. */
struct text_flow *text_flow_from_html(const char *html, size_t len, const char *base,
				      unsigned flags);
void text_flow_free(struct text_flow **f);
/* Number of links the flow numbered. */
size_t text_flow_nlinks(const struct text_flow *f);

/* Wrap the flow at width display columns (width <= 0: no wrapping, one
 * line per paragraph). Words are never split unless longer than a line;
 * preformatted text is never re-wrapped. Caller frees. */
struct text_doc *text_layout(const struct text_flow *f, int width);
void text_doc_free(struct text_doc **d);

/* text_flow_from_html then text_layout. Caller frees. */
struct text_doc *text_render_html(const char *html, size_t len, const char *base, int width);

enum text_write_flags {
	TEXT_WRITE_LINKS = 1u << 0, /* append the numbered list of links */
};
/* The document as plain text, one '\n' after each line. */
void text_doc_write(const struct text_doc *d, struct buf *out, unsigned flags);

#endif
