/* feedopts.h: per-feed settings: `feed PATTERN set NAME VALUE` lines and the urls file's NAME=VALUE, over the global ones. */
#ifndef TIDINGS_FEEDOPTS_H
#define TIDINGS_FEEDOPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/options.h"
#include "store/store.h"

/*
 * The settings a feed may have of its own are the rows of the options
 * table marked per_feed: reload-time (also written reload-minutes),
 * max-items, keep-days, user-agent, proxy, full-article,
 * podcast-auto-enqueue. Global values
 * come first, then every `feed PATTERN set` line whose pattern matches
 * (in file order), then the feed's own NAME=VALUE in the urls file: the
 * most specific wins.
 *
 * PATTERN is a shell glob over the feed's URL ("*" for all,
 * "https://example.org/..." with a star), or tag:NAME for the feeds with a tag.
 */

struct feed_settings {
	int reload_minutes;  /* 0: the global schedule (reload-time and the feed's ttl) */
	int max_items, keep_days;
	char *user_agent;    /* owned; NULL: the global one */
	char *proxy;         /* owned; NULL: the global one */
	bool full_article;
	bool auto_enqueue;   /* podcast-auto-enqueue */
};

/* Whether a pattern names this feed (tags may be NULL). */
bool feedopts_match(const char *pattern, const char *url, char *const *tags, size_t ntags);

/* The row of a per-feed setting name (aliases included), or NULL. */
const struct opt_def *feedopts_find(const char *name);
/* Check NAME VALUE as a per-feed setting. 0, or -1 with *err. */
int feedopts_check(const char *name, const char *value, char **err);

/* The config verb `feed PATTERN set NAME VALUE` / `feed PATTERN bind ...`
 * (words after "feed"). 0, or -1 with *err. */
int feedopts_conf_add(struct options *o, char **words, int n, char **err);

/* The settings of feed f. Bad NAME=VALUE tokens of the urls file are
 * skipped (tidings --check-config reports them). */
void feedopts_resolve(const struct options *o, const struct store_feed *f,
		      struct feed_settings *out);
void feed_settings_clear(struct feed_settings *s);

#endif
