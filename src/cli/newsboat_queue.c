/* newsboat_queue.c: podboat's queue file (URL "FILE" [status] a line) read into the download queue. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "cli/newsboat_queue.h"
#include "cli/output.h"
#include "store/downloads.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/url.h"
#include "util/xalloc.h"

static int64_t
size_of(const char *path, bool *there)
{
	struct stat st;
	*there = stat(path, &st) == 0 && S_ISREG(st.st_mode);
	return *there ? (int64_t)st.st_size : 0;
}

/* One line: its URL and file (words as podboat quotes them). */
static int
one_line(struct store *s, char **w, size_t *added, size_t *skipped)
{
	if (!w[0] || !w[1] || !url_is_web_address(w[0]) || w[1][0] != '/') {
		fputs(_("not carried over: podboat's queue: "), stdout);
		cli_put_clean(stdout, w[0] ? w[0] : "");
		putchar('\n');
		(*skipped)++;
		return STORE_OK;
	}
	bool done, partly, fresh = false;
	int64_t bytes = size_of(w[1], &done);
	if (!done) {
		char *part = xasprintf("%s.part", w[1]);
		bytes = size_of(part, &partly);
		free(part);
	}
	int rc = store_download_adopt(s, w[0], w[1], done, bytes, &fresh);
	*added += fresh;
	return rc;
}

int
newsboat_queue_import(struct store *s, const char *path, size_t *added, size_t *skipped)
{
	*added = *skipped = 0;
	FILE *f = fopen(path, "r");
	if (!f)
		return STORE_OK; /* no queue: nothing was queued */
	char *line = NULL;
	size_t cap = 0;
	int rc = STORE_OK;
	while (rc == STORE_OK && getline(&line, &cap, f) >= 0) {
		const char *why = NULL;
		char **w = spawn_split(line, &why);
		if (w && w[0])
			rc = one_line(s, w, added, skipped);
		spawn_argv_free(&w);
	}
	free(line);
	fclose(f);
	return rc;
}
