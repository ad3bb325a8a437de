/* session.h: what the interface and `tidings -x` both start from: settings, keys, the cache. */
#ifndef TIDINGS_SESSION_H
#define TIDINGS_SESSION_H

#include <stddef.h>

#include "cli/cli.h"
#include "cmd/keys.h"
#include "cmd/options.h"
#include "store/store.h"

struct session {
	struct options opts;
	struct keymap keys;
	struct store *store;
	char *cache_path;
	char *urls_path;
	char **warnings; /* config problems, "config:LINE: ..." */
	size_t nwarnings;
};

/* Read the config (defaults, then the user's lines), build the key
 * tables, open the cache following the urls file. EXIT_OK, or EXIT_FAIL
 * with one line printed. */
int session_open(const struct cli_env *env, struct session *s);
void session_close(struct session *s);

#endif
