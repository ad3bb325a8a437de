/* xfer.h: one fetch in flight, shared by the poller, its HTTP part and its command part (private to src/net). */
#ifndef TIDINGS_NET_XFER_H
#define TIDINGS_NET_XFER_H

#include "net/curl_api.h"
#include <stdbool.h>

#include "net/net.h"
#include "util/buf.h"
#include "util/spawn.h"

enum xfer_kind {
	XFER_HTTP,   /* URL -> sink */
	XFER_EXEC,   /* command's stdout -> sink */
	XFER_FILTER, /* URL -> temporary file -> command's stdin; its stdout -> sink */
};

struct xfer {
	struct poller *p;
	struct xfer *prev, *next;
	enum xfer_kind kind;
	struct net_sink sink;
	char *url;   /* http(s) URL; NULL for exec: */
	char **argv; /* the command for exec:/filter: */

	/* waiting for a connection slot (see pump in poller.c) */
	struct xfer *qprev, *qnext;
	bool queued, active;
	char *origin;             /* "scheme://host:port" of url */
	char *req_etag, *req_lm;  /* validators to send */
	char *req_ua, *req_proxy; /* per-feed overrides of the config's; NULL: none */
	bool download;            /* net_request.download */
	int64_t range_from;

	/* HTTP */
	CURL *easy;
	struct curl_slist *headers;
	char errbuf[CURL_ERROR_SIZE];
	long code;        /* status of the response being read */
	char *reason;     /* its reason phrase, if any */
	char *etag, *last_modified, *charset, *moved_to;
	char *retry_after_text, *location, *content_range;
	bool temp_redirect_seen; /* a 302/303/307 ends what counts as "moved for good" */
	int tmp_fd;       /* filter: the body, waiting for the command */

	/* command */
	struct spawn_child ch;
	struct buf err;   /* its stderr, bounded */
	long long deadline_ms;
	bool out_eof, killed_timeout;

	/* both */
	size_t body;      /* bytes delivered so far */
	bool begun, too_big, sink_stopped, running_cmd;
	struct net_result res;
	char *error;      /* owner of res.error */
};

/* poller.c */
long long net_now_ms(void);
const struct net_config *poller_config(const struct poller *p);
/* Report r (filled by the caller) through done, unlink x and free it. */
void xfer_finish(struct xfer *x);
/* Finish x as failed with a formatted message. */
void xfer_fail(struct xfer *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hand a chunk to the sink (calling begin first); false when the fetch must stop. */
bool xfer_deliver(struct xfer *x, const struct net_head *h, const char *data, size_t n);

/* http.c */
/* Set up x->easy for x->url with its validators; returns a CURLcode. */
CURLcode http_setup(struct xfer *x);
/* Fill x->res from a finished transfer (res is curl's verdict). */
void http_outcome(struct xfer *x, CURLcode res);
void http_cleanup(struct xfer *x);

/* exec.c */
/* Start x->argv with stdin from in_fd (-1: nothing); false (and x failed) on error. */
bool exec_start(struct xfer *x, int in_fd);
/* Read what the command wrote, enforce its deadline, finish it when done.
 * Returns false when x was finished (and freed). */
bool exec_step(struct xfer *x);
/* Milliseconds until x needs attention again (-1: only when its pipes speak). */
long exec_timeout(const struct xfer *x);
void exec_cleanup(struct xfer *x);

#endif
