/* sax.c: libxml2 SAX2 plumbing: element stack, xml:base, capture of text and markup. */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>

#include "parse/htmltext.h"
#include "parse/sax.h"
#include "parse/xmlfeed.h"
#include "util/i18n.h"
#include "util/url.h"
#include "util/xalloc.h"

#define XML_NS_URI "http://www.w3.org/XML/1998/namespace"
#define MAX_ATTRS 64

struct sax {
	xmlParserCtxtPtr ctxt;
	struct xmlfeed x;
	struct buf attr_text;          /* NUL-separated copies of attribute values */
	const char *attrs[2 * MAX_ATTRS + 1];
	char why[160];
	bool any_event;
	/* libxml2 interns namespace URIs: the last one seen classifies fast */
	const xmlChar *last_uri, *last_prefix;
	enum ns last_ns;
};

static enum ns
classify_ns(struct sax *s, const xmlChar *uri, const xmlChar *prefix)
{
	if (uri != s->last_uri || prefix != s->last_prefix) {
		s->last_uri = uri;
		s->last_prefix = prefix;
		s->last_ns = ns_classify((const char *)uri, (const char *)prefix);
	}
	return s->last_ns;
}

static bool
is_void(const char *name)
{
	static const char *v[] = { "area", "base", "br", "col", "embed", "hr", "img",
				   "input", "link", "meta", "param", "source", "track", "wbr" };
	size_t n = strlen(name);
	if (n < 2 || n > 6)
		return false;
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (v[i][0] == name[0] && strcmp(name, v[i]) == 0)
			return true;
	return false;
}

/* Copy libxml2's (localname, prefix, URI, value, end) attribute tuples into
 * a NULL-terminated (name, value, ...) array of C strings. */
static void
flatten_attrs(struct sax *s, int n, const xmlChar **a)
{
	size_t k = 0;
	buf_reset(&s->attr_text);
	size_t offs[2 * MAX_ATTRS];
	for (int i = 0; i < n && i < MAX_ATTRS; i++, a += 5) {
		offs[k++] = s->attr_text.len;
		buf_append(&s->attr_text, a[0], strlen((const char *)a[0]) + 1);
		offs[k++] = s->attr_text.len;
		buf_append(&s->attr_text, a[3], (size_t)(a[4] - a[3]));
		buf_putc(&s->attr_text, '\0');
	}
	for (size_t i = 0; i < k; i++)
		s->attrs[i] = s->attr_text.data + offs[i];
	s->attrs[k] = NULL;
}

static const char *
find_xml_base(int n, const xmlChar **a, size_t *len)
{
	for (int i = 0; i < n; i++, a += 5)
		if (a[2] && strcmp((const char *)a[2], XML_NS_URI) == 0 &&
		    strcmp((const char *)a[0], "base") == 0) {
			*len = (size_t)(a[4] - a[3]);
			return (const char *)a[3];
		}
	return NULL;
}

static void
push_base(struct xmlfeed *x, int n, const xmlChar **a)
{
	int d = x->depth;
	size_t len;
	const char *v = find_xml_base(n, a, &len);
	x->bases[d] = d > 0 ? x->bases[d - 1] : (char *)x->opt_base;
	x->base_owned[d] = false;
	if (v) {
		char *rel = xstrndup(v, len);
		x->bases[d] = url_join(x->bases[d], rel);
		x->base_owned[d] = true;
		free(rel);
	}
}

/* Serialize a start tag into the captured HTML, straight from libxml2's
 * (localname, prefix, URI, value, end) attribute tuples. */
static void
put_start_tag(struct capture *c, const char *name, int n, const xmlChar **a)
{
	buf_putc(&c->buf, '<');
	buf_puts(&c->buf, name);
	for (int i = 0; i < n; i++, a += 5) {
		buf_putc(&c->buf, ' ');
		buf_puts(&c->buf, (const char *)a[0]);
		buf_puts(&c->buf, "=\"");
		const char *v = (const char *)a[3], *end = (const char *)a[4], *run = v;
		for (; v < end; v++) {
			const char *rep = *v == '"' ? "&quot;" : *v == '&' ? "&amp;" : *v == '<' ? "&lt;" : NULL;
			if (!rep)
				continue;
			buf_append(&c->buf, run, (size_t)(v - run));
			buf_puts(&c->buf, rep);
			run = v + 1;
		}
		buf_append(&c->buf, run, (size_t)(end - run));
		buf_putc(&c->buf, '"');
	}
	buf_putc(&c->buf, '>');
}

/* Which RSS vocabulary (1.0 or 0.90) the element declares, if any. */
static enum ns
declared_rss_ns(int n, const xmlChar **nss)
{
	for (int i = 0; i < n; i++) {
		enum ns ns = ns_classify((const char *)nss[2 * i + 1], NULL);
		if (ns == NS_RSS10 || ns == NS_RSS090)
			return ns;
	}
	return NS_NONE;
}

static void
on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
	 int nb_ns, const xmlChar **nss, int nb_attrs, int nb_def, const xmlChar **attrs)
{
	struct sax *s = ctx;
	struct xmlfeed *x = &s->x;
	(void)nb_def;
	s->any_event = true;
	if (x->depth >= XF_MAX_DEPTH) {
		x->depth++;
		return;
	}
	x->depth++;
	push_base(x, nb_attrs, attrs);
	if (x->cap.kind == CAP_HTML) {
		put_start_tag(&x->cap, (const char *)local, nb_attrs, attrs);
		return;
	}
	if (x->cap.kind == CAP_TEXT)
		return;
	enum ns ns = classify_ns(s, uri, prefix);
	enum el el = el_classify(ns, (const char *)local, x->atom_doc);
	/* attributes are copied only for elements the rules look at */
	if (el == EL_OTHER && x->feed.format != FORMAT_UNKNOWN)
		return;
	flatten_attrs(s, nb_attrs, attrs);
	xf_start_element(x, ns, el, s->attrs, declared_rss_ns(nb_ns, nss));
}

static void
pop_base(struct xmlfeed *x)
{
	int d = x->depth;
	if (d <= XF_MAX_DEPTH && x->base_owned[d])
		free(x->bases[d]);
	if (d <= XF_MAX_DEPTH) {
		x->bases[d] = NULL;
		x->base_owned[d] = false;
	}
	x->depth--;
}

static void
on_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	(void)prefix; (void)uri;
	struct sax *s = ctx;
	struct xmlfeed *x = &s->x;
	if (x->depth > XF_MAX_DEPTH) {
		x->depth--;
		return;
	}
	if (x->cap.kind != CAP_NONE && x->depth > x->cap.depth) {
		if (x->cap.kind == CAP_HTML && !is_void((const char *)local))
		{
			buf_puts(&x->cap.buf, "</");
			buf_puts(&x->cap.buf, (const char *)local);
			buf_putc(&x->cap.buf, '>');
		}
		pop_base(x);
		return;
	}
	if (x->cap.kind != CAP_NONE && x->depth == x->cap.depth) {
		xf_end_capture(x);
	} else {
		xf_end_container(x);
	}
	pop_base(x);
	if (x->stopped)
		xmlStopParser(s->ctxt);
}

static void
on_chars(void *ctx, const xmlChar *ch, int len)
{
	struct sax *s = ctx;
	struct capture *c = &s->x.cap;
	if (c->kind == CAP_NONE || len <= 0)
		return;
	if (c->kind == CAP_HTML && c->type != TT_HTML)
		html_escape(&c->buf, (const char *)ch, (size_t)len);
	else
		buf_append(&c->buf, ch, (size_t)len);
}

static xmlEntityPtr
on_entity(void *ctx, const xmlChar *name)
{
	(void)ctx;
	return xmlGetPredefinedEntity(name);
}

static void
on_error(void *ctx, xmlErrorPtr err)
{
	struct sax *s = ctx;
	if (!s->why[0] && err && err->message) {
		snprintf(s->why, sizeof s->why, "XML error at line %d: %s", err->line, err->message);
		size_t n = strlen(s->why);
		while (n && (s->why[n - 1] == '\n' || s->why[n - 1] == ' '))
			s->why[--n] = '\0';
	}
}

struct sax *
sax_new(const struct parse_opts *opts, const struct parse_sink *sink)
{
	xmlSAXHandler handler; /* copied by libxml2 into its context */
	struct sax *s = xcalloc(1, sizeof *s);
	memset(&handler, 0, sizeof handler);
	handler.initialized = XML_SAX2_MAGIC;
	handler.startElementNs = on_start;
	handler.endElementNs = on_end;
	handler.characters = on_chars;
	handler.cdataBlock = on_chars;
	handler.ignorableWhitespace = on_chars;
	handler.getEntity = on_entity;
	handler.serror = on_error;
	s->x.sink = *sink;
	s->x.opt_base = opts->base_url;
	feed_info_init(&s->x.feed);
	item_init(&s->x.item);
	buf_init(&s->attr_text, 0);
	s->ctxt = xmlCreatePushParserCtxt(&handler, s, NULL, 0, NULL);
	if (!s->ctxt) {
		fputs("tidings: cannot create an XML parser\n", stderr);
		exit(EXIT_FAILURE);
	}
	xmlCtxtUseOptions(s->ctxt, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOENT |
				   XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC);
	return s;
}

int
sax_push(struct sax *s, const char *utf8, size_t n)
{
	while (n > 0 && !s->x.stopped) {
		int part = n > (1 << 30) ? (1 << 30) : (int)n;
		xmlParseChunk(s->ctxt, utf8, part, 0);
		utf8 += part;
		n -= (size_t)part;
	}
	return s->x.stopped ? PARSE_STOPPED : PARSE_OK;
}

int
sax_finish(struct sax *s, struct feed_info *feed, const char **why)
{
	struct xmlfeed *x = &s->x;
	if (!x->stopped)
		xmlParseChunk(s->ctxt, NULL, 0, 1);
	/* a document cut short: close what is open so the last item counts */
	while (x->depth > 0 && !x->stopped) {
		if (x->cap.kind != CAP_NONE && x->depth == x->cap.depth)
			xf_end_capture(x);
		else if (x->cap.kind == CAP_NONE && x->depth == x->at.item)
			xf_end_container(x);
		pop_base(x);
	}
	xf_finish_feed(x);
	*feed = x->feed;
	feed_info_init(&x->feed);
	if (x->stopped)
		return PARSE_STOPPED;
	if (feed->format != FORMAT_UNKNOWN)
		return PARSE_OK;
	if (!s->why[0] || s->any_event)
		snprintf(s->why, sizeof s->why, "%s", s->any_event ?
			 N_("not a feed (no RSS, RDF or Atom root element)") : N_("not a feed (no XML content)"));
	*why = s->why;
	return PARSE_NOT_FEED;
}

void
sax_free(struct sax **sp)
{
	struct sax *s = *sp;
	if (!s)
		return;
	struct xmlfeed *x = &s->x;
	while (x->depth > 0)
		pop_base(x);
	xmlFreeParserCtxt(s->ctxt);
	buf_free(&x->cap.buf);
	free(x->cap.base);
	free(x->cap.rel);
	free(x->cap.mime);
	item_clear(&x->item);
	feed_info_clear(&x->feed);
	free(x->guid_link);
	free(x->source_author);
	free(x->feed_author);
	free(x->box_name);
	free(x->box_email);
	buf_free(&s->attr_text);
	free(s);
	*sp = NULL;
}
