/* readable_score.c: score paragraphs, let their ancestors collect it, pick the article's node. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/str.h"
#include "util/xalloc.h"

#define TOP_N 5
#define MIN_PARAGRAPH 25
#define ANCESTOR_LEVELS 5

struct candidates {
	xmlNode **v;
	size_t n, cap;
};

static int
tag_score(enum html_tag t)
{
	switch (t) {
	case TAG_DIV: return 5;
	case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE: return 3;
	case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD: case TAG_DT:
	case TAG_LI: case TAG_FORM: return -3;
	case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
	case TAG_TH: return -5;
	default: return 0;
	}
}

static void
make_candidate(struct rd_ctx *ctx, struct candidates *c, xmlNode *n)
{
	struct rd_node *d = rd_info(n);
	if (d->scored)
		return;
	d->scored = true;
	d->score = (float)(tag_score(d->tag) + rd_class_weight(ctx, n));
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n++] = n;
}

/* Give a paragraph's score to the ancestors from parent up: all of it to
 * the parent, half to the grandparent, a third of the level above ... */
static void
spread(struct rd_ctx *ctx, struct candidates *c, xmlNode *parent, unsigned text, unsigned commas)
{
	if (text < MIN_PARAGRAPH)
		return;
	float score = 1.0f + (float)commas + (float)(text / 100 < 3 ? text / 100 : 3);
	int level = 0;
	for (xmlNode *a = parent; a && level < ANCESTOR_LEVELS; a = a->parent, level++) {
		if (a->type != XML_ELEMENT_NODE || !rd_info(a) || !a->parent ||
		    a->parent->type != XML_ELEMENT_NODE)
			break;
		make_candidate(ctx, c, a);
		float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
		rd_info(a)->score += score / div;
	}
}

static bool
is_phrasing(const xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		return true;
	if (n->type != XML_ELEMENT_NODE)
		return false;
	enum html_tag t = rd_info(n) ? rd_info(n)->tag : html_tag(n);
	return t == TAG_OTHER || (html_kind(t) & HK_PHRASING) || (html_kind(t) & HK_MEDIA);
}

/* A br followed (past whitespace) by another br: a paragraph break. */
static bool
double_br(const xmlNode *n)
{
	if (!rd_is_element(n, TAG_BR))
		return false;
	for (const xmlNode *s = n->next; s; s = s->next) {
		if (s->type == XML_TEXT_NODE && str_blank((const char *)s->content))
			continue;
		return rd_is_element(s, TAG_BR);
	}
	return false;
}

static void
count_node(const xmlNode *n, unsigned *text, unsigned *commas)
{
	if (n->type == XML_ELEMENT_NODE && rd_info(n)) {
		*text += rd_info(n)->text;
		*commas += rd_info(n)->commas;
	} else if (n->type == XML_TEXT_NODE && n->content) {
		for (const unsigned char *p = n->content; *p; p++) {
			*text += (*p & 0xC0) != 0x80 && !str_is_space(*p);
			*commas += *p == ',';
		}
	}
}

/* Runs of inline content directly inside n, cut at double line breaks,
 * each scored as a paragraph whose parent is n. */
static void
score_runs(struct rd_ctx *ctx, struct candidates *c, xmlNode *n)
{
	unsigned text = 0, commas = 0;
	for (xmlNode *k = n->children; k; k = k->next) {
		if (is_phrasing(k) && !double_br(k)) {
			count_node(k, &text, &commas);
			continue;
		}
		spread(ctx, c, n, text, commas);
		text = commas = 0;
		if (double_br(k))
			while (k->next && (rd_is_element(k->next, TAG_BR) ||
					   (k->next->type == XML_TEXT_NODE &&
					    str_blank((const char *)k->next->content))))
				k = k->next;
	}
	spread(ctx, c, n, text, commas);
}

static bool
has_double_br(const xmlNode *n)
{
	for (const xmlNode *k = n->children; k; k = k->next)
		if (double_br(k))
			return true;
	return false;
}

/* A div holding just one paragraph counts as that paragraph. */
static xmlNode *
scoring_parent(xmlNode *p)
{
	xmlNode *par = p->parent;
	if (!rd_is_element(par, TAG_DIV) || rd_element_children(par) != 1 || !par->parent)
		return par;
	for (xmlNode *k = par->children; k; k = k->next)
		if (k->type == XML_TEXT_NODE && !str_blank((const char *)k->content))
			return par;
	return rd_link_density(par) < 0.25f ? par->parent : par;
}

static void
score_element(struct rd_ctx *ctx, struct candidates *c, xmlNode *n)
{
	struct rd_node *d = rd_info(n);
	switch (d->tag) {
	case TAG_P: case TAG_PRE: case TAG_TD: case TAG_SECTION:
	case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
		if (has_double_br(n))
			score_runs(ctx, c, n);
		else if (n->parent && n->parent->type == XML_ELEMENT_NODE)
			spread(ctx, c, d->tag == TAG_P ? scoring_parent(n) : n->parent, d->text, d->commas);
		return;
	case TAG_DIV:
		if (!d->block_desc && !has_double_br(n)) {
			if (n->parent && n->parent->type == XML_ELEMENT_NODE)
				spread(ctx, c, n->parent, d->text, d->commas);
		} else {
			score_runs(ctx, c, n);
		}
		return;
	default:
		if (!is_phrasing(n) && has_double_br(n))
			score_runs(ctx, c, n);
		return;
	}
}

/* Every element below body, in document order. */
static void
score_all(struct rd_ctx *ctx, struct candidates *c, xmlNode *body)
{
	xmlNode *n = body;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && rd_info(n))
			score_element(ctx, c, n);
		n = html_next(n, body, true);
	}
}

static void
top_candidates(struct candidates *c, xmlNode **top, size_t *ntop)
{
	*ntop = 0;
	for (size_t i = 0; i < c->n; i++) {
		xmlNode *n = c->v[i];
		struct rd_node *d = rd_info(n);
		d->score *= 1.0f - rd_link_density(n);
		size_t k = *ntop < TOP_N ? (*ntop)++ : TOP_N;
		if (k == TOP_N && rd_info(top[TOP_N - 1])->score >= d->score)
			continue;
		if (k == TOP_N)
			k = TOP_N - 1;
		while (k > 0 && rd_info(top[k - 1])->score < d->score) {
			top[k] = top[k - 1];
			k--;
		}
		top[k] = n;
	}
}

static bool
is_ancestor(const xmlNode *a, const xmlNode *n)
{
	for (const xmlNode *p = n->parent; p; p = p->parent)
		if (p == a)
			return true;
	return false;
}

/* When several strong candidates sit under one ancestor, the article is
 * that ancestor (a page that splits its text into sibling blocks). */
static xmlNode *
common_ancestor(xmlNode *best, xmlNode **top, size_t ntop, xmlNode *body)
{
	float score = rd_info(best)->score;
	for (xmlNode *p = best->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
		int lists = 0;
		for (size_t i = 1; i < ntop; i++)
			if (rd_info(top[i])->score / score >= 0.75f && is_ancestor(p, top[i]))
				lists++;
		if (lists >= 3)
			return p;
	}
	return best;
}

/* p holds much more than n, and what it adds is more link-heavy. */
static bool
mostly_other(const xmlNode *n, const xmlNode *p)
{
	const struct rd_node *d = rd_info(n), *pd = rd_info(p);
	return (float)d->text < 0.5f * (float)pd->text &&
	       rd_link_density(p) > rd_link_density(n) + 0.05f;
}

/* Climb while the parent scores about as well: the article is often split
 * across the candidate and its siblings. */
static xmlNode *
climb(struct rd_ctx *ctx, struct candidates *c, xmlNode *best, xmlNode *body)
{
	if (!rd_info(best)->scored)
		make_candidate(ctx, c, best);
	float last = rd_info(best)->score, threshold = last / 3;
	for (xmlNode *p = best->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (!rd_info(p) || !rd_info(p)->scored)
			continue;
		float s = rd_info(p)->score;
		if (s < threshold)
			break;
		if (s > last) {
			/* not into a page section where the story is a small part
			 * among more links (a story inside "latest news") */
			if (!mostly_other(best, p))
				best = p;
			break;
		}
		last = s;
	}
	while (best->parent && best->parent != body && best->parent->type == XML_ELEMENT_NODE &&
	       rd_element_children(best->parent) == 1)
		best = best->parent;
	if (!rd_info(best)->scored)
		make_candidate(ctx, c, best);
	return best;
}

xmlNode *
rd_grab(struct rd_ctx *ctx, xmlNode *body)
{
	struct candidates c = { NULL, 0, 0 };
	score_all(ctx, &c, body);
	xmlNode *top[TOP_N];
	size_t ntop;
	top_candidates(&c, top, &ntop);
	xmlNode *best = ntop ? top[0] : NULL;
	xmlNode *article;
#ifdef READABLE_TRACE
	/* build with -DREADABLE_TRACE to see why a page came out as it did */
	for (size_t i = 0; i < ntop; i++)
		fprintf(stderr, "top %zu: <%s class=\"%s\" id=\"%s\"> score %.1f text %u ld %.2f\n", i,
			top[i]->name, html_attr(top[i], "class"), html_attr(top[i], "id"),
			rd_info(top[i])->score, rd_info(top[i])->text, rd_link_density(top[i]));
#endif
	if (!best || best == body || rd_info(best)->tag == TAG_BODY) {
		article = rd_gather(ctx, NULL);
		for (xmlNode *k = body->children, *next; k; k = next) {
			next = k->next;
			xmlUnlinkNode(k);
			xmlAddChild(article, k);
		}
	} else {
		best = common_ancestor(best, top, ntop, body);
		best = climb(ctx, &c, best, body);
#ifdef READABLE_TRACE
		fprintf(stderr, "chosen: <%s class=\"%s\" id=\"%s\"> score %.1f\n", best->name,
			html_attr(best, "class"), html_attr(best, "id"), rd_info(best)->score);
#endif
		article = rd_gather(ctx, best);
	}
	free(c.v);
	return article;
}
