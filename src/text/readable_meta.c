/* readable_meta.c: an article's title, byline, date and site name from schema.org JSON-LD,
 * Open Graph and other <meta> tags, or the page's <title>. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "text/readable_int.h"
#include "text/readable_out.h"
#include "text/sanitize.h"
#include "util/date.h"
#include "util/str.h"
#include "util/xalloc.h"

/* What the page says, best source first; each field owned. */
struct meta {
	char *title, *byline, *published, *site_name;
	char *og_title, *tw_title, *dc_title, *doc_title;
	char *author, *og_site, *date;
};

char *
rd_clean_line(const char *s)
{
	char *v = text_sanitize(s);
	if (v && !*str_collapse_ws(v))
		FREE_AND_NULL(v);
	return v;
}

static void
set_once(char **field, const char *value)
{
	if (!*field && value)
		*field = rd_clean_line(value);
}

/* --- JSON-LD --- */

static bool
is_article_type(const char *t)
{
	static const char *const ends[] = {
		"Article", "BlogPosting", "Report", "Posting", "NewsArticle", "Review", NULL,
	};
	size_t n = strlen(t);
	for (const char *const *e = ends; *e; e++) {
		size_t k = strlen(*e);
		if (n >= k && strcmp(t + n - k, *e) == 0)
			return true;
	}
	return false;
}

static bool
has_article_type(json_object *o)
{
	json_object *type;
	if (!json_object_object_get_ex(o, "@type", &type))
		return false;
	if (json_object_is_type(type, json_type_string))
		return is_article_type(json_object_get_string(type));
	if (json_object_is_type(type, json_type_array))
		for (size_t i = 0; i < json_object_array_length(type); i++) {
			json_object *t = json_object_array_get_idx(type, i);
			if (json_object_is_type(t, json_type_string) &&
			    is_article_type(json_object_get_string(t)))
				return true;
		}
	return false;
}

static const char *
jstr(json_object *o, const char *key)
{
	json_object *v;
	if (!o || !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* Author names: a string, an object with "name", or an array of them. */
static void
add_names(struct buf *b, json_object *a)
{
	if (!a)
		return;
	const char *name = json_object_is_type(a, json_type_string) ? json_object_get_string(a)
			   : json_object_is_type(a, json_type_object) ? jstr(a, "name") : NULL;
	if (name && *name && !str_starts_with_ci(name, "http")) {
		if (b->len)
			buf_puts(b, ", ");
		buf_puts(b, name);
	}
	if (json_object_is_type(a, json_type_array))
		for (size_t i = 0; i < json_object_array_length(a) && i < 20; i++)
			add_names(b, json_object_array_get_idx(a, i));
}

static void
from_article(struct meta *m, json_object *o)
{
	set_once(&m->title, jstr(o, "headline"));
	set_once(&m->title, jstr(o, "name"));
	json_object *author = NULL, *pub = NULL;
	json_object_object_get_ex(o, "author", &author);
	struct buf b = BUF_INIT;
	add_names(&b, author);
	set_once(&m->byline, b.data);
	buf_free(&b);
	set_once(&m->published, jstr(o, "datePublished"));
	if (json_object_object_get_ex(o, "publisher", &pub))
		set_once(&m->site_name, jstr(pub, "name"));
}

/* The first article object in a JSON-LD value (also inside @graph). */
static json_object *
find_article(json_object *o, int depth)
{
	if (!o || depth > 4)
		return NULL;
	if (json_object_is_type(o, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(o); i++) {
			json_object *f = find_article(json_object_array_get_idx(o, i), depth + 1);
			if (f)
				return f;
		}
		return NULL;
	}
	if (!json_object_is_type(o, json_type_object))
		return NULL;
	if (has_article_type(o))
		return o;
	json_object *graph;
	if (json_object_object_get_ex(o, "@graph", &graph))
		return find_article(graph, depth + 1);
	return NULL;
}

static void
json_ld(struct meta *m, const xmlNode *script)
{
	xmlChar *c = xmlNodeGetContent(script);
	const char *s = c ? (const char *)c : "";
	s += strcspn(s, "{[");
	json_object *o = *s ? json_tokener_parse(s) : NULL;
	json_object *art = find_article(o, 0);
	if (art)
		from_article(m, art);
	json_object_put(o);
	xmlFree(c);
}

/* --- <meta> --- */

/* Open Graph and friends use property=, others name=; some pages list
 * several names in one attribute. */
static bool
meta_is(const char *names, const char *want)
{
	size_t n = strlen(want);
	for (const char *p = names; (p = strstr(p, want)) != NULL; p += n)
		if ((p == names || str_is_space((unsigned char)p[-1])) &&
		    (p[n] == '\0' || str_is_space((unsigned char)p[n])))
			return true;
	return false;
}

static void
from_meta(struct meta *m, const xmlNode *n)
{
	const char *content = html_attr(n, "content");
	const char *names = html_attr(n, "property");
	if (!names)
		names = html_attr(n, "name");
	if (!names)
		names = html_attr(n, "itemprop");
	if (!content || !names)
		return;
	char *lower = xstrdup(names);
	for (char *p = lower; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	if (meta_is(lower, "og:title")) set_once(&m->og_title, content);
	if (meta_is(lower, "twitter:title")) set_once(&m->tw_title, content);
	if (meta_is(lower, "dc:title") || meta_is(lower, "dcterm:title") ||
	    meta_is(lower, "parsely-title")) set_once(&m->dc_title, content);
	if (meta_is(lower, "og:site_name")) set_once(&m->og_site, content);
	if ((meta_is(lower, "author") || meta_is(lower, "dc:creator") ||
	     meta_is(lower, "dcterm:creator") || meta_is(lower, "parsely-author") ||
	     meta_is(lower, "article:author")) && !str_starts_with_ci(content, "http"))
		set_once(&m->author, content);
	if (meta_is(lower, "article:published_time") || meta_is(lower, "datepublished") ||
	    meta_is(lower, "parsely-pub-date") || meta_is(lower, "dc.date") ||
	    meta_is(lower, "dc.date.issued") || meta_is(lower, "date") ||
	    meta_is(lower, "pubdate") || meta_is(lower, "publish-date"))
		set_once(&m->date, content);
	free(lower);
}

static void
scan(struct meta *m, xmlNode *root)
{
	xmlNode *n = root;
	while (n) {
		enum html_tag t = html_tag(n);
		if (t == TAG_META) {
			from_meta(m, n);
		} else if (t == TAG_SCRIPT) {
			const char *type = html_attr(n, "type");
			if (type && str_eq_ci(type, "application/ld+json"))
				json_ld(m, n);
		} else if (t == TAG_TITLE && !m->doc_title) {
			char *s = rd_text(n);
			set_once(&m->doc_title, s);
			free(s);
		}
		n = html_next(n, root, t != TAG_SCRIPT && t != TAG_STYLE && t != TAG_SVG);
	}
}

static char *
iso_date(const char *s)
{
	int64_t t;
	char out[DATE_ISO_LEN];
	if (!s || date_parse(s, &t) != 0 || date_format_iso(t, out) != 0)
		return NULL;
	return xstrdup(out);
}

void
rd_meta(xmlDoc *doc, struct article *a)
{
	struct meta m;
	memset(&m, 0, sizeof m);
	xmlNode *root = xmlDocGetRootElement(doc);
	if (root)
		scan(&m, root);
	a->title = m.title ? m.title : m.dc_title ? m.dc_title : m.og_title ? m.og_title
		   : m.tw_title ? m.tw_title : NULL;
	if (!a->title && m.doc_title)
		a->title = rd_title_from_doc(m.doc_title);
	a->byline = m.byline ? m.byline : m.author;
	a->site_name = m.site_name ? m.site_name : m.og_site;
	a->published = iso_date(m.published ? m.published : m.date);
	char **all[] = { &m.title, &m.dc_title, &m.og_title, &m.tw_title, &m.doc_title,
			 &m.byline, &m.author, &m.site_name, &m.og_site, &m.published, &m.date };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (*all[i] != a->title && *all[i] != a->byline && *all[i] != a->site_name)
			free(*all[i]);
}
