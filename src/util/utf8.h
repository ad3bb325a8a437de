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
/* Length of the valid multibyte sequence starting at s[0] >= 0x80, or 0
 * when it is malformed or truncated (n bytes available). Inline: the
 * scanners of the parser and the JSON writer call it per character. */
static inline size_t
utf8_seq_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0; /* overlong, or a surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
			return 0;
		return 4;
	}
	return 0;
}

/* True when all n bytes form valid UTF-8 (no surrogates, no overlongs). */
bool utf8_valid(const char *s, size_t n);
/* Length in bytes of the valid UTF-8 prefix of s[0..n). */
size_t utf8_valid_prefix(const char *s, size_t n);

#endif
