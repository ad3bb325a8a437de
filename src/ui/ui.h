/* ui.h: the interactive interface (`tidings` without a command). */
#ifndef TIDINGS_UI_H
#define TIDINGS_UI_H

#include <stddef.h>

#include "cmd/keys.h"
#include "cmd/options.h"
#include "store/store.h"

/* What the interface runs on; none of it is owned by the interface. */
struct ui_setup {
	struct store *store;    /* open, following the urls file */
	struct options *opts;   /* the settings (`set` lines); `:set` changes them */
	struct keymap *keys;    /* defaults, then the user's `bind` lines */
	const char *cache_path; /* for the refresh lock */
	const char *urls_path;  /* subscriptions: `a` and `D` rewrite it */
	char **warnings;        /* config problems to show first; may be NULL */
	size_t nwarnings;
};

/* Run until the user quits or a signal ends it. Returns 0, or -1 with
 * *err (caller frees) when the terminal could not be used. */
int ui_run(const struct ui_setup *setup, char **err);

#endif
