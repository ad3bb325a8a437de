/* remove.c: `tidings remove URL`: unsubscribe (the urls file loses the line, the cache the feed). */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "cli/store_cli.h"
#include "util/i18n.h"

/* Forget the feed's items too, if there is a cache at all. */
static int
forget(const struct cli_env *env, const char *url)
{
	char *cache = cli_cache_path(env);
	bool exists = access(cache, F_OK) == 0;
	free(cache);
	if (!exists)
		return EXIT_OK;
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	int st = store_feed_delete(s, url);
	if (st != STORE_OK && st != STORE_NOT_FOUND)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	store_close(&s);
	return rc;
}

int
cli_remove(const struct cli_env *env, int argc, char **argv)
{
	if (argc != 2)
		return cli_usage_error(_("usage: tidings remove URL"));
	const char *url = argv[1];
	char *path = cli_urls_path(env);
	struct urls u;
	int rc = cli_load_urls(path, &u);
	if (rc == EXIT_OK) {
		if (!urls_remove(&u, url))
			rc = cli_fail(_("%s is not subscribed"), url);
		else
			rc = cli_save_urls(path, &u);
	}
	urls_free(&u);
	free(path);
	return rc == EXIT_OK ? forget(env, url) : rc;
}
