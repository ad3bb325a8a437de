/* open_store.h: opening the cache for a command, its feed list following the urls file. */
#ifndef TIDINGS_OPEN_STORE_H
#define TIDINGS_OPEN_STORE_H

#include "cli/cli.h"
#include "store/store.h"

/* Open the cache and make its feed list follow the urls file (a missing
 * file is an empty list). Returns EXIT_OK, or prints one line and returns
 * EXIT_FAIL. */
int cli_open_store(const struct cli_env *env, struct store **s);

#endif
