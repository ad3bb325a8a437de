/* feed_keys.c: the bindings of the feed shown (`feed PATTERN bind` lines), looked up before the key tables. */
#include "config.h"

#include <stdlib.h>

#include "ui/app.h"
#include "util/xalloc.h"

/* The bindings of one feed, made again when the view moves to another. */
struct feed_keys {
	struct keymap map;
	int64_t feed_id; /* the feed they are for; 0: none yet */
};

/* The feed the top view is on, when some binding is a feed's (0: none). */
static int64_t
shown_feed(const struct ui *ui)
{
	bool any = false;
	for (size_t i = 0; i < ui->opts->n_bind && !any; i++)
		any = ui->opts->bind[i].feed != NULL;
	struct action_env env = { 0 };
	if (any && ui->top && ui->top->ops->env)
		ui->top->ops->env(ui->top, &env);
	return env.feed_id;
}

/* The bindings of the feed the top view is on, or NULL. */
static const struct keymap *
feed_keys(struct ui *ui)
{
	int64_t id = shown_feed(ui);
	if (!id)
		return NULL;
	if (!ui->feed_keys)
		ui->feed_keys = xcalloc(1, sizeof *ui->feed_keys);
	struct feed_keys *fk = ui->feed_keys;
	if (id != fk->feed_id) {
		struct store_feed f;
		keymap_clear(&fk->map);
		fk->feed_id = id;
		if (store_feed_get_id(ui->store, id, &f) == STORE_OK) {
			keymap_feed_bindings(&fk->map, ui->opts, f.url, f.tags, f.n_tags);
			store_feed_clear(&f);
		}
	}
	return &fk->map;
}

enum key_match
ui_lookup_keys(struct ui *ui, const enum key_ctx *chain, size_t nchain, const int *keys,
	       int nkeys, const struct key_binding **found)
{
	const struct keymap *fk = feed_keys(ui);
	enum key_match m = fk ? keymap_lookup(fk, chain, nchain, keys, nkeys, found) : KEY_NO_MATCH;
	return m != KEY_NO_MATCH ? m : keymap_lookup(ui->keys, chain, nchain, keys, nkeys, found);
}

void
ui_feed_keys_free(struct ui *ui)
{
	if (!ui->feed_keys)
		return;
	keymap_clear(&ui->feed_keys->map);
	FREE_AND_NULL(ui->feed_keys);
}
