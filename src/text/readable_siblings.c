/* readable_siblings.c: the article is its best node plus the siblings that read like it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/readable_int.h"
#include "util/xalloc.h"

/* A short paragraph that reads as prose: a sentence ends in it. */
static bool
has_sentence(const xmlNode *n)
{
	char *t = rd_text(n);
	size_t len = strlen(t);
	bool yes = strstr(t, ". ") || (len > 0 && t[len - 1] == '.');
	free(t);
	return yes;
}

static bool
same_class(const xmlNode *a, const xmlNode *b)
{
	const char *ca = html_attr(a, "class"), *cb = html_attr(b, "class");
	return ca && cb && *ca && strcmp(ca, cb) == 0;
}

static bool
belongs(const xmlNode *sib, const xmlNode *best)
{
	const struct rd_node *d = rd_info(sib), *bd = rd_info(best);
	if (!d)
		return false;
	float threshold = bd->score * 0.2f > 10 ? bd->score * 0.2f : 10;
	float bonus = same_class(sib, best) ? bd->score * 0.2f : 0;
	if (d->scored && d->score + bonus >= threshold)
		return true;
	if (d->tag != TAG_P)
		return false;
	float ld = rd_link_density(sib);
	if (d->text > 80)
		return ld < 0.25f;
	return d->text > 0 && ld == 0 && has_sentence(sib);
}

/* A new element (with an rd_node from the spare slots) for the article. */
static xmlNode *
new_container(struct rd_ctx *ctx)
{
	xmlNode *div = xmlNewDocNode(ctx->doc, NULL, (const xmlChar *)"div", NULL);
	struct rd_node *d = &ctx->nodes[ctx->nnodes - 1];
	memset(d, 0, sizeof *d);
	d->tag = TAG_DIV;
	div->_private = d;
	return div;
}

xmlNode *
rd_gather(struct rd_ctx *ctx, xmlNode *best)
{
	xmlNode *article = new_container(ctx);
	if (!best)
		return article;
	xmlNode *parent = best->parent;
	if (!parent || parent->type != XML_ELEMENT_NODE) {
		xmlUnlinkNode(best);
		xmlAddChild(article, best);
		return article;
	}
	for (xmlNode *sib = parent->children, *next; sib; sib = next) {
		next = sib->next;
		if (sib->type != XML_ELEMENT_NODE || (sib != best && !belongs(sib, best)))
			continue;
		xmlUnlinkNode(sib);
		xmlAddChild(article, sib);
	}
	return article;
}
