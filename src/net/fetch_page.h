/* fetch_page.h: fetch one web page now (blocking), within the limits every fetch keeps. */
#ifndef TIDINGS_FETCH_PAGE_H
#define TIDINGS_FETCH_PAGE_H

#include "net/net.h"
#include "util/buf.h"

#define FETCH_PAGE_MAX_BYTES (16L * 1024 * 1024) /* decoded body */
#define FETCH_PAGE_TIMEOUT 30                    /* seconds, whole transfer */
#define FETCH_PAGE_CONNECT_TIMEOUT 10
#define FETCH_PAGE_MAX_REDIRECTS 8

/* GET url (http or https only, also after redirects; TLS verified;
 * gzip/deflate/br accepted) into out (initialized here; caller frees).
 * On success returns 0 and sets *final_url (where the page came from
 * after redirects; caller frees) and, when charset is not NULL, *charset
 * (the Content-Type's, NULL when it names none; caller frees). On failure
 * returns -1, *err is one line (caller frees) and out is empty. */
int fetch_page(const char *url, struct buf *out, char **final_url, char **charset, char **err);

/* A page coming in through the poller (the full article of an item): its
 * bytes (at most FETCH_PAGE_MAX_BYTES), where they came from after
 * redirects and the charset the response declared. */
struct page_in {
	char *url;       /* asked for */
	char *final_url; /* NULL until the response begins */
	char *charset;   /* NULL when the response names none */
	struct buf body;
};

void page_in_init(struct page_in *p, const char *url);
/* net_sink's begin and body with ctx = the page_in; body returns 1 (stop)
 * past the cap. */
int page_in_begin(void *ctx, const struct net_head *h);
int page_in_body(void *ctx, const char *data, size_t n);
/* The URL the page's links are relative to. */
const char *page_in_base(const struct page_in *p);
void page_in_clear(struct page_in *p);

#endif
