/* opml.h: OPML 1.0/2.0 subscription lists from bytes (pure: no I/O, no network). */
#ifndef TIDINGS_OPML_H
#define TIDINGS_OPML_H

#include <stddef.h>

/* One subscription: an outline with an xmlUrl. Strings owned, trimmed;
 * may be NULL except url. */
struct opml_outline {
	char *url;      /* xmlUrl exactly as written (the caller decides what it accepts) */
	char *html_url; /* htmlUrl */
	char *title;    /* text, else title */
	char **tags;    /* the enclosing folders' names, then its category
			   attribute's entries; deduplicated, never starting
			   with '~' or '!' (the urls file gives those meaning) */
	size_t n_tags;
};

struct opml {
	char *title; /* head/title, NULL if none */
	struct opml_outline *v;
	size_t n;
};

/* Parse a whole document. libxml2 runs without network, DTD loading or
 * entity substitution, and a document that declares entities is refused
 * (no OPML needs them; they are how entity bombs start). Returns 0 and
 * fills out (free with opml_free), or -1 with *why set to a static line. */
int opml_parse(const char *data, size_t n, struct opml *out, const char **why);
void opml_free(struct opml *o);

#endif
