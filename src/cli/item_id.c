/* item_id.c: an item id as the user types it (a positive decimal number), and the item it names. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include "cli/item_id.h"
#include "util/i18n.h"

int
cli_parse_id(const char *arg, int64_t *id)
{
	char *end;
	errno = 0;
	if (!(*arg >= '0' && *arg <= '9'))
		return -1;
	long long v = strtoll(arg, &end, 10);
	if (errno || *end || v <= 0)
		return -1;
	*id = v;
	return 0;
}

int
cli_get_item(struct store *s, int64_t id, struct store_item *it)
{
	int st = store_item_get(s, id, it);
	if (st == STORE_NOT_FOUND)
		return cli_fail(_("no item %lld"), (long long)id);
	if (st != STORE_OK)
		return cli_fail(_("cannot read the item: %s"), store_error(s));
	return EXIT_OK;
}
