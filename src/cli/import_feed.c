/* import_feed.c: `tidings import-feed FILE URL`: load a saved feed into the cache as if URL had served it. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/store_cli.h"
#include "parse/parse.h"
#include "util/i18n.h"

/*
 * The fetch is replaced by a file, the rest is what a refresh does: the
 * real parser streams items into the same upsert, all in one transaction.
 * Tests use it to fill a cache without a server; users can load an
 * archived feed.
 */

struct load {
	struct store *s;
	int64_t feed_id;
	int64_t now;
	struct store_update_stats st;
	int status;
};

static int
on_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	(void)feed;
	struct load *l = ctx;
	enum store_change what;
	l->status = store_upsert_item(l->s, l->feed_id, it, l->now, &what);
	if (l->status != STORE_OK)
		return 1;
	l->st.added += what == STORE_ITEM_NEW;
	l->st.changed += what == STORE_ITEM_CHANGED;
	return 0;
}

/* Stream the file through the parser; EXIT_OK or EXIT_FAIL (printed). */
static int
parse_into(const char *path, const char *url, struct load *l)
{
	FILE *in = fopen(path, "rb");
	if (!in)
		return cli_fail(_("cannot open %s: %s"), path, strerror(errno));
	struct parse_opts opts = { NULL, url };
	struct parse_sink sink = { l, on_item };
	struct parser *p = parser_new(&opts, &sink);
	static char chunk[64 * 1024];
	size_t n;
	int rc = EXIT_OK;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		if (parser_push(p, chunk, n) != PARSE_OK)
			break;
	if (ferror(in))
		rc = cli_fail(_("cannot read %s"), path);
	fclose(in);
	struct feed_info info;
	const char *why = NULL;
	int ps = parser_finish(p, &info, &why);
	if (rc == EXIT_OK && l->status != STORE_OK)
		rc = cli_fail(_("cannot store the feed: %s"), store_error(l->s));
	else if (rc == EXIT_OK && ps != PARSE_OK)
		rc = cli_fail("%s: %s", path, why ? why : _("not a feed"));
	else if (rc == EXIT_OK && store_feed_set_info(l->s, l->feed_id, &info) != STORE_OK)
		rc = cli_fail(_("cannot store the feed: %s"), store_error(l->s));
	feed_info_clear(&info);
	parser_free(&p);
	return rc;
}

/* The feed's id, subscribing to it first when the urls file lacks it. */
static int
subscribe(const struct cli_env *env, const char *url)
{
	char *path = cli_urls_path(env);
	struct urls u;
	int rc = cli_load_urls(path, &u);
	if (rc == EXIT_OK && urls_add(&u, url, NULL, 0, NULL))
		rc = cli_save_urls(path, &u);
	urls_free(&u);
	free(path);
	return rc;
}

int
cli_import_feed(const struct cli_env *env, int argc, char **argv)
{
	if (argc != 3)
		return cli_usage_error(_("usage: tidings import-feed FILE URL"));
	int rc = subscribe(env, argv[2]);
	struct load l = { .now = (int64_t)time(NULL) };
	if (rc != EXIT_OK || (rc = cli_open_store(env, &l.s)) != EXIT_OK)
		return rc;
	if (store_feed_ensure(l.s, argv[2], &l.feed_id) != STORE_OK ||
	    store_begin(l.s) != STORE_OK) {
		rc = cli_fail(_("cannot update the cache: %s"), store_error(l.s));
		store_close(&l.s);
		return rc;
	}
	rc = parse_into(argv[1], argv[2], &l);
	if (rc == EXIT_OK && store_commit(l.s) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(l.s));
	else if (rc != EXIT_OK)
		store_rollback(l.s);
	if (rc == EXIT_OK)
		printf(_("%s: %zu new, %zu updated\n"), argv[2], l.st.added, l.st.changed);
	store_close(&l.s);
	return rc;
}
