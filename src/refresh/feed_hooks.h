/* feed_hooks.h: what the configuration adds to every refresh: per-feed settings, ignore rules, full articles. */
#ifndef TIDINGS_FEED_HOOKS_H
#define TIDINGS_FEED_HOOKS_H

#include <stddef.h>

#include "cmd/feedopts.h"
#include "cmd/options.h"
#include "net/net.h"
#include "store/store.h"
#include "refresh/update.h"

/* The most full articles one feed fetches in one refresh (a feed that
 * suddenly carries 500 new items should not mean 500 page fetches). */
#define FULL_ARTICLES_PER_FEED 30
/* The most episodes podcast-auto-enqueue queues from one feed in one
 * refresh: the newest (a new subscription would otherwise queue its whole
 * archive). */
#define EPISODES_PER_FEED 3

struct refresh_hooks {
	struct update_hooks h;    /* give &h to update_config.hooks */
	const struct options *o;
	struct store *store;
	struct poller *poller;    /* where full-article fetches go */
	struct feed_settings cur; /* the settings last handed out (their strings) */
	size_t articles;          /* full-article fetches started */
	size_t enqueued;          /* downloads podcast-auto-enqueue queued */
	bool imported;            /* states from another reader wait for their items */
};

/* Set up hooks over the options, the cache and the poller of a refresh
 * (none owned; each must outlive the refresh and its fetches: free the
 * poller first, which cancels them). */
void refresh_hooks_init(struct refresh_hooks *rh, const struct options *o, struct store *s,
			struct poller *p);
void refresh_hooks_clear(struct refresh_hooks *rh);

#endif
