/* readable.h: the main article of a web page, without the page around it. */
#ifndef TIDINGS_READABLE_H
#define TIDINGS_READABLE_H

#include <stddef.h>

#include "text/render.h"

/* An extracted article; owns every string. Strings are sanitized (no
 * control characters); any may be NULL except text and html. */
struct article {
	char *title;      /* from the page's metadata or <title>, site name cut off */
	char *byline;     /* author(s) */
	char *published;  /* "YYYY-MM-DDTHH:MM:SSZ" (UTC) */
	char *site_name;
	char *text;       /* body text: paragraphs and headings separated by blank lines */
	char *html;       /* the cleaned article as HTML, links and images made absolute */
	struct text_link *links; /* the article's links, numbered as a render of html numbers them */
	size_t nlinks;
};

enum readable_status {
	READABLE_OK = 0,
	READABLE_NO_ARTICLE = 1, /* an index page, an error page, an empty page */
};

/* Find the article in a page (HTML bytes, any charset libxml2 knows).
 * charset is the one the HTTP response declared (NULL: none; see
 * html_parse_as). base is the page's URL, for links (NULL: as they are; a
 * <base href> in the page wins). On READABLE_OK *out is a new article the
 * caller frees with article_free; otherwise *out is NULL. */
int readable_extract(const char *html, size_t len, const char *charset, const char *base,
		     struct article **out);
void article_free(struct article **a);

#endif
