/* keys_conf.c: key bindings for scripting: `unbind` words, and the bindings of `feed PATTERN bind` lines. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/feedopts.h"
#include "cmd/keys.h"
#include "cmd/options.h"

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
