/* fullfetch.h: an item's full article fetched from its page through the poller, extracted and kept in the cache. */
#ifndef TIDINGS_FULLFETCH_H
#define TIDINGS_FULLFETCH_H

#include <stdint.h>

#include "net/net.h"
#include "store/store.h"

/* Start fetching link (http or https) for item_id; when it arrives, its
 * readable text is stored (store_item_set_article) and becomes
 * searchable. The fetch owns itself and ends through the poller (also
 * when poller_free cancels it), so s must outlive p. A page without an
 * article or a failed fetch changes nothing. */
void fullfetch_start(struct poller *p, struct store *s, int64_t item_id, const char *link,
		     const char *user_agent, const char *proxy);

#endif
