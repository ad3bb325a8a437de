/* hooks.h: run-on-new (a program given the new items as JSON on stdin) and the terminal's desktop notification. */
#ifndef TIDINGS_HOOKS_H
#define TIDINGS_HOOKS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "cmd/options.h"
#include "store/store.h"
#include "util/buf.h"

/* The most items one run-on-new document lists ("more": true past it). */
#define HOOK_MAX_ITEMS 1000

/*
 * run-on-new's stdin is one JSON document:
 *   {"count": N, "more": false,
 *    "items": [{"id", "feed", "feed_title", "title", "link", "author",
 *               "published", "read", "flagged", "enclosures"}, ...]}
 * items as `tidings items --json` writes them (cmd/item_json.h), oldest
 * first; "more" is true when more than HOOK_MAX_ITEMS came.
 * The program runs without a shell, stdin from an unlinked file, with
 * TIDINGS_NEW set to N.
 */

/* Write the document of the items above after_id into out; *count gets
 * how many there are (0: nothing to say). A store status. */
int hooks_new_items_json(struct store *s, int64_t after_id, struct buf *out, size_t *count);

/* Run the run-on-new program (when one is set and items came). With
 * wait, waits for it and returns 0 or -1 (*err says why: it failed or
 * could not start); its output goes where ours goes (quiet: /dev/null).
 * Without wait, returns 0 with *pid (-1 when nothing ran) for the caller
 * to reap, output to /dev/null. */
int hooks_run_on_new(const struct options *o, struct store *s, int64_t after_id, bool wait,
		     bool quiet, pid_t *pid, char **err);

/* Notifications (`set notify`): the escape sequence for "title: body",
 * OSC 9 or OSC 777, or nothing (false) when the setting is no, or auto
 * and the terminal is not one known to show them. env gets the
 * environment (getenv); the text is sanitized and cut. */
bool hooks_notify_seq(const struct options *o, const char *(*env)(const char *),
		      const char *title, const char *body, struct buf *out);

#endif
