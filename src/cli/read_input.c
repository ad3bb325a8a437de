/* read_input.c: read a page or document named on the command line, with a size cap. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/read_input.h"
#include "util/i18n.h"

int
cli_read_input(const char *path, struct buf *out)
{
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!in) {
		cli_fail(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	buf_init(out, CLI_INPUT_MAX);
	char chunk[64 * 1024];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) {
		if (buf_append(out, chunk, n) != BUF_OK) {
			cli_fail(_("%s: larger than %u MB"), path, CLI_INPUT_MAX >> 20);
			rc = -1;
			break;
		}
	}
	if (rc == 0 && ferror(in)) {
		cli_fail(_("cannot read %s: %s"), path, strerror(errno));
		rc = -1;
	}
	if (in != stdin)
		fclose(in);
	if (rc != 0)
		buf_free(out);
	return rc;
}
