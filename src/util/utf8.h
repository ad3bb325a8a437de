/* utf8.h: decoding and checking UTF-8 without depending on the locale. */
#ifndef TIDINGS_UTF8_H
#define TIDINGS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decode one code point from s (len > 0 bytes available). Returns the number
 * of bytes used (>= 1). A malformed or truncated sequence yields *cp =
 * UTF8_REPLACEMENT and consumes one byte, so callers always advance. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* True when all n bytes form valid UTF-8 (no surrogates, no overlongs). */
bool utf8_valid(const char *s, size_t n);
/* Length in bytes of the valid UTF-8 prefix of s[0..n). */
size_t utf8_valid_prefix(const char *s, size_t n);

#endif
