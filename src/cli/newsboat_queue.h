/* newsboat_queue.h: podboat's queue file into the download queue (tidings import --newsboat). */
#ifndef TIDINGS_NEWSBOAT_QUEUE_H
#define TIDINGS_NEWSBOAT_QUEUE_H

#include <stddef.h>

#include "store/store.h"

/* Each line `URL "FILE" [downloaded|played]` of the queue file at path
 * becomes a download: done when FILE is there, else queued (resuming
 * FILE.part, which podboat names as we do). Lines that are not a web
 * address are skipped with a line saying so. *added counts the new ones;
 * a missing file is no error. A store status. */
int newsboat_queue_import(struct store *s, const char *path, size_t *added, size_t *skipped);

#endif
