/* xmlfix.h: streaming repair of UTF-8 XML before libxml2 sees it. */
#ifndef TIDINGS_XMLFIX_H
#define TIDINGS_XMLFIX_H

#include <stddef.h>

#include "util/buf.h"

/* What real feeds get wrong and XML parsers then lose:
 * - HTML entities XML does not define (&nbsp; &eacute;) become numeric
 *   references; unknown ones and bare '&' become "&amp;";
 * - '<' that starts no markup becomes "&lt;";
 * - characters XML forbids (C0 controls, U+FFFE/FFFF) are dropped;
 * - the XML declaration is dropped (the text is UTF-8 by now) and the
 *   DOCTYPE too (no DTD is ever loaded); simple internal <!ENTITY> values
 *   are remembered and substituted once, never recursively;
 * - HTML void elements written without "/>" (<br>, <img ...>) are closed,
 *   and their stray end tags dropped.
 * Comments and CDATA pass through untouched (but for forbidden characters). */
struct xmlfix;

struct xmlfix *xmlfix_new(void);
/* Repair n more bytes of UTF-8, appending to out. Bytes that need more
 * look-ahead are held until the next call. */
void xmlfix_push(struct xmlfix *x, const char *s, size_t n, struct buf *out);
/* End of input: flush what is held, close what is open (a tag, CDATA) and
 * end with an empty comment so that trailing text is complete. */
void xmlfix_finish(struct xmlfix *x, struct buf *out);
void xmlfix_free(struct xmlfix **x);

#endif
