/* readable_clean.c: take the boxes that are not the story out of the chosen article. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/str.h"
#include "util/xalloc.h"

#define SHARE_MAX_TEXT 500

static bool
want_tag(const xmlNode *n, const void *arg)
{
	return rd_info(n)->tag == *(const enum html_tag *)arg;
}

/* A table of data (kept whole) rather than one that lays out the page. */
static bool
is_data_table(const xmlNode *t)
{
	const char *role = html_attr(t, "role");
	if (role && strcmp(role, "presentation") == 0)
		return false;
	const char *dt = html_attr(t, "datatable");
	if (dt && strcmp(dt, "0") == 0)
		return false;
	if (html_attr(t, "summary"))
		return true;
	size_t rows = 0, cols = 0;
	xmlNode *n = t->children;
	while (n) {
		enum html_tag g = rd_info(n) ? rd_info(n)->tag : TAG_OTHER;
		if (n->type == XML_ELEMENT_NODE) {
			if ((g == TAG_CAPTION && rd_info(n)->text > 0) || g == TAG_THEAD ||
			    g == TAG_TFOOT || g == TAG_COLGROUP || g == TAG_COL || g == TAG_TH)
				return true;
			if (g == TAG_TABLE)
				return false;
			if (g == TAG_TR) {
				rows++;
				size_t c = 0;
				for (xmlNode *k = n->children; k; k = k->next) {
					if (rd_is_element(k, TAG_TD)) {
						const char *span = html_attr(k, "colspan");
						long s = span ? strtol(span, NULL, 10) : 1;
						c += s > 0 && s < 1000 ? (size_t)s : 1;
					}
				}
				cols = c > cols ? c : cols;
			}
		}
		n = html_next(n, t, g != TAG_TR);
	}
	return rows >= 10 || cols > 4 || rows * cols > 10;
}

static void
mark_data_tables(xmlNode *article, struct rd_list *l)
{
	enum html_tag t = TAG_TABLE;
	rd_collect(article, want_tag, &t, l);
	for (size_t i = 0; i < l->n; i++)
		rd_info(l->v[i])->data_table = is_data_table(l->v[i]);
}

static bool
in_data_table(const xmlNode *n)
{
	for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && rd_info(p); p = p->parent)
		if (rd_info(p)->tag == TAG_TABLE && rd_info(p)->data_table)
			return true;
	return false;
}

/* A list of pictures (a gallery) is content even with no text. */
static bool
is_gallery(const xmlNode *n)
{
	for (xmlNode *k = n->children; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE && rd_element_children(k) > 1)
			return false;
	return rd_info(n)->n_img == rd_info(n)->n_li && rd_info(n)->n_li > 0;
}

/* The rules for a block that may be clutter: too many pictures for its
 * text, more items than paragraphs, forms, mostly links, or an embed. */
static bool
looks_like_clutter(struct rd_ctx *ctx, xmlNode *n)
{
	const struct rd_node *d = rd_info(n);
	int weight = rd_class_weight(ctx, n);
	if (weight < 0)
		return true;
	if (d->commas >= 10)
		return false;
	bool list = d->tag == TAG_UL || d->tag == TAG_OL ||
		    (d->text > 0 && (float)d->n_list_text / (float)d->text > 0.9f);
	unsigned p = d->n_p - (d->tag == TAG_P), img = d->n_img, input = d->n_input;
	long li = (long)d->n_li - 100;
	float heading = d->text ? (float)d->n_heading_text / (float)d->text : 0;
	float ld = rd_link_density(n);
	bool figure = rd_has_ancestor(n, TAG_FIGURE, 0);
	bool remove =
		(img > 1 && (float)p / (float)img < 0.5f && !figure) ||
		(!list && li > (long)p) ||
		(input > p / 3) ||
		(!list && heading < 0.9f && d->text < 25 && (img == 0 || img > 2) && !figure) ||
		(!list && weight < 25 && ld > 0.2f) ||
		(weight >= 25 && ld > 0.5f) ||
		(d->n_embed == 1 && d->text < 75) || d->n_embed > 1;
	if (remove && list && is_gallery(n))
		return false;
	return remove;
}

static void
clean_conditionally(struct rd_ctx *ctx, xmlNode *article, enum html_tag t, struct rd_list *l)
{
	if (!(ctx->flags & RD_CLEAN_CONDITIONALLY))
		return;
	rd_collect(article, want_tag, &t, l);
	/* last first: a parent is judged after its children went */
	for (size_t i = l->n; i-- > 0;) {
		xmlNode *n = l->v[i];
		if ((t == TAG_TABLE && rd_info(n)->data_table) || in_data_table(n) ||
		    rd_has_ancestor(n, TAG_CODE, 0))
			continue;
		if (looks_like_clutter(ctx, n))
			rd_remove(n);
	}
}

static bool
want_remove_always(const xmlNode *n, const void *arg)
{
	(void)arg;
	switch (rd_info(n)->tag) {
	case TAG_OBJECT: case TAG_EMBED: case TAG_FOOTER: case TAG_LINK: case TAG_ASIDE:
	case TAG_IFRAME: case TAG_INPUT: case TAG_TEXTAREA: case TAG_SELECT: case TAG_BUTTON:
		return true;
	default:
		return false;
	}
}

void
rd_remove_all(xmlNode *article, struct rd_list *l)
{
	for (size_t i = l->n; i-- > 0;) {
		bool attached = false;
		for (xmlNode *p = l->v[i]; p; p = p->parent)
			if (p == article) {
				attached = true;
				break;
			}
		if (attached)
			rd_remove(l->v[i]);
	}
}

struct share_arg {
	struct rd_ctx *ctx;
};

static bool
want_share(const xmlNode *n, const void *arg)
{
	const struct share_arg *a = arg;
	if (!html_attr(n, "class") && !html_attr(n, "id"))
		return false;
	return rd_info(n)->text < SHARE_MAX_TEXT && rd_hint_share(rd_class_id(a->ctx, n));
}

static bool
want_bad_header(const xmlNode *n, const void *arg)
{
	struct rd_ctx *ctx = (struct rd_ctx *)arg;
	enum html_tag t = rd_info(n)->tag;
	return (t == TAG_H1 || t == TAG_H2) && rd_class_weight(ctx, (xmlNode *)n) < 0;
}

static bool
want_empty_p(const xmlNode *n, const void *arg)
{
	(void)arg;
	const struct rd_node *d = rd_info(n);
	return d->tag == TAG_P && d->text == 0 && d->n_img == 0 && d->n_embed == 0;
}

void
rd_clean(struct rd_ctx *ctx, xmlNode *article, const char *title)
{
	struct rd_list l = { NULL, 0, 0 };
	/* counted once here; rd_remove keeps the counts current after */
	rd_stats_update(article);
	mark_data_tables(article, &l);
	enum html_tag forms[] = { TAG_FORM, TAG_FIELDSET };
	for (size_t i = 0; i < 2; i++)
		clean_conditionally(ctx, article, forms[i], &l);
	rd_collect(article, want_remove_always, NULL, &l);
	rd_remove_all(article, &l);
	struct share_arg sa = { ctx };
	for (xmlNode *top = rd_first_element(article); top; top = rd_next_element(top)) {
		rd_collect(top, want_share, &sa, &l);
		rd_remove_all(top, &l);
	}
	rd_collect(article, want_bad_header, ctx, &l);
	rd_remove_all(article, &l);
	enum html_tag cond[] = { TAG_TABLE, TAG_UL, TAG_DIV };
	for (size_t i = 0; i < 3; i++)
		clean_conditionally(ctx, article, cond[i], &l);
	rd_collect(article, want_empty_p, NULL, &l);
	rd_remove_all(article, &l);
	rd_clean_boxes(ctx, article, title, &l);
	rd_trim_edges(ctx, article);
	free(l.v);
}
