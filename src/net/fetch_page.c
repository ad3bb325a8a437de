/* fetch_page.c: a small blocking page fetch for `extract URL` and full-article fetches. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>


#include "net/curl_api.h"
#include "net/fetch_page.h"
#include "net/net.h"
#include "util/i18n.h"
#include "util/url.h"
#include "util/xalloc.h"

struct sink {
	struct buf *out;
	bool full;
};

static size_t
on_body(char *data, size_t size, size_t n, void *ctx)
{
	struct sink *s = ctx;
	if (buf_append(s->out, data, size * n) != BUF_OK) {
		s->full = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	return size * n;
}

static void
limit_protocols(CURL *h)
{
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
}

static void
setup(CURL *h, const char *url, struct sink *s, char *errbuf)
{
	curl_easy_setopt(h, CURLOPT_URL, url);
	limit_protocols(h);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)FETCH_PAGE_MAX_REDIRECTS);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)FETCH_PAGE_TIMEOUT);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)FETCH_PAGE_CONNECT_TIMEOUT);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)FETCH_PAGE_MAX_BYTES);
	curl_easy_setopt(h, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, s);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
}

static char *
describe(CURLcode rc, const struct sink *s, const char *errbuf)
{
	if (s->full || rc == CURLE_FILESIZE_EXCEEDED)
		return xasprintf(_("page larger than %ld MB"), FETCH_PAGE_MAX_BYTES >> 20);
	return xstrdup(errbuf[0] ? errbuf : curl_easy_strerror(rc));
}

int
fetch_page(const char *url, struct buf *out, char **final_url, char **charset, char **err)
{
	*final_url = NULL;
	*err = NULL;
	if (charset)
		*charset = NULL;
	buf_init(out, (size_t)FETCH_PAGE_MAX_BYTES);
	if (!url_is_http(url)) {
		*err = xstrdup(_("only http and https URLs can be fetched"));
		return -1;
	}
	if (curl_api_load(err) != 0)
		return -1;
	CURL *h = curl_easy_init();
	if (!h) {
		*err = xstrdup(_("cannot start a transfer"));
		return -1;
	}
	char errbuf[CURL_ERROR_SIZE] = "";
	struct sink s = { out, false };
	setup(h, url, &s, errbuf);
	CURLcode rc = curl_easy_perform(h);
	long code = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
	if (rc != CURLE_OK)
		*err = describe(rc, &s, errbuf);
	else if (code >= 400)
		*err = xasprintf(_("HTTP status %ld"), code);
	if (!*err) {
		char *eff = NULL;
		curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
		*final_url = xstrdup(eff ? eff : url);
		char *type = NULL;
		curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type);
		if (charset && type)
			*charset = net_content_type_charset(type);
	}
	curl_easy_cleanup(h);
	if (*err) {
		buf_free(out);
		return -1;
	}
	return 0;
}

void
page_in_init(struct page_in *p, const char *url)
{
	p->url = xstrdup(url);
	p->final_url = p->charset = NULL;
	buf_init(&p->body, (size_t)FETCH_PAGE_MAX_BYTES);
}

int
page_in_begin(void *ctx, const struct net_head *h)
{
	struct page_in *p = ctx;
	free(p->final_url);
	free(p->charset);
	p->final_url = xstrdup_or_null(h->url);
	p->charset = xstrdup_or_null(h->charset);
	return 0;
}

int
page_in_body(void *ctx, const char *data, size_t n)
{
	struct page_in *p = ctx;
	return buf_append(&p->body, data, n) == BUF_OK ? 0 : 1;
}

const char *
page_in_base(const struct page_in *p)
{
	return p->final_url ? p->final_url : p->url;
}

void
page_in_clear(struct page_in *p)
{
	buf_free(&p->body);
	free(p->url);
	free(p->final_url);
	free(p->charset);
	p->url = p->final_url = p->charset = NULL;
}
