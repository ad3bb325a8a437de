/* enqueue.c: an item's enclosures into the download queue, with what went wrong said in one line. */
#include "config.h"

#include <stdlib.h>

#include "download/download.h"
#include "text/sanitize.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
download_enqueue_item(struct store *s, int64_t item_id, size_t *added, char **err)
{
	size_t fresh = 0, n = 0;
	char *refused = NULL;
	*err = NULL;
	int rc = store_download_item(s, item_id, &fresh, &n, &refused);
	if (rc == STORE_NOT_FOUND) {
		*err = xasprintf(_("no item %lld"), (long long)item_id);
	} else if (rc != STORE_OK) {
		*err = xasprintf(_("cannot queue the download: %s"), store_error(s));
	} else if (refused) {
		/* a feed names its enclosures: a file://, ftp:// or a command
		 * one is never fetched on its word */
		char *shown = text_sanitize(refused);
		*err = xasprintf(_("not an http(s) address, not downloaded: %s"), shown);
		free(shown);
	} else if (n == 0) {
		*err = xasprintf(_("item %lld has no enclosure"), (long long)item_id);
	}
	free(refused);
	if (added)
		*added = fresh;
	return *err ? -1 : 0;
}
