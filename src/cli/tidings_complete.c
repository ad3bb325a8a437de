/* tidings_complete.c: `tidings --complete WHAT`: the words shell completion offers, one a line, from the code's own tables. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/config_load.h"
#include "cli/paths.h"
#include "cmd/actions.h"
#include "cmd/keys.h"
#include "cmd/options.h"
#include "cmd/share.h"
#include "store/urls.h"
#include "util/i18n.h"

static const char *const kinds[] = {
	"commands", "actions", "settings", "contexts", "services", "feeds", "queries", NULL,
};

/* Completion must never print a problem over the user's command line. */
static void
quiet(void *ctx, const char *msg)
{
	(void)ctx; (void)msg;
}

/* The feeds of the urls file, as written there; a missing file has none.
 * Read directly (no cache is opened or created). */
static int
print_feeds(const struct cli_env *env)
{
	char *path = cli_urls_path(env);
	struct urls u = { 0 };
	char *err = NULL;
	int rc = urls_load(path, &u, &err);
	free(err);
	free(path);
	if (rc == URLS_ERR)
		return EXIT_FAIL;
	for (size_t i = 0; i < u.n; i++)
		if (urls_is_feed(u.lines[i].kind) && u.lines[i].url)
			puts(u.lines[i].url);
	urls_free(&u);
	return EXIT_OK;
}

/* What the configuration (and the urls file's query: lines) define:
 * share services, or the query feeds as query:NAME. */
static int
print_configured(const struct cli_env *env, bool services)
{
	struct options o;
	struct share_list l = { 0 };
	options_init(&o);
	cli_config_load(env, &o, NULL, quiet, NULL);
	if (services) {
		share_list_build(&l, &o);
		for (size_t i = 0; i < l.n; i++)
			puts(l.v[i].name);
		share_list_clear(&l);
	} else {
		for (size_t i = 0; i < o.n_query; i++)
			printf("query:%s\n", o.query[i].name);
	}
	options_clear(&o);
	return EXIT_OK;
}

static int
print_kind(const struct cli_env *env, const char *kind)
{
	if (strcmp(kind, "commands") == 0)
		for (const struct cli_command *c = cli_commands; c->name; c++)
			puts(c->name);
	else if (strcmp(kind, "actions") == 0)
		for (int i = 0; i < A_COUNT; i++)
			puts(action_table[i].name);
	else if (strcmp(kind, "settings") == 0)
		for (int i = 0; i < OPT_COUNT; i++)
			puts(opt_table[i].name);
	else if (strcmp(kind, "contexts") == 0)
		for (int i = 0; i < CTX_COUNT; i++)
			puts(key_ctx_name((enum key_ctx)i));
	else if (strcmp(kind, "services") == 0 || strcmp(kind, "queries") == 0)
		return print_configured(env, kind[1] == 'e');
	else if (strcmp(kind, "feeds") == 0)
		return print_feeds(env);
	else
		return -1;
	return EXIT_OK;
}

int
cli_complete(const struct cli_env *env, int argc, char **argv)
{
	if (argc == 2) {
		int rc = print_kind(env, argv[1]);
		if (rc >= 0)
			return fflush(stdout) == 0 ? rc : EXIT_FAIL;
	}
	if (argc == 1) {
		for (size_t i = 0; kinds[i]; i++)
			puts(kinds[i]);
		return EXIT_OK;
	}
	return cli_usage_error(_("usage: tidings --complete [commands|actions|settings|contexts|services|feeds|queries]"));
}
