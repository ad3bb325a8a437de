/* refresh_job.h: one refresh (every feed, the due ones, or one feed) running inside the event loop, with progress. */
#ifndef TIDINGS_REFRESH_JOB_H
#define TIDINGS_REFRESH_JOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cmd/options.h"
#include "refresh/hooks.h"
#include "net/net.h"
#include "store/store.h"
#include "refresh/update.h"

struct loop;
struct refresh_job;

struct refresh_progress {
	size_t total;  /* feeds started */
	size_t done;   /* feeds reported */
	size_t failed;
	size_t added;  /* new items stored */
	int64_t before_id; /* the last item id before the refresh: new items are above it */
};

struct refresh_job_cb {
	void *ctx;
	/* each feed as it lands (the cache already has it); may be NULL */
	void (*feed)(void *ctx, const struct update_report *r, const struct refresh_progress *p);
	/* once, from the loop, when every feed is in (error: the fetch
	 * records could not be written, else NULL) */
	void (*done)(void *ctx, const struct refresh_progress *p, const char *error);
};

/* The job's inputs: where the cache and its lock and the urls file are. */
struct refresh_job_spec {
	const char *cache_path; /* the lock is cache_path + ".lock" */
	const char *urls_path;  /* read first, so the cache follows the file */
	int64_t feed_id;        /* 0: every subscribed feed */
	bool due_only;          /* only feeds whose reload time has come */
};

/* Take the refresh lock without waiting (a cron refresh may hold it),
 * make the cache follow the urls file, and start the feeds in loop l
 * through poller p. Returns 0 with *out (done comes later, from the
 * loop, even when no feed needed fetching), or -1 with *err (caller frees). */
int refresh_job_start(struct refresh_job **out, struct loop *l, struct poller *p, struct store *s,
		      const struct options *o, const struct refresh_job_spec *spec,
		      const struct refresh_job_cb *cb, char **err);
const struct refresh_progress *refresh_job_progress(const struct refresh_job *j);
bool refresh_job_finished(const struct refresh_job *j);
/* Free (after done, or after poller_free when fetches may still run: the
 * poller's cancellation reaches the job's update). */
void refresh_job_free(struct refresh_job **j);

/* The net and update settings from the options (what `tidings refresh` uses). */
void refresh_net_config(const struct options *o, struct net_config *n);
void refresh_update_config(const struct options *o, struct update_config *u);

#endif
