/* download.h: enclosures to files: the queue in the cache run inside the event loop (several at once, resumable), where the files go and what they are called. The one header of src/download the layers above include. */
#ifndef TIDINGS_DOWNLOAD_H
#define TIDINGS_DOWNLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cmd/options.h"
#include "net/net.h"
#include "store/downloads.h"
#include "store/store.h"

struct loop;
struct downloader;

/* ---- queueing ----------------------------------------------------------- */

/* Queue the enclosures of item_id. Only http(s) URLs: another (file://,
 * ftp://, a command) is refused with a line naming it in *err (caller
 * frees), the others are still queued. *added (may be NULL) counts the new
 * rows. Returns 0, or -1 when the item cannot be read, has no enclosure or
 * one was refused. */
int download_enqueue_item(struct store *s, int64_t item_id, size_t *added, char **err);

/* ---- where and what name -------------------------------------------------- */

/* download-path, else "podcasts" in XDG_DOWNLOAD_DIR (user-dirs.dirs),
 * else ~/Downloads/podcasts; "~/" is $HOME. Caller frees. */
char *download_dir(const struct options *o);
/* The file's path below the download directory, from
 * download-filename-format and the download's URL, type, item and feed:
 * every part made from feed text is one safe name (no '/', no "..", no
 * leading '-' or '.', no control character, at most 120 bytes), and
 * there is always a name. Caller frees. */
char *download_file_name(const char *fmt, const struct store_download *d);

/* ---- running the queue ------------------------------------------------------- */

/* One download running now. */
struct download_progress {
	int64_t id;
	int64_t bytes;    /* on disk */
	int64_t total;    /* expected; -1: unknown */
	double rate;      /* bytes a second, lately */
};

struct downloader_cb {
	void *ctx;
	/* a download started, paused, finished or failed (its row as it is
	 * now, lent); may be NULL */
	void (*changed)(void *ctx, const struct store_download *d);
	/* bytes came (at most four times a second: downloader_running tells
	 * how far each is); may be NULL */
	void (*progress)(void *ctx, const struct downloader *d);
	/* nothing runs and nothing is queued any more; may be NULL */
	void (*idle)(void *ctx);
};

/* Take the download lock (cache_path + ".downloads.lock": one process
 * runs the queue, so a row another process left "downloading" is known
 * to be stale and is queued again) and start queued downloads, at most
 * max-downloads (jobs > 0: that many) at once, through poller p inside
 * loop l (none owned; free p before the downloader: its cancellations
 * put running downloads back in the queue). Returns 0 with *out, or -1
 * with *err (caller frees). */
int downloader_start(struct downloader **out, struct loop *l, struct poller *p, struct store *s,
		     const struct options *o, const char *cache_path, int jobs,
		     const struct downloader_cb *cb, char **err);
/* Start what was queued since, while slots are free. */
void downloader_pump(struct downloader *d);
/* Pause a running or queued download (its .part file stays), queue a
 * paused or failed one again, or remove one: stopped, its row gone, with
 * its file too when delete_file (a finished file, or the .part). 0, or -1
 * with *err. */
int downloader_pause(struct downloader *d, int64_t id, char **err);
int downloader_resume(struct downloader *d, int64_t id, char **err);
int downloader_remove(struct downloader *d, int64_t id, bool delete_file, char **err);
/* The downloads running now, up to max of them into v; returns how many run. */
size_t downloader_running(const struct downloader *d, struct download_progress *v, size_t max);
void downloader_free(struct downloader **d);

/* Run the queue to its end in a loop and a poller of its own (tidings
 * download): what is queued, and what failed before (it resumes from its
 * .part); paused downloads stay paused. 0 when it ran (the callbacks
 * told how each went), -1 with *err when it could not start. */
int downloader_run(struct store *s, const struct options *o, const char *cache_path, int jobs,
		   const struct downloader_cb *cb, char **err);

#endif
