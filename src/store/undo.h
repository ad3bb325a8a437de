/* undo.h: undoing the last read/flag changes the user made (a bounded stack kept in the cache). */
#ifndef TIDINGS_UNDO_H
#define TIDINGS_UNDO_H

#include <stdint.h>

struct store;

/* Steps kept; older ones are forgotten. */
#define STORE_UNDO_DEPTH 20

/*
 * Between store_undo_begin and store_undo_end, every change of an item's
 * read or flagged state made through this connection (store_mark_read,
 * store_item_set_read, store_item_set_flagged ...) is recorded, with the
 * state it replaced, as one step labelled label ("mark-all-read").
 * begin opens a transaction that end closes: the change and its record
 * commit together. A mark-all-read over 200,000 items records 200,000
 * (item, state) rows, so it can always be undone.
 */
int store_undo_begin(struct store *s, const char *label);
/* status: what the change returned; a failure rolls the step back with it.
 * A step that changed nothing is not kept. Returns the final status. */
int store_undo_end(struct store *s, int status);

/* Put back the states of the last step and forget it. *label (caller
 * frees; may be NULL) names it, *restored (may be NULL) counts the items.
 * STORE_NOT_FOUND when there is nothing to undo. */
int store_undo(struct store *s, char **label, int64_t *restored);

#endif
