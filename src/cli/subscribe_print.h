/* subscribe_print.h: subscribing on the command line, saying what was found, as `tidings add` does (also for -x add-feed). */
#ifndef TIDINGS_SUBSCRIBE_PRINT_H
#define TIDINGS_SUBSCRIBE_PRINT_H

#include <stdbool.h>
#include <stdint.h>

#include "cmd/options.h"
#include "refresh/refresh.h"
#include "store/store.h"

/* Subscribe to argv[0] with tags argv[1...] ("~Title" names the feed):
 * a page that names its feed prints "PAGE: the page links to the feed
 * FEED (Title)", one that cannot be fetched now is subscribed as given
 * with a note on stderr. s may be NULL (the cache follows the urls file
 * next time); *feed_id (may be NULL) gets the feed's id in s. EXIT_OK
 * (also when it was subscribed already: said on stderr), or EXIT_FAIL
 * with one line on stderr. commands: exec:/filter: sources are allowed. */
int cli_subscribe(const struct options *o, struct store *s, const char *urls_path, int argc,
		  char **argv, bool commands, int64_t *feed_id);

#endif
