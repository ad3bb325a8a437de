/* config_load.c: the configuration as every command that needs all of it reads it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/config_load.h"
#include "cli/paths.h"
#include "cmd/urls_conf.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
cli_config_load(const struct cli_env *env, struct options *o, struct keymap *km,
		conf_warn_fn *warn, void *ctx)
{
	char *conf = cli_config_path(env);
	int bad = conf_load(conf, env->config != NULL, o, warn, ctx);
	free(conf);
	if (bad < 0)
		return -1;
	char *urls = cli_urls_path(env);
	int ubad = urls_conf_load(o, urls, warn, ctx);
	free(urls);
	if (ubad > 0)
		bad += ubad;
	if (km) {
		keymap_load_defaults(km);
		keymap_apply(km, o);
	}
	return bad;
}

static void
print_warning(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "tidings: %s\n", msg);
}

int
cli_options_load(const struct cli_env *env, struct options *o)
{
	options_init(o);
	return cli_config_load(env, o, NULL, print_warning, NULL) < 0 ? EXIT_FAIL : EXIT_OK;
}

static void
ignore_warning(void *ctx, const char *msg)
{
	(void)ctx; (void)msg;
}

int
cli_query_filter(const struct cli_env *env, const char *arg, char **expr)
{
	struct options o;
	struct store_query q = { 0 };
	char *err = NULL;
	options_init(&o);
	*expr = NULL;
	int rc = cli_config_load(env, &o, NULL, ignore_warning, NULL) < 0 ? EXIT_FAIL : EXIT_OK;
	if (rc == EXIT_OK && urls_conf_query_feed(&o, arg, &q, &err) < 0) {
		rc = cli_fail("%s", err);
		free(err);
	} else if (rc == EXIT_OK) {
		*expr = xstrdup_or_null(q.filter);
	} else {
		rc = cli_fail(_("cannot read the config (tidings --check-config says why)"));
	}
	options_clear(&o);
	return rc;
}
