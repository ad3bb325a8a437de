/* output.c: what commands print from feeds, made safe for the terminal. */
#include "config.h"

#include <stdlib.h>

#include "cli/output.h"
#include "text/sanitize.h"

void
cli_put_clean(FILE *fp, const char *s)
{
	if (!s)
		return;
	char *clean = text_sanitize(s);
	fputs(clean, fp);
	free(clean);
}
