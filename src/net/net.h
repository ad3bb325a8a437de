/* net.h: the poller: many feed fetches at once over one libcurl multi handle, plus exec:/filter: sources. */
#ifndef TIDINGS_NET_H
#define TIDINGS_NET_H

#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Limits and identity for every fetch; zero fields take the defaults below. */
struct net_config {
	long max_connections;      /* in total (16) */
	long max_host_connections; /* per host (4) */
	long connect_timeout;      /* seconds (20) */
	long total_timeout;        /* seconds, whole transfer or command (60) */
	size_t max_body;           /* bytes of (decoded) body (32 MiB) */
	const char *user_agent;    /* NULL: "tidings/VERSION" */
	const char *proxy;         /* NULL: curl reads http_proxy & co */
};

#define NET_MAX_REDIRECTS 8
#define NET_STDERR_MAX 4096 /* bytes of a command's stderr that are kept */

/* One source to fetch: an http(s) URL, "exec:COMMAND" or
 * "filter:COMMAND:URL". Strings are copied. */
struct net_request {
	const char *source;
	const char *etag;          /* validators from the last 200; may be NULL */
	const char *last_modified;
	const char *user_agent;    /* this feed's own (a per-feed setting); NULL: the poller's */
	const char *proxy;         /* this feed's own proxy; NULL: the poller's */
	/* A download (an enclosure to a file): http(s) only (never a command,
	 * whatever the URL says), no max-body-size and no total-timeout (it
	 * fails when no byte comes for total-timeout seconds instead), and the
	 * body as the server stores it (no Content-Encoding: Range offsets are
	 * the file's). */
	bool download;
	int64_t range_from;        /* download: > 0 asks for the bytes from here on */
};

enum net_status {
	NET_OK = 0,           /* the whole body went to the sink */
	NET_NOT_MODIFIED = 1, /* 304: no body */
	NET_FAILED = -1,      /* see error */
	NET_CANCELLED = -2,   /* poller_free ended it: nothing to record */
};

/* What is known when the body starts. */
struct net_head {
	long http_code;      /* 0 for exec: */
	const char *charset; /* from Content-Type; NULL when not given */
	const char *url;     /* where the body comes from (after redirects); NULL for exec: */
	int64_t length;      /* this response's Content-Length; -1: not said */
	int64_t range_start; /* a 206's first byte (Content-Range); -1: the whole body */
};

/* The outcome of one fetch; lent to the done callback. */
struct net_result {
	enum net_status status;
	long http_code;
	const char *error;         /* one readable line when NET_FAILED */
	const char *etag;          /* new validators (NULL when the server sent none) */
	const char *last_modified;
	const char *moved_to;      /* set when a 301/308 moved the feed for good */
	int64_t retry_after;       /* epoch seconds the server asked us to wait until; 0 */
	size_t body_bytes;
};

/* Where a fetch delivers. begin is called once before the first body byte
 * (never for a 304 or an HTTP error), body for each chunk as it arrives
 * (return nonzero to abort the fetch), done exactly once at the end. */
struct net_sink {
	void *ctx;
	int (*begin)(void *ctx, const struct net_head *h);
	int (*body)(void *ctx, const char *data, size_t n);
	void (*done)(void *ctx, const struct net_result *r);
};

struct poller;

/* Caller frees with poller_free. cfg is copied (its strings too). */
struct poller *poller_new(const struct net_config *cfg);
/* Aborts what is running (each done is called with NET_CANCELLED, so the
 * sinks can free their state) and frees. */
void poller_free(struct poller **p);
/* Start fetching. Returns 0, or -1 with nothing started when the source is
 * not one we fetch (then done has already been called with the reason). */
int poller_add(struct poller *p, const struct net_request *req, const struct net_sink *sink);
/* End the fetch whose sink has this ctx (done is called, NET_CANCELLED).
 * Not from inside that fetch's own callbacks. */
void poller_cancel(struct poller *p, const void *ctx);
/* Fetches still running. */
size_t poller_running(const struct poller *p);
/* Wait for network activity, a command's output, one of the caller's fds
 * (revents filled in) or timeout_ms (-1: the poller's own next deadline),
 * whichever comes first. Returns the number of the caller's fds with events. */
int poller_wait(struct poller *p, struct pollfd *fds, size_t nfds, int timeout_ms);
/* Move every fetch along and call done for those that finished. */
void poller_work(struct poller *p);
/* Make a poller_wait in progress return early (safe from a signal handler). */
void poller_wakeup(struct poller *p);

/* The defaults, for help text and config. */
void net_config_defaults(struct net_config *cfg);

/* The charset parameter of a Content-Type value, unquoted; NULL if none
 * (caller frees). */
char *net_content_type_charset(const char *ct);

#endif
