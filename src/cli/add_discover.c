/* add_discover.c: `tidings add PAGEURL`: from a page to the feed it announces, saying what was found. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/add_discover.h"
#include "cli/store_cli.h"
#include "refresh/discover.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
cli_add_discover(const char *url, char **feed)
{
	struct discover_result res;
	char *err = NULL;
	int st = discover_feed(url, &res, &err);
	if (st == DISCOVER_FETCH_FAILED) {
		fprintf(stderr, _("tidings: cannot check %s now (%s); subscribing to it as given\n"), url,
			err);
		free(err);
		*feed = xstrdup(url);
		return EXIT_OK;
	}
	if (st < 0) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	if (!cli_is_web_address(res.feed_url)) {
		discover_result_clear(&res);
		return cli_fail(_("the feed %s links to has an address that cannot be subscribed to"), url);
	}
	if (st != DISCOVER_FEED) {
		printf(st == DISCOVER_LINKED ? _("%s: the page links to the feed %s") : _("%s: found the feed %s"),
		       url, res.feed_url);
		if (res.title) {
			fputs(" (", stdout);
			cli_put_clean(stdout, res.title);
			putchar(')');
		}
		putchar('\n');
	}
	*feed = res.feed_url;
	res.feed_url = NULL;
	discover_result_clear(&res);
	return EXIT_OK;
}
