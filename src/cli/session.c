/* session.c: settings, key tables and the cache, opened the same way for the interface and for -x. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/config_load.h"
#include "cli/open_store.h"
#include "cli/paths.h"
#include "cli/session.h"
#include "cmd/conffile.h"
#include "util/xalloc.h"

static void
keep_warning(void *ctx, const char *msg)
{
	struct session *s = ctx;
	s->warnings = xreallocarray(s->warnings, s->nwarnings + 1, sizeof *s->warnings);
	s->warnings[s->nwarnings++] = xstrdup(msg);
}

int
session_open(const struct cli_env *env, struct session *s)
{
	memset(s, 0, sizeof *s);
	options_init(&s->opts);
	keymap_init(&s->keys);
	/* the config, the urls file's query feeds and per-feed settings, keys */
	if (cli_config_load(env, &s->opts, &s->keys, keep_warning, s) < 0) {
		int rc = cli_fail("%s", s->nwarnings ? s->warnings[0] : "config");
		session_close(s);
		return rc;
	}
	s->cache_path = cli_cache_path(env);
	s->urls_path = cli_urls_path(env);
	int rc = cli_open_store(env, &s->store);
	if (rc != EXIT_OK)
		session_close(s);
	return rc;
}

void
session_close(struct session *s)
{
	store_close(&s->store);
	keymap_clear(&s->keys);
	options_clear(&s->opts);
	for (size_t i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	free(s->cache_path);
	free(s->urls_path);
	memset(s, 0, sizeof *s);
}
