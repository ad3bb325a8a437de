/* print_feeds.c: the subscribed feeds read from the cache and handed to a printer (feeds, export). */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>

#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/print_feeds.h"
#include "util/i18n.h"

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
		rc = cli_flush_stdout();
	}
	store_close(&s);
	return rc;
}
