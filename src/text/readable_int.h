/* readable_int.h: what the parts of the article extractor share (private to src/text). */
#ifndef TIDINGS_READABLE_INT_H
#define TIDINGS_READABLE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "text/html.h"
#include "text/readable.h"

/* Passes run with all flags first; a page whose result is too short is
 * tried again with fewer (as pages that break one rule still have an article). */
enum rd_flags {
	RD_STRIP_UNLIKELY = 1u << 0,  /* remove nodes whose class/id say boilerplate */
	RD_WEIGHT_CLASSES = 1u << 1,  /* class/id hints change scores */
	RD_CLEAN_CONDITIONALLY = 1u << 2, /* drop link-heavy, short, odd blocks in the article */
	RD_ALL = RD_STRIP_UNLIKELY | RD_WEIGHT_CLASSES | RD_CLEAN_CONDITIONALLY,
};

/* What the extractor knows about one element (reached through _private). */
struct rd_node {
	float score;
	unsigned text;      /* characters of text, whitespace runs counted once */
	float links;        /* characters inside links (in-page links weigh 0.3) */
	unsigned commas;
	unsigned n_p, n_img, n_li, n_input, n_embed, n_heading_text;
	unsigned n_list_text; /* characters inside li */
	short weight;       /* class/id weight, computed once */
	bool scored;        /* a candidate: score is set */
	bool weighed;       /* weight is computed */
	bool data_table;
	bool block_desc;    /* a block element (div, p, list, table, img ...) below */
	enum html_tag tag;
};

struct rd_ctx {
	xmlDoc *doc;
	unsigned flags;
	struct rd_node *nodes;     /* one per element in document order, the last one spare */
	size_t nnodes;
	struct buf scratch;        /* class + " " + id, lower-cased */
	char *byline;              /* text of the byline element prep removed; owned */
};

static inline struct rd_node *
rd_info(const xmlNode *n)
{
	return (struct rd_node *)n->_private;
}

/* --- readable_hints.c: what class and id attributes say --- */
/* Lower-cased class and id of n, joined by a space (in ctx->scratch). */
const char *rd_class_id(struct rd_ctx *ctx, const xmlNode *n);
bool rd_hint_unlikely(const char *s);
bool rd_hint_maybe(const char *s);
bool rd_hint_positive(const char *s);
bool rd_hint_negative(const char *s);
bool rd_hint_share(const char *s);
bool rd_hint_boilerplate(const char *s);
/* -25..+25 per attribute from the class and id words (0 without RD_WEIGHT_CLASSES). */
int rd_class_weight(struct rd_ctx *ctx, xmlNode *n);
/* ARIA roles of things that are not the article (navigation, dialog ...). */
bool rd_role_unlikely(const xmlNode *n);

/* --- readable_stats.c: text counts per element --- */
/* Give every element an rd_node and count text bottom-up. */
void rd_stats_init(struct rd_ctx *ctx, xmlNode *root);
/* Count again below root (after the tree changed). */
void rd_stats_update(xmlNode *root);
/* Remove n from the tree, taking its counts off its ancestors; frees it. */
void rd_remove(xmlNode *n);
float rd_link_density(const xmlNode *n);
bool rd_has_ancestor(const xmlNode *n, enum html_tag t, int max_depth);
bool rd_is_element(const xmlNode *n, enum html_tag t);
/* The first element child, the next element sibling. */
xmlNode *rd_first_element(const xmlNode *n);
xmlNode *rd_next_element(const xmlNode *n);
size_t rd_element_children(const xmlNode *n);
/* Text of n, whitespace collapsed and trimmed (caller frees). */
char *rd_text(const xmlNode *n);

/* A list of elements found by rd_collect (reused; free v when done). */
struct rd_list {
	xmlNode **v;
	size_t n, cap;
};
/* The elements below root (root excluded) that want says yes to, in
 * document order. */
void rd_collect(xmlNode *root, bool (*want)(const xmlNode *, const void *), const void *arg,
		struct rd_list *out);
/* Remove the listed elements still below root (a removed ancestor may
 * have taken some along), last first. */
void rd_remove_all(xmlNode *root, struct rd_list *l);

/* --- readable_prep.c: the page before scoring --- */
void rd_prep(struct rd_ctx *ctx, xmlNode *body);

/* --- readable_score.c: finding the article's node --- */
/* Score paragraphs and return a new element holding the article (its
 * top node and the siblings that belong with it), or NULL. */
xmlNode *rd_grab(struct rd_ctx *ctx, xmlNode *body);
/* readable_siblings.c: a new element holding best and the siblings that
 * belong with it (an empty one when best is NULL). */
xmlNode *rd_gather(struct rd_ctx *ctx, xmlNode *best);

/* --- readable_clean.c: the article before output --- */
void rd_clean(struct rd_ctx *ctx, xmlNode *article, const char *title);

/* --- readable_boxes.c: boxes inside the article that are not the story --- */
void rd_clean_boxes(struct rd_ctx *ctx, xmlNode *article, const char *title, struct rd_list *l);

/* --- readable_edges.c: link lists and labels before and after the story --- */
void rd_trim_edges(struct rd_ctx *ctx, xmlNode *article);

/* --- readable_meta.c: title, byline, date, site name --- */
void rd_meta(xmlDoc *doc, struct article *a);
/* s sanitized on one line, whitespace collapsed; NULL when nothing is left.
 * Caller frees. */
char *rd_clean_line(const char *s);

#endif
