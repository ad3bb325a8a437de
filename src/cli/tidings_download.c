/* tidings_download.c: `tidings download [--jobs N]`: run the download queue to its end, a progress bar on a terminal, a line a file otherwise. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/config_load.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/paths.h"
#include "download/download.h"
#include "util/i18n.h"

#define BAR 24 /* columns of the bar */

struct run {
	bool tty;
	bool bar_shown;
	size_t done, failed;
};

/* The bar goes before a line about a file is printed. */
static void
clear_bar(struct run *r)
{
	if (r->bar_shown)
		fputs("\r\033[K", stdout);
	r->bar_shown = false;
}

static void
on_changed(void *ctx, const struct store_download *d)
{
	struct run *r = ctx;
	if (d->state != DL_DONE && d->state != DL_FAILED)
		return;
	clear_bar(r);
	if (d->state == DL_DONE) {
		r->done++;
		cli_put_clean(stdout, d->path);
		/* TRANSLATORS: after a downloaded file's path */
		printf(_(": done (%.1f MB)\n"), (double)d->bytes / 1e6);
	} else {
		r->failed++;
		cli_put_clean(stdout, d->url);
		fputs(_(": error: "), stdout);
		cli_put_clean(stdout, d->error ? d->error : "?");
		putchar('\n');
	}
	fflush(stdout);
}

/* "[#########---------------]  38%  2 running  4.2 MB/s" */
static void
on_progress(void *ctx, const struct downloader *dl)
{
	struct run *r = ctx;
	if (!r->tty)
		return;
	struct download_progress v[64];
	size_t n = downloader_running(dl, v, 64);
	int64_t bytes = 0, total = 0;
	double rate = 0;
	bool known = true;
	for (size_t i = 0; i < n && i < 64; i++) {
		bytes += v[i].bytes;
		total += v[i].total;
		rate += v[i].rate;
		known = known && v[i].total > 0;
	}
	int pct = known && total > 0 ? (int)(bytes * 100 / total) : -1;
	int fill = pct < 0 ? 0 : pct * BAR / 100;
	printf("\r\033[K[%.*s%.*s] ", fill, "########################", BAR - fill, "------------------------");
	if (pct >= 0)
		printf("%3d%%  ", pct);
	printf(ngettext("%zu running  %.1f MB/s", "%zu running  %.1f MB/s", n), n, rate / 1e6);
	fflush(stdout);
	r->bar_shown = true;
}

static int
run(const struct cli_env *env, int jobs)
{
	struct options o;
	int rc = cli_options_load(env, &o);
	struct store *s = NULL;
	if (rc == EXIT_OK)
		rc = cli_open_store(env, &s);
	struct run r = { isatty(STDOUT_FILENO) == 1, false, 0, 0 };
	struct downloader_cb cb = { &r, on_changed, on_progress, NULL };
	char *cache = cli_cache_path(env), *err = NULL;
	if (rc == EXIT_OK && downloader_run(s, &o, cache, jobs, &cb, &err) != 0) {
		rc = cli_fail("%s", err);
		free(err);
	}
	clear_bar(&r);
	if (rc == EXIT_OK) {
		/* TRANSLATORS: "3 downloaded, 1 failed" */
		printf(_("%zu downloaded, %zu failed\n"), r.done, r.failed);
		rc = cli_flush_stdout();
	}
	free(cache);
	store_close(&s);
	options_clear(&o);
	return rc == EXIT_OK && r.failed ? EXIT_FAIL : rc;
}

int
cli_download(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "jobs", required_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	int jobs = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		char *end;
		long n = c == 'j' ? strtol(optarg, &end, 10) : 0;
		if (c != 'j' || *end || n < 1 || n > 64)
			return cli_usage_error(_("usage: tidings download [--jobs N] (N from 1 to 64)"));
		jobs = (int)n;
	}
	if (optind != argc)
		return cli_usage_error(_("usage: tidings download [--jobs N] (N from 1 to 64)"));
	return run(env, jobs);
}
