/* tidings_add.c: `tidings add URL [TAG...] [~TITLE]`: subscribe, by adding a line to the urls file (a page's URL leads to its feed). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/config_load.h"
#include "cli/paths.h"
#include "cli/subscribe_print.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
cli_add(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(_("usage: tidings add URL [TAG...]"));
	if (!subscribe_acceptable(argv[1], true))
		return cli_usage_error(_("'%s' is not an http(s) address or an exec:/filter: source"),
				       argv[1]);
	struct options o;
	int rc = cli_options_load(env, &o); /* a proxy or user-agent for the search */
	char *urls = cli_urls_path(env);
	if (rc == EXIT_OK)
		rc = cli_subscribe(&o, NULL, urls, argc - 1, argv + 1, true, NULL);
	free(urls);
	options_clear(&o);
	return rc;
}
