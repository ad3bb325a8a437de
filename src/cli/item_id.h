/* item_id.h: an item id as the user types it, and the item it names. */
#ifndef TIDINGS_ITEM_ID_H
#define TIDINGS_ITEM_ID_H

#include <stdint.h>

#include "cli/cli.h"
#include "store/store.h"

/* An item id as the user typed it: a positive decimal integer. */
int cli_parse_id(const char *arg, int64_t *id);

/* Read item id; EXIT_OK, or EXIT_FAIL with one line printed ("no item N").
 * *it is always set, so the caller clears it either way. */
int cli_get_item(struct store *s, int64_t id, struct store_item *it);

#endif
