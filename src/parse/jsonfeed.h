/* jsonfeed.h: JSON Feed 1.0/1.1 through json-c's incremental tokener. */
#ifndef TIDINGS_JSONFEED_H
#define TIDINGS_JSONFEED_H

#include <stddef.h>

#include "parse/parse.h"

struct jsonfeed;

struct jsonfeed *jsonfeed_new(const struct parse_opts *opts, const struct parse_sink *sink);
/* n more bytes of UTF-8 JSON. */
void jsonfeed_push(struct jsonfeed *j, const char *s, size_t n);
/* End of input: deliver the items, fill *feed, return a parse_status;
 * *why (owned by j) says what went wrong. */
int jsonfeed_finish(struct jsonfeed *j, struct feed_info *feed, const char **why);
void jsonfeed_free(struct jsonfeed **j);

#endif
