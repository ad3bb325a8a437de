/* import_states.h: read/flag states from another reader's cache, kept until the items they belong to arrive. */
#ifndef TIDINGS_IMPORT_STATES_H
#define TIDINGS_IMPORT_STATES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct store;

/* Pending states older than this are forgotten (the item left its feed). */
#define IMPORT_STATES_DAYS 90

/* One item's state as the other reader kept it: its feed's URL, its guid
 * (newsboat keeps the link there when the item had none) and link. */
struct import_state {
	char *feed_url, *guid, *link;
	bool read, flagged;
};

struct import_state_list {
	struct import_state *v;
	size_t n;
};

void import_state_list_clear(struct import_state_list *l);

/* The read or flagged items of a newsboat cache.db (opened read-only; it
 * may be in use by newsboat). Unread unflagged items are left out: that
 * is what a new item is anyway. *err (caller frees) on failure. */
int store_newsboat_states(const char *path, struct import_state_list *out, char **err);

/* Keep the states (one transaction) and apply them at once to the items
 * the cache already has; the rest wait for a refresh. *applied (may be
 * NULL) counts the items changed. An item becomes read if either reader
 * read it, flagged if either flagged it. */
int store_import_states_add(struct store *s, const struct import_state_list *l, size_t *applied);

/* Apply the pending states of one feed to its items (a refresh calls it
 * inside the feed's transaction) and forget those applied and the ones
 * older than IMPORT_STATES_DAYS. Cheap when nothing is pending. */
int store_import_states_apply(struct store *s, int64_t feed_id, size_t *applied);

/* Whether any state is pending (a refresh skips the work when none is). */
bool store_import_states_pending(struct store *s);

#endif
