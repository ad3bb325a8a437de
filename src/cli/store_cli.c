/* store_cli.c: opening the cache for a subcommand, with its feed list following the urls file. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli/store_cli.h"
#include "cmd/conffile.h"
#include "text/sanitize.h"
#include "util/i18n.h"
#include "util/xalloc.h"

char *
cli_urls_path(const struct cli_env *env)
{
	return env->urls ? xstrdup(env->urls) : urls_default_path();
}

char *
cli_cache_path(const struct cli_env *env)
{
	return env->cache ? xstrdup(env->cache) : store_default_path();
}

char *
cli_config_path(const struct cli_env *env)
{
	return env->config ? xstrdup(env->config) : conf_default_path();
}

int
cli_load_urls(const char *path, struct urls *u)
{
	char *err = NULL;
	if (urls_load(path, u, &err) == URLS_ERR) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	return EXIT_OK;
}

int
cli_save_urls(const char *path, const struct urls *u)
{
	char *err = NULL;
	if (urls_save(path, u, &err) != URLS_OK) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	return EXIT_OK;
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
	rc = cli_sync_urls(env, *s);
	if (rc != EXIT_OK)
		store_close(s);
	return rc;
}

int
cli_sync_urls(const struct cli_env *env, struct store *s)
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
cli_print_feeds(const struct cli_env *env, void (*print)(const struct store_feed_list *))
{
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct store_feed_list l;
	if (store_feed_list(s, false, &l) != STORE_OK) {
		rc = cli_fail(_("cannot read the feeds: %s"), store_error(s));
	} else {
		print(&l);
		store_feed_list_clear(&l);
		if (fflush(stdout) != 0 || ferror(stdout))
			rc = cli_fail(_("cannot write the output"));
	}
	store_close(&s);
	return rc;
}

int
cli_get_item(struct store *s, int64_t id, struct store_item *it)
{
	int st = store_item_get(s, id, it);
	if (st == STORE_NOT_FOUND)
		return cli_fail(_("no item %lld"), (long long)id);
	if (st != STORE_OK)
		return cli_fail(_("cannot read the item: %s"), store_error(s));
	return EXIT_OK;
}

int
cli_parse_id(const char *arg, int64_t *id)
{
	char *end;
	errno = 0;
	if (!(*arg >= '0' && *arg <= '9'))
		return -1;
	long long v = strtoll(arg, &end, 10);
	if (errno || *end || v <= 0)
		return -1;
	*id = v;
	return 0;
}

void
cli_put_clean(FILE *fp, const char *s)
{
	if (!s)
		return;
	char *clean = text_sanitize(s);
	fputs(clean, fp);
	free(clean);
}
