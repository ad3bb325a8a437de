/* filter_sql.c: a filter's syntax tree as SQL with bound parameters, the regexp function it calls, and ignore rules. */
#include "config.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/filter_int.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The SQL of each attribute over items i and feeds f; coalesce so that a
 * missing author compares as "" instead of making NOT (...) unknown. */
static const char *const attr_sql[FA_COUNT] = {
	[FA_TITLE] = "coalesce(i.title, '')",
	[FA_AUTHOR] = "coalesce(i.author, '')",
	[FA_LINK] = "coalesce(i.link, '')",
	[FA_FEED] = "coalesce(f.user_title, f.title, '')",
	[FA_FEEDURL] = "f.url",
	[FA_TAGS] = "coalesce(f.tags, '')",
	[FA_AGE] = "((:fnow - i.date) / 86400)",
	[FA_UNREAD] = "(i.read = 0)",
	[FA_FLAGGED] = "(i.flagged <> 0)",
	[FA_TEXT] = "tidings_fts_body(i.summary, i.content)",
};

static const char *const cmp_sql[] = {
	[FO_EQ] = "=", [FO_NE] = "<>", [FO_LT] = "<", [FO_GT] = ">", [FO_LE] = "<=", [FO_GE] = ">=",
};

/* Add a parameter; returns its number. */
static size_t
param(struct filter_sql *f, const char *text, int64_t num)
{
	f->p = xreallocarray(f->p, f->n + 1, sizeof *f->p);
	f->p[f->n].text = text ? xstrdup(text) : NULL;
	f->p[f->n].num = num;
	return ++f->n;
}

static void
put_cmp(struct filter_sql *f, const struct filter_node *n)
{
	struct buf *b = &f->sql;
	const char *col = attr_sql[n->attr];
	enum ftype t = filter_attr_type(n->attr);
	bool neg = n->op == FO_NE || n->op == FO_NMATCH || n->op == FO_NHAS;
	switch (n->op) {
	case FO_MATCH:
	case FO_NMATCH:
		buf_printf(b, "%stidings_regexp(:f%zu, %s)", neg ? "NOT " : "", param(f, n->str, 0), col);
		return;
	case FO_HAS:
	case FO_NHAS:
		if (t == FT_TAGS) {
			buf_printf(b, "(instr(char(10) || %s || char(10), char(10) || :f%zu || char(10)) %s 0)",
				   col, param(f, n->str, 0), neg ? "=" : ">");
		} else if (t == FT_TEXT) {
			char *fts = store_fts_expr(n->str);
			buf_printf(b, "(i.id %sIN (SELECT rowid FROM items_fts WHERE items_fts MATCH :f%zu))",
				   neg ? "NOT " : "", param(f, fts ? fts : "\"\"", 0));
			free(fts);
		} else {
			buf_printf(b, "(instr(lower(%s), lower(:f%zu)) %s 0)", col, param(f, n->str, 0),
				   neg ? "=" : ">");
		}
		return;
	case FO_BETWEEN:
		buf_printf(b, "(%s BETWEEN :f%zu AND :f%zu)", col, param(f, NULL, n->num),
			   param(f, NULL, n->num2));
		return;
	default:
		break;
	}
	if (t == FT_BOOL || t == FT_NUM)
		buf_printf(b, "(%s %s :f%zu)", col, cmp_sql[n->op], param(f, NULL, n->num));
	else
		buf_printf(b, "(%s %s :f%zu)", col, cmp_sql[n->op], param(f, n->str, 0));
}

static void put_node(struct filter_sql *f, const struct filter_node *n);

/* "a and b and c" parses as ((a and b) and c): written as one group
 * "(a AND b AND c)", so the SQL nests no deeper for a longer chain
 * (SQLite's parser stack is about a hundred deep) and the walk here
 * recurses only into the right operands, which nest no deeper than the
 * expression's parentheses. */
static void
put_chain(struct filter_sql *f, const struct filter_node *n)
{
	size_t k = 0;
	const struct filter_node *p;
	for (p = n; p->kind == n->kind; p = p->a)
		k++;
	const struct filter_node **right = xcalloc(k, sizeof *right);
	size_t i = k;
	for (const struct filter_node *q = n; q->kind == n->kind; q = q->a)
		right[--i] = q->b;
	buf_putc(&f->sql, '(');
	put_node(f, p);
	for (i = 0; i < k; i++) {
		buf_puts(&f->sql, n->kind == FN_AND ? " AND " : " OR ");
		put_node(f, right[i]);
	}
	buf_putc(&f->sql, ')');
	free(right);
}

static void
put_node(struct filter_sql *f, const struct filter_node *n)
{
	switch (n->kind) {
	case FN_AND:
	case FN_OR:
		put_chain(f, n);
		break;
	case FN_NOT:
		buf_puts(&f->sql, "(NOT ");
		put_node(f, n->a);
		buf_putc(&f->sql, ')');
		break;
	case FN_CMP:
		put_cmp(f, n);
		break;
	}
}

int
store_filter_compile(struct store *s, const char *expr, struct filter_sql *out)
{
	memset(out, 0, sizeof *out);
	buf_init(&out->sql, 0);
	struct filter_node *n = NULL;
	char *err = NULL;
	if (filter_parse(expr, &n, &err) != 0) {
		int status = store_failf(s, STORE_BAD_QUERY, "%s", err);
		free(err);
		return status;
	}
	put_node(out, n);
	filter_free(&n);
	return STORE_OK;
}

void
filter_bind(sqlite3_stmt *st, const struct filter_sql *f)
{
	int i = sqlite3_bind_parameter_index(st, ":fnow");
	if (i > 0)
		sqlite3_bind_int64(st, i, (int64_t)time(NULL));
	for (size_t k = 0; k < f->n; k++) {
		char name[32];
		snprintf(name, sizeof name, ":f%zu", k + 1);
		i = sqlite3_bind_parameter_index(st, name);
		if (i <= 0)
			continue;
		if (f->p[k].text)
			sqlite3_bind_text(st, i, f->p[k].text, -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_int64(st, i, f->p[k].num);
	}
}

void
filter_sql_free(struct filter_sql *f)
{
	buf_free(&f->sql);
	for (size_t k = 0; k < f->n; k++)
		free(f->p[k].text);
	free(f->p);
	memset(f, 0, sizeof *f);
}

/* ---- tidings_regexp(pattern, text) ------------------------------------ */

static void
re_free(void *p)
{
	regfree(p);
	free(p);
}

/* The pattern is compiled once per statement (SQLite keeps it as the
 * argument's auxiliary data while the argument stays the same). */
static void
re_sql_match(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *text = (const char *)sqlite3_value_text(argv[1]);
	regex_t *re = sqlite3_get_auxdata(ctx, 0);
	if (!re) {
		const char *pat = (const char *)sqlite3_value_text(argv[0]);
		re = xmalloc(sizeof *re);
		if (!pat || regcomp(re, pat, REG_EXTENDED | REG_ICASE | REG_NOSUB | REG_NEWLINE) != 0) {
			free(re);
			sqlite3_result_error(ctx, _("not a regular expression"), -1);
			return;
		}
		sqlite3_set_auxdata(ctx, 0, re, re_free);
		re = sqlite3_get_auxdata(ctx, 0); /* SQLite may have freed it already */
		if (!re) {
			sqlite3_result_error_nomem(ctx);
			return;
		}
	}
	sqlite3_result_int(ctx, text && regexec(re, text, 0, NULL, 0) == 0);
}

int
store_register_filter_functions(sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "tidings_regexp", 2,
					  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
					  re_sql_match, NULL, NULL, NULL);
}

/* ---- ignore rules ----------------------------------------------------- */

int
store_drop_matching(struct store *s, int64_t feed_id, const char *expr, int64_t since,
		    size_t *dropped)
{
	if (dropped)
		*dropped = 0;
	struct filter_sql f;
	int status = store_filter_compile(s, expr, &f);
	struct buf sql = BUF_INIT;
	buf_printf(&sql,
		   "UPDATE items SET deleted = 1, seen = :fnow, guid = NULL, title = NULL, link = NULL,"
		   " author = NULL, summary = NULL, content = NULL, enclosures = NULL,"
		   " categories = NULL, article_text = NULL, article_html = NULL,"
		   " article_fetched = NULL WHERE id IN (SELECT i.id FROM items i CROSS JOIN feeds f"
		   " ON f.id = i.feed_id WHERE i.feed_id = :ffeed AND i.deleted = 0 AND i.flagged = 0"
		   " AND i.first_seen >= :fsince AND %s)", buf_str(&f.sql));
	sqlite3_stmt *st = NULL;
	if (status == STORE_OK) {
		int rc = sqlite3_prepare_v2(s->db, buf_str(&sql), -1, &st, NULL);
		if (rc != SQLITE_OK)
			status = store_fail(s, rc, N_("preparing an ignore rule"));
	}
	if (status == STORE_OK) {
		filter_bind(st, &f);
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":ffeed"), feed_id);
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":fsince"), since);
		status = store_step_done(s, st, N_("applying an ignore rule"));
		if (status == STORE_OK && dropped)
			*dropped = (size_t)sqlite3_changes(s->db);
	}
	sqlite3_finalize(st);
	buf_free(&sql);
	filter_sql_free(&f);
	return status;
}
