/* transfer.h: one download in flight: a .part file fed by the poller, resumed with a Range (private to src/download). */
#ifndef TIDINGS_DOWNLOAD_TRANSFER_H
#define TIDINGS_DOWNLOAD_TRANSFER_H

#include <stdbool.h>
#include <stdint.h>

#include "net/net.h"
#include "store/downloads.h"

struct transfer;

/* How a transfer ended; the fields the engine writes back. */
struct transfer_end {
	enum download_state state; /* DL_DONE, DL_FAILED, or DL_QUEUED when cancelled */
	int64_t bytes, total;
	const char *error;         /* DL_FAILED: one line (lent) */
};

typedef void transfer_done_fn(void *ctx, struct transfer *t, const struct transfer_end *end);

/* Start fetching url into path + ".part" (made or continued: what it
 * holds is asked again from its end with a Range), renamed to path when
 * complete. total: the size the feed announced (-1: unknown). *tp is set
 * before anything can finish; done is called once (maybe before this
 * returns, when it cannot start) and the transfer is freed after it:
 * the caller forgets *tp there. */
void transfer_start(struct transfer **tp, struct poller *p, int64_t id, const char *url,
		    const char *path, int64_t total, transfer_done_fn *done, void *ctx);
/* Stop it (done comes with DL_QUEUED at once); not from its own callbacks. */
void transfer_stop(struct poller *p, struct transfer *t);
int64_t transfer_id(const struct transfer *t);
int64_t transfer_bytes(const struct transfer *t);
int64_t transfer_total(const struct transfer *t);

#endif
