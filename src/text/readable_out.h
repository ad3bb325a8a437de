/* readable_out.h: turning the chosen article into text, HTML and links (private to src/text). */
#ifndef TIDINGS_READABLE_OUT_H
#define TIDINGS_READABLE_OUT_H

#include <libxml/tree.h>

#include "text/readable.h"

/* Fill a->text, a->html and a->links from the article element of doc;
 * makes its URLs absolute against base and strips presentational and
 * script attributes on the way. */
void rd_output(struct article *a, xmlDoc *doc, xmlNode *article, const char *base);
/* A document <title> without the site name around it; caller frees. */
char *rd_title_from_doc(const char *title);

#endif
