/* urls_conf.h: what the urls file adds to the configuration: query:NAME:EXPR feeds, and its per-feed settings checked. */
#ifndef TIDINGS_URLS_CONF_H
#define TIDINGS_URLS_CONF_H

#include "cmd/conffile.h"
#include "cmd/options.h"
#include "store/store.h"
#include "store/urls.h"

/* Take the urls file's query: lines into o->query (a config `query` line
 * of the same name wins) and check every feed's NAME=VALUE settings.
 * Problems go to warn as "urls:LINE: message". Returns how many lines
 * had one. */
int urls_conf_apply(struct options *o, const struct urls *u, conf_warn_fn *warn, void *ctx);
/* The same, reading the file at path (missing: nothing); -1 when it
 * cannot be read (said through warn). */
int urls_conf_load(struct options *o, const char *path, conf_warn_fn *warn, void *ctx);

/* A feed argument as users write it: "query:NAME" sets q->filter to that
 * query's expression (borrowed from o). Returns 1 for a query feed, 0 for
 * anything else, -1 (and *err) for an unknown query name. */
int urls_conf_query_feed(const struct options *o, const char *arg, struct store_query *q,
			 char **err);

#endif
