/* feedlinks.c: finding the feeds a page announces with <link rel="alternate" type="...">. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/feedlinks.h"
#include "text/html.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* True when the space-separated list of words has word (ASCII case-insensitive). */
static bool
has_word(const char *list, const char *word)
{
	size_t wn = strlen(word);
	for (const char *p = list; p && *p;) {
		while (str_is_space(*p))
			p++;
		size_t n = 0;
		while (p[n] && !str_is_space(p[n]))
			n++;
		if (n == wn && str_starts_with_ci(p, word))
			return true;
		p += n;
	}
	return false;
}

/* The kind a type attribute names ("application/rss+xml; charset=utf-8"),
 * or -1 for anything else. */
static int
kind_of(const char *type)
{
	static const struct {
		const char *mime;
		enum feedlink_kind kind;
	} kinds[] = {
		{ "application/atom+xml", FEEDLINK_ATOM },
		{ "application/rss+xml", FEEDLINK_RSS },
		{ "application/rdf+xml", FEEDLINK_RSS },
		{ "application/feed+json", FEEDLINK_JSON },
		{ "application/json", FEEDLINK_JSON },
	};
	if (!type)
		return -1;
	size_t n;
	const char *t = str_trim_span(type, strcspn(type, ";"), &n);
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i].mime) == n && str_starts_with_ci(t, kinds[i].mime))
			return (int)kinds[i].kind;
	return -1;
}

static bool
known(const struct feedlinks *l, const char *url)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].url, url) == 0)
			return true;
	return false;
}

/* No blanks or controls: such an href is broken, and it could not be a
 * line of the urls file either. */
static bool
printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7f)
			return false;
	return true;
}

static void
add(struct feedlinks *l, const xmlNode *n, const char *base, enum feedlink_kind kind)
{
	char *url = url_join(base, html_attr(n, "href"));
	if (!url || !url_is_http(url) || !printable(url) || known(l, url)) {
		free(url);
		return;
	}
	const char *title = html_attr(n, "title");
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n].url = url;
	l->v[l->n].title = str_blank(title) ? NULL : str_collapse_ws(xstrdup(title));
	l->v[l->n].kind = kind;
	l->n++;
}

/* The first <base href>, resolved against the page's own URL; caller frees. */
static char *
page_base(xmlNode *root, const char *base_url)
{
	for (xmlNode *n = root; n; n = html_next(n, root, true))
		if (html_tag(n) == TAG_BASE && html_attr(n, "href"))
			return url_join(base_url, html_attr(n, "href"));
	return xstrdup_or_null(base_url);
}

/* One pass collecting the links of the kinds wanted (Atom/RSS, then JSON),
 * so document order holds within each group. */
static void
collect(xmlNode *root, const char *base, bool json, struct feedlinks *out)
{
	for (xmlNode *n = root; n; n = html_next(n, root, true)) {
		if (html_tag(n) != TAG_LINK || !has_word(html_attr(n, "rel"), "alternate"))
			continue;
		int k = kind_of(html_attr(n, "type"));
		if (k >= 0 && (k == FEEDLINK_JSON) == json)
			add(out, n, base, (enum feedlink_kind)k);
	}
}

void
feedlinks_find(const char *html, size_t len, const char *base_url, struct feedlinks *out)
{
	memset(out, 0, sizeof *out);
	xmlDoc *doc = len ? html_parse(html, len) : NULL;
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (root) {
		char *base = page_base(root, base_url);
		collect(root, base, false, out);
		collect(root, base, true, out);
		free(base);
	}
	if (doc)
		xmlFreeDoc(doc);
}

void
feedlinks_clear(struct feedlinks *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].title);
	}
	FREE_AND_NULL(l->v);
	l->n = 0;
}
