/* url.h: URL resolution (RFC 3986) and percent-encoding. */
#ifndef TIDINGS_URL_H
#define TIDINGS_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* True when s starts with a scheme ("http:", "mailto:" ...). */
bool url_has_scheme(const char *s);
/* Length of the scheme of s (without ':'), 0 when there is none. */
size_t url_scheme_len(const char *s);
/* True for http:// and https:// URLs (case-insensitive scheme). */
bool url_is_http(const char *s);
/* An http(s) URL with a host and nothing that a urls file, a config line
 * or a shell could read differently: no blank, control, DEL, '"' or '\'. */
bool url_is_web_address(const char *s);
/* Resolve ref against base (either may be NULL). Returns a new string the
 * caller frees; ref unchanged (copied) when base is NULL or ref is absolute.
 * Leading/trailing whitespace in ref is ignored. Returns NULL only when ref is NULL. */
char *url_join(const char *base, const char *ref);
/* Percent-encode everything but RFC 3986 unreserved characters into b
 * (for query values in share links and the like). */
void url_pct_encode(struct buf *b, const char *s);
/* The "scheme://authority" part of an absolute URL, in a new string; NULL if none. */
char *url_origin(const char *url);

#endif
