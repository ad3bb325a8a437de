/* new_items.h: the items a refresh added (for run-on-new hooks and full articles fetched during a refresh). */
#ifndef TIDINGS_NEW_ITEMS_H
#define TIDINGS_NEW_ITEMS_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* The highest item id so far (0 in an empty cache). Items stored later
 * have higher ids: remember it before a refresh. */
int store_last_item_id(struct store *s, int64_t *id);

/* Live items of subscribed feeds with an id above after_id, oldest first
 * (feed_id 0: every feed; limit 0: no limit). out->more tells whether the
 * limit cut the list. */
int store_new_items(struct store *s, int64_t feed_id, int64_t after_id, size_t limit,
		    struct store_rows *out);

#endif
