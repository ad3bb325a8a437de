/* put_clean.c: untrusted text (titles, tags, links from feeds) onto the screen: sanitized, clipped. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/sanitize.h"
#include "ui/app.h"
#include "ui/term.h"

int
ui_put_clean(int row, int col, const char *s, int maxcols, unsigned style)
{
	if (!s || maxcols <= 0)
		return 0;
	size_t n = strlen(s);
	if (text_is_clean(s, n, 0))
		return term_put(row, col, s, n, maxcols, style);
	char *clean = text_sanitize(s);
	int w = term_put(row, col, clean, strlen(clean), maxcols, style);
	free(clean);
	return w;
}
