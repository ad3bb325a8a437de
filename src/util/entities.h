/* entities.h: HTML named character references (&nbsp; &eacute; ...). */
#ifndef TIDINGS_ENTITIES_H
#define TIDINGS_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

struct html_entity {
	const char *name; /* without '&' and ';' */
	uint32_t cp[2];   /* second is 0 for single code points */
	int bare;         /* 1 when browsers also accept it without ';' */
};

extern const struct html_entity html_entities[];
extern const unsigned html_entities_count;

/* The entity called name[0..n) (case-sensitive), or NULL. */
const struct html_entity *html_entity_find(const char *name, size_t n);
/* Decode the reference at s ("&amp;", "&#233;", "&#xE9;", "&eacute" ...);
 * on success append the UTF-8 text to out and return the bytes consumed,
 * else return 0. Numeric references follow the HTML rules (windows-1252
 * for 128-159, U+FFFD for 0 and out of range). */
size_t html_entity_decode_at(const char *s, size_t n, struct buf *out);
/* Append s[0..n) to out with every character reference decoded. */
void html_unescape(struct buf *out, const char *s, size_t n);
/* The code point windows-1252 gives byte c (0x80-0x9F); c itself otherwise. */
uint32_t cp1252_to_unicode(unsigned char c);

#endif
