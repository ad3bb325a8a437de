/* flow_links.c: numbered links, images and embedded media in a flow. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/flow_build.h"
#include "text/sanitize.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define LINK_TEXT_MAX 300

static uint64_t
link_hash(enum text_link_kind kind, const char *url)
{
	uint64_t h = 1469598103934665603ull ^ (uint64_t)kind;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	return h;
}

static void
rehash(struct flow_builder *b)
{
	free(b->slots);
	b->nslots = b->nslots ? 2 * b->nslots : 64;
	b->slots = xcalloc(b->nslots, sizeof *b->slots);
	const struct text_flow *f = b->f;
	for (size_t i = 0; i < f->nlinks; i++) {
		size_t s = link_hash(f->links[i].kind, f->links[i].url) & (b->nslots - 1);
		while (b->slots[s])
			s = (s + 1) & (b->nslots - 1);
		b->slots[s] = i + 1;
	}
}

/* One sanitized line of at most LINK_TEXT_MAX bytes, whitespace collapsed
 * (alt and title attributes come here straight from the page). */
static char *
link_text(const char *s, size_t n)
{
	struct buf t = BUF_INIT;
	text_sanitize_buf(&t, s, n, 0);
	char *c = str_collapse_ws(buf_take(&t));
	size_t len = strlen(c);
	if (len > LINK_TEXT_MAX) {
		len = utf8_valid_prefix(c, LINK_TEXT_MAX);
		c[len] = '\0';
	}
	return c;
}

int
fb_register(struct flow_builder *b, enum text_link_kind kind, const char *url,
	    const char *text, size_t text_len)
{
	struct text_flow *f = b->f;
	if (2 * (f->nlinks + 1) > b->nslots)
		rehash(b);
	size_t s = link_hash(kind, url) & (b->nslots - 1);
	while (b->slots[s]) {
		const struct text_link *l = &f->links[b->slots[s] - 1];
		if (l->kind == kind && strcmp(l->url, url) == 0)
			return l->n;
		s = (s + 1) & (b->nslots - 1);
	}
	if (f->nlinks == f->links_cap) {
		f->links_cap = f->links_cap ? 2 * f->links_cap : 32;
		f->links = xreallocarray(f->links, f->links_cap, sizeof *f->links);
	}
	struct text_link *l = &f->links[f->nlinks];
	l->n = (int)f->nlinks + 1;
	l->kind = kind;
	l->url = xstrdup(url);
	l->text = link_text(text, text_len);
	b->slots[s] = ++f->nlinks;
	return l->n;
}

/* The absolute, sanitized URL of an attribute value, or NULL when it leads
 * nowhere a reader can go (empty, in-page, script, inline data). */
static char *
usable_url(const struct flow_builder *b, const char *ref)
{
	if (!ref)
		return NULL;
	while (str_is_space((unsigned char)*ref))
		ref++;
	if (!*ref || *ref == '#' || str_starts_with_ci(ref, "javascript:") ||
	    str_starts_with_ci(ref, "data:") || str_starts_with_ci(ref, "about:"))
		return NULL;
	char *joined = url_join(b->base, ref);
	char *clean = text_sanitize(joined);
	free(joined);
	return clean;
}

/* The first URL of a srcset ("a.jpg 1x, b.jpg 2x"). */
static char *
srcset_first(const struct flow_builder *b, const char *set)
{
	if (!set)
		return NULL;
	while (str_is_space((unsigned char)*set) || *set == ',')
		set++;
	size_t n = 0;
	while (set[n] && !str_is_space((unsigned char)set[n]) && set[n] != ',')
		n++;
	if (n == 0)
		return NULL;
	char *one = xstrndup(set, n);
	char *url = usable_url(b, one);
	free(one);
	return url;
}

/* Lazy-loading pages keep the real picture in data-* attributes and put a
 * placeholder in src, so those are asked first. */
static char *
image_url(const struct flow_builder *b, xmlNode *n)
{
	static const char *const lazy[] = {
		"data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src",
	};
	char *url;
	for (size_t i = 0; i < sizeof lazy / sizeof lazy[0]; i++)
		if ((url = usable_url(b, html_attr(n, lazy[i]))) != NULL)
			return url;
	if ((url = usable_url(b, html_attr(n, "src"))) != NULL)
		return url;
	if ((url = srcset_first(b, html_attr(n, "srcset"))) != NULL)
		return url;
	return srcset_first(b, html_attr(n, "data-srcset"));
}

/* "[label N: text]" (or without the number or text when missing). */
static void
placeholder(struct flow_builder *b, const char *label, int num, const char *text)
{
	struct buf p = BUF_INIT;
	char *t = text ? text_sanitize(text) : NULL;
	if (t)
		str_collapse_ws(t);
	buf_printf(&p, "[%s", label);
	if (num)
		buf_printf(&p, " %d", num);
	if (t && *t)
		buf_printf(&p, ": %s", t);
	buf_putc(&p, ']');
	/* a placeholder is a word of its own */
	if (!fb_at_line_start(b))
		fb_put(b, " ", 1, b->style, 0);
	b->space = false;
	fb_put(b, p.data, p.len, (b->style & ~TEXT_LINK) | TEXT_IMAGE, num);
	buf_free(&p);
	free(t);
}

void
fb_image(struct flow_builder *b, xmlNode *n)
{
	if (b->flags & TEXT_NO_MARKERS)
		return;
	const char *alt = html_attr(n, "alt");
	if (!alt || !*alt)
		alt = html_attr(n, "title");
	char *url = image_url(b, n);
	if (!url && (!alt || str_blank(alt)))
		return;
	int num = url ? fb_register(b, TEXT_LINK_IMAGE, url, alt ? alt : "", alt ? strlen(alt) : 0) : 0;
	placeholder(b, _("image"), num, alt);
	free(url);
}

static char *
media_url(const struct flow_builder *b, xmlNode *n, enum html_tag t)
{
	if (t == TAG_OBJECT)
		return usable_url(b, html_attr(n, "data"));
	char *url = usable_url(b, html_attr(n, "src"));
	for (xmlNode *c = n->children; c && !url; c = c->next)
		if (html_tag(c) == TAG_SOURCE)
			url = usable_url(b, html_attr(c, "src"));
	return url;
}

void
fb_media(struct flow_builder *b, xmlNode *n, enum html_tag t)
{
	if ((b->flags & TEXT_NO_MARKERS) || html_is_hidden(n))
		return;
	char *url = media_url(b, n, t);
	if (!url)
		return;
	const char *title = html_attr(n, "title");
	if (!title)
		title = html_attr(n, "aria-label");
	const char *label = t == TAG_VIDEO ? _("video") : t == TAG_AUDIO ? _("audio") : _("embed");
	int num = fb_register(b, TEXT_LINK_MEDIA, url, title ? title : "", title ? strlen(title) : 0);
	placeholder(b, label, num, title);
	free(url);
}

void
fb_link_open(struct flow_builder *b, xmlNode *n)
{
	if (b->link_url)
		return; /* a link inside a link: the outer one wins */
	char *url = usable_url(b, html_attr(n, "href"));
	if (!url)
		return;
	b->link_url = url;
	b->link_run = b->f->nruns;
	b->link_text = b->f->text.len;
	b->style |= TEXT_LINK;
	b->stack[b->depth - 1].link_owner = true;
}

/* True when the link's text has something besides spaces and placeholders. */
static bool
has_words(const struct flow_builder *b)
{
	const struct text_flow *f = b->f;
	for (size_t r = b->link_run; r < f->nruns; r++) {
		if (f->runs[r].style & TEXT_IMAGE)
			continue;
		for (size_t i = 0; i < f->runs[r].len; i++)
			if (!str_is_space((unsigned char)f->text.data[f->runs[r].off + i]))
				return true;
	}
	return false;
}

void
fb_link_close(struct flow_builder *b)
{
	if (!b->link_url || !b->stack[b->depth - 1].link_owner)
		return;
	struct text_flow *f = b->f;
	bool words = has_words(b);
	bool image = false;
	for (size_t r = b->link_run; r < f->nruns; r++)
		image |= (f->runs[r].style & TEXT_IMAGE) != 0;
	if (words || image) {
		size_t from = b->link_text <= f->text.len ? b->link_text : f->text.len;
		int num = fb_register(b, TEXT_LINK_HREF, b->link_url, f->text.data + from,
				      f->text.len - from);
		for (size_t r = b->link_run; r < f->nruns; r++)
			if (f->runs[r].link == 0 && (f->runs[r].style & TEXT_LINK))
				f->runs[r].link = num;
		if (!(b->flags & TEXT_NO_MARKERS)) {
			char mark[24];
			int k = snprintf(mark, sizeof mark, "[%d]", num);
			b->space = false;
			fb_put(b, mark, (size_t)k, (b->style & ~TEXT_LINK) | TEXT_LINKNUM, num);
		}
	}
	FREE_AND_NULL(b->link_url);
}
