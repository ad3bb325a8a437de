/* store_cli.h: what the cache subcommands share: finding and opening the cache and the urls file, ids, safe output. */
#ifndef TIDINGS_STORE_CLI_H
#define TIDINGS_STORE_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/cli.h"
#include "store/store.h"
#include "store/urls.h"

/* --urls FILE or the default; caller frees. */
char *cli_urls_path(const struct cli_env *env);
/* --cache FILE or the default; caller frees. */
char *cli_cache_path(const struct cli_env *env);
/* --config FILE or the default; caller frees. */
char *cli_config_path(const struct cli_env *env);

/* Open the cache and make its feed list follow the urls file (a missing
 * file is an empty list). Returns EXIT_OK, or prints one line and returns
 * EXIT_FAIL. */
int cli_open_store(const struct cli_env *env, struct store **s);

/* Make an open cache's feed list follow the urls file. EXIT_OK or
 * EXIT_FAIL (printed). */
int cli_sync_urls(const struct cli_env *env, struct store *s);

/* Read the urls file (missing: empty). EXIT_OK or EXIT_FAIL (printed). */
int cli_load_urls(const char *path, struct urls *u);
/* Write it back atomically. EXIT_OK or EXIT_FAIL (printed). */
int cli_save_urls(const char *path, const struct urls *u);

/* Open the cache, read the subscribed feeds and hand them to print; then
 * check that stdout took it all. EXIT_OK or EXIT_FAIL (printed). */
int cli_print_feeds(const struct cli_env *env, void (*print)(const struct store_feed_list *));

/* Read item id; EXIT_OK, or EXIT_FAIL with one line printed ("no item N").
 * *it is always set, so the caller clears it either way. */
int cli_get_item(struct store *s, int64_t id, struct store_item *it);

/* An item id as the user typed it: a positive decimal integer. */
int cli_parse_id(const char *arg, int64_t *id);

/* Print text from a feed on one line, with every control and escape
 * sequence taken out (NULL prints nothing). */
void cli_put_clean(FILE *fp, const char *s);

#endif
