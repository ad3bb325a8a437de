/* opml.c: reading OPML subscription lists; nested outlines become tags. */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/opml.h"
#include "util/buf.h"
#include "util/str.h"
#include "util/xalloc.h"

/* Folder names deeper than this are not kept as tags (the outlines in them
 * still are read). */
#define MAX_FOLDERS 16

struct walk {
	struct opml *out;
	const char *folders[MAX_FOLDERS];
	int depth;
};

/* One line of text: controls and runs of blanks become one space, trimmed;
 * NULL when nothing is left. */
static char *
clean(const char *s)
{
	if (!s)
		return NULL;
	struct buf b = BUF_INIT;
	bool gap = false;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7f || c == ' ') {
			gap = b.len > 0;
			continue;
		}
		if (gap)
			buf_putc(&b, ' ');
		gap = false;
		buf_putc(&b, (char)c);
	}
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}

/* An attribute by name, ignoring case (OPML writers disagree on xmlUrl
 * vs xmlurl), cleaned; NULL when absent or blank. */
static char *
attr(xmlNode *n, const char *name)
{
	for (xmlAttr *a = n->properties; a; a = a->next) {
		if (strcasecmp((const char *)a->name, name) != 0)
			continue;
		xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
		char *s = clean((const char *)v);
		xmlFree(v);
		return s;
	}
	return NULL;
}

static bool
is_element(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

/* Add a tag unless it is empty or already there; '~' and '!' lead-ins
 * are dropped, since in the urls file they mean title and hidden. */
static void
add_tag(struct opml_outline *o, const char *t)
{
	while (*t == '~' || *t == '!' || *t == '/' || *t == ' ')
		t++;
	if (!*t)
		return;
	for (size_t i = 0; i < o->n_tags; i++)
		if (strcmp(o->tags[i], t) == 0)
			return;
	o->tags = xreallocarray(o->tags, o->n_tags + 1, sizeof *o->tags);
	o->tags[o->n_tags++] = xstrdup(t);
}

/* category="a,/b/c": OPML 2.0's comma-separated list. */
static void
add_categories(struct opml_outline *o, const char *cats)
{
	char *copy = xstrdup(cats);
	for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
		add_tag(o, str_trim(t));
	free(copy);
}

static void
add_feed(struct walk *w, xmlNode *n, char *url)
{
	struct opml *out = w->out;
	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	struct opml_outline *o = &out->v[out->n++];
	memset(o, 0, sizeof *o);
	o->url = url;
	o->html_url = attr(n, "htmlUrl");
	o->title = attr(n, "text");
	if (!o->title)
		o->title = attr(n, "title");
	for (int i = 0; i < w->depth && i < MAX_FOLDERS; i++)
		add_tag(o, w->folders[i]);
	char *cats = attr(n, "category");
	if (cats)
		add_categories(o, cats);
	free(cats);
}

static void walk_children(struct walk *w, xmlNode *parent);

static void
outline(struct walk *w, xmlNode *n)
{
	char *url = attr(n, "xmlUrl");
	if (url) {
		add_feed(w, n, url);
		walk_children(w, n);
		return;
	}
	/* a folder: its name is a tag of everything inside it */
	char *name = attr(n, "text");
	if (!name)
		name = attr(n, "title");
	if (w->depth < MAX_FOLDERS)
		w->folders[w->depth] = name ? name : "";
	w->depth++;
	walk_children(w, n);
	w->depth--;
	free(name);
}

static void
walk_children(struct walk *w, xmlNode *parent)
{
	for (xmlNode *c = parent->children; c; c = c->next)
		if (is_element(c, "outline"))
			outline(w, c);
}

static xmlNode *
child(xmlNode *parent, const char *name)
{
	for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (is_element(c, name))
			return c;
	return NULL;
}

static bool
declares_entities(const char *data, size_t n)
{
	static const char decl[] = "<!ENTITY";
	size_t k = sizeof decl - 1;
	for (size_t i = 0; i + k <= n; i++)
		if (data[i] == '<' && memcmp(data + i, decl, k) == 0)
			return true;
	return false;
}

int
opml_parse(const char *data, size_t n, struct opml *out, const char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	if (declares_entities(data, n)) {
		*why = "the document declares entities (not accepted in OPML)";
		return -1;
	}
	if (n > INT_MAX) {
		*why = "the document is too large";
		return -1;
	}
	xmlDoc *doc = xmlReadMemory(data, (int)n, NULL, NULL,
				    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
				    XML_PARSE_RECOVER | XML_PARSE_NOCDATA);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root || !is_element(root, "opml")) {
		xmlFreeDoc(doc);
		*why = "not an OPML document";
		return -1;
	}
	xmlNode *title = child(child(root, "head"), "title");
	if (title) {
		xmlChar *t = xmlNodeGetContent(title);
		out->title = clean((const char *)t);
		xmlFree(t);
	}
	struct walk w = { out, { NULL }, 0 };
	xmlNode *body = child(root, "body");
	walk_children(&w, body ? body : root);
	xmlFreeDoc(doc);
	return 0;
}

void
opml_free(struct opml *o)
{
	for (size_t i = 0; i < o->n; i++) {
		struct opml_outline *e = &o->v[i];
		free(e->url);
		free(e->html_url);
		free(e->title);
		for (size_t k = 0; k < e->n_tags; k++)
			free(e->tags[k]);
		free(e->tags);
	}
	free(o->v);
	free(o->title);
	memset(o, 0, sizeof *o);
}
