/* readable_hints.c: what the class, id and role attributes of an element say about it. */
#include "config.h"

#include <string.h>

#include "text/readable_int.h"
#include "util/buf.h"

/* Words that web pages across the web use in class and id names; matched
 * as substrings of the lower-cased "class id" string. */
static const char *const unlikely_words[] = {
	"-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment",
	"community", "consent", "cookie", "cover-wrap", "disqus", "extra", "footer",
	"gdpr", "header", "legends", "menu", "newsletter", "pager", "pagination",
	"popup", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
	"skyscraper", "social", "sponsor", "supplemental", NULL,
};

static const char *const maybe_words[] = {
	"and", "article", "body", "column", "content", "main", "mathjax", "shadow", NULL,
};

static const char *const positive_words[] = {
	"article", "blog", "body", "content", "entry", "h-entry", "hentry", "main",
	"page", "pagination", "post", "story", "text", NULL,
};

static const char *const negative_words[] = {
	"-ad-", "banner", "byline", "com-", "combx", "comment", "contact", "cookie",
	"footer", "gdpr", "masthead", "media", "meta", "newsletter", "outbrain",
	"promo", "related", "scroll", "share", "shopping", "shoutbox", "sidebar",
	"skyscraper", "sponsor", "subscribe", "tags", "widget", NULL,
};

/* Boxes inside an article that are not the article: removed by the
 * cleaner when they hold little paragraph text. */
static const char *const boilerplate_words[] = {
	"author-bio", "authorbio", "author-info", "about-author", "share", "sharing",
	"social", "newsletter", "subscribe", "signup", "sign-up", "related",
	"recommend", "read-more", "readmore", "more-stories", "most-popular",
	"mostpopular", "trending", "promo", "follow", "comment", "cookie", "consent",
	"sponsor", "advert", "outbrain", "taboola", "paywall", "donate", NULL,
};

static bool
any_word(const char *s, const char *const *words)
{
	for (const char *const *w = words; *w; w++)
		if (strstr(s, *w))
			return true;
	return false;
}

/* "hid" as a whole word: a common abbreviation for hidden. */
static bool
has_hid_token(const char *s)
{
	for (const char *p = s; (p = strstr(p, "hid")) != NULL; p += 3)
		if ((p == s || p[-1] == ' ') && (p[3] == '\0' || p[3] == ' '))
			return true;
	return false;
}

bool rd_hint_unlikely(const char *s) { return any_word(s, unlikely_words); }
bool rd_hint_maybe(const char *s) { return any_word(s, maybe_words); }
bool rd_hint_positive(const char *s) { return any_word(s, positive_words); }
/* Short words that mean boilerplate only as a whole part of a name
 * ("post-bio", "ad_slot", "tags"), not inside a longer word ("biology"). */
static const char *const boilerplate_parts[] = {
	"ad", "ads", "bio", "promo", "share", "tags", "related", NULL,
};

static bool
is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool
any_part(const char *s, const char *const *words)
{
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		for (const char *p = strstr(s, *w); p; p = strstr(p + 1, *w))
			if ((p == s || !is_name_char(p[-1])) && !is_name_char(p[n]))
				return true;
	}
	return false;
}

bool
rd_hint_boilerplate(const char *s)
{
	return any_word(s, boilerplate_words) || any_part(s, boilerplate_parts);
}

bool
rd_hint_negative(const char *s)
{
	return any_word(s, negative_words) || strstr(s, "hidden") || has_hid_token(s);
}

bool
rd_hint_share(const char *s)
{
	return strstr(s, "share") || strstr(s, "sharing") || strstr(s, "social");
}

static void
put_lower(struct buf *b, const char *s)
{
	for (; *s; s++) {
		char c = *s;
		buf_putc(b, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
	}
}

const char *
rd_class_id(struct rd_ctx *ctx, const xmlNode *n)
{
	buf_reset(&ctx->scratch);
	const char *cls = html_attr(n, "class"), *id = html_attr(n, "id");
	if (cls)
		put_lower(&ctx->scratch, cls);
	buf_putc(&ctx->scratch, ' ');
	if (id)
		put_lower(&ctx->scratch, id);
	return buf_str(&ctx->scratch);
}

static int
attr_weight(struct rd_ctx *ctx, const char *value)
{
	if (!value || !*value)
		return 0;
	buf_reset(&ctx->scratch);
	put_lower(&ctx->scratch, value);
	const char *s = buf_str(&ctx->scratch);
	int w = 0;
	if (rd_hint_negative(s))
		w -= 25;
	if (rd_hint_positive(s))
		w += 25;
	return w;
}

int
rd_class_weight(struct rd_ctx *ctx, xmlNode *n)
{
	if (!(ctx->flags & RD_WEIGHT_CLASSES))
		return 0;
	struct rd_node *d = rd_info(n);
	if (d && d->weighed)
		return d->weight;
	int w = attr_weight(ctx, html_attr(n, "class")) + attr_weight(ctx, html_attr(n, "id"));
	if (d) {
		d->weight = (short)w;
		d->weighed = true;
	}
	return w;
}

bool
rd_role_unlikely(const xmlNode *n)
{
	static const char *const roles[] = {
		"menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
		"dialog", NULL,
	};
	const char *role = html_attr(n, "role");
	if (!role)
		return false;
	for (const char *const *r = roles; *r; r++)
		if (strcmp(role, *r) == 0)
			return true;
	return false;
}
