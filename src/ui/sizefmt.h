/* sizefmt.h: byte counts as people read them ("12.3 MB"), in the locale's numbers. */
#ifndef TIDINGS_SIZEFMT_H
#define TIDINGS_SIZEFMT_H

#include <stddef.h>
#include <stdint.h>

/* Write bytes into out[0..n): bytes below 1000, else kB, MB, GB or TB
 * with one decimal (powers of 1000, as `tidings downloads` prints them).
 * Returns out. */
char *sizefmt(int64_t bytes, char *out, size_t n);

#endif
