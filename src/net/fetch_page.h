/* fetch_page.h: fetch one web page now (blocking), within the limits every fetch keeps. */
#ifndef TIDINGS_FETCH_PAGE_H
#define TIDINGS_FETCH_PAGE_H

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

#endif
