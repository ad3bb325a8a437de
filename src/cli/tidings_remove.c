/* tidings_remove.c: `tidings remove URL`: unsubscribe (the urls file loses the line, the cache the feed). */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "cli/open_store.h"
#include "cli/paths.h"
#include "refresh/refresh.h"
#include "util/i18n.h"

int
cli_remove(const struct cli_env *env, int argc, char **argv)
{
	if (argc != 2)
		return cli_usage_error(_("usage: tidings remove URL"));
	char *urls = cli_urls_path(env);
	char *cache = cli_cache_path(env);
	struct store *s = NULL;
	int rc = EXIT_OK;
	/* the feed's items go too, if there is a cache at all */
	if (access(cache, F_OK) == 0)
		rc = cli_open_store(env, &s);
	char *err = NULL;
	int st = rc == EXIT_OK ? unsubscribe(s, urls, argv[1], &err) : 0;
	if (st < 0)
		rc = cli_fail("%s", err);
	else if (st > 0)
		rc = cli_fail(_("%s is not subscribed"), argv[1]);
	free(err);
	store_close(&s);
	free(cache);
	free(urls);
	return rc;
}
