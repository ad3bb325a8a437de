/* add.c: `tidings add URL [TAG...]`: subscribe, by adding a line to the urls file. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/add_discover.h"
#include "cli/store_cli.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/* What may be subscribed from the command line: web feeds, and the
 * command sources the user types themselves. */
static bool
acceptable(const char *url)
{
	if (str_starts_with(url, "exec:") || str_starts_with(url, "filter:"))
		return url[strcspn(url, "\n\r")] == '\0';
	return cli_is_web_address(url);
}

int
cli_add(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(_("usage: tidings add URL [TAG...]"));
	const char *url = argv[1];
	if (!acceptable(url))
		return cli_usage_error(_("'%s' is not an http(s) address or an exec:/filter: source"), url);
	/* "~Title" among the tags names the feed, as in the urls file */
	const char *title = NULL;
	const char **tags = xcalloc((size_t)argc, sizeof *tags);
	size_t n = 0;
	for (int i = 2; i < argc; i++) {
		if (argv[i][0] == '~')
			title = argv[i] + 1;
		else if (!str_blank(argv[i]))
			tags[n++] = argv[i];
	}
	char *path = cli_urls_path(env);
	struct urls u;
	int rc = cli_load_urls(path, &u);
	char *feed = NULL; /* a page's URL leads to its feed */
	if (rc == EXIT_OK && !urls_find(&u, url) && cli_is_web_address(url))
		rc = cli_add_discover(url, &feed);
	if (feed)
		url = feed;
	if (rc == EXIT_OK) {
		if (urls_add(&u, url, tags, n, title))
			rc = cli_save_urls(path, &u);
		else
			fprintf(stderr, _("tidings: %s is already subscribed\n"), url);
	}
	free(feed);
	urls_free(&u);
	free(path);
	free(tags);
	return rc;
}
