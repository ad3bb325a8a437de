/* url.c: resolve relative references the way browsers and feed readers do. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

static bool
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t
url_scheme_len(const char *s)
{
	if (!s || !is_alpha((unsigned char)s[0]))
		return 0;
	size_t i = 1;
	while (is_alpha((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') ||
	       s[i] == '+' || s[i] == '-' || s[i] == '.')
		i++;
	return s[i] == ':' ? i : 0;
}

bool
url_has_scheme(const char *s)
{
	return url_scheme_len(s) > 0;
}

bool
url_is_http(const char *s)
{
	return s && (str_starts_with_ci(s, "http://") || str_starts_with_ci(s, "https://"));
}

bool
url_is_web_address(const char *s)
{
	if (!url_is_http(s))
		return false;
	const char *host = strstr(s, "//") + 2;
	if (*host == '\0' || *host == '/')
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p == 0x7f || *p == '"' || *p == '\\')
			return false;
	return true;
}

/* The parts of a reference as RFC 3986 section 3 splits it. */
struct parts {
	const char *scheme, *auth, *path, *query, *frag;
	size_t scheme_n, auth_n, path_n, query_n, frag_n;
	bool has_auth, has_query, has_frag;
};

static void
split(const char *s, struct parts *p)
{
	memset(p, 0, sizeof *p);
	size_t n = url_scheme_len(s);
	if (n) {
		p->scheme = s;
		p->scheme_n = n;
		s += n + 1;
	}
	if (s[0] == '/' && s[1] == '/') {
		s += 2;
		p->has_auth = true;
		p->auth = s;
		p->auth_n = strcspn(s, "/?#");
		s += p->auth_n;
	}
	p->path = s;
	p->path_n = strcspn(s, "?#");
	s += p->path_n;
	if (*s == '?') {
		p->has_query = true;
		p->query = ++s;
		p->query_n = strcspn(s, "#");
		s += p->query_n;
	}
	if (*s == '#') {
		p->has_frag = true;
		p->frag = s + 1;
		p->frag_n = strlen(s + 1);
	}
}

/* RFC 3986 5.2.4, applied to the path in b from offset start. */
static void
remove_dots(struct buf *b, size_t start)
{
	char *in = xstrdup(b->data ? b->data + start : "");
	buf_truncate(b, start);
	const char *s = in;
	while (*s) {
		if (str_starts_with(s, "../"))
			s += 3;
		else if (str_starts_with(s, "./"))
			s += 2;
		else if (str_starts_with(s, "/./"))
			s += 2;
		else if (strcmp(s, "/.") == 0)
			s = "/";
		else if (str_starts_with(s, "/../") || strcmp(s, "/..") == 0) {
			s = s[3] ? s + 3 : "/";
			char *slash = b->len > start ? strrchr(b->data + start, '/') : NULL;
			buf_truncate(b, slash ? (size_t)(slash - b->data) : start);
		} else if (strcmp(s, ".") == 0 || strcmp(s, "..") == 0)
			s += strlen(s);
		else {
			size_t seg = 1 + strcspn(s + 1, "/");
			if (*s != '/')
				seg = strcspn(s, "/");
			buf_append(b, s, seg);
			s += seg;
		}
	}
	free(in);
}

static void
put_path_merged(struct buf *b, const struct parts *base, const struct parts *ref)
{
	size_t start = b->len;
	if (ref->path_n && ref->path[0] == '/') {
		buf_append(b, ref->path, ref->path_n);
	} else if (base->has_auth && base->path_n == 0) {
		buf_putc(b, '/');
		buf_append(b, ref->path, ref->path_n);
	} else {
		size_t keep = base->path_n;
		while (keep && base->path[keep - 1] != '/')
			keep--;
		buf_append(b, base->path, keep);
		buf_append(b, ref->path, ref->path_n);
	}
	remove_dots(b, start);
}

static void
compose(struct buf *b, const struct parts *base, const struct parts *r)
{
	const struct parts *q = r;
	buf_append(b, base->scheme, base->scheme_n);
	buf_putc(b, ':');
	if (r->has_auth) {
		buf_puts(b, "//");
		buf_append(b, r->auth, r->auth_n);
		size_t start = b->len;
		buf_append(b, r->path, r->path_n);
		remove_dots(b, start);
	} else {
		if (base->has_auth) {
			buf_puts(b, "//");
			buf_append(b, base->auth, base->auth_n);
		}
		if (r->path_n == 0) {
			buf_append(b, base->path, base->path_n);
			if (!r->has_query)
				q = base;
		} else {
			put_path_merged(b, base, r);
		}
	}
	if (q->has_query) {
		buf_putc(b, '?');
		buf_append(b, q->query, q->query_n);
	}
	if (r->has_frag) {
		buf_putc(b, '#');
		buf_append(b, r->frag, r->frag_n);
	}
}

char *
url_join(const char *base, const char *ref)
{
	if (!ref)
		return NULL;
	size_t n;
	const char *t = str_trim_span(ref, strlen(ref), &n);
	char *r = xstrndup(t, n);
	if (!base || !*base || url_has_scheme(r))
		return r;
	struct parts bp, rp;
	split(base, &bp);
	if (!bp.scheme)
		return r;
	split(r, &rp);
	struct buf b = BUF_INIT;
	compose(&b, &bp, &rp);
	free(r);
	return buf_take(&b);
}

void
url_pct_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~') {
			buf_putc(b, (char)c);
		} else {
			char e[3] = { '%', hex[c >> 4], hex[c & 15] };
			buf_append(b, e, 3);
		}
	}
}

char *
url_origin(const char *url)
{
	struct parts p;
	split(url, &p);
	if (!p.scheme || !p.has_auth)
		return NULL;
	return xstrndup(url, (size_t)(p.auth + p.auth_n - url));
}
