/* tidings_import.c: `tidings import FILE.opml [--allow-commands]`: subscribe to the feeds of an OPML file (folders become tags); `--newsboat` is tidings_import_newsboat.c. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/paths.h"
#include "cli/urls_file.h"
#include "parse/opml.h"
#include "refresh/refresh.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"

/* Subscription lists are small; this only bounds a wrong file. */
#define OPML_MAX_SIZE (64u << 20)

static int
read_file(const char *path, struct buf *b)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return cli_fail(_("cannot open %s: %s"), path, strerror(errno));
	char chunk[65536];
	size_t n;
	int rc = EXIT_OK;
	while (rc == EXIT_OK && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_append(b, chunk, n) != BUF_OK)
			rc = cli_fail(_("%s is too large for a subscription list"), path);
	if (rc == EXIT_OK && ferror(fp))
		rc = cli_fail(_("cannot read %s"), path);
	fclose(fp);
	return rc;
}


struct tally {
	size_t added, known, skipped;
};

/* With --allow-commands, an exec:/filter: outline the subscription
 * service would take from the command line; never without it. */
static bool
allowed_command(const char *url, bool allow)
{
	return allow && !url_is_http(url) && subscribe_acceptable(url, true);
}

/* Put the outlines in the urls file; give new feeds the OPML's name. */
static void
merge(struct urls *u, const struct opml *o, struct tally *t, bool allow_commands)
{
	for (size_t i = 0; i < o->n; i++) {
		const struct opml_outline *e = &o->v[i];
		/* only web addresses: an outline never becomes an exec: or
		 * filter: source (that would run a command someone else wrote)
		 * unless the user said --allow-commands */
		bool command = allowed_command(e->url, allow_commands);
		if (command) {
			fputs(_("tidings: subscribing to a command (--allow-commands): "), stderr);
			cli_put_clean(stderr, e->url);
			fputc('\n', stderr);
		}
		if (!command && !url_is_web_address(e->url)) {
			fputs(_("tidings: skipping an outline that is not an http(s) feed: "), stderr);
			cli_put_clean(stderr, e->url);
			fputc('\n', stderr);
			t->skipped++;
		} else if (urls_add(u, e->url, (const char *const *)e->tags, e->n_tags, NULL)) {
			t->added++;
		} else {
			t->known++;
		}
	}
}

/* Names to show before the first refresh brings the feeds' own. */
static int
name_feeds(const struct cli_env *env, const struct opml *o)
{
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	int st = store_begin(s);
	for (size_t i = 0; i < o->n && st == STORE_OK; i++) {
		struct store_feed f;
		if (!o->v[i].title || store_feed_get(s, o->v[i].url, &f) != STORE_OK)
			continue;
		st = store_feed_set_title_if_empty(s, f.id, o->v[i].title);
		store_feed_clear(&f);
	}
	st = st == STORE_OK ? store_commit(s) : (store_rollback(s), st);
	if (st != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	store_close(&s);
	return rc;
}

int
cli_import(const struct cli_env *env, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "--newsboat") == 0)
		return cli_import_newsboat(env, argc - 1, argv + 1);
	bool allow_commands = argc == 3 && strcmp(argv[2], "--allow-commands") == 0;
	if (argc == 3 && strcmp(argv[1], "--allow-commands") == 0) {
		allow_commands = true;
		argv[1] = argv[2];
	}
	if (argc != 2 && !allow_commands)
		return cli_usage_error(_("usage: tidings import FILE.opml [--allow-commands] | "
					 "tidings import --newsboat [DIR]"));
	struct buf b;
	buf_init(&b, OPML_MAX_SIZE);
	int rc = read_file(argv[1], &b);
	struct opml o;
	const char *why = NULL;
	if (rc == EXIT_OK && opml_parse(buf_str(&b), b.len, &o, &why) != 0)
		rc = cli_fail("%s: %s", argv[1], why);
	buf_free(&b);
	if (rc != EXIT_OK)
		return rc;
	char *path = cli_urls_path(env);
	struct urls u;
	struct tally t = { 0 };
	rc = cli_load_urls(path, &u);
	if (rc == EXIT_OK) {
		merge(&u, &o, &t, allow_commands);
		if (t.added)
			rc = cli_save_urls(path, &u);
	}
	urls_free(&u);
	free(path);
	if (rc == EXIT_OK)
		rc = name_feeds(env, &o);
	if (rc == EXIT_OK)
		printf(ngettext("%zu feed added, %zu already subscribed, %zu skipped\n",
				"%zu feeds added, %zu already subscribed, %zu skipped\n", t.added),
		       t.added, t.known, t.skipped);
	opml_free(&o);
	return rc;
}
