/* filter.c: the filter language's reader: words, strings and operators into a checked syntax tree, with errors that say where. */
#include "config.h"

#include <regex.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "store/filter_int.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/* Parentheses and `not`s deeper than this are refused, so a hostile
 * expression cannot run the recursive descent off the stack, nor the
 * SQL past SQLite's parser stack (about a hundred: each level here is at
 * most two there; 48 nested "(NOT" overflowed it, fuzz_filter found it). */
#define FILTER_DEPTH 16
/* Comparisons in one expression at most: SQLite refuses an expression
 * tree deeper than 1,000, and a chain of ors is that deep there. */
#define FILTER_TERMS 256

static const struct {
	const char *name;
	enum fattr attr;
} attr_names[] = {
	{ "title", FA_TITLE }, { "author", FA_AUTHOR }, { "link", FA_LINK }, { "url", FA_LINK },
	{ "feed", FA_FEED }, { "feedtitle", FA_FEED }, { "feedurl", FA_FEEDURL },
	{ "rssurl", FA_FEEDURL }, { "tags", FA_TAGS }, { "age", FA_AGE }, { "unread", FA_UNREAD },
	{ "flagged", FA_FLAGGED }, { "flag", FA_FLAGGED }, { "text", FA_TEXT },
	{ "content", FA_TEXT },
};

static const enum ftype attr_types[FA_COUNT] = {
	[FA_TITLE] = FT_STR, [FA_AUTHOR] = FT_STR, [FA_LINK] = FT_STR, [FA_FEED] = FT_STR,
	[FA_FEEDURL] = FT_STR, [FA_TAGS] = FT_TAGS, [FA_AGE] = FT_NUM, [FA_UNREAD] = FT_BOOL,
	[FA_FLAGGED] = FT_BOOL, [FA_TEXT] = FT_TEXT,
};

static const struct {
	const char *text;
	enum fop op;
} op_names[] = { /* longest first: "=~" before "=" */
	{ "=~", FO_MATCH }, { "!~", FO_NMATCH }, { "!=", FO_NE }, { "!#", FO_NHAS },
	{ "<=", FO_LE }, { ">=", FO_GE }, { "==", FO_EQ }, { "=", FO_EQ }, { "#", FO_HAS },
	{ "<", FO_LT }, { ">", FO_GT },
};

enum ftoken { TK_END, TK_LPAREN, TK_RPAREN, TK_OP, TK_AND, TK_OR, TK_NOT, TK_WORD, TK_STRING,
	      TK_BAD };

struct lexer {
	const char *text;
	size_t pos;        /* where the current token starts */
	size_t next;       /* where the next one starts */
	enum ftoken tok;
	enum fop op;       /* TK_OP */
	struct buf value;  /* TK_WORD, TK_STRING: the text, unquoted */
	char *err;         /* the first error */
	int depth;
	int terms;         /* comparisons so far */
};

enum ftype
filter_attr_type(enum fattr a)
{
	return attr_types[a];
}

static void
fail(struct lexer *lx, size_t at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
fail(struct lexer *lx, size_t at, const char *fmt, ...)
{
	if (lx->err)
		return;
	struct buf b = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_printf(&b, _("at column %zu: "), at + 1);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	lx->err = buf_take(&b);
}

static bool
word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.' || c == ':' || c == '+' || c == '/' ||
	       (unsigned char)c >= 0x80;
}

/* A "quoted string" starting at s[0]; false when it does not end. */
static bool
lex_string(struct lexer *lx, const char *s, size_t *len)
{
	size_t i = 1;
	for (; s[i] && s[i] != '"'; i++) {
		if (s[i] == '\\' && (s[i + 1] == '"' || s[i + 1] == '\\'))
			i++;
		buf_putc(&lx->value, s[i]);
	}
	buf_str(&lx->value);
	*len = i + 1;
	return s[i] == '"';
}

static bool
lex_op(struct lexer *lx, const char *s, size_t *len)
{
	for (size_t i = 0; i < sizeof op_names / sizeof op_names[0]; i++) {
		size_t n = strlen(op_names[i].text);
		if (strncmp(s, op_names[i].text, n) == 0) {
			lx->op = op_names[i].op;
			*len = n;
			return true;
		}
	}
	return false;
}

/* Read the token at lx->next. */
static void
lex(struct lexer *lx)
{
	const char *t = lx->text;
	size_t p = lx->next, len = 1;
	while (str_is_space(t[p]))
		p++;
	lx->pos = p;
	buf_reset(&lx->value);
	const char *s = t + p;
	if (!*s)
		lx->tok = TK_END, len = 0;
	else if (*s == '(')
		lx->tok = TK_LPAREN;
	else if (*s == ')')
		lx->tok = TK_RPAREN;
	else if (strncmp(s, "&&", 2) == 0)
		lx->tok = TK_AND, len = 2;
	else if (strncmp(s, "||", 2) == 0)
		lx->tok = TK_OR, len = 2;
	else if (*s == '"') {
		lx->tok = TK_STRING;
		if (!lex_string(lx, s, &len)) {
			fail(lx, p, _("the string has no closing quote"));
			lx->tok = TK_BAD;
		}
	} else if (lex_op(lx, s, &len)) {
		lx->tok = TK_OP;
	} else if (*s == '!') {
		lx->tok = TK_NOT;
	} else if (word_char(*s)) {
		for (len = 0; word_char(s[len]); len++)
			buf_putc(&lx->value, s[len]);
		buf_str(&lx->value);
		const char *w = buf_str(&lx->value);
		lx->tok = str_eq_ci(w, "and") ? TK_AND : str_eq_ci(w, "or") ? TK_OR
			: str_eq_ci(w, "not") ? TK_NOT : TK_WORD;
	} else {
		fail(lx, p, _("unexpected '%c'"), *s);
		lx->tok = TK_BAD;
	}
	lx->next = p + len;
}

static struct filter_node *
node_new(enum fkind kind, struct filter_node *a, struct filter_node *b)
{
	struct filter_node *n = xcalloc(1, sizeof *n);
	n->kind = kind;
	n->a = a;
	n->b = b;
	return n;
}

void
filter_free(struct filter_node **np)
{
	struct filter_node *n = *np;
	if (!n)
		return;
	/* along the left spine without recursion: a chain of a thousand
	 * `and`s is a tree that deep */
	while (n) {
		struct filter_node *left = n->a;
		filter_free(&n->b);
		free(n->str);
		free(n);
		n = left;
	}
	*np = NULL;
}

static const char *
attr_list(void)
{
	return "title, author, link, feed, feedurl, tags, age, unread, flagged, text";
}

static int
find_attr(const char *w)
{
	for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++)
		if (str_eq_ci(attr_names[i].name, w))
			return (int)attr_names[i].attr;
	return -1;
}

static struct filter_node *parse_or(struct lexer *lx);

static const char *
op_text(enum fop op)
{
	if (op == FO_BETWEEN)
		return "between";
	if (op == FO_EQ) /* "==" is read too, "=" is how people write it */
		return "=";
	for (size_t i = 0; i < sizeof op_names / sizeof op_names[0]; i++)
		if (op_names[i].op == op)
			return op_names[i].text;
	return "?";
}

/* Which operators an attribute's type takes, and how to say so. */
static bool
op_fits(enum ftype t, enum fop op, const char **takes)
{
	switch (t) {
	case FT_STR:
		*takes = "= != =~ !~ # !# < > <= >=";
		return op != FO_BETWEEN;
	case FT_TAGS:
		*takes = "# !# =~ !~";
		return op == FO_HAS || op == FO_NHAS || op == FO_MATCH || op == FO_NMATCH;
	case FT_NUM:
		*takes = "= != < > <= >= between";
		return op != FO_MATCH && op != FO_NMATCH && op != FO_HAS && op != FO_NHAS;
	case FT_BOOL:
		*takes = "= !=";
		return op == FO_EQ || op == FO_NE;
	case FT_TEXT:
		*takes = "# !# =~ !~";
		return op == FO_HAS || op == FO_NHAS || op == FO_MATCH || op == FO_NMATCH;
	}
	return false;
}

static bool
parse_int(const char *s, int64_t *out)
{
	char *end;
	if (!*s)
		return false;
	long long v = strtoll(s, &end, 10);
	if (*end)
		return false;
	*out = v;
	return true;
}

static bool
parse_yesno(const char *s, int64_t *out)
{
	if (str_eq_ci(s, "yes") || str_eq_ci(s, "true") || strcmp(s, "1") == 0)
		*out = 1;
	else if (str_eq_ci(s, "no") || str_eq_ci(s, "false") || strcmp(s, "0") == 0)
		*out = 0;
	else
		return false;
	return true;
}

/* The longest pattern taken, and whether a repetition is repeated
 * ("a++", "a*{2}"): POSIX leaves that undefined, nobody means it, and
 * glibc's regcomp builds states for it until memory runs out (fuzz_filter
 * found a few dozen '+' enough). */
#define REGEX_MAX 512

static bool
repeats_repetition(const char *re)
{
	bool after_rep = false;
	for (const char *p = re; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			after_rep = false;
			continue;
		}
		bool rep = *p == '*' || *p == '+' || *p == '?' || *p == '{';
		if (rep && after_rep)
			return true;
		if (*p == '{')
			while (p[1] && *p != '}')
				p++;
		after_rep = rep;
	}
	return false;
}

static void
check_regex(struct lexer *lx, const char *v, size_t at)
{
	if (strlen(v) > REGEX_MAX || repeats_repetition(v)) {
		fail(lx, at, strlen(v) > REGEX_MAX ? _("the regular expression is longer than 512 bytes")
						   : _("a repetition of a repetition (like a++) in the regular expression"));
		return;
	}
	regex_t re;
	int rc = regcomp(&re, v, REG_EXTENDED | REG_ICASE | REG_NOSUB | REG_NEWLINE);
	if (rc != 0) {
		char msg[128];
		regerror(rc, &re, msg, sizeof msg);
		fail(lx, at, _("not a regular expression: %s"), msg);
	} else {
		regfree(&re);
	}
}

/* Check the value of a comparison against its attribute and operator. */
static void
check_value(struct lexer *lx, struct filter_node *n, const char *name, size_t at)
{
	const char *v = n->str;
	enum ftype t = attr_types[n->attr];
	if (n->op == FO_BETWEEN) {
		const char *colon = strchr(v, ':');
		char *lo = colon ? xstrndup(v, (size_t)(colon - v)) : NULL;
		if (!colon || !parse_int(lo, &n->num) || !parse_int(colon + 1, &n->num2))
			fail(lx, at, _("between takes two numbers like 1:7, not '%s'"), v);
		free(lo);
	} else if (n->op == FO_MATCH || n->op == FO_NMATCH) {
		check_regex(lx, v, at);
	} else if (t == FT_NUM && !parse_int(v, &n->num)) {
		fail(lx, at, _("%s compares with a whole number, not '%s'"), name, v);
	} else if (t == FT_BOOL && !parse_yesno(v, &n->num)) {
		fail(lx, at, _("%s is yes or no, not '%s'"), name, v);
	} else if (t == FT_TEXT) {
		char *fts = store_fts_expr(v);
		if (!fts)
			fail(lx, at, _("nothing to search for in '%s'"), v);
		free(fts);
	}
}

/* ATTRIBUTE OPERATOR VALUE, or ATTRIBUTE between N:M */
static struct filter_node *
parse_cmp(struct lexer *lx)
{
	if (++lx->terms > FILTER_TERMS) {
		fail(lx, lx->pos, _("the expression has more than %d comparisons"), FILTER_TERMS);
		return NULL;
	}
	if (lx->tok != TK_WORD) {
		if (lx->tok == TK_END)
			fail(lx, lx->pos, _("the expression ends too early (expected an attribute: %s)"),
			     attr_list());
		else
			fail(lx, lx->pos, _("expected an attribute (%s)"), attr_list());
		return NULL;
	}
	int attr = find_attr(buf_str(&lx->value));
	if (attr < 0) {
		fail(lx, lx->pos, _("unknown attribute '%s' (one of %s)"), buf_str(&lx->value), attr_list());
		return NULL;
	}
	char *name = xstrdup(buf_str(&lx->value));
	struct filter_node *n = node_new(FN_CMP, NULL, NULL);
	n->attr = (enum fattr)attr;
	lex(lx);
	const char *takes = "";
	if (lx->tok == TK_WORD && str_eq_ci(buf_str(&lx->value), "between"))
		n->op = FO_BETWEEN;
	else if (lx->tok == TK_OP)
		n->op = lx->op;
	else
		fail(lx, lx->pos, _("expected an operator after %s (= != =~ !~ # !# < > <= >= between)"),
		     name);
	if (!lx->err && !op_fits(attr_types[attr], n->op, &takes))
		fail(lx, lx->pos, _("%s does not take '%s' (it takes %s)"), name, op_text(n->op), takes);
	if (!lx->err)
		lex(lx);
	if (!lx->err && lx->tok != TK_WORD && lx->tok != TK_STRING)
		fail(lx, lx->pos, _("expected a value after '%s'"), op_text(n->op));
	if (!lx->err) {
		n->str = xstrdup(buf_str(&lx->value));
		check_value(lx, n, name, lx->pos);
		lex(lx);
	}
	free(name);
	if (lx->err)
		filter_free(&n);
	return n;
}

static struct filter_node *
parse_unary(struct lexer *lx)
{
	if (++lx->depth > FILTER_DEPTH) {
		fail(lx, lx->pos, _("the expression nests too deeply"));
		return NULL;
	}
	struct filter_node *n = NULL;
	if (lx->tok == TK_NOT) {
		lex(lx);
		n = parse_unary(lx);
		n = n ? node_new(FN_NOT, n, NULL) : NULL;
	} else if (lx->tok == TK_LPAREN) {
		size_t open = lx->pos;
		lex(lx);
		n = parse_or(lx);
		if (n && lx->tok != TK_RPAREN) {
			fail(lx, lx->pos, _("expected ')' to close the '(' at column %zu"), open + 1);
			filter_free(&n);
		}
		if (n)
			lex(lx);
	} else {
		n = parse_cmp(lx);
	}
	lx->depth--;
	return n;
}

static struct filter_node *
parse_and(struct lexer *lx)
{
	struct filter_node *n = parse_unary(lx);
	while (n && lx->tok == TK_AND) {
		lex(lx);
		struct filter_node *r = parse_unary(lx);
		n = node_new(FN_AND, n, r);
		if (!r)
			filter_free(&n);
	}
	return n;
}

static struct filter_node *
parse_or(struct lexer *lx)
{
	struct filter_node *n = parse_and(lx);
	while (n && lx->tok == TK_OR) {
		lex(lx);
		struct filter_node *r = parse_and(lx);
		n = node_new(FN_OR, n, r);
		if (!r)
			filter_free(&n);
	}
	return n;
}

int
filter_parse(const char *expr, struct filter_node **out, char **err)
{
	struct lexer lx = { .text = expr ? expr : "" };
	*out = NULL;
	*err = NULL;
	lex(&lx);
	struct filter_node *n = lx.tok == TK_END ? NULL : parse_or(&lx);
	if (lx.tok == TK_END && !n && !lx.err)
		fail(&lx, 0, _("the expression is empty"));
	if (n && lx.tok != TK_END) {
		if (lx.tok == TK_WORD || lx.tok == TK_STRING)
			fail(&lx, lx.pos, _("unexpected '%s' (expected and, or or the end)"), buf_str(&lx.value));
		else
			fail(&lx, lx.pos, _("unexpected '%.*s' (expected and, or or the end)"), 2,
			     lx.text + lx.pos);
		filter_free(&n);
	}
	buf_free(&lx.value);
	if (!n) {
		*err = lx.err ? lx.err : xstrdup("cannot read the expression");
		return -1;
	}
	free(lx.err);
	*out = n;
	return 0;
}

int
store_filter_check(const char *expr, char **err)
{
	struct filter_node *n = NULL;
	if (filter_parse(expr, &n, err) != 0)
		return -1;
	filter_free(&n);
	return 0;
}
