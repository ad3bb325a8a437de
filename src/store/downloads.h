/* downloads.h: the download queue in the cache: an enclosure's file, its state and how far it got. */
#ifndef TIDINGS_DOWNLOADS_H
#define TIDINGS_DOWNLOADS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/*
 * One row per URL: enqueueing the same enclosure twice keeps one entry.
 * The queue lives in the cache, so no second file can get lost or out of
 * step; the row outlives its item (item_id becomes 0 when the item goes).
 * path is decided when the download first starts and never changes, so a
 * cut download resumes into the same PATH.part.
 */

enum download_state {
	DL_QUEUED,      /* waits for a free slot */
	DL_DOWNLOADING, /* a transfer runs (or ran when the process died: resumable) */
	DL_PAUSED,      /* stopped by the user, PATH.part kept */
	DL_DONE,        /* PATH complete */
	DL_FAILED,      /* see error; PATH.part kept for a later resume */
};

struct store_download {
	int64_t id;
	int64_t item_id;   /* 0: the item is gone */
	char *url, *type;
	char *path;        /* the finished file's path; NULL until first started */
	enum download_state state;
	int64_t bytes;     /* on disk so far */
	int64_t total;     /* expected size; -1: unknown */
	char *error;       /* why it failed; NULL */
	int64_t added;     /* epoch seconds */
	/* from the item and its feed, for file names and lists (NULL when gone) */
	char *item_title, *feed_title;
	int64_t item_date;
};

struct store_downloads {
	struct store_download *v;
	size_t n;
};

/* The state's word in lists and JSON ("queued" ...). */
const char *download_state_name(enum download_state st);

/* Queue url (an enclosure of item_id; length -1 when unknown). *id gets
 * the row; *added is false when the URL was queued before (a failed or
 * paused one is queued again, a finished one is left alone). */
int store_download_add(struct store *s, int64_t item_id, const char *url, const char *type,
		       int64_t length, int64_t *id, bool *added);
/* Queue the enclosures of item_id that are web addresses (http(s) with a
 * host: never a file://, ftp:// or a command a feed names); *added counts
 * the new rows, *refused (caller frees; NULL when none) is the first URL
 * left out. STORE_NOT_FOUND: no such live item. */
int store_download_item(struct store *s, int64_t item_id, size_t *added, size_t *enclosures,
			char **refused);
/* A download another program made (podboat's queue): url into path,
 * done (the file is there, bytes long) or queued (bytes in path.part);
 * its item is the live one with that enclosure, if any. *added: false
 * when the URL was in the queue already (left as it is). */
int store_download_adopt(struct store *s, const char *url, const char *path, bool done,
			 int64_t bytes, bool *added);
/* Every download, oldest first (state -1: any; else only that state). */
int store_download_list(struct store *s, int state, struct store_downloads *out);
int store_download_get(struct store *s, int64_t id, struct store_download *out);
/* The finished file downloaded from url, or NOT_FOUND. *path is the caller's. */
int store_download_file(struct store *s, const char *url, char **path);
/* The finished file of one of item_id's enclosures (the first done), or
 * NOT_FOUND. *path is the caller's. */
int store_download_done_path(struct store *s, int64_t item_id, char **path);
/* Record where it goes (set once), how far it got and how it stands;
 * error may be NULL. */
int store_download_set_path(struct store *s, int64_t id, const char *path);
int store_download_update(struct store *s, int64_t id, enum download_state st, int64_t bytes,
			  int64_t total, const char *error);
/* Downloads a process left DL_DOWNLOADING (it died) are queued again. */
int store_download_requeue_stale(struct store *s);
/* Failed downloads are queued again (they resume from their .part). */
int store_download_retry_failed(struct store *s);
int store_download_delete(struct store *s, int64_t id);

void store_download_clear(struct store_download *d);
void store_downloads_clear(struct store_downloads *l);

#endif
