/* status.h: the message sink and the status line: messages queue up and show one at a time, never over the views. */
#ifndef TIDINGS_STATUS_H
#define TIDINGS_STATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/actions.h"

#define STATUS_QMAX 64 /* messages waiting; older ones go first when full */

enum progress_kind { PROGRESS_REFRESH, PROGRESS_SUBSCRIBE, PROGRESS_ARTICLE, PROGRESS_DOWNLOAD, PROGRESS_KINDS };

struct status {
	struct status_msg {
		enum msg_level level;
		char *text;
	} q[STATUS_QMAX];
	size_t head, n;
	/* what runs in the background, each on its own: a refresh, the search
	 * for a page's feed, an article's page and downloads may overlap, and one ending
	 * must not wipe out the others' lines */
	char *progress[PROGRESS_KINDS]; /* "Refreshing 3/10" ...; NULL: not running */
};

void status_init(struct status *st);
void status_clear(struct status *st);
/* Queue a message (text is copied and sanitized). */
void status_push(struct status *st, enum msg_level level, const char *text);
/* A key was pressed: the message shown has been seen. Returns true when
 * the line changed. */
bool status_seen(struct status *st);
/* The progress text of one kind of work (NULL: it ended). */
void status_progress(struct status *st, enum progress_kind kind, const char *text);
/* The message being shown, or NULL. */
const char *status_current(const struct status *st, enum msg_level *level);
/* Draw on screen row y. */
void status_draw(const struct status *st, int y, int cols);

#endif
