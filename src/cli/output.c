/* output.c: what commands print: feed text made safe for the terminal, and the check that stdout took it all. */
#include "config.h"

#include <stdlib.h>

#include "cli/cli.h"
#include "cli/output.h"
#include "text/sanitize.h"
#include "util/i18n.h"

void
cli_put_clean(FILE *fp, const char *s)
{
	if (!s)
		return;
	char *clean = text_sanitize(s);
	fputs(clean, fp);
	free(clean);
}

int
cli_flush_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail(_("cannot write the output"));
	return EXIT_OK;
}
