/* paths.c: the urls file, the cache and the config a command works on: --urls, --cache, --config, or the defaults. */
#include "config.h"

#include "cli/paths.h"
#include "cmd/conffile.h"
#include "store/store.h"
#include "store/urls.h"
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
