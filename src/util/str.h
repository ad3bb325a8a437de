/* str.h: small string helpers (ASCII-only case rules, whitespace handling). */
#ifndef TIDINGS_STR_H
#define TIDINGS_STR_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* ASCII whitespace as XML and HTML define it (space, tab, CR, LF, FF). */
static inline bool
str_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool str_starts_with(const char *s, const char *prefix);
bool str_starts_with_ci(const char *s, const char *prefix);
bool str_eq_ci(const char *a, const char *b);
/* Pointer to the first non-space byte; len of the trimmed text through *n. */
const char *str_trim_span(const char *s, size_t len, size_t *n);
/* Trim in place (moves the text to the front); returns s. */
char *str_trim(char *s);
/* Collapse runs of whitespace into one space and trim, in place; returns s. */
char *str_collapse_ws(char *s);
/* True when s is NULL or only whitespace. */
bool str_blank(const char *s);

#endif
