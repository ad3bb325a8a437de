/* base64.h: decoding Atom's base64 content. */
#ifndef TIDINGS_BASE64_H
#define TIDINGS_BASE64_H

#include <stddef.h>

#include "util/buf.h"

/* Decode s[0..n) into out, skipping whitespace; -1 on a character that is
 * not base64 (out then holds what came before it). */
int base64_decode(struct buf *out, const char *s, size_t n);

#endif
