/* readable_stats.c: how much text, link text and structure each element holds, kept current. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/str.h"
#include "util/xalloc.h"

bool
rd_is_element(const xmlNode *n, enum html_tag t)
{
	return n && n->type == XML_ELEMENT_NODE && rd_info(n) && rd_info(n)->tag == t;
}

xmlNode *
rd_first_element(const xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

xmlNode *
rd_next_element(const xmlNode *n)
{
	for (xmlNode *c = n->next; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

size_t
rd_element_children(const xmlNode *n)
{
	size_t k = 0;
	for (xmlNode *c = n->children; c; c = c->next)
		k += c->type == XML_ELEMENT_NODE;
	return k;
}

bool
rd_has_ancestor(const xmlNode *n, enum html_tag t, int max_depth)
{
	int depth = 0;
	for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (max_depth > 0 && ++depth > max_depth)
			return false;
		if (rd_info(p) && rd_info(p)->tag == t)
			return true;
	}
	return false;
}

/* Characters of a text node, each run of whitespace counted once (not at
 * its start), and its commas (Latin, Arabic, CJK and small forms). */
static void
count_text(const char *s, unsigned *chars, unsigned *commas)
{
	unsigned n = 0, c = 0;
	bool space = true;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (str_is_space(*p)) {
			if (!space)
				n++;
			space = true;
			continue;
		}
		space = false;
		if ((*p & 0xC0) != 0x80)
			n++;
		if (*p == ',')
			c++;
		else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) /* U+FF0C */
			c++;
		else if (p[0] == 0xD8 && p[1] == 0x8C) /* U+060C */
			c++;
		else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) /* U+3001 */
			c++;
	}
	*chars = n;
	*commas = c;
}

static void
add_counts(struct rd_node *to, const struct rd_node *from, float sign)
{
	to->text += (unsigned)((int)from->text * (int)sign);
	to->links += from->links * sign;
	to->commas += (unsigned)((int)from->commas * (int)sign);
	to->n_p += (unsigned)((int)from->n_p * (int)sign);
	to->n_img += (unsigned)((int)from->n_img * (int)sign);
	to->n_li += (unsigned)((int)from->n_li * (int)sign);
	to->n_input += (unsigned)((int)from->n_input * (int)sign);
	to->n_embed += (unsigned)((int)from->n_embed * (int)sign);
	to->n_heading_text += (unsigned)((int)from->n_heading_text * (int)sign);
	to->n_list_text += (unsigned)((int)from->n_list_text * (int)sign);
}

/* The elements that keep a div from being read as one paragraph. */
static bool
is_block(enum html_tag t)
{
	switch (t) {
	case TAG_BLOCKQUOTE: case TAG_DL: case TAG_DIV: case TAG_IMG: case TAG_OL:
	case TAG_P: case TAG_PRE: case TAG_TABLE: case TAG_UL:
		return true;
	default:
		return false;
	}
}

static void
reset_counts(struct rd_node *d)
{
	d->block_desc = false;
	d->text = d->commas = 0;
	d->links = 0;
	d->n_p = d->n_img = d->n_li = d->n_input = d->n_embed = 0;
	d->n_heading_text = d->n_list_text = 0;
}

/* The element's own part once its children are counted. */
static void
finish_counts(xmlNode *n, struct rd_node *d)
{
	switch (d->tag) {
	case TAG_A: {
		/* an anchor without a destination is text, not a link */
		const char *href = html_attr(n, "href");
		if (href && *href && strncmp(href, "javascript:", 11) != 0)
			d->links = (float)d->text * (href[0] == '#' ? 0.3f : 1.0f);
		break;
	}
	case TAG_P: d->n_p++; break;
	case TAG_IMG: d->n_img++; break;
	case TAG_LI: d->n_li++; break;
	case TAG_INPUT: case TAG_SELECT: case TAG_TEXTAREA: d->n_input++; break;
	case TAG_OBJECT: case TAG_EMBED: case TAG_IFRAME: d->n_embed++; break;
	case TAG_UL: case TAG_OL: d->n_list_text = d->text; break;
	default:
		if (html_heading_level(d->tag))
			d->n_heading_text = d->text;
		break;
	}
}

/* Post-order walk below root: children before parents, no recursion. */
static void
count_tree(xmlNode *root)
{
	xmlNode *n = root;
	for (;;) {
		if (n->type == XML_ELEMENT_NODE && rd_info(n))
			reset_counts(rd_info(n));
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		for (;;) {
			struct rd_node *pd = n->parent ? rd_info(n->parent) : NULL;
			if (n->type == XML_TEXT_NODE && n->content && n != root && pd) {
				unsigned chars, commas;
				count_text((const char *)n->content, &chars, &commas);
				pd->text += chars;
				pd->commas += commas;
			} else if (n->type == XML_ELEMENT_NODE && rd_info(n)) {
				finish_counts(n, rd_info(n));
				if (n != root && pd && n->parent->type == XML_ELEMENT_NODE) {
					add_counts(pd, rd_info(n), 1);
					pd->block_desc |= rd_info(n)->block_desc || is_block(rd_info(n)->tag);
				}
			}
			if (n == root)
				return;
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

void
rd_stats_init(struct rd_ctx *ctx, xmlNode *root)
{
	size_t count = 0;
	for (xmlNode *n = root; n;) {
		if (n->type == XML_ELEMENT_NODE)
			count++;
		n = html_next(n, root, true);
	}
	ctx->nnodes = count + 1; /* one spare for the article's container */
	ctx->nodes = xcalloc(ctx->nnodes, sizeof *ctx->nodes);
	size_t i = 0;
	for (xmlNode *n = root; n;) {
		if (n->type == XML_ELEMENT_NODE) {
			ctx->nodes[i].tag = html_tag(n);
			n->_private = &ctx->nodes[i++];
		}
		n = html_next(n, root, true);
	}
	count_tree(root);
}

void
rd_stats_update(xmlNode *root)
{
	if (rd_info(root))
		count_tree(root);
}

void
rd_remove(xmlNode *n)
{
	if (n->type == XML_ELEMENT_NODE && rd_info(n)) {
		bool in_link = rd_has_ancestor(n, TAG_A, 0);
		for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
			struct rd_node *pd = rd_info(p);
			if (!pd)
				break;
			float links = rd_info(n)->links;
			add_counts(pd, rd_info(n), -1);
			if (in_link) /* the link's text went, so did its link text */
				pd->links -= (float)rd_info(n)->text - links;
			if (pd->links < 0)
				pd->links = 0;
		}
	} else if (n->type == XML_TEXT_NODE && n->content && n->parent && rd_info(n->parent)) {
		unsigned chars, commas;
		count_text((const char *)n->content, &chars, &commas);
		for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && rd_info(p); p = p->parent) {
			rd_info(p)->text -= chars < rd_info(p)->text ? chars : rd_info(p)->text;
			rd_info(p)->commas -= commas < rd_info(p)->commas ? commas : rd_info(p)->commas;
		}
	}
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

float
rd_link_density(const xmlNode *n)
{
	const struct rd_node *d = rd_info(n);
	if (!d || d->text == 0)
		return 0;
	float ld = d->links / (float)d->text;
	return ld > 1 ? 1 : ld;
}

char *
rd_text(const xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *s = xstrdup(c ? (const char *)c : "");
	xmlFree(c);
	return str_collapse_ws(s);
}

void
rd_collect(xmlNode *root, bool (*want)(const xmlNode *, const void *), const void *arg,
	   struct rd_list *out)
{
	out->n = 0;
	xmlNode *n = root->children;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && rd_info(n) && want(n, arg)) {
			if (out->n == out->cap) {
				out->cap = out->cap ? 2 * out->cap : 64;
				out->v = xreallocarray(out->v, out->cap, sizeof *out->v);
			}
			out->v[out->n++] = n;
		}
		n = html_next(n, root, true);
	}
}
