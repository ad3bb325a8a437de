/* refresh_run.c: a refresh run to its end on the command line (tidings refresh, -x): a line per feed that changed or failed, then the summary. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/refresh_run.h"
#include "util/i18n.h"

/* How long a second refresh waits for the first before it gives up. */
#define LOCK_WAIT_MS 2000

struct printer {
	bool quiet;
	int rc;
};

static void
on_feed(void *ctx, const struct refresh_report *r, const struct refresh_progress *p)
{
	struct printer *pr = ctx;
	(void)p;
	if (pr->quiet)
		return;
	struct buf b = BUF_INIT;
	refresh_report_text(r, &b);
	fputs(buf_str(&b), stdout);
	buf_free(&b);
}

static void
on_done(void *ctx, const struct refresh_progress *p, const char *error, const char *hook_error)
{
	struct printer *pr = ctx;
	fflush(stdout);
	if (error) {
		pr->rc = cli_fail("%s", error);
		return;
	}
	if (!pr->quiet) {
		char *line = refresh_summary(p);
		printf("%s\n", line);
		free(line);
		fflush(stdout);
	}
	if (hook_error)
		fprintf(stderr, "tidings: %s\n", hook_error);
	if (p->total > 0 && p->failed == p->total)
		pr->rc = cli_fail(_("every feed failed"));
}

int
cli_run_refresh(struct store *s, const struct options *o, struct refresh_spec *spec, bool quiet)
{
	struct printer pr = { quiet, EXIT_OK };
	struct refresh_cb cb = { &pr, on_feed, on_done };
	char *err = NULL;
	spec->lock_wait_ms = LOCK_WAIT_MS;
	spec->exclusive = true; /* nothing else writes meanwhile */
	spec->hook = quiet ? REFRESH_HOOK_QUIET : REFRESH_HOOK_WAIT;
	if (refresh_run(s, o, spec, &cb, &err) != 0) {
		pr.rc = cli_fail("%s", err);
		free(err);
	}
	fflush(stdout);
	return pr.rc;
}
