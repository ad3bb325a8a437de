/* width.h: how many terminal columns text takes, independent of the locale. */
#ifndef TIDINGS_WIDTH_H
#define TIDINGS_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* Columns of one code point: 0 for combining marks, format characters
 * (ZWJ, variation selectors, bidi marks) and controls; 2 for East Asian
 * wide and fullwidth characters and emoji; 1 for the rest. */
int width_cp(uint32_t cp);
/* Columns of the UTF-8 text s[0..n); malformed bytes count one column each
 * (they are shown as U+FFFD). */
size_t width_str(const char *s, size_t n);
/* Length in bytes of the longest prefix of s[0..n) that fits in cols
 * columns without splitting a character; the columns it takes go to *used
 * (when used is not NULL). Zero-width characters stay with the character
 * before them. */
size_t width_fit(const char *s, size_t n, size_t cols, size_t *used);

#endif
