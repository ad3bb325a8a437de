/* options.c: the settings table and typed values read from text. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/options.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/xalloc.h"

#define GIB (1024LL * 1024 * 1024)

const struct opt_def opt_table[OPT_COUNT] = {
	[OPT_MAX_CONNECTIONS] = { "max-connections", OPT_INT, "16", 1, 1024,
		N_("feeds fetched at the same time") },
	[OPT_MAX_HOST_CONNECTIONS] = { "max-host-connections", OPT_INT, "4", 1, 256,
		N_("connections to any one host at the same time") },
	[OPT_CONNECT_TIMEOUT] = { "connect-timeout", OPT_INT, "20", 1, 3600,
		N_("seconds to wait for a connection") },
	[OPT_TOTAL_TIMEOUT] = { "total-timeout", OPT_INT, "60", 1, 86400,
		N_("seconds a whole fetch (or an exec: command) may take") },
	[OPT_MAX_BODY_SIZE] = { "max-body-size", OPT_SIZE, "32M", 1024, 4 * GIB,
		N_("largest feed accepted; a larger one is cut and reported") },
	[OPT_RELOAD_TIME] = { "reload-time", OPT_INT, "60", 1, 525600,
		N_("minutes between fetches of a feed (a longer <ttl> wins)"), NULL, true },
	[OPT_MAX_ITEMS] = { "max-items", OPT_INT, "0", 0, 1000000,
		N_("items kept per feed, newest first (0: no limit); flagged ones stay"), NULL, true },
	[OPT_KEEP_DAYS] = { "keep-days", OPT_INT, "0", 0, 36500,
		N_("drop items older than this many days (0: never); flagged ones stay"), NULL, true },
	[OPT_USER_AGENT] = { "user-agent", OPT_STR, "", 0, 0,
		N_("User-Agent header (empty: tidings/VERSION)"), NULL, true },
	[OPT_PROXY] = { "proxy", OPT_STR, "", 0, 0,
		N_("proxy URL, e.g. socks5h://host:1080 (empty: from http_proxy & co)"), NULL, true },
	[OPT_BROWSER] = { "browser", OPT_STR, "", 0, 0,
		N_("command that opens links; %s is the link (empty: $BROWSER, else xdg-open)") },
	[OPT_MASTODON_INSTANCE] = { "mastodon-instance", OPT_STR, "mastodon.social", 0, 0,
		N_("the Mastodon server that share links post to") },
	[OPT_REFRESH_MINUTES] = { "refresh-minutes", OPT_INT, "0", 0, 10080,
		N_("the interface refreshes the feeds that are due this often (0: never by itself)") },
	[OPT_MOUSE] = { "mouse", OPT_BOOL, "yes", 0, 0,
		N_("wheel and clicks in the interface, where the terminal sends them") },
	[OPT_HYPERLINKS] = { "hyperlinks", OPT_BOOL, "no", 0, 0,
		N_("article links as OSC 8 hyperlinks (terminals that know them; tmux needs its terminal-features)") },
	[OPT_COLOR] = { "color", OPT_BOOL, "yes", 0, 0,
		N_("colors in the interface (NO_COLOR in the environment turns them off too)") },
	[OPT_FULL_ARTICLE] = { "full-article", OPT_BOOL, "no", 0, 0,
		N_("fetch each new article's page during a refresh and keep its readable text "
		   "(usually per feed: full-article=yes in the urls file)"), NULL, true },
	[OPT_NOTIFY] = { "notify", OPT_STR, "auto", 0, 0,
		N_("a desktop notification on new articles through the terminal: OSC 9, OSC 777, "
		   "auto (terminals known to show them) or no"), "auto|osc9|osc777|no" },
	[OPT_HISTORY_SIZE] = { "history-size", OPT_INT, "100", 0, 10000,
		N_("command lines (:) remembered across runs (0: none kept)") },
	[OPT_DOWNLOAD_PATH] = { "download-path", OPT_STR, "", 0, 0,
		N_("where downloaded enclosures go (empty: podcasts/ in the user's download directory)") },
	[OPT_DOWNLOAD_FILENAME_FORMAT] = { "download-filename-format", OPT_STR, "%n/%?u?%u&%F-%t.%e?", 0, 0,
		N_("a download's file name: %n feed, %t title, %u the URL's file name, %h its host, "
		   "%e extension, %F date, %Y %m %d ...; '/' makes directories") },
	[OPT_MAX_DOWNLOADS] = { "max-downloads", OPT_INT, "2", 1, 64,
		N_("enclosures downloaded at the same time") },
	[OPT_PLAYER] = { "player", OPT_STR, "", 0, 0,
		N_("command that plays an enclosure; %f is the file (or its URL when not downloaded)") },
	[OPT_PODCAST_AUTO_ENQUEUE] = { "podcast-auto-enqueue", OPT_BOOL, "no", 0, 0,
		N_("queue the enclosures of new articles for download as a refresh stores them"), NULL, true },
	[OPT_PLAY_MARKS_READ] = { "play-marks-read", OPT_BOOL, "yes", 0, 0,
		N_("playing an episode marks it read") },
};

const struct opt_def *
options_find(const char *name)
{
	for (size_t i = 0; i < OPT_COUNT; i++)
		if (strcmp(opt_table[i].name, name) == 0)
			return &opt_table[i];
	return NULL;
}

static int
parse_num(const struct opt_def *d, const char *s, long long *out, char **err)
{
	char *end;
	errno = 0;
	long long n = strtoll(s, &end, 10);
	if (end == s || errno) {
		*err = xasprintf(_("%s wants a number, not '%s'"), d->name, s);
		return -1;
	}
	if (d->type == OPT_SIZE && *end) {
		long long mul = str_eq_ci(end, "k") ? 1024 : str_eq_ci(end, "m") ? 1024 * 1024
			      : str_eq_ci(end, "g") ? GIB : 0;
		if (!mul || n > d->max / mul) {
			*err = xasprintf(_("%s wants a size like 512K or 32M, not '%s'"), d->name, s);
			return -1;
		}
		n *= mul;
		end += 1;
	}
	if (*end) {
		*err = xasprintf(_("%s wants a number, not '%s'"), d->name, s);
		return -1;
	}
	if (n < d->min || n > d->max) {
		*err = xasprintf(_("%s must be between %lld and %lld"), d->name, d->min, d->max);
		return -1;
	}
	*out = n;
	return 0;
}

static int
parse_bool(const struct opt_def *d, const char *s, long long *out, char **err)
{
	if (str_eq_ci(s, "yes") || str_eq_ci(s, "true") || str_eq_ci(s, "on") || strcmp(s, "1") == 0)
		*out = 1;
	else if (str_eq_ci(s, "no") || str_eq_ci(s, "false") || str_eq_ci(s, "off") || strcmp(s, "0") == 0)
		*out = 0;
	else {
		*err = xasprintf(_("%s wants yes or no, not '%s'"), d->name, s);
		return -1;
	}
	return 0;
}

/* Whether s is one of the '|'-separated words of list. */
static bool
str_in_list(const char *s, const char *list)
{
	size_t n = strlen(s);
	for (const char *p = list; *p;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && strncmp(p, s, n) == 0)
			return true;
		p += len + (e ? 1 : 0);
	}
	return false;
}

static int
set_value(struct opt_value *v, const struct opt_def *d, const char *value, char **err)
{
	long long n = 0;
	switch (d->type) {
	case OPT_STR:
		if (d->choices && !str_in_list(value, d->choices)) {
			*err = xasprintf(_("%s is one of %s, not '%s'"), d->name, d->choices, value);
			return -1;
		}
		free(v->str);
		v->str = *value ? xstrdup(value) : NULL;
		return 0;
	case OPT_BOOL:
		if (parse_bool(d, value, &n, err) != 0)
			return -1;
		break;
	case OPT_INT:
	case OPT_SIZE:
		if (parse_num(d, value, &n, err) != 0)
			return -1;
		break;
	}
	v->num = n;
	return 0;
}

int
options_value(const struct opt_def *d, const char *text, struct opt_value *v, char **err)
{
	return set_value(v, d, text, err);
}

void
options_init(struct options *o)
{
	memset(o, 0, sizeof *o);
	for (size_t i = 0; i < OPT_COUNT; i++) {
		char *err = NULL;
		if (set_value(&o->v[i], &opt_table[i], opt_table[i].def, &err) != 0)
			abort(); /* a default the table cannot read is a bug */
	}
}

void
options_clear(struct options *o)
{
	for (size_t i = 0; i < OPT_COUNT; i++)
		FREE_AND_NULL(o->v[i].str);
	for (size_t i = 0; i < o->n_share; i++) {
		free(o->share[i].name);
		free(o->share[i].tmpl);
	}
	FREE_AND_NULL(o->share);
	o->n_share = 0;
	for (size_t i = 0; i < o->n_bind; i++) {
		spawn_argv_free(&o->bind[i].words);
		free(o->bind[i].feed);
	}
	FREE_AND_NULL(o->bind);
	o->n_bind = 0;
	options_clear_scripting(o);
}

int
options_set(struct options *o, const char *name, const char *value, char **err)
{
	const struct opt_def *d = options_find(name);
	if (!d) {
		*err = xasprintf(_("unknown setting '%s'"), name);
		return -1;
	}
	return set_value(&o->v[d - opt_table], d, value, err);
}

long long
options_num(const struct options *o, enum opt_id id)
{
	return o->v[id].num;
}

const char *
options_str(const struct options *o, enum opt_id id)
{
	return o->v[id].str;
}
