/* json_item.h: one item as the JSON object of the parse contract. */
#ifndef TIDINGS_JSON_ITEM_H
#define TIDINGS_JSON_ITEM_H

#include <stdint.h>

#include "model/model.h"
#include "util/json_out.h"

void json_write_item(struct json_out *j, const struct item *it);

#endif
