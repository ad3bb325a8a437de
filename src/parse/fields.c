/* fields.c: what each feed element means for the item or the feed (RSS, RDF, Atom). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "parse/base64.h"
#include "parse/htmltext.h"
#include "parse/xmlfeed.h"
#include "util/date.h"
#include "util/str.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/xalloc.h"

const char *
xf_attr(const char **attrs, const char *name)
{
	for (size_t i = 0; attrs && attrs[i]; i += 2)
		if (strcmp(attrs[i], name) == 0)
			return attrs[i + 1];
	return NULL;
}

const char *
xf_base(const struct xmlfeed *x)
{
	const char *b = x->depth <= XF_MAX_DEPTH ? x->bases[x->depth] : NULL;
	return b ? b : x->feed.link;
}

static enum target
target_here(const struct xmlfeed *x)
{
	if (x->at.author_box && x->depth == x->at.author_box + 1)
		return TO_BOX;
	return x->at.item ? TO_ITEM : TO_FEED;
}

void
xf_begin_capture(struct xmlfeed *x, enum cap_kind kind, enum el el, enum text_type type)
{
	struct capture *c = &x->cap;
	c->kind = kind;
	c->target = target_here(x);
	c->depth = x->depth;
	c->el = el;
	c->type = type;
	c->base64 = false;
	c->rss_title = false;
	c->permalink = true;
	free(c->base);
	c->base = xstrdup_or_null(xf_base(x));
	/* one buffer serves every capture: its memory is kept between fields */
	buf_reset(&c->buf);
	c->buf.max = kind == CAP_HTML ? XF_MAX_HTML : XF_MAX_TEXT;
}

/* Atom's type attribute (and 0.3's mode) -> how to read a text construct.
 * *base64 is set when the content may be base64 (a non-text media type). */
static enum text_type
atom_type(const char **attrs, bool *base64)
{
	const char *t = xf_attr(attrs, "type");
	const char *mode = xf_attr(attrs, "mode");
	*base64 = mode && str_eq_ci(mode, "base64");
	if (mode && str_eq_ci(mode, "escaped"))
		return TT_HTML;
	if (!t || !*t || str_eq_ci(t, "text") || str_eq_ci(t, "text/plain"))
		return mode && str_eq_ci(mode, "xml") && t ? TT_XHTML : TT_TEXT;
	if (str_eq_ci(t, "html") || str_eq_ci(t, "text/html"))
		return TT_HTML;
	if (str_eq_ci(t, "xhtml") || str_eq_ci(t, "application/xhtml+xml"))
		return TT_XHTML;
	if (strstr(t, "xml"))
		return TT_XHTML;
	if (!str_starts_with_ci(t, "text/"))
		*base64 = true;
	return TT_TEXT;
}

static bool
is_atom(const struct xmlfeed *x, enum ns ns)
{
	return ns == NS_ATOM10 || ns == NS_ATOM03 || (ns == NS_NONE && x->atom_doc);
}

static bool
atom_format(const struct xmlfeed *x)
{
	return x->feed.format == FORMAT_ATOM10 || x->feed.format == FORMAT_ATOM03;
}

static void
detect_format(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs, enum ns root_ns)
{
	const char *v = xf_attr(attrs, "version");
	switch (el) {
	case EL_RSS:
		x->feed.format = v && (str_starts_with(v, "0.9")) ? FORMAT_RSS09X : FORMAT_RSS20;
		break;
	case EL_RDF:
		/* RDF is a feed when it declares an RSS vocabulary */
		if (root_ns == NS_RSS090)
			x->feed.format = FORMAT_RSS09X;
		else if (root_ns == NS_RSS10)
			x->feed.format = FORMAT_RSS10;
		break;
	case EL_FEED:
		x->atom_doc = ns == NS_NONE;
		x->feed.format = ns == NS_ATOM03 || (v && strcmp(v, "0.3") == 0) ? FORMAT_ATOM03
										    : FORMAT_ATOM10;
		x->at.channel = x->depth;
		break;
	case EL_CHANNEL:
		x->feed.format = ns == NS_RSS090 ? FORMAT_RSS09X
			       : ns == NS_RSS10 ? FORMAT_RSS10 : FORMAT_RSS20;
		break;
	default:
		break;
	}
}

static void
add_enclosure(struct xmlfeed *x, const char *url, const char *type, const char *length)
{
	if (str_blank(url))
		return;
	char *end;
	long long len = length ? strtoll(length, &end, 10) : -1;
	if (!length || end == length || len < 0)
		len = -1;
	item_add_enclosure(&x->item, url_join(xf_base(x), url), xstrdup_or_null(type), len);
}

/* media:content (alone or in a media:group): an episode's audio or video
 * (images and thumbnails are not downloads; the other renditions of a
 * group are the same episode, the cache keeps the first); the cache keeps
 * it as an enclosure, the parse contract does not (see model.h). */
static void
add_media(struct xmlfeed *x, const char **attrs)
{
	const char *url = xf_attr(attrs, "url"), *type = xf_attr(attrs, "type");
	const char *medium = xf_attr(attrs, "medium"), *size = xf_attr(attrs, "fileSize");
	bool av = (type && (str_starts_with_ci(type, "audio/") || str_starts_with_ci(type, "video/"))) ||
		  (medium && (str_eq_ci(medium, "audio") || str_eq_ci(medium, "video")));
	if (str_blank(url) || !av)
		return;
	char *end;
	long long len = size ? strtoll(size, &end, 10) : -1;
	if (!size || end == size || len < 0)
		len = -1;
	item_add_media(&x->item, url_join(xf_base(x), url), xstrdup_or_null(type), len);
}

/* Keep value for an item field when its element ranks at least as high as
 * the one that set it before: later elements of equal rank win, as in
 * feedparser; fallbacks (lower rank) never replace the real thing. */
static void
set_field(struct xmlfeed *x, enum field f, char **slot, char *value, int rank)
{
	if (!value)
		return;
	if (*slot && rank < x->rank[f]) {
		free(value);
		return;
	}
	free(*slot);
	*slot = value;
	x->rank[f] = (signed char)rank;
}

static void
atom_link_to(struct xmlfeed *x, const char *href, const char *rel, const char *type,
	     const char *length, bool in_item)
{
	bool html = type && (str_eq_ci(type, "text/html") || str_eq_ci(type, "application/xhtml+xml"));
	if (str_blank(href))
		return;
	if (in_item && rel && strcmp(rel, "enclosure") == 0) {
		add_enclosure(x, href, type, length);
		return;
	}
	if (rel && strcmp(rel, "alternate") != 0)
		return;
	char **link = in_item ? &x->item.link : &x->feed.link;
	bool *alt_html = in_item ? &x->item_link_alt : &x->feed_link_alt;
	if (*link && (*alt_html || !html))
		return;
	free(*link);
	*link = url_join(xf_base(x), href);
	*alt_html = html;
}

/* An Atom link: the URL is in href, or (in broken feeds) the element's text. */
static void
atom_link(struct xmlfeed *x, const char **attrs, bool in_item)
{
	const char *href = xf_attr(attrs, "href");
	if (!str_blank(href)) {
		atom_link_to(x, href, xf_attr(attrs, "rel"), xf_attr(attrs, "type"),
			     xf_attr(attrs, "length"), in_item);
		return;
	}
	xf_begin_capture(x, CAP_TEXT, EL_LINK, TT_TEXT);
	x->cap.rel = xstrdup_or_null(xf_attr(attrs, "rel"));
	x->cap.mime = xstrdup_or_null(xf_attr(attrs, "type"));
}

static void
start_title_like(struct xmlfeed *x, bool atom, enum el el, const char **attrs)
{
	bool b64 = false;
	enum text_type tt = atom ? atom_type(attrs, &b64) : TT_HTML;
	bool rss_title = !atom && (el == EL_TITLE || el == EL_SUBTITLE);
	xf_begin_capture(x, rss_title ? CAP_TEXT : CAP_HTML, el, tt);
	x->cap.base64 = b64;
	x->cap.rss_title = rss_title;
}

/* An element directly inside an item or entry. */
static void
start_item_field(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs)
{
	bool atom = is_atom(x, ns);
	switch (el) {
	case EL_LINK:
		/* atom:link in RSS is ignored, as the reference parser does */
		if (atom) {
			if (atom_format(x))
				atom_link(x, attrs, true);
			return;
		}
		xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		if (!str_blank(xf_attr(attrs, "href")))
			buf_puts(&x->cap.buf, xf_attr(attrs, "href"));
		return;
	case EL_TITLE:
	case EL_SUMMARY:
	case EL_CONTENT:
	case EL_MEDIA_TITLE:
		start_title_like(x, atom, el, attrs);
		return;
	case EL_DESCRIPTION:
	case EL_CONTENT_ENCODED:
	case EL_DC_DESCRIPTION:
	case EL_ITUNES_SUMMARY:
	case EL_FULLITEM:
		xf_begin_capture(x, CAP_HTML, el, TT_HTML);
		return;
	case EL_XHTML_BODY:
		xf_begin_capture(x, CAP_HTML, el, TT_XHTML);
		return;
	case EL_CATEGORY:
		if (atom) {
			const char *term = xf_attr(attrs, "term");
			if (!str_blank(term))
				item_add_category(&x->item, str_collapse_ws(xstrdup(term)));
			return;
		}
		xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		return;
	case EL_ENCLOSURE:
		add_enclosure(x, xf_attr(attrs, "url"), xf_attr(attrs, "type"), xf_attr(attrs, "length"));
		return;
	case EL_MEDIA_CONTENT:
		add_media(x, attrs);
		return;
	case EL_ITUNES_CATEGORY: {
		const char *t = xf_attr(attrs, "text");
		if (!str_blank(t))
			item_add_category(&x->item, str_collapse_ws(xstrdup(t)));
		return;
	}
	case EL_GUID: {
		xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		const char *p = xf_attr(attrs, "isPermaLink");
		x->cap.permalink = !p || !str_eq_ci(p, "false");
		return;
	}
	case EL_DC_TITLE: case EL_ID: case EL_PUBDATE: case EL_PUBLISHED: case EL_UPDATED:
	case EL_DC_DATE: case EL_DCT_ISSUED: case EL_DCT_MODIFIED: case EL_AUTHOR:
	case EL_DC_CREATOR: case EL_ITUNES_AUTHOR: case EL_DC_SUBJECT:
	case EL_KEYWORDS: case EL_MEDIA_CATEGORY:
		xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		return;
	default:
		return;
	}
}

static void
start_feed_field(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs)
{
	bool atom = is_atom(x, ns);
	switch (el) {
	case EL_LINK:
		if (atom && atom_format(x)) {
			atom_link(x, attrs, false);
		} else if (!atom) {
			xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
			if (!str_blank(xf_attr(attrs, "href")))
				buf_puts(&x->cap.buf, xf_attr(attrs, "href"));
		}
		return;
	case EL_TITLE:
	case EL_SUBTITLE:
		start_title_like(x, atom, el, attrs);
		return;
	case EL_DESCRIPTION:
	case EL_DC_TITLE:
	case EL_TTL:
	case EL_SY_PERIOD:
	case EL_SY_FREQUENCY:
	case EL_DC_CREATOR:
	case EL_AUTHOR:
		xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		return;
	default:
		return;
	}
}

static bool
start_container(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs)
{
	switch (el) {
	case EL_CHANNEL:
		if (!x->at.channel)
			x->at.channel = x->depth;
		return true;
	case EL_ITEM:
	case EL_ENTRY:
		if (!x->at.item) {
			x->at.item = x->depth;
			const char *about = xf_attr(attrs, "about");
			if (!str_blank(about)) {
				x->item.id = str_collapse_ws(xstrdup(about));
				x->rank[F_ID] = 1;
			}
		}
		return true;
	case EL_SOURCE:
		if (x->at.item && !x->at.source && is_atom(x, ns))
			x->at.source = x->depth;
		return true;
	case EL_AUTHOR_BOX:
	case EL_CONTRIBUTOR:
		if (!x->at.author_box) {
			x->at.author_box = x->depth;
			x->at.contributor = el == EL_CONTRIBUTOR;
		}
		return true;
	case EL_NAME:
	case EL_EMAIL:
		if (x->at.author_box && x->depth == x->at.author_box + 1)
			xf_begin_capture(x, CAP_TEXT, el, TT_TEXT);
		return true;
	default:
		return false;
	}
}

void
xf_start_element(struct xmlfeed *x, enum ns ns, enum el el, const char **attrs, enum ns root_ns)
{
	if (x->feed.format == FORMAT_UNKNOWN) {
		detect_format(x, ns, el, attrs, root_ns);
		if (x->feed.format == FORMAT_UNKNOWN)
			return;
	}
	if (start_container(x, ns, el, attrs))
		return;
	bool in_item_scope = x->at.item && !x->at.source;
	if (in_item_scope && (x->depth == x->at.item + 1 || ns == NS_MEDIA))
		start_item_field(x, ns, el, attrs);
	else if (!x->at.item && x->at.channel && x->depth == x->at.channel + 1)
		start_feed_field(x, ns, el, attrs);
}

/* Trimmed, whitespace-collapsed text; NULL when empty. Takes s. */
static char *
plain(char *s)
{
	str_collapse_ws(s);
	if (!*s) {
		free(s);
		return NULL;
	}
	return s;
}

/* The author's name from "mail@example.com (Name)" or "Name <mail@...>". */
static char *
author_name(char *s)
{
	s = plain(s);
	if (!s)
		return NULL;
	char *open = strchr(s, '(');
	char *close = open ? strrchr(open, ')') : NULL;
	if (!open) {
		open = strchr(s, '<');
		close = open ? strchr(open, '>') : NULL;
	}
	if (!open || !close || !strchr(s, '@'))
		return s;
	bool email_outside = !memchr(open, '@', (size_t)(close - open));
	char *name = email_outside ? xstrndup(open + 1, (size_t)(close - open - 1))
				   : xstrndup(s, (size_t)(open - s));
	name = plain(name);
	if (!name)
		return s;
	free(s);
	return name;
}

/* Base64 content is decoded when it is base64 and the result is text;
 * otherwise it was never base64 and stays as it is. */
static char *
maybe_base64(char *s, size_t *n)
{
	struct buf b = BUF_INIT;
	if (base64_decode(&b, s, *n) != 0 || !utf8_valid(buf_str(&b), b.len) ||
	    memchr(buf_str(&b), '\0', b.len)) {
		buf_free(&b);
		return s;
	}
	free(s);
	*n = b.len;
	return buf_take(&b);
}

/* The HTML of a captured text construct; NULL when blank. Takes s. */
static char *
html_value(struct capture *c, char *s, size_t n)
{
	if (c->base64) {
		s = maybe_base64(s, &n);
		if (c->type == TT_TEXT && c->kind == CAP_HTML) {
			/* captured text was escaped before decoding: escape the result */
			struct buf e = BUF_INIT;
			html_escape(&e, s, n);
			free(s);
			n = e.len;
			s = buf_take(&e);
		}
	}
	size_t len;
	const char *t = str_trim_span(s, n, &len);
	/* xhtml content comes wrapped in one div: the div is not the content */
	if (c->type == TT_XHTML && len > 11 && str_starts_with(t, "<div") &&
	    memcmp(t + len - 6, "</div>", 6) == 0 && (t[4] == '>' || t[4] == ' ')) {
		const char *gt = strchr(t, '>');
		len -= (size_t)(gt + 1 - t) + 6;
		t = gt + 1;
	}
	char *out = len ? xstrndup(t, len) : NULL;
	free(s);
	return out;
}

/* A title: plain text from whatever markup it came in. Takes s. */
static char *
title_value(struct capture *c, char *s, size_t n)
{
	if (c->kind == CAP_TEXT && !looks_like_html(s, n))
		return plain(s);
	char *h = c->kind == CAP_TEXT ? s : html_value(c, s, n);
	if (!h)
		return NULL;
	struct buf b = BUF_INIT;
	html_to_text(&b, h, strlen(h));
	free(h);
	return plain(buf_take(&b));
}

static void
set_once(char **field, char *value)
{
	if (*field || !value)
		free(value);
	else
		*field = value;
}

static void
set_date(struct xmlfeed *x, enum field f, int64_t *slot, char *s)
{
	int64_t t;
	if (date_parse(s, &t) == 0 && (*slot == DATE_NONE || x->rank[f] <= 2)) {
		*slot = t;
		x->rank[f] = 2;
	}
	free(s);
}

static void
add_keywords(struct item *it, char *s)
{
	char *save = NULL;
	for (char *tok = strtok_r(s, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *k = plain(xstrdup(tok));
		if (k)
			item_add_category(it, k);
	}
	free(s);
}

static char *
link_value(struct capture *c, char *s)
{
	char *l = plain(s);
	char *abs = l ? url_join(c->base, l) : NULL;
	free(l);
	return abs;
}

/* An Atom id is an IRI: relative ones resolve against xml:base only. */
static char *
id_value(struct xmlfeed *x, struct capture *c, char *s)
{
	char *id = plain(s);
	const char *xb = c->depth <= XF_MAX_DEPTH ? x->bases[c->depth] : NULL;
	if (!id || c->el != EL_ID || !xb || url_has_scheme(id))
		return id;
	char *abs = url_join(xb, id);
	free(id);
	return abs;
}

static void
item_text_field(struct xmlfeed *x, struct capture *c, char *s, size_t n)
{
	struct item *it = &x->item;
	switch (c->el) {
	case EL_TITLE:
	case EL_DC_TITLE: set_field(x, F_TITLE, &it->title, title_value(c, s, n), 2); return;
	case EL_MEDIA_TITLE: set_field(x, F_TITLE, &it->title, title_value(c, s, n), 1); return;
	case EL_LINK:
		if (atom_format(x)) {
			char *href = plain(s);
			atom_link_to(x, href, c->rel, c->mime, NULL, true);
			free(href);
			return;
		}
		set_field(x, F_LINK, &it->link, link_value(c, s), 2);
		return;
	case EL_GUID: {
		char *g = plain(s);
		if (g && c->permalink && url_is_http(g)) {
			free(x->guid_link);
			x->guid_link = xstrdup(g);
		}
		set_field(x, F_ID, &it->id, g, 2);
		return;
	}
	case EL_ID: set_field(x, F_ID, &it->id, id_value(x, c, s), 2); return;
	case EL_PUBDATE:
	case EL_PUBLISHED:
	case EL_DCT_ISSUED: set_date(x, F_PUBLISHED, &it->published, s); return;
	case EL_UPDATED:
	case EL_DC_DATE:
	case EL_DCT_MODIFIED: set_date(x, F_UPDATED, &it->updated, s); return;
	case EL_AUTHOR:
	case EL_DC_CREATOR:
	case EL_ITUNES_AUTHOR: set_once(&it->author, author_name(s)); return;
	case EL_CATEGORY:
	case EL_DC_SUBJECT:
	case EL_MEDIA_CATEGORY: {
		char *t = plain(s);
		if (t)
			item_add_category(it, t);
		return;
	}
	case EL_KEYWORDS: add_keywords(it, s); return;
	case EL_SUMMARY:
		/* an RSS <summary> next to a description is the full text */
		if (c->type == TT_HTML && it->summary && c->kind == CAP_HTML && !x->atom_doc &&
		    !atom_format(x)) {
			set_field(x, F_CONTENT, &it->content, html_value(c, s, n), 2);
			return;
		}
		set_field(x, F_SUMMARY, &it->summary, html_value(c, s, n), 2);
		return;
	case EL_DESCRIPTION: set_field(x, F_SUMMARY, &it->summary, html_value(c, s, n), 2); return;
	case EL_DC_DESCRIPTION:
	case EL_ITUNES_SUMMARY: set_field(x, F_SUMMARY, &it->summary, html_value(c, s, n), 1); return;
	case EL_CONTENT_ENCODED:
	case EL_CONTENT:
	case EL_FULLITEM:
	case EL_XHTML_BODY: set_field(x, F_CONTENT, &it->content, html_value(c, s, n), 2); return;
	default: free(s); return;
	}
}

static int
period_minutes(const char *p)
{
	static const struct { const char *name; int minutes; } t[] = {
		{ "hourly", 60 }, { "daily", 1440 }, { "weekly", 10080 },
		{ "monthly", 43200 }, { "yearly", 525600 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		if (str_eq_ci(p, t[i].name))
			return t[i].minutes;
	return 0;
}

static void
feed_text_field(struct xmlfeed *x, struct capture *c, char *s, size_t n)
{
	struct feed_info *f = &x->feed;
	switch (c->el) {
	case EL_TITLE:
	case EL_DC_TITLE: set_once(&f->title, title_value(c, s, n)); return;
	case EL_LINK: {
		char *l = link_value(c, s);
		if (atom_format(x)) {
			atom_link_to(x, l, c->rel, c->mime, NULL, false);
			free(l);
		} else if (l) {
			/* repeated RSS links: the last one counts, as in feedparser */
			free(f->link);
			f->link = l;
		}
		return;
	}
	case EL_DESCRIPTION: set_once(&f->description, plain(s)); return;
	case EL_SUBTITLE: set_once(&f->description, title_value(c, s, n)); return;
	case EL_AUTHOR:
	case EL_DC_CREATOR: set_once(&x->feed_author, author_name(s)); return;
	case EL_TTL: x->ttl = atoi(s); break;
	case EL_SY_PERIOD: x->sy_period = period_minutes(str_trim(s)); break;
	case EL_SY_FREQUENCY: x->sy_frequency = atoi(s); break;
	default: break;
	}
	free(s);
}

void
xf_end_capture(struct xmlfeed *x)
{
	struct capture *c = &x->cap;
	size_t n = c->buf.len;
	char *s = xstrndup(buf_str(&c->buf), n);
	if (c->target == TO_BOX)
		set_once(c->el == EL_NAME ? &x->box_name : &x->box_email, plain(s));
	else if (c->target == TO_ITEM)
		item_text_field(x, c, s, n);
	else
		feed_text_field(x, c, s, n);
	c->kind = CAP_NONE;
	FREE_AND_NULL(c->base);
	FREE_AND_NULL(c->rel);
	FREE_AND_NULL(c->mime);
}

/* An Atom author box closed: its name (else its e-mail) is the author. */
static void
end_author_box(struct xmlfeed *x)
{
	char *who = x->box_name ? x->box_name : x->box_email;
	char *other = x->box_name ? x->box_email : NULL;
	x->box_name = x->box_email = NULL;
	free(other);
	if (x->at.contributor)
		free(who);
	else if (x->at.source)
		set_once(&x->source_author, who);
	else if (x->at.item)
		set_once(&x->item.author, who);
	else
		set_once(&x->feed_author, who);
	x->at.author_box = 0;
	x->at.contributor = false;
}

static void
finish_item(struct xmlfeed *x)
{
	struct item *it = &x->item;
	if (!it->link && x->guid_link) {
		it->link = x->guid_link;
		x->guid_link = NULL;
	}
	if (!it->author && atom_format(x))
		it->author = xstrdup_or_null(x->source_author ? x->source_author : x->feed_author);
	if (!x->stopped && x->sink.item && x->sink.item(x->sink.ctx, &x->feed, it) != 0)
		x->stopped = true;
	item_clear(it);
	FREE_AND_NULL(x->guid_link);
	FREE_AND_NULL(x->source_author);
	memset(x->rank, 0, sizeof x->rank);
	x->item_link_alt = false;
	x->at.item = 0;
	x->at.source = 0;
}

void
xf_end_container(struct xmlfeed *x)
{
	if (x->at.item && x->depth == x->at.item)
		finish_item(x);
	else if (x->at.source && x->depth == x->at.source)
		x->at.source = 0;
	else if (x->at.author_box && x->depth == x->at.author_box)
		end_author_box(x);
	else if (x->at.channel && x->depth == x->at.channel)
		x->at.channel = 0;
}

void
xf_finish_feed(struct xmlfeed *x)
{
	struct feed_info *f = &x->feed;
	if (x->ttl > 0)
		f->ttl_minutes = x->ttl;
	else if (x->sy_period > 0)
		f->ttl_minutes = x->sy_period / (x->sy_frequency > 0 ? x->sy_frequency : 1);
}
