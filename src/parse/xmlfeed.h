/* xmlfeed.h: the state shared by the SAX plumbing and the field rules of XML feeds. */
#ifndef TIDINGS_XMLFEED_H
#define TIDINGS_XMLFEED_H

#include <stdbool.h>

#include "model/model.h"
#include "parse/names.h"
#include "parse/parse.h"
#include "util/buf.h"

#define XF_MAX_DEPTH 256
/* Caps on what one field may hold: feeds are hostile. */
#define XF_MAX_TEXT (64 * 1024)
#define XF_MAX_HTML (2 * 1024 * 1024) /* an article's HTML; more is cut (one 30 MB text held 60 MB in a refresh) */

enum cap_kind {
	CAP_NONE,
	CAP_TEXT, /* character data only; child tags dropped, their text kept */
	CAP_HTML, /* HTML: child elements serialized as markup */
};

/* How the characters of a captured element are to be read. */
enum text_type {
	TT_TEXT,   /* plain text */
	TT_HTML,   /* escaped HTML */
	TT_XHTML,  /* inline XHTML elements */
};

/* Item fields whose source elements compete; see fields.c. */
enum field { F_TITLE, F_LINK, F_ID, F_PUBLISHED, F_UPDATED, F_SUMMARY, F_CONTENT, F_COUNT };

/* Who a captured element belongs to. */
enum target { TO_FEED, TO_ITEM, TO_BOX };

struct capture {
	enum cap_kind kind;
	enum target target;
	int depth;            /* of the captured element */
	enum el el;
	enum text_type type;
	bool base64;
	bool rss_title;       /* plain text that may carry escaped markup */
	bool permalink;       /* guid isPermaLink (default true) */
	char *rel, *mime;     /* an Atom link whose URL is its text */
	char *base;           /* base URL in scope at the element (owned copy) */
	struct buf buf;
};

/* Where in the document we are, as far as the field rules care. */
struct scope {
	int item;        /* depth of the open item/entry, 0 if none */
	int source;      /* depth of an atom:source inside the entry, 0 if none */
	int author_box;  /* depth of an atom author (or contributor), 0 if none */
	bool contributor; /* the box is a contributor: not an author */
	int channel;     /* depth of the RSS channel or Atom feed element, 0 if none */
};

struct xmlfeed {
	struct parse_sink sink;
	const char *opt_base;
	struct feed_info feed;
	bool atom_doc;
	bool stopped;
	int depth;
	char *bases[XF_MAX_DEPTH + 1]; /* xml:base in scope per depth (owned when set there) */
	bool base_owned[XF_MAX_DEPTH + 1];
	struct scope at;
	struct capture cap;

	/* the item being built, with what only decides precedence */
	struct item item;
	bool item_link_alt;
	signed char rank[F_COUNT]; /* rank of the element that set each item field */
	char *box_name, *box_email; /* inside the open author box */
	char *guid_link;         /* a permalink guid that may stand in for link */
	char *source_author;     /* atom:source's author, for inheritance */
	char *feed_author;       /* the feed's author, for inheritance */
	bool feed_link_alt;
	int ttl, sy_period, sy_frequency; /* schedule hints, minutes */
};

/* fields.c: what elements mean. */
/* root_ns: an RSS vocabulary declared on the element (for RDF roots). */
void xf_start_element(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs,
		      enum ns root_ns);
void xf_end_capture(struct xmlfeed *x);
void xf_end_container(struct xmlfeed *x);
/* End of document: settle what depends on several elements (the schedule). */
void xf_finish_feed(struct xmlfeed *x);
/* The base URL for links at the current depth (xml:base, --base, feed link). */
const char *xf_base(const struct xmlfeed *x);
/* Attribute value by local name in the flattened (name, value, ...) array. */
const char *xf_attr(const char **attrs, const char *name);
void xf_begin_capture(struct xmlfeed *x, enum cap_kind kind, enum el el, enum text_type type);

#endif
