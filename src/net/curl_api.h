/* curl_api.h: libcurl, loaded when the first transfer starts (include instead of curl/curl.h). */
#ifndef TIDINGS_CURL_API_H
#define TIDINGS_CURL_API_H

/* libcurl and the libraries behind it (TLS, Kerberos, LDAP, ...) are most
 * of what tidings maps at start-up: 30 of 44 shared objects and half the
 * start time. Commands that never fetch (parse, render, items, the
 * interface until the first refresh) should not pay for them, so the net
 * layer calls libcurl through this table, filled by dlopen on first use.
 * The names below keep curl's own, so the code reads as plain libcurl. */
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

struct curl_api {
	CURLcode (*global_init)(long flags);
	CURL *(*easy_init)(void);
	void (*easy_cleanup)(CURL *h);
	CURLcode (*easy_setopt)(CURL *h, CURLoption opt, ...);
	CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
	CURLcode (*easy_perform)(CURL *h);
	const char *(*easy_strerror)(CURLcode rc);
	struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
	void (*slist_free_all)(struct curl_slist *l);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_cleanup)(CURLM *m);
	CURLMcode (*multi_setopt)(CURLM *m, CURLMoption opt, ...);
	CURLMcode (*multi_add_handle)(CURLM *m, CURL *h);
	CURLMcode (*multi_remove_handle)(CURLM *m, CURL *h);
	CURLMcode (*multi_perform)(CURLM *m, int *running);
	CURLMcode (*multi_poll)(CURLM *m, struct curl_waitfd *fds, unsigned n, int timeout_ms,
				int *numfds);
	CURLMcode (*multi_wakeup)(CURLM *m);
	CURLMsg *(*multi_info_read)(CURLM *m, int *left);
	const char *(*multi_strerror)(CURLMcode rc);
};

/* Load libcurl and initialise it once. Returns 0, or -1 with a line in
 * *err (caller frees) when the library cannot be found. */
int curl_api_load(char **err);
/* The table; only valid after curl_api_load succeeded. */
const struct curl_api *curl_api(void);

/* curl.h may define some of these names as macros of its own */
#undef curl_easy_setopt
#undef curl_easy_getinfo
#undef curl_multi_setopt
#define curl_easy_init() (curl_api()->easy_init())
#define curl_easy_cleanup(h) (curl_api()->easy_cleanup(h))
#define curl_easy_setopt(h, ...) (curl_api()->easy_setopt((h), __VA_ARGS__))
#define curl_easy_getinfo(h, ...) (curl_api()->easy_getinfo((h), __VA_ARGS__))
#define curl_easy_perform(h) (curl_api()->easy_perform(h))
#define curl_easy_strerror(rc) (curl_api()->easy_strerror(rc))
#define curl_slist_append(l, s) (curl_api()->slist_append((l), (s)))
#define curl_slist_free_all(l) (curl_api()->slist_free_all(l))
#define curl_multi_init() (curl_api()->multi_init())
#define curl_multi_cleanup(m) (curl_api()->multi_cleanup(m))
#define curl_multi_setopt(m, ...) (curl_api()->multi_setopt((m), __VA_ARGS__))
#define curl_multi_add_handle(m, h) (curl_api()->multi_add_handle((m), (h)))
#define curl_multi_remove_handle(m, h) (curl_api()->multi_remove_handle((m), (h)))
#define curl_multi_perform(m, r) (curl_api()->multi_perform((m), (r)))
#define curl_multi_poll(m, f, n, t, k) (curl_api()->multi_poll((m), (f), (n), (t), (k)))
#define curl_multi_wakeup(m) (curl_api()->multi_wakeup(m))
#define curl_multi_info_read(m, l) (curl_api()->multi_info_read((m), (l)))
#define curl_multi_strerror(rc) (curl_api()->multi_strerror(rc))

#endif
