/* feedopts.c: matching feeds to patterns and working out a feed's own settings. */
#include "config.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/feedopts.h"
#include "cmd/keys.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

bool
feedopts_match(const char *pattern, const char *url, char *const *tags, size_t ntags)
{
	if (str_starts_with(pattern, "tag:")) {
		for (size_t i = 0; i < ntags; i++)
			if (strcmp(tags[i], pattern + 4) == 0)
				return true;
		return false;
	}
	return url && fnmatch(pattern, url, 0) == 0;
}

const struct opt_def *
feedopts_find(const char *name)
{
	const struct opt_def *d = options_find(strcmp(name, "reload-minutes") == 0 ? "reload-time" : name);
	return d && d->per_feed ? d : NULL;
}

int
feedopts_check(const char *name, const char *value, char **err)
{
	const struct opt_def *d = feedopts_find(name);
	if (!d) {
		*err = options_find(name)
			? xasprintf(_("%s is not a per-feed setting (those are reload-time, max-items, "
				      "keep-days, user-agent, proxy, full-article, podcast-auto-enqueue)"), name)
			: xasprintf(_("unknown setting '%s'"), name);
		return -1;
	}
	struct opt_value v = { 0, NULL };
	int rc = options_value(d, value, &v, err);
	free(v.str);
	return rc;
}

int
feedopts_conf_add(struct options *o, char **w, int n, char **err)
{
	if (n >= 2 && strcmp(w[1], "bind") == 0) {
		if (keys_conf_add(o, w + 2, n - 2, err) != 0)
			return -1;
		o->bind[o->n_bind - 1].feed = xstrdup(w[0]);
		return 0;
	}
	if (n != 4 || strcmp(w[1], "set") != 0) {
		*err = xstrdup(_("usage: feed PATTERN set NAME VALUE, or feed PATTERN bind KEY ACTION [ARG...]"));
		return -1;
	}
	if (feedopts_check(w[2], w[3], err) != 0)
		return -1;
	o->feed = xreallocarray(o->feed, o->n_feed + 1, sizeof *o->feed);
	o->feed[o->n_feed++] = (struct opt_feed){ xstrdup(w[0]), xstrdup(w[2]), xstrdup(w[3]) };
	return 0;
}

/* Apply one NAME VALUE to s; false when it is not a good per-feed setting. */
static bool
apply(struct feed_settings *s, const char *name, const char *value)
{
	const struct opt_def *d = feedopts_find(name);
	struct opt_value v = { 0, NULL };
	char *err = NULL;
	if (!d || options_value(d, value, &v, &err) != 0) {
		free(err);
		return false;
	}
	switch ((enum opt_id)(d - opt_table)) {
	case OPT_RELOAD_TIME: s->reload_minutes = (int)v.num; break;
	case OPT_MAX_ITEMS: s->max_items = (int)v.num; break;
	case OPT_KEEP_DAYS: s->keep_days = (int)v.num; break;
	case OPT_FULL_ARTICLE: s->full_article = v.num != 0; break;
	case OPT_PODCAST_AUTO_ENQUEUE: s->auto_enqueue = v.num != 0; break;
	case OPT_USER_AGENT: free(s->user_agent); s->user_agent = v.str; v.str = NULL; break;
	case OPT_PROXY: free(s->proxy); s->proxy = v.str; v.str = NULL; break;
	default: break;
	}
	free(v.str);
	return true;
}

void
feedopts_resolve(const struct options *o, const struct store_feed *f, struct feed_settings *out)
{
	memset(out, 0, sizeof *out);
	out->reload_minutes = f->reload_minutes;
	out->max_items = (int)options_num(o, OPT_MAX_ITEMS);
	out->keep_days = (int)options_num(o, OPT_KEEP_DAYS);
	out->full_article = options_num(o, OPT_FULL_ARTICLE) != 0;
	out->auto_enqueue = options_num(o, OPT_PODCAST_AUTO_ENQUEUE) != 0;
	for (size_t i = 0; i < o->n_feed; i++)
		if (feedopts_match(o->feed[i].pattern, f->url, f->tags, f->n_tags))
			apply(out, o->feed[i].name, o->feed[i].value);
	/* the urls file's NAME=VALUE lines, as the cache keeps them */
	const char *p = f->options;
	while (p && *p) {
		const char *nl = strchr(p, '\n');
		char *line = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
		char *eq = strchr(line, '=');
		if (eq) {
			*eq = '\0';
			apply(out, line, eq + 1);
		}
		free(line);
		p = nl ? nl + 1 : NULL;
	}
}

void
feed_settings_clear(struct feed_settings *s)
{
	free(s->user_agent);
	free(s->proxy);
	memset(s, 0, sizeof *s);
}
