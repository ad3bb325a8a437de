/* tidings_import_feed.c: `tidings import-feed FILE URL [FILE URL]...`: load saved feeds into the cache as if URL had served them. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/open_store.h"
#include "cli/paths.h"
#include "cli/urls_file.h"
#include "parse/parse.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/*
 * The fetch is replaced by a file, the rest is what a refresh does: the
 * real parser streams items into the same upsert. All the files go in one
 * transaction: all or none, and quick for a thousand of them.
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

/* Subscribe to the feeds the urls file lacks (one rewrite for them all). */
static int
subscribe(const struct cli_env *env, int argc, char **argv)
{
	char *path = cli_urls_path(env);
	struct urls u;
	bool changed = false;
	int rc = cli_load_urls(path, &u);
	for (int i = 2; rc == EXIT_OK && i < argc; i += 2)
		changed |= urls_add(&u, argv[i], NULL, 0, NULL);
	if (rc == EXIT_OK && changed)
		rc = cli_save_urls(path, &u);
	urls_free(&u);
	free(path);
	return rc;
}

/* One feed file, inside the command's transaction. */
static int
load_one(struct store *s, const char *path, const char *url, struct store_update_stats *st)
{
	struct load l = { .s = s, .now = (int64_t)time(NULL) };
	if (store_feed_ensure(s, url, &l.feed_id) != STORE_OK)
		return cli_fail(_("cannot update the cache: %s"), store_error(s));
	int rc = parse_into(path, url, &l);
	*st = l.st;
	return rc;
}

int
cli_import_feed(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 3 || argc % 2 == 0)
		return cli_usage_error(_("usage: tidings import-feed FILE URL [FILE URL]..."));
	struct store *s;
	int rc = subscribe(env, argc, argv);
	if (rc != EXIT_OK || (rc = cli_open_store(env, &s)) != EXIT_OK)
		return rc;
	/* all the files or none: one transaction (and a fast one for many,
	 * with room to keep the indexes it grows in memory) */
	size_t n = (size_t)(argc - 1) / 2;
	if (n > 1)
		store_set_memory(s, 64 * 1024);
	struct store_update_stats *st = xcalloc(n, sizeof *st);
	if (store_begin(s) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	for (size_t i = 0; rc == EXIT_OK && i < n; i++)
		rc = load_one(s, argv[1 + 2 * i], argv[2 + 2 * i], &st[i]);
	/* the search index takes the new items in the same transaction */
	if (rc == EXIT_OK && store_fts_catch_up(s) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	if (rc == EXIT_OK && store_commit(s) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	else if (rc != EXIT_OK)
		store_rollback(s);
	for (size_t i = 0; rc == EXIT_OK && i < n; i++)
		printf(ngettext("%s: %zu new, %zu updated\n", "%s: %zu new, %zu updated\n", st[i].added),
		       argv[2 + 2 * i], st[i].added, st[i].changed);
	free(st);
	store_close(&s);
	return rc;
}
