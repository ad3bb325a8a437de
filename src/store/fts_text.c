/* fts_text.c: the plain text the search index holds for an item's HTML, and keeping the index in step with it. */
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
 * store_fts_check() rebuilds the index on the next open.
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
	if (st->out->len > st->start) {
		static const char *const gaps[] = { "", " ", "\n", "\n\n" };
		buf_puts(st->out, gaps[st->gap]);
	}
	st->gap = GAP_NONE;
	buf_append(st->out, p, n);
}

#define IN(list) in_list(list, sizeof list / sizeof list[0], name, n)

static bool
in_list(const char *const *list, size_t count, const char *name, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && strncasecmp(name, list[i], n) == 0)
			return true;
	return false;
}

/* Elements whose text is not part of the article. */
static bool
is_skipped(const char *name, size_t n)
{
	static const char *const skip[] = { "head", "noscript", "script", "style", "template" };
	return IN(skip);
}

/* The break an element makes around it: none for inline elements (so
 * "<b>f</b>oo" stays one word), a line, a paragraph, or a space. */
static enum gap
tag_gap(const char *name, size_t n)
{
	static const char *const inl[] = { "a", "abbr", "b", "bdi", "bdo", "cite", "code",
		"data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small",
		"span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr" };
	static const char *const line[] = { "br", "dd", "dt", "li", "tr" };
	static const char *const para[] = { "article", "aside", "blockquote", "dl", "div",
		"figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
		"hr", "ol", "p", "pre", "section", "table", "ul" };
	if (IN(inl))
		return GAP_NONE;
	if (IN(line))
		return GAP_LINE;
	if (IN(para))
		return GAP_PARA;
	return GAP_SPACE;
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
	if (!closing && is_skipped(name, n))
		return skip_element(end, name, n);
	want_gap(st, tag_gap(name, n));
	return end;
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
			const char *e = s + 1;
			while (*e && *e != '<' && *e != '&' && !str_is_space(*e) &&
			       (unsigned char)*e >= 0x20)
				e++;
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

/* tidings_fts_body(summary, content): the body text indexed for an item;
 * the content is skipped when it only repeats the summary. */
static void
fts_body(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *summary = (const char *)sqlite3_value_text(argv[0]);
	const char *content = (const char *)sqlite3_value_text(argv[1]);
	if (!summary && !content) {
		sqlite3_result_null(ctx);
		return;
	}
	struct buf b = BUF_INIT;
	if (summary)
		store_html_text(&b, summary);
	if (content && (!summary || strcmp(summary, content) != 0)) {
		if (b.len)
			buf_putc(&b, '\n');
		store_html_text(&b, content);
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

/* Rebuild the index when it was made by another version of this file. */
int
store_fts_check(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT value FROM meta WHERE key = 'fts_text'");
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	int version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, N_("reading the cache"));
	if (version == STORE_FTS_TEXT_VERSION)
		return STORE_OK;
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = store_exec(s,
		"INSERT INTO items_fts(items_fts) VALUES ('delete-all');"
		"INSERT INTO items_fts(rowid, title, author, body, article)"
		" SELECT id, title, author, tidings_fts_body(summary, content), article_text"
		" FROM items WHERE deleted = 0;");
	if (status == STORE_OK) {
		char sql[96];
		snprintf(sql, sizeof sql, "INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_text', %d)",
			 STORE_FTS_TEXT_VERSION);
		status = store_exec(s, sql);
	}
	if (status != STORE_OK) {
		store_rollback(s);
		return status;
	}
	return store_commit(s);
}
