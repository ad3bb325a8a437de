/* share.h: share links for an article, built from templates (the built-in services and `share NAME TEMPLATE` lines). */
#ifndef TIDINGS_SHARE_H
#define TIDINGS_SHARE_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/options.h"
#include "util/buf.h"

/*
 * A template is a URL with three placeholders, each replaced by the value
 * percent-encoded as a query value (RFC 3986 unreserved characters kept):
 *   %u  the article's link     %t  its title     %s  its summary (plain
 *   text, cut to SHARE_SUMMARY_MAX bytes at a character boundary)
 *   %%  a literal '%'
 * Any other '%' must start an escape already encoded (%20, %0A ...), which
 * is copied as it is. An empty %t or %s also drops one "%20" right after
 * it, so "text=%t%20%u" without a title is "text=<link>", not " <link>".
 *
 * The built-in services, in this order (names are stable: scripts,
 * `--service` and tests use them):
 *   email mastodon bluesky x facebook linkedin reddit hackernews telegram whatsapp
 * A `share NAME TEMPLATE` line whose NAME is a built-in (case-insensitive)
 * replaces that template in place; other names follow the built-ins in the
 * order of the config file (a repeated name replaces the earlier line).
 */

#define SHARE_SUMMARY_MAX 500
#define SHARE_NAME_MAX 64

struct share_article {
	const char *title;   /* plain text; NULL or "" when unknown */
	const char *link;    /* the article's URL; NULL or "" when unknown */
	const char *summary; /* plain text; NULL when none */
};

struct share_service {
	char *name;  /* stable key: "email", "mastodon" ... or the user's NAME */
	char *label; /* for people: "E-mail", "Hacker News" ... (the NAME for user lines) */
	char *tmpl;
};

/* The services in order. Owns everything in it. */
struct share_list {
	struct share_service *v;
	size_t n;
};

/* Check a `share NAME TEMPLATE` line's words: a name of 1..SHARE_NAME_MAX
 * letters, digits, '-', '_' or '.', and a template with a scheme, known
 * placeholders and no control characters or blanks. Returns 0, or -1 and
 * *err (caller frees, one line). */
int share_check(const char *name, const char *tmpl, char **err);
/* The config's `share NAME TEMPLATE` verb (conffile.c calls it): check the
 * line and keep it in o->share (options_clear frees it). 0 or -1 and *err. */
int share_conf_add(struct options *o, const char *name, const char *tmpl, char **err);

/* The list for these settings: the built-ins, Mastodon on
 * `mastodon-instance` ("mastodon.social" or "https://host/"; default
 * https://mastodon.social), then the `share` lines kept in o. */
void share_list_build(struct share_list *l, const struct options *o);
/* Add or replace one service (after share_check said yes). */
void share_list_set(struct share_list *l, const char *name, const char *tmpl);
/* The service with this name (case-insensitive), or NULL. */
const struct share_service *share_list_find(const struct share_list *l, const char *name);
void share_list_clear(struct share_list *l);

/* The URL of one service for an article, appended to out. */
void share_expand(struct buf *out, const char *tmpl, const struct share_article *a);
/* The same in a new string; caller frees. */
char *share_url(const struct share_service *s, const struct share_article *a);

#endif
