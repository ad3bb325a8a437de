/* tidings_share.c: `tidings share ID|URL [--service NAME] [--json]`: the share links of an article. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/config_load.h"
#include "cli/item_id.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/paths.h"
#include "cmd/share.h"
#include "util/i18n.h"
#include "util/json_out.h"
#include "util/url.h"
#include "util/xalloc.h"

#define USAGE N_("usage: tidings share ID|URL [--service NAME] [--json]")

/* What the links are built from: owned copies. */
struct article {
	char *title, *link, *summary;
};

static int
article_from_id(const struct cli_env *env, int64_t id, struct article *a)
{
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct store_item it;
	rc = cli_get_item(s, id, &it);
	if (rc != EXIT_OK)
		;
	else if (!it.item.link || !*it.item.link)
		rc = cli_fail(_("item %lld has no link to share"), (long long)id);
	else {
		a->title = xstrdup_or_null(it.item.title);
		a->link = xstrdup(it.item.link);
		a->summary = store_plain_text(it.item.summary ? it.item.summary : it.item.content);
	}
	store_item_clear(&it);
	store_close(&s);
	return rc;
}

/* A URL: the cache lends the title of an item with that link, if it has
 * one; a cache that does not exist yet is not created for that. */
static void
article_from_url(const struct cli_env *env, const char *url, struct article *a)
{
	a->link = xstrdup(url);
	char *path = cli_cache_path(env);
	bool have = access(path, F_OK) == 0;
	free(path);
	struct store *s;
	if (!have || cli_open_store(env, &s) != EXIT_OK)
		return;
	int64_t id;
	struct store_item it;
	if (store_item_find_link(s, url, &id) == STORE_OK && store_item_get(s, id, &it) == STORE_OK) {
		a->title = xstrdup_or_null(it.item.title);
		a->summary = store_plain_text(it.item.summary ? it.item.summary : it.item.content);
		store_item_clear(&it);
	}
	store_close(&s);
}

/* The services to print: [*from, *to): all, or the one --service names. */
static int
pick(const struct share_list *l, const char *service, size_t *from, size_t *to)
{
	*from = 0;
	*to = l->n;
	if (!service)
		return EXIT_OK;
	for (size_t i = 0; i < l->n; i++)
		if (share_list_find(l, service) == &l->v[i]) {
			*from = i;
			*to = i + 1;
			return EXIT_OK;
		}
	struct buf names = BUF_INIT;
	for (size_t i = 0; i < l->n; i++)
		buf_printf(&names, "%s%s", i ? ", " : "", l->v[i].name);
	int rc = cli_usage_error(_("no share service '%s' (there are: %s)"), service, buf_str(&names));
	buf_free(&names);
	return rc;
}

static void
print_text(const struct share_list *l, size_t from, size_t to, const struct share_article *a,
	   bool bare)
{
	int w = 0;
	for (size_t i = from; i < to; i++)
		if ((int)strlen(l->v[i].name) > w)
			w = (int)strlen(l->v[i].name);
	for (size_t i = from; i < to; i++) {
		char *url = share_url(&l->v[i], a);
		if (bare)
			printf("%s\n", url);
		else
			printf("%-*s  %s\n", w, l->v[i].name, url);
		free(url);
	}
}

static void
print_json(const struct share_list *l, size_t from, size_t to, const struct share_article *a)
{
	struct json_out j;
	json_out_init(&j, stdout);
	json_arr_begin(&j);
	for (size_t i = from; i < to; i++) {
		char *url = share_url(&l->v[i], a);
		json_obj_begin(&j);
		json_kv_str(&j, "service", l->v[i].name);
		json_kv_str(&j, "url", url);
		json_obj_end(&j);
		free(url);
	}
	json_arr_end(&j);
	json_out_finish(&j);
}

static int
run(const struct cli_env *env, const struct options *o, const char *what, const char *service,
    bool json)
{
	struct share_list l;
	share_list_build(&l, o);
	size_t from, to;
	int rc = pick(&l, service, &from, &to);
	struct article a = { 0 };
	int64_t id;
	if (rc == EXIT_OK) {
		if (cli_parse_id(what, &id) == 0)
			rc = article_from_id(env, id, &a);
		else if (url_is_web_address(what))
			article_from_url(env, what, &a);
		else
			rc = cli_usage_error(_("'%s' is neither an item id nor an http(s) address"), what);
	}
	if (rc == EXIT_OK) {
		struct share_article sa = { a.title, a.link, a.summary };
		if (json)
			print_json(&l, from, to, &sa);
		else
			print_text(&l, from, to, &sa, service != NULL);
		rc = cli_flush_stdout();
	}
	free(a.title);
	free(a.link);
	free(a.summary);
	share_list_clear(&l);
	return rc;
}

int
cli_share(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "service", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	const char *service = NULL;
	bool json = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 's')
			service = optarg;
		else if (c == 'j')
			json = true;
		else
			return cli_usage_error("%s", _(USAGE));
	}
	if (optind + 1 != argc)
		return cli_usage_error("%s", _(USAGE));
	struct options o;
	int rc = cli_options_load(env, &o);
	if (rc == EXIT_OK)
		rc = run(env, &o, argv[optind], service, json);
	options_clear(&o);
	return rc;
}
