/* feedlinks.h: the feeds a web page announces (<link rel="alternate" type="application/rss+xml" ...>). */
#ifndef TIDINGS_FEEDLINKS_H
#define TIDINGS_FEEDLINKS_H

#include <stddef.h>

enum feedlink_kind {
	FEEDLINK_ATOM, /* application/atom+xml */
	FEEDLINK_RSS,  /* application/rss+xml, application/rdf+xml */
	FEEDLINK_JSON, /* application/feed+json, application/json */
};

struct feedlink {
	char *url;   /* absolute (resolved against <base href> and the page URL) */
	char *title; /* the title attribute, whitespace collapsed; NULL if none */
	enum feedlink_kind kind;
};

struct feedlinks {
	struct feedlink *v;
	size_t n;
};

/* The alternate feed links of an HTML page, Atom and RSS first (in document
 * order), then JSON Feed; duplicates and non-http(s) hrefs dropped. The rel
 * attribute is a list of words, one of which must be "alternate"; the
 * type is matched case-insensitively and its parameters are ignored.
 * base_url is where the page came from. Caller clears out. */
void feedlinks_find(const char *html, size_t len, const char *base_url, struct feedlinks *out);
void feedlinks_clear(struct feedlinks *l);

#endif
