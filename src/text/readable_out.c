/* readable_out.c: the chosen article as plain text, as clean HTML with absolute URLs, and its links. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLtree.h>

#include "text/flow.h"
#include "text/readable_int.h"
#include "text/readable_out.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* Attributes that carry meaning in the stored article; the rest (style,
 * class, id, event handlers, tracking data) go. */
static bool
keep_attr(const char *name)
{
	static const char *const keep[] = {
		"alt", "colspan", "datetime", "dir", "href", "lang", "poster", "rowspan",
		"span", "src", "start", "title", "type", "value", NULL,
	};
	for (const char *const *k = keep; *k; k++)
		if (strcmp(name, *k) == 0)
			return true;
	return false;
}

static bool
is_url_attr(const char *name)
{
	return strcmp(name, "href") == 0 || strcmp(name, "src") == 0 || strcmp(name, "poster") == 0;
}

/* Lazy images keep the real picture in a data-* attribute: make it src. */
static void
lazy_src(xmlNode *n)
{
	static const char *const lazy[] = {
		"data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src", NULL,
	};
	for (const char *const *l = lazy; *l; l++) {
		const char *v = html_attr(n, *l);
		if (v && *v && !str_starts_with_ci(v, "data:")) {
			xmlSetProp(n, (const xmlChar *)"src", (const xmlChar *)v);
			return;
		}
	}
}

static void
tidy_element(xmlNode *n, const char *base)
{
	if (html_tag(n) == TAG_IMG)
		lazy_src(n);
	for (xmlAttr *a = n->properties, *next; a; a = next) {
		next = a->next;
		const char *name = (const char *)a->name;
		if (!keep_attr(name)) {
			xmlRemoveProp(a);
			continue;
		}
		if (!base || !is_url_attr(name))
			continue;
		xmlChar *v = xmlNodeGetContent((xmlNode *)a);
		if (v && !str_starts_with_ci((const char *)v, "javascript:") && v[0] != '#') {
			char *abs = url_join(base, (const char *)v);
			xmlSetProp(n, a->name, (const xmlChar *)abs);
			free(abs);
		}
		xmlFree(v);
	}
}

static void
tidy_tree(xmlNode *root, const char *base)
{
	xmlNode *n = root;
	while (n) {
		if (n->type == XML_ELEMENT_NODE)
			tidy_element(n, base);
		n = html_next(n, root, true);
	}
}

static char *
dump_html(xmlDoc *doc, xmlNode *article)
{
	xmlBufferPtr xb = xmlBufferCreate();
	xmlOutputBufferPtr ob = xmlOutputBufferCreateBuffer(xb, NULL);
	htmlNodeDumpFormatOutput(ob, doc, article, "UTF-8", 0);
	xmlOutputBufferClose(ob);
	char *s = xstrdup((const char *)xmlBufferContent(xb));
	xmlBufferFree(xb);
	return s;
}

void
rd_output(struct article *a, xmlDoc *doc, xmlNode *article, const char *base)
{
	struct text_flow *plain = flow_from_node(article, base, TEXT_NO_MARKERS | TEXT_PLAIN_LISTS);
	struct buf text = BUF_INIT;
	flow_write_plain(plain, &text);
	a->text = buf_take(&text);
	text_flow_free(&plain);

	tidy_tree(article, base);
	struct text_flow *full = flow_from_node(article, base, 0);
	a->links = full->links;
	a->nlinks = full->nlinks;
	full->links = NULL;
	full->nlinks = 0;
	text_flow_free(&full);
	a->html = dump_html(doc, article);
}

/* Separators between a page's title and its site's name. */
static const char *const title_seps[] = {
	" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " \xc2\xbb ", " / ", " \xc2\xb7 ",
	" :: ", " \\ ", NULL,
};

static size_t
count_words(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool sp = str_is_space((unsigned char)s[i]);
		w += !sp && !in;
		in = !sp;
	}
	return w;
}

char *
rd_title_from_doc(const char *title)
{
	const char *first = NULL, *last = NULL;
	size_t first_n = 0;
	for (const char *const *sep = title_seps; *sep; sep++) {
		size_t k = strlen(*sep);
		for (const char *p = strstr(title, *sep); p; p = strstr(p + 1, *sep)) {
			if (!first || p < first) {
				first = p;
				first_n = k;
			}
			if (!last || p > last)
				last = p;
		}
	}
	if (!last)
		return xstrdup(title);
	if (count_words(title, (size_t)(last - title)) >= 3)
		return str_trim(xstrndup(title, (size_t)(last - title)));
	const char *after = first + first_n;
	if (count_words(after, strlen(after)) >= 3)
		return str_trim(xstrdup(after));
	return xstrdup(title);
}
