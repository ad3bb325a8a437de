/* readable_boxes.c: inside the article, drop the title repeated as a heading and the boxes
 * (share bars, author bios, "related" and newsletter boxes) that are not the story. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/str.h"
#include "util/xalloc.h"

#define BOX_MAX_TEXT 600
#define BOX_MAX_SHARE 0.3f

/* The lower-cased words of s (ASCII letters and digits and any non-ASCII
 * byte make words), as one string with single spaces. */
static char *
words(const char *s)
{
	struct buf b = BUF_INIT;
	bool in = false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		bool w = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
			 (*p >= 'A' && *p <= 'Z') || *p >= 0x80;
		if (w) {
			if (!in && b.len)
				buf_putc(&b, ' ');
			buf_putc(&b, (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p));
		}
		in = w;
	}
	return buf_take(&b);
}

static bool
has_word(const char *list, const char *w, size_t n)
{
	for (const char *p = list; (p = strstr(p, w)) != NULL; p++) {
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	}
	return false;
}

/* How much of b's text is words that a also has (0..1). */
static float
similarity(const char *a, const char *b)
{
	char *wa = words(a), *wb = words(b);
	size_t total = strlen(wb), unique = 0, seen = 0;
	for (char *p = wb; *p;) {
		size_t n = strcspn(p, " ");
		char save = p[n];
		p[n] = '\0';
		if (!has_word(wa, p, n))
			unique += n + (seen ? 1 : 0);
		seen++;
		p[n] = save;
		p += n + (save ? 1 : 0);
	}
	free(wa);
	free(wb);
	if (total == 0)
		return 0;
	return 1.0f - (float)unique / (float)total;
}

static bool
want_h1_h2(const xmlNode *n, const void *arg)
{
	(void)arg;
	return rd_info(n)->tag == TAG_H1 || rd_info(n)->tag == TAG_H2;
}

/* The article's title repeated as its first big heading. */
static void
drop_title_heading(xmlNode *article, const char *title, struct rd_list *l)
{
	if (!title || !*title)
		return;
	rd_collect(article, want_h1_h2, NULL, l);
	for (size_t i = 0; i < l->n; i++) {
		char *t = rd_text(l->v[i]);
		bool dup = *t && similarity(title, t) > 0.75f;
		free(t);
		if (dup) {
			rd_remove(l->v[i]);
			return;
		}
	}
}

struct box_arg {
	struct rd_ctx *ctx;
	unsigned article_text;
};

static bool
want_box(const xmlNode *n, const void *arg)
{
	const struct box_arg *a = arg;
	const struct rd_node *d = rd_info(n);
	switch (d->tag) {
	case TAG_DIV: case TAG_SECTION: case TAG_ASIDE: case TAG_UL: case TAG_OL:
	case TAG_P: case TAG_SPAN: case TAG_FOOTER: case TAG_HEADER: case TAG_OTHER:
		break;
	default:
		return false;
	}
	if (!html_attr(n, "class") && !html_attr(n, "id"))
		return false;
	if ((float)d->text > BOX_MAX_SHARE * (float)a->article_text)
		return false;
	if (d->text > BOX_MAX_TEXT && rd_link_density(n) < 0.35f)
		return false;
	const char *s = rd_class_id(a->ctx, n);
	return rd_hint_boilerplate(s);
}

/* A short paragraph that is mostly a link ("Related: ...", "Read more
 * ..."): a pointer to another page, not part of this one. */
static bool
want_link_paragraph(const xmlNode *n, const void *arg)
{
	(void)arg;
	const struct rd_node *d = rd_info(n);
	return d->tag == TAG_P && d->text < 200 && rd_link_density(n) > 0.7f &&
	       !rd_has_ancestor(n, TAG_LI, 0) && !rd_has_ancestor(n, TAG_TD, 0);
}

/* A list of short links (tags, "more about", related headlines): every
 * item is little more than a link. */
static bool
want_link_list(const xmlNode *n, const void *arg)
{
	(void)arg;
	const struct rd_node *d = rd_info(n);
	if ((d->tag != TAG_UL && d->tag != TAG_OL) || d->n_li == 0)
		return false;
	return rd_link_density(n) > 0.5f && d->text / d->n_li < 40;
}

/* A block that only says it holds an advertisement (the ad itself is
 * gone): the label in the languages most pages are written in. */
static bool
want_ad_label(const xmlNode *n, const void *arg)
{
	static const char *const labels[] = {
		"advertisement", "advertising", "ad", "sponsored", "anzeige", "werbung",
		"publicit\xc3\xa9", "publicidad", "pubblicit\xc3\xa0", "reklama", "reclame", NULL,
	};
	(void)arg;
	const struct rd_node *d = rd_info(n);
	if (d->text == 0 || d->text > 20 || !(html_kind(d->tag) & HK_BLOCK))
		return false;
	char *t = rd_text(n);
	for (char *p = t; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	bool ad = false;
	for (const char *const *l = labels; *l && !ad; l++)
		ad = strcmp(t, *l) == 0;
	free(t);
	return ad;
}

void
rd_clean_boxes(struct rd_ctx *ctx, xmlNode *article, const char *title, struct rd_list *l)
{
	drop_title_heading(article, title, l);
	if (!(ctx->flags & RD_STRIP_UNLIKELY))
		return;
	struct box_arg a = { ctx, rd_info(article)->text };
	rd_collect(article, want_box, &a, l);
	rd_remove_all(article, l);
	rd_collect(article, want_link_paragraph, NULL, l);
	rd_remove_all(article, l);
	rd_collect(article, want_link_list, NULL, l);
	rd_remove_all(article, l);
	rd_collect(article, want_ad_label, NULL, l);
	rd_remove_all(article, l);
}
