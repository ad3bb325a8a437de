/* tidings_refresh.c: `tidings refresh [--quiet] [--due] [URL...]`: poll the feeds now (refresh_run.c prints the run). */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/config_load.h"
#include "cli/paths.h"
#include "cli/refresh_run.h"
#include "util/i18n.h"

/* Open the cache (the refresh makes it follow the urls file, under its
 * lock) and refresh. */
static int
run(const struct cli_env *env, const struct options *o, struct refresh_spec *spec, bool quiet)
{
	char *cache = cli_cache_path(env);
	char *urls = cli_urls_path(env);
	char *err = NULL;
	struct store *s = NULL;
	int rc;
	if (store_open(cache, &s, &err) != STORE_OK) {
		rc = cli_fail(_("cannot open the cache %s: %s"), cache, err ? err : "");
		free(err);
	} else {
		spec->cache_path = cache;
		spec->urls_path = urls;
		rc = cli_run_refresh(s, o, spec, quiet);
	}
	store_close(&s);
	free(urls);
	free(cache);
	return rc;
}

int
cli_refresh(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "due", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	struct refresh_spec spec = { 0 };
	bool quiet = false;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "+q", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': quiet = true; break;
		case 'd': spec.due_only = true; break;
		default: return EXIT_USAGE;
		}
	}
	spec.urls = argv + optind;
	spec.n_urls = (size_t)(argc - optind);
	struct options o;
	int rc = cli_options_load(env, &o);
	if (rc == EXIT_OK)
		rc = run(env, &o, &spec, quiet);
	options_clear(&o);
	return rc;
}
