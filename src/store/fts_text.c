/* fts_text.c: the plain text the search index holds for an item's HTML (tidings_fts_body). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store/internal.h"
#include "util/entities.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/*
 * The index is contentless: to remove a row, the triggers hand FTS5 the
 * same text again, computed by this file. So its output must not change
 * under a cache; when it has to, bump STORE_FTS_TEXT_VERSION and
 * store_fts_check() (fts_index.c) rebuilds the index on the next open.
 */

enum gap { GAP_NONE, GAP_SPACE, GAP_LINE, GAP_PARA };

struct strip {
	struct buf *out;
	size_t start; /* where this text began in out */
	enum gap gap; /* the break owed before the next visible character */
};

static void
want_gap(struct strip *st, enum gap g)
{
	if (g > st->gap)
		st->gap = g;
}

static void
put_text(struct strip *st, const char *p, size_t n)
{
	if (st->out->len > st->start && st->gap != GAP_NONE) {
		static const char gaps[][3] = { "", " ", "\n", "\n\n" };
		buf_append(st->out, gaps[st->gap], st->gap == GAP_PARA ? 2 : 1);
	}
	st->gap = GAP_NONE;
	buf_append(st->out, p, n);
}

/* What an element does to the text: the break it makes around it (none
 * for inline elements, so "<b>f</b>oo" stays one word; a line; a
 * paragraph; a space for anything not listed), and whether its content is
 * skipped (not part of the article). Sorted by name for bsearch. */
struct tag_rule {
	char name[11];
	unsigned char gap;
	bool skip;
};

static const struct tag_rule tag_rules[] = {
	{ "a", GAP_NONE, 0 }, { "abbr", GAP_NONE, 0 }, { "article", GAP_PARA, 0 },
	{ "aside", GAP_PARA, 0 }, { "b", GAP_NONE, 0 }, { "bdi", GAP_NONE, 0 },
	{ "bdo", GAP_NONE, 0 }, { "blockquote", GAP_PARA, 0 }, { "br", GAP_LINE, 0 },
	{ "cite", GAP_NONE, 0 }, { "code", GAP_NONE, 0 }, { "data", GAP_NONE, 0 },
	{ "dd", GAP_LINE, 0 }, { "dfn", GAP_NONE, 0 }, { "div", GAP_PARA, 0 },
	{ "dl", GAP_PARA, 0 }, { "dt", GAP_LINE, 0 }, { "em", GAP_NONE, 0 },
	{ "figcaption", GAP_PARA, 0 }, { "figure", GAP_PARA, 0 }, { "font", GAP_NONE, 0 },
	{ "footer", GAP_PARA, 0 }, { "h1", GAP_PARA, 0 }, { "h2", GAP_PARA, 0 },
	{ "h3", GAP_PARA, 0 }, { "h4", GAP_PARA, 0 }, { "h5", GAP_PARA, 0 },
	{ "h6", GAP_PARA, 0 }, { "head", GAP_SPACE, 1 }, { "header", GAP_PARA, 0 },
	{ "hr", GAP_PARA, 0 }, { "i", GAP_NONE, 0 }, { "kbd", GAP_NONE, 0 },
	{ "li", GAP_LINE, 0 }, { "mark", GAP_NONE, 0 }, { "noscript", GAP_SPACE, 1 },
	{ "ol", GAP_PARA, 0 }, { "p", GAP_PARA, 0 }, { "pre", GAP_PARA, 0 },
	{ "q", GAP_NONE, 0 }, { "s", GAP_NONE, 0 }, { "samp", GAP_NONE, 0 },
	{ "script", GAP_SPACE, 1 }, { "section", GAP_PARA, 0 }, { "small", GAP_NONE, 0 },
	{ "span", GAP_NONE, 0 }, { "strike", GAP_NONE, 0 }, { "strong", GAP_NONE, 0 },
	{ "style", GAP_SPACE, 1 }, { "sub", GAP_NONE, 0 }, { "sup", GAP_NONE, 0 },
	{ "table", GAP_PARA, 0 }, { "template", GAP_SPACE, 1 }, { "time", GAP_NONE, 0 },
	{ "tr", GAP_LINE, 0 }, { "tt", GAP_NONE, 0 }, { "u", GAP_NONE, 0 },
	{ "ul", GAP_PARA, 0 }, { "var", GAP_NONE, 0 }, { "wbr", GAP_NONE, 0 },
};

static int
cmp_rule(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag_rule *)elem)->name);
}

/* The rule of the element name[0..n) (any case); NULL: none listed. */
static const struct tag_rule *
tag_rule(const char *name, size_t n)
{
	char lower[sizeof tag_rules[0].name];
	if (n == 0 || n >= sizeof lower)
		return NULL;
	for (size_t i = 0; i < n; i++)
		lower[i] = (char)(name[i] | 0x20); /* letters and digits only */
	lower[n] = '\0';
	return bsearch(lower, tag_rules, sizeof tag_rules / sizeof tag_rules[0], sizeof tag_rules[0],
		       cmp_rule);
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* End of a tag starting at s[0] == '<' (just past its '>', or the end),
 * skipping quoted attribute values. */
static const char *
tag_end(const char *s)
{
	char quote = 0;
	for (s++; *s; s++) {
		if (quote) {
			if (*s == quote)
				quote = 0;
		} else if (*s == '"' || *s == '\'') {
			quote = *s;
		} else if (*s == '>') {
			return s + 1;
		}
	}
	return s;
}

/* Past the "</name ...>" closing an element whose content is skipped. */
static const char *
skip_element(const char *s, const char *name, size_t n)
{
	for (const char *p = strstr(s, "</"); p; p = strstr(p + 2, "</"))
		if (strncasecmp(p + 2, name, n) == 0 && !is_alpha(p[2 + n]))
			return tag_end(p);
	return s + strlen(s);
}

/* Handle the markup at s[0] == '<'; returns where text resumes. */
static const char *
markup(struct strip *st, const char *s)
{
	if (strncmp(s, "<!--", 4) == 0) {
		const char *e = strstr(s + 4, "-->");
		return e ? e + 3 : s + strlen(s);
	}
	if (s[1] == '!' || s[1] == '?')
		return tag_end(s);
	bool closing = s[1] == '/';
	const char *name = s + 1 + closing;
	size_t n = 0;
	while (is_alpha(name[n]) || (n > 0 && name[n] >= '0' && name[n] <= '9'))
		n++;
	const char *end = tag_end(s);
	const struct tag_rule *r = tag_rule(name, n);
	if (!closing && r && r->skip)
		return skip_element(end, name, n);
	want_gap(st, r ? (enum gap)r->gap : GAP_SPACE);
	return end;
}

/* A character that is text as it stands. */
static bool
is_plain(char c)
{
	return (unsigned char)c > 0x20 && c != '<' && c != '&';
}

/* The end of the text run from s: words and the single spaces between
 * them, which come out as they are (a space owes a one-space gap before
 * the next word, the same bytes), so most of a paragraph is one copy. */
static const char *
plain_run(const char *s)
{
	for (;;) {
		while (is_plain(*s))
			s++;
		if (*s != ' ' || !is_plain(s[1]))
			return s;
		s += 2;
	}
}

void
store_html_text(struct buf *out, const char *html)
{
	struct strip st = { out, out->len, GAP_NONE };
	struct buf ent = BUF_INIT;
	const char *s = html, *end = html + strlen(html);
	while (*s) {
		if (*s == '<' && (is_alpha(s[1]) || s[1] == '/' || s[1] == '!' || s[1] == '?')) {
			s = markup(&st, s);
		} else if (str_is_space(*s) || (unsigned char)*s < 0x20) {
			want_gap(&st, GAP_SPACE);
			s++;
		} else if (*s == '&') {
			buf_reset(&ent);
			size_t used = html_entity_decode_at(s, (size_t)(end - s), &ent);
			/* a no-break space separates words like any other */
			if (used == 0)
				put_text(&st, s, 1);
			else if (strcmp(buf_str(&ent), "\xc2\xa0") == 0)
				want_gap(&st, GAP_SPACE);
			else
				put_text(&st, ent.data, ent.len);
			s += used ? used : 1;
		} else {
			const char *e = plain_run(s + 1);
			put_text(&st, s, (size_t)(e - s));
			s = e;
		}
	}
	buf_free(&ent);
}

char *
store_plain_text(const char *html)
{
	if (!html)
		return NULL;
	struct buf b = BUF_INIT;
	store_html_text(&b, html);
	return buf_take(&b);
}

bool
store_fts_body(struct buf *out, const char *summary, const char *content)
{
	if (!summary && !content)
		return false;
	if (summary)
		store_html_text(out, summary);
	if (content && (!summary || strcmp(summary, content) != 0)) {
		if (out->len)
			buf_putc(out, '\n');
		store_html_text(out, content);
	}
	return true;
}

/* tidings_fts_body(summary, content): store_fts_body for the triggers,
 * which give FTS5 back the text of a row they take out of the index. */
static void
fts_body(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	struct buf b = BUF_INIT;
	if (!store_fts_body(&b, (const char *)sqlite3_value_text(argv[0]),
			    (const char *)sqlite3_value_text(argv[1]))) {
		sqlite3_result_null(ctx);
		return;
	}
	size_t len = b.len;
	sqlite3_result_text64(ctx, buf_take(&b), len, free, SQLITE_UTF8);
}

int
store_register_functions(sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "tidings_fts_body", 2,
					  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
					  fts_body, NULL, NULL, NULL);
}
