/* keys_default.c: the default key bindings, written as config lines so one parser reads them and a user's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cmd/keys.h"
#include "util/spawn.h"

/* DESIGN.md's "Default keys". A user's `bind` lines come after these and
 * replace what they name. */
const char *const keymap_defaults[] = {
	"bind ? help",
	"bind q back",
	"bind Q quit",
	"bind : command-line",
	"bind / search",
	"bind R refresh-all",
	"bind j down",
	"bind k up",
	"bind DOWN down",
	"bind UP up",
	"bind WHEELDOWN down",
	"bind WHEELUP up",
	"bind g top",
	"bind G bottom",
	"bind HOME top",
	"bind END bottom",
	"bind PGUP page-up",
	"bind PGDN page-down",
	"bind ENTER open",
	"bind ^L redraw",
	"bind u undo",
	"bind feeds r refresh-feed",
	"bind feeds A mark-feed-read",
	"bind feeds t filter-tag",
	"bind feeds n next-unread",
	"bind feeds a add-feed",
	"bind feeds D remove-feed",
	"bind feeds E errors",
	"bind feeds d downloads",
	"bind headlines N toggle-read",
	"bind headlines m toggle-flag",
	"bind headlines A mark-all-read",
	"bind headlines o open-in-browser",
	"bind headlines s share",
	"bind headlines y copy-link",
	"bind headlines n next-unread",
	"bind headlines p prev-unread",
	"bind headlines r refresh-feed",
	"bind headlines P play",
	"bind headlines e enqueue",
	"bind article SPACE page-down",
	"bind article b page-up",
	"bind article n next-unread",
	"bind article p prev-unread",
	"bind article N prev-match",
	"bind article f full-article",
	"bind article L links",
	"bind article o open-in-browser",
	"bind article s share",
	"bind article y copy-link",
	"bind article m toggle-flag",
	"bind article | pipe-to",
	"bind article P play",
	"bind article e enqueue",
	"bind links o open-in-browser",
	"bind links y copy-link",
	"bind share o open-in-browser",
	"bind share y copy-link",
	"bind errors r refresh-feed",
	"bind downloads p pause-download",
	"bind downloads x cancel-download",
	"bind downloads D delete-download",
	"bind downloads P play",
	NULL,
};

void
keymap_load_defaults(struct keymap *km)
{
	for (size_t i = 0; keymap_defaults[i]; i++) {
		const char *why = NULL;
		char **w = spawn_split(keymap_defaults[i], &why);
		int n = 0;
		while (w && w[n])
			n++;
		char *err = NULL;
		if (!w || keymap_bind_words(km, w + 1, n - 1, &err) != 0) {
			/* a default the parser cannot read is a bug, caught by the tests */
			fprintf(stderr, "tidings: default binding '%s': %s\n", keymap_defaults[i],
				err ? err : "?");
			abort();
		}
		spawn_argv_free(&w);
	}
}
