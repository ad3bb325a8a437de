/* transfer.c: one download: bytes from the poller appended to PATH.part, a Range for what is there, checked, renamed when complete. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "download/transfer.h"
#include "util/i18n.h"
#include "util/xalloc.h"
#include "util/xdg.h"

/* Bytes gathered before a write(): curl hands 16 KiB at a time, and a
 * system call for each was a third of a download's time. */
#define WRITE_BUF (256 * 1024)

struct transfer {
	struct poller *poller;
	int64_t id;
	char *url, *path, *part;
	int fd;
	int64_t offset;    /* bytes of the .part when the request went out (the Range asked) */
	int64_t bytes;     /* in the .part now */
	int64_t total;     /* the size expected; -1: unknown */
	bool retried;      /* started over once (Range ignored or refused) */
	bool restart;      /* ... and should now */
	int write_errno;   /* a write failed */
	char *wbuf;        /* bytes received and not written yet */
	size_t wlen;
	transfer_done_fn *done;
	void *ctx;
};

static void fetch(struct transfer *t);

static void
transfer_free(struct transfer *t)
{
	if (t->fd >= 0)
		close(t->fd);
	free(t->wbuf);
	free(t->url);
	free(t->path);
	free(t->part);
	free(t);
}

/* Bytes straight to the .part; false (write_errno set, bytes what the
 * file holds) when the disk refused them. */
static bool
write_all(struct transfer *t, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(t->fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			t->write_errno = w < 0 ? errno : ENOSPC;
			off_t end = lseek(t->fd, 0, SEEK_END);
			t->bytes = end > 0 ? (int64_t)end : 0;
			return false;
		}
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* What waits in the buffer goes to the .part. */
static bool
flush_buf(struct transfer *t)
{
	bool ok = write_all(t, t->wbuf, t->wlen);
	t->wlen = 0;
	return ok;
}

static void
finish(struct transfer *t, enum download_state st, const char *error)
{
	struct transfer_end end = { st, t->bytes, t->total, error };
	if (t->fd >= 0)
		close(t->fd);
	t->fd = -1;
	t->done(t->ctx, t, &end);
	transfer_free(t);
}

/* Forget what the .part holds: the next bytes are the file's first. */
static bool
start_over(struct transfer *t)
{
	t->offset = t->bytes = 0;
	t->wlen = 0;
	return ftruncate(t->fd, 0) == 0 && lseek(t->fd, 0, SEEK_SET) == 0;
}

/* The response starts: a 206 must continue where the .part ends; a 200
 * is the whole file again (the server ignored the Range): start over,
 * never append a second copy. */
static int
on_begin(void *ctx, const struct net_head *h)
{
	struct transfer *t = ctx;
	if (t->offset > 0 && h->http_code == 206 && h->range_start != t->offset) {
		t->restart = !t->retried;
		return 1; /* a part that is not the one asked for */
	}
	if (t->offset > 0 && h->http_code != 206 && !start_over(t)) {
		t->write_errno = errno;
		return 1;
	}
	if (h->length >= 0)
		t->total = t->offset + h->length;
	return 0;
}

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct transfer *t = ctx;
	if (t->wlen + n > WRITE_BUF && !flush_buf(t))
		return 1; /* the .part keeps what was written, for a later resume */
	if (n > WRITE_BUF) {
		if (!write_all(t, data, n))
			return 1;
	} else {
		memcpy(t->wbuf + t->wlen, data, n);
		t->wlen += n;
	}
	t->bytes += (int64_t)n;
	return 0;
}

/* Complete: renamed, so a cut transfer or a killed process leaves the
 * .part, never a short file under the final name. No fdatasync first, as
 * curl, wget and podboat do not: waiting for the disk held the loop and
 * the other downloads (bench/download: 0.5x curl's throughput with it,
 * 1.2x without); only a power loss can leave a finished file short. */
static void
complete(struct transfer *t)
{
	if (t->total >= 0 && t->bytes != t->total) {
		char *msg = xasprintf(_("incomplete: %lld of %lld bytes"), (long long)t->bytes,
				      (long long)t->total);
		finish(t, DL_FAILED, msg);
		free(msg);
		return;
	}
	if (rename(t->part, t->path) != 0) {
		char *msg = xasprintf(_("cannot write %s: %s"), t->path, strerror(errno));
		finish(t, DL_FAILED, msg);
		free(msg);
		return;
	}
	t->total = t->bytes;
	finish(t, DL_DONE, NULL);
}

static void
failed(struct transfer *t, const struct net_result *r)
{
	char *msg = NULL;
	if (t->write_errno == ENOSPC)
		msg = xasprintf(_("disk full: cannot write %s"), t->part);
	else if (t->write_errno)
		msg = xasprintf(_("cannot write %s: %s"), t->part, strerror(t->write_errno));
	finish(t, DL_FAILED, msg ? msg : r->error ? r->error : _("failed"));
	free(msg);
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct transfer *t = ctx;
	/* 416: the Range lies beyond the file (it changed on the server) */
	bool refused = r->status == NET_FAILED && r->http_code == 416 && t->offset > 0 && !t->retried;
	/* what came is kept, also when the transfer stops: a resume starts
	 * after it; a disk that refuses it fails the download whatever else */
	if (!t->write_errno && !flush_buf(t)) {
		failed(t, r);
		return;
	}
	if ((t->restart || refused) && start_over(t)) {
		t->retried = true;
		t->restart = false;
		fetch(t);
		return;
	}
	if (r->status == NET_OK)
		complete(t);
	else if (r->status == NET_CANCELLED)
		finish(t, DL_QUEUED, NULL);
	else
		failed(t, r);
}

static void
fetch(struct transfer *t)
{
	struct net_request req = { .source = t->url, .download = true, .range_from = t->offset };
	struct net_sink sink = { t, on_begin, on_body, on_done };
	poller_add(t->poller, &req, &sink); /* a refused URL has called on_done already */
}

/* The .part opened for appending; its size is where the Range starts. */
static bool
open_part(struct transfer *t)
{
	if (mkdir_parents(t->part) != 0)
		return false;
	t->fd = open(t->part, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (t->fd < 0)
		return false;
	off_t end = lseek(t->fd, 0, SEEK_END);
	t->offset = t->bytes = end > 0 ? (int64_t)end : 0;
	return end >= 0;
}

void
transfer_start(struct transfer **tp, struct poller *p, int64_t id, const char *url, const char *path,
	       int64_t total, transfer_done_fn *done, void *ctx)
{
	struct transfer *t = *tp = xcalloc(1, sizeof *t);
	t->poller = p;
	t->id = id;
	t->url = xstrdup(url);
	t->path = xstrdup(path);
	t->part = xasprintf("%s.part", path);
	t->wbuf = xmalloc(WRITE_BUF);
	t->total = total;
	t->fd = -1;
	t->done = done;
	t->ctx = ctx;
	if (!open_part(t)) {
		char *msg = xasprintf(_("cannot write %s: %s"), t->part, strerror(errno));
		finish(t, DL_FAILED, msg);
		free(msg);
		return;
	}
	fetch(t);
}

void
transfer_stop(struct poller *p, struct transfer *t)
{
	poller_cancel(p, t);
}

int64_t
transfer_id(const struct transfer *t)
{
	return t->id;
}

int64_t
transfer_bytes(const struct transfer *t)
{
	return t->bytes;
}

int64_t
transfer_total(const struct transfer *t)
{
	return t->total;
}
