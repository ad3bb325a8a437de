/* item_json.h: an article of the cache as JSON, the one shape `items --json` and run-on-new write. */
#ifndef TIDINGS_ITEM_JSON_H
#define TIDINGS_ITEM_JSON_H

#include <stdbool.h>

#include "store/store.h"
#include "util/json_out.h"

/* {"id","feed","title","link","author","published","read","flagged",
 *  "enclosures":[{"url","type","length","path"}]} (DESIGN.md's shape and
 * issue 15's enclosures), with "feed_title" after "feed" when asked
 * (run-on-new); "path" is the downloaded file (null until there is one). */
void item_json_row(struct json_out *j, struct store *s, const struct store_row *r, bool feed_title);

#endif
