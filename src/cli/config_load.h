/* config_load.h: reading the whole configuration the same way everywhere: the config file, the urls file's part, the keys. */
#ifndef TIDINGS_CONFIG_LOAD_H
#define TIDINGS_CONFIG_LOAD_H

#include "cli/cli.h"
#include "cmd/conffile.h"
#include "cmd/keys.h"
#include "cmd/options.h"

/* o (and km, when not NULL) must be initialized. Reads --config FILE or
 * the default config, then the urls file's query: lines and per-feed
 * settings, then lays the defaults and the user's bindings into km.
 * Problems go to warn. Returns the number of bad lines, or -1 when an
 * explicit --config FILE cannot be read. */
int cli_config_load(const struct cli_env *env, struct options *o, struct keymap *km,
		    conf_warn_fn *warn, void *ctx);

/* Initialize o and read the settings as cli_config_load does (no keys),
 * each problem printed on stderr as "tidings: config:LINE: ...". EXIT_OK,
 * or EXIT_FAIL when an explicit --config FILE cannot be read. The caller
 * clears o either way. */
int cli_options_load(const struct cli_env *env, struct options *o);

/* The expression of the query feed "query:NAME" (config or urls file):
 * EXIT_OK and *expr (caller frees), or EXIT_FAIL with the reason printed. */
int cli_query_filter(const struct cli_env *env, const char *arg, char **expr);

#endif
