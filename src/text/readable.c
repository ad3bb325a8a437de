/* readable.c: find a page's article: parse once, prepare, score, clean; retry with gentler
 * rules when the result is short; decide whether the page has an article at all. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/flow.h"
#include "text/readable_int.h"
#include "text/readable_out.h"
#include "util/xalloc.h"

/* An article shorter than this is tried again with fewer rules. */
#define ENOUGH_TEXT 500
/* Below this a short result must be most of the page to count. */
#define SHORT_ARTICLE 200

/* One try at the page under one set of rules. */
struct attempt {
	xmlDoc *doc;
	xmlNode *article;       /* not in the document's tree: freed on its own */
	struct rd_node *nodes;
	unsigned text;          /* characters in the article */
	unsigned page_text;     /* characters in the page (after preparation) */
	char *byline;           /* the page's byline element, when it had one */
	float link_density;
};

static void
attempt_free(struct attempt *t)
{
	if (t->article)
		xmlFreeNode(t->article);
	if (t->doc)
		xmlFreeDoc(t->doc);
	free(t->nodes);
	free(t->byline);
	memset(t, 0, sizeof *t);
}

static xmlNode *
find_body(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return NULL;
	for (xmlNode *n = root->children; n; n = n->next)
		if (html_tag(n) == TAG_BODY)
			return n;
	return root;
}

/* The page's bytes as they came, to parse again. */
struct page_src {
	const char *html;
	size_t len;
	const char *charset; /* the HTTP header's; NULL: none */
};

/* doc: the page already parsed, or NULL to parse it again (the rules
 * change the tree, so each try needs its own). */
static bool
try_rules(struct attempt *t, xmlDoc *doc, const struct page_src *src, unsigned flags,
	  const char *title)
{
	memset(t, 0, sizeof *t);
	t->doc = doc ? doc : html_parse_as(src->html, src->len, src->charset);
	xmlNode *body = t->doc ? find_body(t->doc) : NULL;
	if (!body)
		return false;
	struct rd_ctx ctx = { t->doc, flags, NULL, 0, BUF_INIT, NULL };
	rd_prep(&ctx, body);
	rd_stats_init(&ctx, body);
	t->nodes = ctx.nodes;
	t->page_text = rd_info(body)->text;
	t->article = rd_grab(&ctx, body);
	rd_clean(&ctx, t->article, title);
	t->text = rd_info(t->article)->text;
	t->link_density = rd_link_density(t->article);
	t->byline = ctx.byline;
	buf_free(&ctx.scratch);
	return true;
}

/* The rules from strictest to gentlest; the first long enough result wins,
 * else the longest. */
static bool
best_attempt(struct attempt *best, xmlDoc *doc, const struct page_src *src, const char *title)
{
	static const unsigned rules[] = {
		RD_ALL,
		RD_WEIGHT_CLASSES | RD_CLEAN_CONDITIONALLY,
		RD_CLEAN_CONDITIONALLY,
		0,
	};
	memset(best, 0, sizeof *best);
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		struct attempt t;
		if (!try_rules(&t, i == 0 ? doc : NULL, src, rules[i], title)) {
			attempt_free(&t);
			return best->article != NULL;
		}
		if (!best->article || t.text > best->text) {
			attempt_free(best);
			*best = t;
		} else {
			attempt_free(&t);
		}
		if (best->text >= ENOUGH_TEXT)
			break;
	}
	return best->article != NULL;
}

/* An index page is mostly links; an error page or a page of widgets has
 * only a scrap of text that is not most of the page. */
static bool
is_article(const struct attempt *t)
{
	if (t->text == 0)
		return false;
	if (t->link_density > 0.5f)
		return false;
	if (t->text < SHORT_ARTICLE && t->text * 3 < t->page_text)
		return false;
	return true;
}

int
readable_extract(const char *html, size_t len, const char *charset, const char *base,
		 struct article **out)
{
	*out = NULL;
	struct page_src src = { html, len, charset };
	xmlDoc *doc = html_parse_as(html, len, charset);
	if (!doc)
		return READABLE_NO_ARTICLE;
	struct article *a = xcalloc(1, sizeof *a);
	rd_meta(doc, a);
	char *real_base = flow_doc_base(doc, base);
	struct attempt best;
	if (!best_attempt(&best, doc, &src, a->title) || !is_article(&best)) {
		attempt_free(&best);
		free(real_base);
		article_free(&a);
		return READABLE_NO_ARTICLE;
	}
	if (!a->byline && best.byline) /* the page's metadata wins over its markup */
		a->byline = rd_clean_line(best.byline);
	rd_output(a, best.doc, best.article, real_base);
	attempt_free(&best);
	free(real_base);
	*out = a;
	return READABLE_OK;
}

void
article_free(struct article **ap)
{
	struct article *a = *ap;
	if (!a)
		return;
	free(a->title);
	free(a->byline);
	free(a->published);
	free(a->site_name);
	free(a->text);
	free(a->html);
	for (size_t i = 0; i < a->nlinks; i++) {
		free(a->links[i].url);
		free(a->links[i].text);
	}
	free(a->links);
	free(a);
	*ap = NULL;
}
