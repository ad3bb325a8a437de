/* model.h: the plain structs that parse hands to store (the parse -> store contract). */
#ifndef TIDINGS_MODEL_H
#define TIDINGS_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "util/date.h" /* DATE_NONE */

enum feed_format {
	FORMAT_UNKNOWN = 0,
	FORMAT_RSS20,
	FORMAT_RSS10,
	FORMAT_RSS09X,
	FORMAT_ATOM10,
	FORMAT_ATOM03,
	FORMAT_JSONFEED,
};

struct enclosure {
	char *url;      /* absolute */
	char *type;     /* may be NULL */
	int64_t length; /* -1 when unknown */
};

/* One article. Every string is owned by the item, UTF-8, and may be NULL. */
struct item {
	char *id;       /* the feed's own guid/id; NULL when it gives none */
	char *title;    /* plain text */
	char *link;     /* absolute */
	char *author;
	int64_t published;
	int64_t updated;
	char *summary;  /* HTML */
	char *content;  /* HTML */
	struct enclosure *enclosures;
	size_t n_enclosures;
	char **categories;
	size_t n_categories;
	/* audio and video of media:content (Media RSS), outside the parse
	 * contract (the reference parser keeps them apart from enclosures);
	 * the cache stores them as enclosures too */
	struct enclosure *media;
	size_t n_media;
};

/* What a feed says about itself. */
struct feed_info {
	enum feed_format format;
	char *title;       /* plain text */
	char *link;        /* absolute site link */
	char *description; /* plain text or HTML as given */
	int ttl_minutes;   /* <ttl> or sy:updatePeriod/Frequency; 0 when absent */
};

/* Canonical name of a format ("rss2.0" ...), NULL for FORMAT_UNKNOWN. */
const char *feed_format_name(enum feed_format f);

void item_init(struct item *it);
/* Free what the item owns and reset it to empty; the struct itself is the caller's. */
void item_clear(struct item *it);
void item_add_enclosure(struct item *it, char *url, char *type, int64_t length);
void item_add_media(struct item *it, char *url, char *type, int64_t length);
/* The bytes the item's text takes (its strings and their lists): what
 * holding it costs, roughly. */
size_t item_bytes(const struct item *it);
void item_add_category(struct item *it, char *term);

void feed_info_init(struct feed_info *f);
void feed_info_clear(struct feed_info *f);

#endif
