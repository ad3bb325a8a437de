/* print_feeds.h: the subscribed feeds read from the cache and printed (feeds, export). */
#ifndef TIDINGS_PRINT_FEEDS_H
#define TIDINGS_PRINT_FEEDS_H

#include "cli/cli.h"
#include "store/store.h"

/* Open the cache, read the subscribed feeds and hand them to print; then
 * check that stdout took it all. EXIT_OK or EXIT_FAIL (printed). */
int cli_print_feeds(const struct cli_env *env, void (*print)(const struct store_feed_list *));

#endif
