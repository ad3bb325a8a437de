/* paths.h: the files a command works on: the urls file, the cache and the config, from the global options or their defaults. */
#ifndef TIDINGS_PATHS_H
#define TIDINGS_PATHS_H

#include "cli/cli.h"

/* --urls FILE or the default; caller frees. */
char *cli_urls_path(const struct cli_env *env);
/* --cache FILE or the default; caller frees. */
char *cli_cache_path(const struct cli_env *env);
/* --config FILE or the default; caller frees. */
char *cli_config_path(const struct cli_env *env);

#endif
