/* poller.c: the multi handle and the list of fetches in flight: start, wait, move along, report. */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "net/net.h"
#include "net/xfer.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* Transfers in curl per origin, to respect max-host-connections ourselves. */
struct origin_use {
	char *origin;
	long active;
};

struct poller {
	CURLM *multi;
	struct net_config cfg;
	char *user_agent, *proxy; /* owners of cfg's strings */
	struct xfer *list;
	size_t running;
	/* HTTP fetches wait here for a slot (see pump) */
	struct xfer *qhead, *qtail;
	long active;              /* transfers handed to curl */
	struct origin_use *uses;
	size_t nuses, capuses;
	struct curl_waitfd *wfd; /* scratch for poller_wait */
	size_t wfd_cap;
};

long long
net_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
net_config_defaults(struct net_config *cfg)
{
	cfg->max_connections = 16;
	cfg->max_host_connections = 4;
	cfg->connect_timeout = 20;
	cfg->total_timeout = 60;
	cfg->max_body = 32u << 20;
	cfg->user_agent = NULL;
	cfg->proxy = NULL;
}

const struct net_config *
poller_config(const struct poller *p)
{
	return &p->cfg;
}

static void
fill_defaults(struct net_config *c, const struct net_config *in)
{
	struct net_config d;
	net_config_defaults(&d);
	*c = *in;
	if (c->max_connections <= 0) c->max_connections = d.max_connections;
	if (c->max_host_connections <= 0) c->max_host_connections = d.max_host_connections;
	if (c->connect_timeout <= 0) c->connect_timeout = d.connect_timeout;
	if (c->total_timeout <= 0) c->total_timeout = d.total_timeout;
	if (c->max_body == 0) c->max_body = d.max_body;
}

struct poller *
poller_new(const struct net_config *cfg)
{
	char *err = NULL;
	if (curl_api_load(&err) != 0) {
		/* no libcurl on this system: nothing can be fetched at all */
		fprintf(stderr, "tidings: %s\n", err);
		exit(EXIT_FAILURE);
	}
	struct poller *p = xcalloc(1, sizeof *p);
	struct net_config d;
	net_config_defaults(&d);
	fill_defaults(&p->cfg, cfg ? cfg : &d);
	p->user_agent = cfg && cfg->user_agent ? xstrdup(cfg->user_agent)
					       : xasprintf("%s/%s", PACKAGE, PACKAGE_VERSION);
	p->proxy = cfg ? xstrdup_or_null(cfg->proxy) : NULL;
	p->cfg.user_agent = p->user_agent;
	p->cfg.proxy = p->proxy;
	p->multi = curl_multi_init();
	if (!p->multi) {
		fprintf(stderr, "tidings: %s\n", _("cannot start libcurl"));
		exit(EXIT_FAILURE);
	}
	curl_multi_setopt(p->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, p->cfg.max_connections);
	curl_multi_setopt(p->multi, CURLMOPT_MAX_HOST_CONNECTIONS, p->cfg.max_host_connections);
	curl_multi_setopt(p->multi, CURLMOPT_MAXCONNECTS, p->cfg.max_connections * 2);
	curl_multi_setopt(p->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	return p;
}

static void
xfer_free(struct xfer *x)
{
	http_cleanup(x);
	exec_cleanup(x);
	spawn_argv_free(&x->argv);
	free(x->url);
	free(x->origin);
	free(x->req_etag);
	free(x->req_lm);
	free(x->req_ua);
	free(x->req_proxy);
	free(x->error);
	free(x);
}

static struct origin_use *
origin_use(struct poller *p, const char *origin)
{
	for (size_t i = 0; i < p->nuses; i++)
		if (strcmp(p->uses[i].origin, origin) == 0)
			return &p->uses[i];
	return NULL;
}

static long
origin_active(struct poller *p, const char *origin)
{
	struct origin_use *u = origin_use(p, origin);
	return u ? u->active : 0;
}

static void
origin_add(struct poller *p, const char *origin, long d)
{
	struct origin_use *u = origin_use(p, origin);
	if (!u) {
		if (p->nuses == p->capuses) {
			p->capuses = p->capuses ? p->capuses * 2 : 16;
			p->uses = xreallocarray(p->uses, p->capuses, sizeof *p->uses);
		}
		u = &p->uses[p->nuses++];
		*u = (struct origin_use){ xstrdup(origin), 0 };
	}
	u->active += d;
	if (u->active <= 0) { /* forget idle origins: the table stays as small as the pool */
		free(u->origin);
		*u = p->uses[--p->nuses];
	}
}

static void
dequeue(struct poller *p, struct xfer *x)
{
	if (x->qprev)
		x->qprev->qnext = x->qnext;
	else
		p->qhead = x->qnext;
	if (x->qnext)
		x->qnext->qprev = x->qprev;
	else
		p->qtail = x->qprev;
	x->qprev = x->qnext = NULL;
	x->queued = false;
}

static void
enqueue(struct poller *p, struct xfer *x)
{
	x->qprev = p->qtail;
	x->qnext = NULL;
	if (p->qtail)
		p->qtail->qnext = x;
	else
		p->qhead = x;
	p->qtail = x;
	x->queued = true;
}

/* The transfer leaves curl: its slot and its origin's count are free again. */
static void
deactivate(struct xfer *x)
{
	if (!x->active)
		return;
	curl_multi_remove_handle(x->p->multi, x->easy);
	x->active = false;
	x->p->active--;
	origin_add(x->p, x->origin, -1);
}

static void
unlink_xfer(struct xfer *x)
{
	struct poller *p = x->p;
	if (x->prev)
		x->prev->next = x->next;
	else
		p->list = x->next;
	if (x->next)
		x->next->prev = x->prev;
	p->running--;
}

void
poller_free(struct poller **pp)
{
	struct poller *p = *pp;
	if (!p)
		return;
	while (p->list) {
		p->list->res.status = NET_CANCELLED;
		xfer_finish(p->list);
	}
	curl_multi_cleanup(p->multi);
	for (size_t i = 0; i < p->nuses; i++)
		free(p->uses[i].origin);
	free(p->uses);
	free(p->user_agent);
	free(p->proxy);
	free(p->wfd);
	free(p);
	*pp = NULL;
}

void
xfer_finish(struct xfer *x)
{
	unlink_xfer(x);
	if (x->queued)
		dequeue(x->p, x);
	deactivate(x);
	if (x->ch.pid > 0)
		spawn_kill(&x->ch);
	x->res.error = x->error;
	if (x->res.status == NET_FAILED && !x->res.error)
		x->res.error = _("failed");
	if (x->res.status == NET_CANCELLED)
		x->res.error = _("cancelled");
	if (x->sink.done)
		x->sink.done(x->sink.ctx, &x->res);
	xfer_free(x);
}

void
xfer_fail(struct xfer *x, const char *fmt, ...)
{
	va_list ap;
	struct buf b = BUF_INIT;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(x->error);
	x->error = buf_take(&b);
	x->res.status = NET_FAILED;
	xfer_finish(x);
}

bool
xfer_deliver(struct xfer *x, const struct net_head *h, const char *data, size_t n)
{
	if ((!x->download && x->body + n > x->p->cfg.max_body) || x->body + n < x->body) {
		x->too_big = true;
		return false;
	}
	if (!x->begun) {
		x->begun = true;
		if (x->sink.begin && x->sink.begin(x->sink.ctx, h) != 0) {
			x->sink_stopped = true;
			return false;
		}
	}
	x->body += n;
	if (n && x->sink.body && x->sink.body(x->sink.ctx, data, n) != 0) {
		x->sink_stopped = true;
		return false;
	}
	return true;
}

/* Split "filter:COMMAND:URL" into its parts (newsboat's form: the command
 * ends at the first colon). */
static bool
split_filter(const char *spec, char **cmd, char **url)
{
	const char *colon = strchr(spec, ':');
	if (!colon)
		return false;
	*cmd = xstrndup(spec, (size_t)(colon - spec));
	*url = xstrdup(colon + 1);
	return true;
}

static struct xfer *
new_xfer(struct poller *p, const struct net_sink *sink)
{
	struct xfer *x = xcalloc(1, sizeof *x);
	x->p = p;
	x->sink = *sink;
	x->tmp_fd = -1;
	x->ch.pid = -1;
	x->ch.out = x->ch.err = -1;
	buf_init(&x->err, NET_STDERR_MAX);
	x->next = p->list;
	if (p->list)
		p->list->prev = x;
	p->list = x;
	p->running++;
	return x;
}

/* Hand x to curl now. false when it could not start (x is finished). */
static bool
activate(struct xfer *x)
{
	CURLcode rc = http_setup(x);
	if (rc != CURLE_OK) {
		xfer_fail(x, _("cannot start the transfer: %s"), curl_easy_strerror(rc));
		return false;
	}
	CURLMcode mc = curl_multi_add_handle(x->p->multi, x->easy);
	if (mc != CURLM_OK) {
		xfer_fail(x, _("cannot start the transfer: %s"), curl_multi_strerror(mc));
		return false;
	}
	x->active = true;
	x->p->active++;
	origin_add(x->p, x->origin, 1);
	return true;
}

/* The next fetch to hand to curl: one for `hot` first (its connection was
 * just freed and is still open), else the oldest whose host is under
 * max-host-connections. Handing curl all of them at once would make it
 * close idle connections to open others, host after host. */
static struct xfer *
pick(struct poller *p, const char *hot)
{
	if (hot && origin_active(p, hot) < p->cfg.max_host_connections)
		for (struct xfer *x = p->qhead; x; x = x->qnext)
			if (strcmp(x->origin, hot) == 0)
				return x;
	for (struct xfer *x = p->qhead; x; x = x->qnext)
		if (origin_active(p, x->origin) < p->cfg.max_host_connections)
			return x;
	return NULL;
}

/* Fill the free slots (max-connections) from the queue. */
static void
pump(struct poller *p, const char *hot)
{
	struct xfer *x;
	while (p->active < p->cfg.max_connections && (x = pick(p, hot)) != NULL) {
		dequeue(p, x);
		activate(x);
	}
}

static int
start_http(struct xfer *x, const struct net_request *req)
{
	if (!url_is_http(x->url)) {
		xfer_fail(x, _("not an http or https URL: %s"), x->url);
		return -1;
	}
	x->origin = url_origin(x->url);
	if (!x->origin)
		x->origin = xstrdup(x->url);
	x->req_etag = xstrdup_or_null(req->etag);
	x->req_lm = xstrdup_or_null(req->last_modified);
	x->req_ua = xstrdup_or_null(req->user_agent);
	x->req_proxy = xstrdup_or_null(req->proxy);
	x->download = req->download;
	x->range_from = req->range_from;
	enqueue(x->p, x);
	pump(x->p, NULL);
	return 0;
}

/* The command of an exec:/filter: source as argv; false (x failed) when it
 * cannot be read. */
static bool
take_command(struct xfer *x, const char *cmd)
{
	const char *why = NULL;
	x->argv = spawn_split(cmd, &why);
	if (!x->argv) {
		xfer_fail(x, _("cannot read the command '%s': %s"), cmd, _(why));
		return false;
	}
	return true;
}

int
poller_add(struct poller *p, const struct net_request *req, const struct net_sink *sink)
{
	struct xfer *x = new_xfer(p, sink);
	const char *src = req->source;
	if (req->download) { /* an enclosure's URL never names a command */
		x->kind = XFER_HTTP;
		x->url = xstrdup(src);
		return start_http(x, req);
	}
	if (str_starts_with(src, "exec:")) {
		x->kind = XFER_EXEC;
		if (!take_command(x, src + 5))
			return -1;
		return exec_start(x, -1) ? 0 : -1;
	}
	if (str_starts_with(src, "filter:")) {
		char *cmd = NULL;
		x->kind = XFER_FILTER;
		if (!split_filter(src + 7, &cmd, &x->url)) {
			xfer_fail(x, _("a filter source is filter:COMMAND:URL"));
			return -1;
		}
		bool ok = take_command(x, cmd);
		free(cmd);
		return ok ? start_http(x, req) : -1;
	}
	x->kind = XFER_HTTP;
	x->url = xstrdup(src);
	return start_http(x, req);
}

void
poller_cancel(struct poller *p, const void *ctx)
{
	for (struct xfer *x = p->list; x; x = x->next)
		if (x->sink.ctx == ctx) {
			x->res.status = NET_CANCELLED;
			xfer_finish(x);
			pump(p, NULL);
			return;
		}
}

size_t
poller_running(const struct poller *p)
{
	return p->running;
}

/* The soonest a command needs us, as a poll timeout (-1: none). */
static long
commands_timeout(const struct poller *p)
{
	long t = -1;
	for (const struct xfer *x = p->list; x; x = x->next) {
		long u = x->running_cmd ? exec_timeout(x) : -1;
		if (u >= 0 && (t < 0 || u < t))
			t = u;
	}
	return t;
}

static size_t
add_waitfd(struct poller *p, size_t n, int fd, short events)
{
	if (n == p->wfd_cap) {
		p->wfd_cap = p->wfd_cap ? p->wfd_cap * 2 : 16;
		p->wfd = xreallocarray(p->wfd, p->wfd_cap, sizeof *p->wfd);
	}
	p->wfd[n].fd = fd;
	p->wfd[n].events = events;
	p->wfd[n].revents = 0;
	return n + 1;
}

static short
to_curl_events(short ev)
{
	return (short)(((ev & POLLIN) ? CURL_WAIT_POLLIN : 0) |
		       ((ev & POLLPRI) ? CURL_WAIT_POLLPRI : 0) |
		       ((ev & POLLOUT) ? CURL_WAIT_POLLOUT : 0));
}

static short
from_curl_events(short ev)
{
	return (short)(((ev & CURL_WAIT_POLLIN) ? POLLIN : 0) |
		       ((ev & CURL_WAIT_POLLPRI) ? POLLPRI : 0) |
		       ((ev & CURL_WAIT_POLLOUT) ? POLLOUT : 0));
}

int
poller_wait(struct poller *p, struct pollfd *fds, size_t nfds, int timeout_ms)
{
	size_t n = 0;
	for (size_t i = 0; i < nfds; i++)
		n = add_waitfd(p, n, fds[i].fd, to_curl_events(fds[i].events));
	for (struct xfer *x = p->list; x; x = x->next) {
		if (!x->running_cmd)
			continue;
		if (x->ch.out >= 0)
			n = add_waitfd(p, n, x->ch.out, CURL_WAIT_POLLIN);
		if (x->ch.err >= 0)
			n = add_waitfd(p, n, x->ch.err, CURL_WAIT_POLLIN);
	}
	long t = commands_timeout(p);
	if (timeout_ms >= 0 && (t < 0 || timeout_ms < t))
		t = timeout_ms;
	if (t < 0 || t > INT_MAX)
		t = INT_MAX;
	int numfds = 0;
	curl_multi_poll(p->multi, p->wfd, (unsigned)n, (int)t, &numfds);
	int ready = 0;
	for (size_t i = 0; i < nfds; i++) {
		/* curl reports hangups as input (a read then sees EOF) */
		fds[i].revents = from_curl_events(p->wfd[i].revents);
		ready += fds[i].revents != 0;
	}
	return ready;
}

void
poller_wakeup(struct poller *p)
{
	curl_multi_wakeup(p->multi);
}

/* A transfer curl has finished: report it, or for filter: go on to the command. */
static void
transfer_done(struct xfer *x, CURLcode res)
{
	deactivate(x);
	http_outcome(x, res);
	if (x->kind == XFER_FILTER && x->res.status == NET_OK) {
		lseek(x->tmp_fd, 0, SEEK_SET);
		x->body = 0;
		x->begun = false;
		if (!exec_start(x, x->tmp_fd))
			return;
		close(x->tmp_fd);
		x->tmp_fd = -1;
		return;
	}
	xfer_finish(x);
}

void
poller_work(struct poller *p)
{
	int running = 0, left = 0;
	curl_multi_perform(p->multi, &running);
	CURLMsg *m;
	while ((m = curl_multi_info_read(p->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		struct xfer *x = NULL;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&x);
		if (!x)
			continue;
		char *hot = xstrdup(x->origin);
		transfer_done(x, m->data.result);
		pump(p, hot);
		free(hot);
	}
	for (struct xfer *x = p->list, *next; x; x = next) {
		next = x->next;
		if (x->running_cmd)
			exec_step(x);
	}
}
