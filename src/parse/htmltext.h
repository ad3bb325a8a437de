/* htmltext.h: the plain text of a small HTML fragment (titles, names). */
#ifndef TIDINGS_HTMLTEXT_H
#define TIDINGS_HTMLTEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Append the text of s[0..n) to out: tags removed, script/style content
 * dropped, character references decoded. Whitespace is kept as it is. */
void html_to_text(struct buf *out, const char *s, size_t n);
/* True when text that should be plain carries markup or references
 * (an end tag "</x>" or a reference "&x;"), as escaped and double-escaped
 * titles do. */
bool looks_like_html(const char *s, size_t n);
/* Append s[0..n) escaped for HTML text (&, <, >). */
void html_escape(struct buf *out, const char *s, size_t n);

#endif
