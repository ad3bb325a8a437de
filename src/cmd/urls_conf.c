/* urls_conf.c: the urls file's part of the configuration: query feeds and per-feed settings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/conf_lines.h"
#include "cmd/feedopts.h"
#include "cmd/urls_conf.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

static void
warn_line(conf_warn_fn *warn, void *ctx, size_t lineno, const char *msg)
{
	char *full = xasprintf("urls:%zu: %s", lineno, msg);
	warn(ctx, full);
	free(full);
}

/* query:NAME:EXPR */
static int
take_query(struct options *o, const char *url, char **err)
{
	const char *name = url + strlen("query:");
	const char *colon = strchr(name, ':');
	if (!colon) {
		*err = xstrdup(_("a query line is query:NAME:EXPRESSION"));
		return -1;
	}
	char *n = xstrndup(name, (size_t)(colon - name));
	int rc = 0;
	const struct opt_query *have = conf_query_find(o, n);
	if (!have || have->from_urls)
		rc = conf_query_add(o, n, colon + 1, true, err);
	free(n);
	return rc;
}

static int
check_options(const struct urls_line *l, char **err)
{
	for (size_t i = 0; i < l->n_options; i++) {
		char *name = xstrdup(l->options[i]);
		char *eq = strchr(name, '=');
		*eq = '\0';
		int rc = feedopts_check(name, eq + 1, err);
		free(name);
		if (rc != 0)
			return -1;
	}
	return 0;
}

int
urls_conf_apply(struct options *o, const struct urls *u, conf_warn_fn *warn, void *ctx)
{
	int bad = 0;
	for (size_t i = 0; i < u->n; i++) {
		const struct urls_line *l = &u->lines[i];
		char *err = NULL;
		int rc = 0;
		if (l->kind == URLS_QUERY)
			rc = take_query(o, l->url, &err);
		else if (urls_is_feed(l->kind))
			rc = check_options(l, &err);
		if (rc != 0) {
			warn_line(warn, ctx, i + 1, err);
			bad++;
		}
		free(err);
	}
	return bad;
}

int
urls_conf_load(struct options *o, const char *path, conf_warn_fn *warn, void *ctx)
{
	struct urls u = { 0 };
	char *err = NULL;
	int rc = urls_load(path, &u, &err);
	if (rc == URLS_ERR) {
		warn(ctx, err);
		free(err);
		return -1;
	}
	int bad = rc == URLS_MISSING ? 0 : urls_conf_apply(o, &u, warn, ctx);
	urls_free(&u);
	return bad;
}

int
urls_conf_query_feed(const struct options *o, const char *arg, struct store_query *q, char **err)
{
	if (!str_starts_with(arg, "query:"))
		return 0;
	const struct opt_query *qq = conf_query_find(o, arg + strlen("query:"));
	if (!qq) {
		*err = xasprintf(_("no query feed named '%s' (query lines in the config, "
				   "query:NAME:EXPRESSION in the urls file)"), arg + strlen("query:"));
		return -1;
	}
	q->filter = qq->expr;
	return 1;
}
