/* keys_conf.c: the config's key lines: `bind` checked and kept, `bind` and `unbind` laid over a keymap, a feed's own `feed PATTERN bind` lines. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/feedopts.h"
#include "cmd/keys.h"
#include "cmd/options.h"
#include "util/xalloc.h"

int
keys_conf_add(struct options *o, char **words, int n, char **err)
{
	struct keymap scratch;
	keymap_init(&scratch);
	int rc = keymap_bind_words(&scratch, words, n, err);
	keymap_clear(&scratch);
	if (rc != 0)
		return -1;
	o->bind = xreallocarray(o->bind, o->n_bind + 1, sizeof *o->bind);
	char **copy = xcalloc((size_t)n + 1, sizeof *copy);
	for (int i = 0; i < n; i++)
		copy[i] = xstrdup(words[i]);
	o->bind[o->n_bind++] = (struct opt_bind){ copy, BIND_KEY, NULL };
	return 0;
}

void
keymap_apply(struct keymap *km, const struct options *o)
{
	for (size_t i = 0; i < o->n_bind; i++) {
		int n = 0;
		while (o->bind[i].words[n])
			n++;
		char *err = NULL;
		if (o->bind[i].feed)
			continue; /* `feed PATTERN bind`: keymap_feed_bindings looks them up */
		if (o->bind[i].kind == BIND_UNBIND)
			keymap_unbind_words(km, o->bind[i].words, n);
		else if (keymap_bind_words(km, o->bind[i].words, n, &err) != 0)
			free(err); /* checked when read: cannot happen */
	}
}

void
keymap_unbind_words(struct keymap *km, char **words, int n)
{
	int ctx = n == 2 ? key_ctx_find(words[0]) : CTX_GLOBAL;
	int keys[KEY_SEQ_MAX];
	int nkeys = key_parse_seq(words[n - 1], keys);
	if (ctx >= 0 && nkeys > 0)
		keymap_unbind(km, (enum key_ctx)ctx, keys, nkeys);
}

void
keymap_feed_bindings(struct keymap *km, const struct options *o, const char *url,
		     char *const *tags, size_t ntags)
{
	for (size_t i = 0; i < o->n_bind; i++) {
		const struct opt_bind *b = &o->bind[i];
		if (!b->feed || !feedopts_match(b->feed, url, tags, ntags))
			continue;
		int n = 0;
		while (b->words[n])
			n++;
		char *err = NULL;
		if (keymap_bind_words(km, b->words, n, &err) != 0)
			free(err); /* checked when read */
	}
}
