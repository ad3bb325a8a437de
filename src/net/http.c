/* http.c: one HTTP transfer: easy-handle setup (limits, validators), headers, body and a readable verdict. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "net/xfer.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* "Name: value" -> value (trimmed, in a new string) when the name matches. */
static char *
header_value(const char *line, size_t n, const char *name)
{
	size_t k = strlen(name);
	if (n <= k || line[k] != ':' || strncasecmp(line, name, k) != 0)
		return NULL;
	size_t len;
	const char *v = str_trim_span(line + k + 1, n - k - 1, &len);
	return xstrndup(v, len);
}

char *
net_content_type_charset(const char *ct)
{
	const char *s = ct;
	while ((s = strchr(s, ';')) != NULL) {
		s++;
		while (*s == ' ' || *s == '\t')
			s++;
		if (strncasecmp(s, "charset=", 8) != 0)
			continue;
		s += 8;
		if (*s == '"')
			s++;
		size_t n = strcspn(s, "\"; \t");
		return n ? xstrndup(s, n) : NULL;
	}
	return NULL;
}

static void
replace(char **slot, char *v)
{
	free(*slot);
	*slot = v;
}

/* A status line starts a new response (the next hop of a redirect, or the
 * final one): forget what the previous response said. */
static void
status_line(struct xfer *x, const char *line, size_t n)
{
	const char *sp = memchr(line, ' ', n);
	x->code = sp ? strtol(sp + 1, NULL, 10) : 0;
	replace(&x->reason, NULL);
	if (sp && n - (size_t)(sp - line) > 5) {
		size_t len;
		const char *r = str_trim_span(sp + 5, n - (size_t)(sp + 5 - line), &len);
		if (len)
			x->reason = xstrndup(r, len);
	}
	replace(&x->etag, NULL);
	replace(&x->last_modified, NULL);
	replace(&x->charset, NULL);
	replace(&x->retry_after_text, NULL);
	replace(&x->location, NULL);
	replace(&x->content_range, NULL);
}

/* End of a response's headers: note where a redirect goes for good. */
static void
headers_end(struct xfer *x)
{
	if (x->code == 302 || x->code == 303 || x->code == 307)
		x->temp_redirect_seen = true;
	if ((x->code == 301 || x->code == 308) && !x->temp_redirect_seen && x->location) {
		/* curl only tells where it goes when it does not follow: resolve
		 * Location against the URL this response answered */
		char *here = NULL;
		curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &here);
		replace(&x->moved_to, url_join(here, x->location));
	}
}

static size_t
on_header(char *line, size_t size, size_t nmemb, void *ctx)
{
	struct xfer *x = ctx;
	size_t n = size * nmemb;
	char *v;
	if (n >= 5 && strncmp(line, "HTTP/", 5) == 0)
		status_line(x, line, n);
	else if (n <= 2 && (line[0] == '\r' || line[0] == '\n'))
		headers_end(x);
	else if ((v = header_value(line, n, "ETag")) != NULL)
		replace(&x->etag, v);
	else if ((v = header_value(line, n, "Last-Modified")) != NULL)
		replace(&x->last_modified, v);
	else if ((v = header_value(line, n, "Location")) != NULL)
		replace(&x->location, v);
	else if ((v = header_value(line, n, "Retry-After")) != NULL)
		replace(&x->retry_after_text, v);
	else if ((v = header_value(line, n, "Content-Range")) != NULL)
		replace(&x->content_range, v);
	else if ((v = header_value(line, n, "Content-Type")) != NULL) {
		replace(&x->charset, net_content_type_charset(v));
		free(v);
	}
	return n;
}

/* filter: the body goes to the temporary file the command will read. */
static bool
write_tmp(struct xfer *x, const char *data, size_t n)
{
	if (x->body + n > poller_config(x->p)->max_body) {
		x->too_big = true;
		return false;
	}
	for (size_t off = 0; off < n;) {
		ssize_t w = write(x->tmp_fd, data + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			replace(&x->error, xasprintf(_("cannot keep the body for the filter: %s"), strerror(errno)));
			return false;
		}
		off += (size_t)w;
	}
	x->body += n;
	return true;
}

/* The first byte of a 206 ("bytes FIRST-LAST/TOTAL"); -1 when the body is
 * the whole resource (or the header cannot be read: then it is not
 * trusted to be the right part). */
static int64_t
range_start(const struct xfer *x)
{
	if (x->code != 206 || !x->content_range || strncasecmp(x->content_range, "bytes ", 6) != 0)
		return -1;
	char *end;
	errno = 0;
	long long first = strtoll(x->content_range + 6, &end, 10);
	return errno || end == x->content_range + 6 || *end != '-' || first < 0 ? -1 : first;
}

static void
head_of(struct xfer *x, struct net_head *h)
{
	char *url = NULL;
	curl_off_t len = -1;
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &url);
	curl_easy_getinfo(x->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &len);
	*h = (struct net_head){ x->code, x->charset, url, len, range_start(x) };
}

static size_t
on_body(char *data, size_t size, size_t nmemb, void *ctx)
{
	struct xfer *x = ctx;
	size_t n = size * nmemb;
	if (x->code < 200 || x->code > 299)
		return n; /* an error page: not a feed, not kept */
	if (x->kind == XFER_FILTER)
		return write_tmp(x, data, n) ? n : 0;
	struct net_head h;
	head_of(x, &h);
	return xfer_deliver(x, &h, data, n) ? n : 0;
}

static CURLcode
set_protocols(CURL *e)
{
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85: the string forms */
	CURLcode rc = curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	if (rc == CURLE_OK)
		rc = curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	return rc;
#else
	long both = CURLPROTO_HTTP | CURLPROTO_HTTPS;
	CURLcode rc = curl_easy_setopt(e, CURLOPT_PROTOCOLS, both);
	if (rc == CURLE_OK)
		rc = curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, both);
	return rc;
#endif
}

static void
add_validators(struct xfer *x)
{
	char *h;
	if (x->req_etag && *x->req_etag && !strpbrk(x->req_etag, "\r\n")) {
		h = xasprintf("If-None-Match: %s", x->req_etag);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
	if (x->req_lm && *x->req_lm && !strpbrk(x->req_lm, "\r\n")) {
		h = xasprintf("If-Modified-Since: %s", x->req_lm);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
}

#define SET(opt, val) do { if ((rc = curl_easy_setopt(e, opt, val)) != CURLE_OK) return rc; } while (0)

/* A feed or a page: the whole transfer within total-timeout, at most
 * max-body-size, compressed if the server likes. */
static CURLcode
feed_limits(struct xfer *x)
{
	const struct net_config *c = poller_config(x->p);
	CURL *e = x->easy;
	CURLcode rc;
	SET(CURLOPT_TIMEOUT, c->total_timeout);
	SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)c->max_body);
	SET(CURLOPT_ACCEPT_ENCODING, "");
	return CURLE_OK;
}

/* A download may be big and slow: it fails only when it stalls for
 * total-timeout; its bytes come as stored, so a Range is the file's. */
static CURLcode
download_limits(struct xfer *x)
{
	const struct net_config *c = poller_config(x->p);
	CURL *e = x->easy;
	CURLcode rc;
	/* curl's 16 KiB reads, not more: it reads up to 100 of them a
	 * transfer in one round of the loop when the socket keeps up, and
	 * with 256 KiB four loopback downloads held the loop (and the keys)
	 * 150 ms a round (bench/download --ui) */
	SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
	SET(CURLOPT_LOW_SPEED_TIME, c->total_timeout);
	if (x->range_from > 0) {
		char range[32];
		snprintf(range, sizeof range, "%lld-", (long long)x->range_from);
		SET(CURLOPT_RANGE, range);
	}
	return CURLE_OK;
}

CURLcode
http_setup(struct xfer *x)
{
	const struct net_config *c = poller_config(x->p);
	CURLcode rc;
	CURL *e = x->easy = curl_easy_init();
	if (!e)
		return CURLE_FAILED_INIT;
	if (x->kind == XFER_FILTER) {
		char path[] = "/tmp/tidings-filter.XXXXXX";
		const char *dir = getenv("TMPDIR");
		char *tmpl = dir && *dir ? xasprintf("%s/tidings-filter.XXXXXX", dir) : xstrdup(path);
		x->tmp_fd = mkostemp(tmpl, O_CLOEXEC);
		if (x->tmp_fd >= 0)
			unlink(tmpl);
		free(tmpl);
		if (x->tmp_fd < 0)
			return CURLE_WRITE_ERROR;
	}
	add_validators(x);
	SET(CURLOPT_URL, x->url);
	SET(CURLOPT_PRIVATE, x);
	SET(CURLOPT_ERRORBUFFER, x->errbuf);
	SET(CURLOPT_NOSIGNAL, 1L);
	if ((rc = set_protocols(e)) != CURLE_OK)
		return rc;
	SET(CURLOPT_FOLLOWLOCATION, 1L);
	SET(CURLOPT_MAXREDIRS, (long)NET_MAX_REDIRECTS);
	SET(CURLOPT_CONNECTTIMEOUT, c->connect_timeout);
	if ((rc = x->download ? download_limits(x) : feed_limits(x)) != CURLE_OK)
		return rc;
	SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	/* a feed waits to share a connection that may multiplex (HTTP/2);
	 * a download wants its own: it is long, and waiting serializes them */
	SET(CURLOPT_PIPEWAIT, x->download ? 0L : 1L);
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	SET(CURLOPT_USERAGENT, x->req_ua ? x->req_ua : c->user_agent);
	if (x->req_proxy || c->proxy)
		SET(CURLOPT_PROXY, x->req_proxy ? x->req_proxy : c->proxy);
	if (x->headers)
		SET(CURLOPT_HTTPHEADER, x->headers);
	SET(CURLOPT_HEADERFUNCTION, on_header);
	SET(CURLOPT_HEADERDATA, x);
	SET(CURLOPT_WRITEFUNCTION, on_body);
	SET(CURLOPT_WRITEDATA, x);
	return CURLE_OK;
}

/* Retry-After is seconds or an HTTP date; the result is an epoch time. */
static int64_t
retry_after(const char *v)
{
	if (!v || !*v)
		return 0;
	char *end;
	errno = 0;
	long long secs = strtoll(v, &end, 10);
	if (end != v && *end == '\0' && errno == 0 && secs >= 0)
		return (int64_t)time(NULL) + (secs > 7 * 86400 ? 7 * 86400 : secs);
	int64_t t;
	return date_parse(v, &t) == 0 ? t : 0;
}

static const char *
reason_phrase(long code)
{
	switch (code) {
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 410: return "Gone";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	default: return "";
	}
}

/* curl's failure as one line a user can act on. */
static char *
curl_message(struct xfer *x, CURLcode res)
{
	const struct net_config *c = poller_config(x->p);
	const char *detail = x->errbuf[0] ? x->errbuf : curl_easy_strerror(res);
	curl_off_t total_us = 0;
	switch (res) {
	case CURLE_COULDNT_RESOLVE_HOST:
		return xasprintf(_("cannot resolve the host name (%s)"), detail);
	case CURLE_COULDNT_RESOLVE_PROXY:
		return xasprintf(_("cannot resolve the proxy (%s)"), detail);
	case CURLE_COULDNT_CONNECT:
		return xasprintf(_("cannot connect (%s)"), detail);
	case CURLE_OPERATION_TIMEDOUT:
		if (x->download)
			return xasprintf(_("no data came for %ld s (total-timeout)"), c->total_timeout);
		/* a reused connection reports no connect time: judge by the clock */
		curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME_T, &total_us);
		if (total_us < (curl_off_t)c->total_timeout * 1000000 - 100000)
			return xasprintf(_("timed out connecting after %ld s (connect-timeout)"), c->connect_timeout);
		return xasprintf(_("timed out after %ld s (total-timeout)"), c->total_timeout);
	case CURLE_FILESIZE_EXCEEDED:
		return xasprintf(_("too large: more than %zu bytes (max-body-size)"), c->max_body);
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf(_("more than %d redirects"), NET_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return xasprintf(_("redirected to a URL that is not http or https (%s)"), detail);
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		return xasprintf(_("connection reset (%s)"), detail);
	case CURLE_GOT_NOTHING:
		return xstrdup(_("the server closed the connection without a reply"));
	case CURLE_PARTIAL_FILE:
		return xasprintf(_("the transfer was cut short (%s)"), detail);
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
		return xasprintf(_("TLS certificate not trusted (%s)"), detail);
	case CURLE_SSL_CONNECT_ERROR:
		return xasprintf(_("TLS handshake failed (%s)"), detail);
	default:
		return xasprintf(_("transfer failed (%s)"), detail);
	}
}

static char *
http_status_message(struct xfer *x)
{
	const char *r = x->reason && *x->reason ? x->reason : reason_phrase(x->code);
	if (x->code >= 300 && x->code < 400)
		return xasprintf(_("HTTP %ld %s: a redirect without a usable Location"), x->code, r);
	return *r ? xasprintf(_("HTTP %ld %s"), x->code, r) : xasprintf(_("HTTP %ld"), x->code);
}

void
http_outcome(struct xfer *x, CURLcode res)
{
	struct net_result *r = &x->res;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &r->http_code);
	x->code = r->http_code;
	r->status = NET_FAILED;
	if (x->too_big || res == CURLE_FILESIZE_EXCEEDED) {
		replace(&x->error, xasprintf(_("too large: more than %zu bytes (max-body-size)"),
					      poller_config(x->p)->max_body));
	} else if (x->sink_stopped) {
		if (!x->error)
			x->error = xstrdup(_("stopped by the reader"));
	} else if (res != CURLE_OK) {
		if (!x->error)
			x->error = curl_message(x, res);
	} else if (x->code == 304) {
		r->status = NET_NOT_MODIFIED;
	} else if (x->code >= 200 && x->code <= 299) {
		r->status = NET_OK;
	} else {
		replace(&x->error, http_status_message(x));
		if (x->code == 429 || x->code == 503)
			r->retry_after = retry_after(x->retry_after_text);
	}
	if (r->status != NET_FAILED) {
		r->etag = x->etag;
		r->last_modified = x->last_modified;
		r->moved_to = x->moved_to;
	}
	/* an empty 200 still begins, so the reader sees "not a feed" */
	if (r->status == NET_OK && x->kind == XFER_HTTP && !x->begun) {
		if (!xfer_deliver(x, &(struct net_head){ x->code, x->charset, x->url, 0, -1 }, "", 0)) {
			r->status = NET_FAILED;
			replace(&x->error, xstrdup(_("stopped by the reader")));
		}
	}
	r->body_bytes = x->body;
}

void
http_cleanup(struct xfer *x)
{
	if (x->easy)
		curl_easy_cleanup(x->easy);
	x->easy = NULL;
	curl_slist_free_all(x->headers);
	x->headers = NULL;
	if (x->tmp_fd >= 0)
		close(x->tmp_fd);
	x->tmp_fd = -1;
	FREE_AND_NULL(x->reason);
	FREE_AND_NULL(x->etag);
	FREE_AND_NULL(x->last_modified);
	FREE_AND_NULL(x->charset);
	FREE_AND_NULL(x->moved_to);
	FREE_AND_NULL(x->retry_after_text);
	FREE_AND_NULL(x->location);
	FREE_AND_NULL(x->content_range);
}
