/* format.h: newsboat's format strings: %x placeholders with widths, %?x?then&else? and %>c fill, in display columns. */
#ifndef TIDINGS_FORMAT_H
#define TIDINGS_FORMAT_H

#include "util/buf.h"

/*
 * A format is text with placeholders:
 *   %x        the value of x (a letter)
 *   %Nx %-Nx  the value in N display columns, right- or left-aligned, cut
 *             when longer (CJK and emoji count two columns)
 *   %?x?A&B?  A when x has a non-empty value, else B (&B may be left out);
 *             A and B may hold placeholders, not another %?
 *   %>c       fill with c so that the line is width columns wide (once)
 *   %%        a percent sign
 * A placeholder the caller does not know expands to nothing. Values go in
 * as given: a caller whose values may hold controls or newlines cleans
 * them first.
 */

/* The value of placeholder key (NULL: unknown or empty). */
typedef const char *format_value_fn(void *ctx, char key);

/* Expand fmt onto out; width > 0 is the line's width for %> (and the
 * result is cut to it), 0: no width. */
void format_expand(const char *fmt, format_value_fn *value, void *ctx, int width, struct buf *out);

#endif
