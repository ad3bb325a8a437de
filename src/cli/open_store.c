/* open_store.c: opening the cache for a command, its feed list following the urls file. */
#include "config.h"

#include <stdlib.h>

#include "cli/open_store.h"
#include "cli/paths.h"
#include "cli/urls_file.h"
#include "util/i18n.h"

/* Make an open cache's feed list follow the urls file. EXIT_OK or
 * EXIT_FAIL (printed). */
static int
sync_urls(const struct cli_env *env, struct store *s)
{
	char *path = cli_urls_path(env);
	struct urls u;
	int rc = cli_load_urls(path, &u);
	free(path);
	if (rc == EXIT_OK && store_sync_urls(s, &u) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	urls_free(&u);
	return rc;
}

int
cli_open_store(const struct cli_env *env, struct store **s)
{
	char *cache = cli_cache_path(env);
	char *err = NULL;
	int rc = EXIT_OK;
	if (store_open(cache, s, &err) != STORE_OK) {
		rc = cli_fail(_("cannot open the cache: %s"), err);
		free(err);
		free(cache);
		return rc;
	}
	free(cache);
	rc = sync_urls(env, *s);
	if (rc != EXIT_OK)
		store_close(s);
	return rc;
}
