/* sax.h: XML feeds through libxml2's push parser, one event at a time. */
#ifndef TIDINGS_SAX_H
#define TIDINGS_SAX_H

#include <stddef.h>

#include "parse/parse.h"

struct sax;

/* Caller frees with sax_free. Strings in opts must outlive it. */
struct sax *sax_new(const struct parse_opts *opts, const struct parse_sink *sink);
/* n more bytes of repaired UTF-8 XML. Returns PARSE_OK or PARSE_STOPPED. */
int sax_push(struct sax *s, const char *utf8, size_t n);
/* End of input; fills *feed (caller clears) and returns a parse_status; *why
 * (owned by s) explains a failure in one line. */
int sax_finish(struct sax *s, struct feed_info *feed, const char **why);
void sax_free(struct sax **s);

#endif
