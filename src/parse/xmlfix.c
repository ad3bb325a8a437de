/* xmlfix.c: a small state machine that makes real-world feed XML parseable. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/xmlfix.h"
#include "util/entities.h"
#include "util/str.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define MAX_ENTITIES 64
#define DOCTYPE_MAX (64 * 1024)
#define NAME_LOOKAHEAD 64

/* Byte classes for the scanning loops: which bytes end a run of plain text. */
enum {
	C_BAD = 1,    /* forbidden in XML (C0 controls but tab, LF, CR) */
	C_EF = 2,     /* may start U+FFFE/U+FFFF */
	C_LT = 4,
	C_AMP = 8,
	C_TAGEND = 16, /* > = and quotes: things a tag scan must look at */
};

#define B C_BAD
static const unsigned char cls[256] = {
	B, B, B, B, B, B, B, B, B, 0, 0, B, B, 0, B, B,
	B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B,
	['"'] = C_TAGEND, ['&'] = C_AMP, ['\''] = C_TAGEND, ['<'] = C_LT,
	['='] = C_TAGEND, ['>'] = C_TAGEND, [0xEF] = C_EF,
};
#undef B

enum state {
	S_TEXT,
	S_CTEXT, /* text inside a CDATA section of ours (see text_reference) */
	S_TAG, S_ATTR_DQ, S_ATTR_SQ, S_ATTR_BARE,
	S_COMMENT, S_CDATA, S_PI, S_DOCTYPE,
};

struct xmlfix {
	enum state st;
	bool void_tag;  /* an HTML void element is open: close it with "/>" */
	bool skip_tag;  /* the end tag of a void element: dropped */
	char last;      /* last significant byte inside a tag */
	int dt_depth;   /* '[' nesting inside the DOCTYPE */
	char dt_quote;
	struct buf pending;
	struct buf doctype;
	struct buf ref, decoded; /* scratch for one reference */
	struct { char *name, *value; } ents[MAX_ENTITIES];
	size_t n_ents;
};

struct xmlfix *
xmlfix_new(void)
{
	struct xmlfix *x = xcalloc(1, sizeof *x);
	buf_init(&x->pending, 0);
	buf_init(&x->doctype, DOCTYPE_MAX);
	return x;
}

void
xmlfix_free(struct xmlfix **xp)
{
	struct xmlfix *x = *xp;
	if (!x)
		return;
	for (size_t i = 0; i < x->n_ents; i++) {
		free(x->ents[i].name);
		free(x->ents[i].value);
	}
	buf_free(&x->pending);
	buf_free(&x->doctype);
	buf_free(&x->ref);
	buf_free(&x->decoded);
	free(x);
	*xp = NULL;
}

static bool
name_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

static bool
name_char(unsigned char c)
{
	return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static bool
is_void_element(const char *s, size_t n)
{
	static const char *names[] = {
		"area", "br", "col", "embed", "hr", "img", "input", "param", "track", "wbr",
	};
	char lower[8];
	if (n < 2 || n > 5)
		return false;
	for (size_t i = 0; i < n; i++)
		lower[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	lower[n] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(lower, names[i]) == 0)
			return true;
	return false;
}

/* Bytes XML 1.0 forbids: C0 controls but tab, LF and CR. */
static bool
forbidden(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* Word-at-a-time test for a byte of value v in w (SWAR). */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
#define HAS_ZERO(w) (((w) - ONES) & ~(w) & HIGHS)
#define HAS_BYTE(w, v) HAS_ZERO((w) ^ (ONES * (v)))

/* Bytes to drop at s[i]: 1 for a forbidden control, 3 for U+FFFE/U+FFFF, else 0. */
static size_t
bad_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];
	if (cls[c] & C_BAD)
		return 1;
	if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBF &&
	    ((unsigned char)s[i + 2] == 0xBE || (unsigned char)s[i + 2] == 0xBF))
		return 3;
	return 0;
}

/* Copy s[0..n) to out without forbidden characters (U+FFFE/FFFF included). */
static void
put_clean(struct buf *out, const char *s, size_t n)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (((w - ONES * 0x20) & ~w & HIGHS) | HAS_BYTE(w, 0xEF))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (!(cls[(unsigned char)s[i]] & (C_BAD | C_EF)))
			continue;
		size_t skip = bad_at(s, i, n);
		if (!skip)
			continue;
		buf_append(out, s + start, i - start);
		i += skip - 1;
		start = i + 1;
	}
	buf_append(out, s + start, n - start);
}

static void
put_charref(struct buf *out, uint32_t cp)
{
	bool ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
		  (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
	if (ok)
		buf_printf(out, "&#%u;", (unsigned)cp);
}

static const char *
internal_entity(const struct xmlfix *x, const char *name, size_t n)
{
	for (size_t i = 0; i < x->n_ents; i++)
		if (strlen(x->ents[i].name) == n && memcmp(x->ents[i].name, name, n) == 0)
			return x->ents[i].value;
	return NULL;
}

/* Write text as XML character data (escaping what XML would read as markup). */
static void
put_escaped(struct buf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '<')
			buf_puts(out, "&lt;");
		else if (*s == '&')
			buf_puts(out, "&amp;");
		else if (!forbidden((unsigned char)*s))
			buf_putc(out, *s);
	}
}

/* Bytes of plain text at s: up to '<', '&', a control or 0xEF (and ']'
 * inside our CDATA sections). */
static size_t
plain_text_run(const char *s, size_t n, bool cdata)
{
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		/* bytes below 0x20 (tab and newline included: checked one by one) */
		uint64_t low = (w - ONES * 0x20) & ~w & HIGHS;
		if (low | HAS_BYTE(w, '<') | HAS_BYTE(w, '&') | HAS_BYTE(w, 0xEF) |
		    (cdata ? HAS_BYTE(w, ']') : 0))
			break;
		i += 8;
	}
	while (i < n && !(cls[(unsigned char)s[i]] & (C_LT | C_AMP | C_BAD | C_EF)) &&
	       !(cdata && s[i] == ']'))
		i++;
	return i;
}

/* A reference at s[0] == '&'. Returns bytes consumed, 0 when more input is
 * needed to decide. */
static size_t
fix_reference(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	size_t k = 1;
	if (n > 1 && s[1] == '#')
		k = 2;
	if (k == 2 && n > 2 && (s[2] == 'x' || s[2] == 'X'))
		k = 3;
	size_t name_from = k;
	while (k < n && k < NAME_LOOKAHEAD && ((unsigned char)s[k] < 0x80 && name_char((unsigned char)s[k])))
		k++;
	if (k == n && !at_end && k < NAME_LOOKAHEAD)
		return 0;
	bool semi = k < n && s[k] == ';';
	if (name_from >= 2) {
		/* numeric: re-emit as a clean reference, windows-1252 for 128-159 */
		struct buf tmp = BUF_INIT;
		size_t used = html_entity_decode_at(s, n, &tmp);
		if (used) {
			uint32_t cp;
			utf8_decode(tmp.data, tmp.len, &cp);
			put_charref(out, cp);
		} else {
			buf_puts(out, "&amp;");
			used = 1;
		}
		buf_free(&tmp);
		return used;
	}
	size_t len = k - 1;
	if (semi) {
		static const char *xml[] = { "amp", "lt", "gt", "quot", "apos" };
		for (size_t i = 0; i < 5; i++)
			if (strlen(xml[i]) == len && memcmp(s + 1, xml[i], len) == 0) {
				buf_append(out, s, k + 1);
				return k + 1;
			}
		const char *v = internal_entity(x, s + 1, len);
		if (v) {
			put_escaped(out, v);
			return k + 1;
		}
	}
	const struct html_entity *e = semi ? html_entity_find(s + 1, len) : NULL;
	size_t used = k + 1;
	for (size_t m = len; !e && m >= 2; m--) {
		const struct html_entity *c = html_entity_find(s + 1, m);
		if (c && c->bare) {
			e = c;
			used = m + 1;
		}
	}
	if (!e) {
		buf_puts(out, "&amp;");
		return 1;
	}
	put_charref(out, e->cp[0]);
	if (e->cp[1])
		put_charref(out, e->cp[1]);
	return used;
}

/* Remember <!ENTITY name "value"> declarations of the internal subset. */
static void
read_entity_decls(struct xmlfix *x)
{
	const char *s = buf_str(&x->doctype);
	while ((s = strstr(s, "<!ENTITY")) != NULL && x->n_ents < MAX_ENTITIES) {
		s += 8;
		while (str_is_space((unsigned char)*s))
			s++;
		if (*s == '%')
			continue; /* parameter entities shape the DTD, not the text */
		const char *name = s;
		while (name_char((unsigned char)*s))
			s++;
		size_t nlen = (size_t)(s - name);
		while (str_is_space((unsigned char)*s))
			s++;
		if (nlen == 0 || (*s != '"' && *s != '\''))
			continue; /* external (SYSTEM/PUBLIC): never loaded */
		char q = *s++;
		const char *end = strchr(s, q);
		if (!end)
			break;
		struct buf v = BUF_INIT;
		html_unescape(&v, s, (size_t)(end - s));
		x->ents[x->n_ents].name = xstrndup(name, nlen);
		x->ents[x->n_ents].value = buf_take(&v);
		x->n_ents++;
		s = end + 1;
	}
}

/* Bytes up to the terminator term (e.g. "-->") in states that only look for
 * their end. Returns bytes consumed, 0 when more input is needed. */
static size_t
until(struct xmlfix *x, const char *s, size_t n, bool at_end, const char *term,
      struct buf *out, bool keep)
{
	size_t tl = strlen(term);
	const char *hit = NULL;
	for (const char *p = s; (p = memchr(p, term[0], n - (size_t)(p - s))) != NULL; p++) {
		if ((size_t)(s + n - p) < tl)
			break;
		if (memcmp(p, term, tl) == 0) {
			hit = p;
			break;
		}
	}
	size_t upto = hit ? (size_t)(hit - s) + tl : (at_end ? n : (n >= tl ? n - (tl - 1) : 0));
	if (keep)
		put_clean(out, s, upto);
	if (hit)
		x->st = S_TEXT;
	return upto;
}

/* After '<': decide what the markup is. */
static size_t
open_markup(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	if (n < 10 && !at_end)
		return 0;
	if (n >= 4 && memcmp(s, "<!--", 4) == 0) {
		x->st = S_COMMENT;
		return 4;
	}
	if (n >= 9 && memcmp(s, "<![CDATA[", 9) == 0) {
		buf_append(out, s, 9);
		x->st = S_CDATA;
		return 9;
	}
	if (n >= 9 && str_starts_with_ci(s, "<!DOCTYPE")) {
		x->st = S_DOCTYPE;
		x->dt_depth = 0;
		x->dt_quote = 0;
		return 9;
	}
	if (n >= 2 && s[1] == '?') {
		x->st = S_PI;
		return 2;
	}
	size_t i = n >= 2 && s[1] == '/' ? 2 : 1;
	if (i >= n || !name_start((unsigned char)s[i])) {
		buf_puts(out, "&lt;");
		return 1;
	}
	size_t j = i;
	while (j < n && j < NAME_LOOKAHEAD && name_char((unsigned char)s[j]))
		j++;
	if (j == n && !at_end && j < NAME_LOOKAHEAD)
		return 0;
	bool v = is_void_element(s + i, j - i);
	x->st = S_TAG;
	x->void_tag = v && i == 1;
	x->skip_tag = v && i == 2;
	x->last = 0;
	if (!x->skip_tag)
		buf_append(out, s, j);
	return j;
}

/* A reference in text. libxml2 reads each reference in character data by
 * a slow path and splits the text around it, and escaped HTML (what most
 * feeds send) is made of them: so the text from the first reference on
 * goes into a CDATA section of ours, references decoded, which libxml2
 * passes on in one piece. The characters the parser sees are the same.
 * A reference that decodes to ']' (it could end the section) is left to
 * the plain text path. */
/* XML's own five references, the bulk of escaped HTML: the character,
 * and the length through *len; 0 when s is none of them. */
static char
xml_reference(const char *s, size_t n, size_t *len)
{
	if (n >= 4 && s[2] == 't' && s[3] == ';' && (s[1] == 'l' || s[1] == 'g')) {
		*len = 4;
		return s[1] == 'l' ? '<' : '>';
	}
	if (n >= 5 && memcmp(s, "&amp;", 5) == 0) {
		*len = 5;
		return '&';
	}
	if (n >= 6 && memcmp(s, "&quot;", 6) == 0) {
		*len = 6;
		return '"';
	}
	if (n >= 6 && memcmp(s, "&apos;", 6) == 0) {
		*len = 6;
		return '\'';
	}
	return 0;
}

static size_t
text_reference(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	size_t len;
	char c = xml_reference(s, n, &len);
	if (c) {
		if (x->st == S_TEXT) {
			buf_puts(out, "<![CDATA[");
			x->st = S_CTEXT;
		}
		buf_putc(out, c);
		return len;
	}
	buf_reset(&x->ref);
	size_t used = fix_reference(x, s, n, at_end, &x->ref);
	if (used == 0)
		return 0;
	buf_reset(&x->decoded);
	html_unescape(&x->decoded, buf_str(&x->ref), x->ref.len);
	if (memchr(buf_str(&x->decoded), ']', x->decoded.len)) {
		if (x->st == S_CTEXT) {
			buf_puts(out, "]]>");
			x->st = S_TEXT;
		}
		buf_append(out, x->ref.data, x->ref.len);
		return used;
	}
	if (x->st == S_TEXT && x->decoded.len) {
		buf_puts(out, "<![CDATA[");
		x->st = S_CTEXT;
	}
	buf_append(out, x->decoded.data, x->decoded.len);
	return used;
}

static size_t
in_text(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	bool cdata = x->st == S_CTEXT;
	size_t i = 0;
	for (;;) {
		i += plain_text_run(s + i, n - i, cdata);
		if (i >= n)
			break;
		/* 0xEF that starts no U+FFFE/U+FFFF is text */
		if ((unsigned char)s[i] == 0xEF && !bad_at(s, i, n) && i + 2 < n) {
			i++;
			continue;
		}
		break;
	}
	if (i > 0) {
		buf_append(out, s, i);
		return i;
	}
	size_t bad = bad_at(s, 0, n);
	if (bad) {
		if (bad == 1 || n >= 3 || at_end)
			return bad;
		return 0; /* maybe U+FFFE split between chunks */
	}
	if ((unsigned char)s[0] == 0xEF) {
		if (n < 3 && !at_end)
			return 0;
		buf_append(out, s, 1);
		return 1;
	}
	if (s[0] == '&')
		return text_reference(x, s, n, at_end, out);
	if (cdata) {
		/* markup, or a ']' that could end the section: end it first */
		buf_puts(out, "]]>");
		x->st = S_TEXT;
		if (s[0] == ']') {
			buf_putc(out, ']');
			return 1;
		}
		return 0;
	}
	return open_markup(x, s, n, at_end, out);
}

/* Names and spaces inside a tag, up to the next byte that matters. */
static size_t
tag_run(struct xmlfix *x, const char *s, size_t n, struct buf *out)
{
	size_t i = 0;
	char last = x->last;
	while (i < n && !(cls[(unsigned char)s[i]] & (C_TAGEND | C_LT | C_AMP | C_BAD | C_EF))) {
		if (!str_is_space((unsigned char)s[i]))
			last = s[i];
		i++;
	}
	x->last = last;
	if (!x->skip_tag)
		buf_append(out, s, i);
	return i;
}

/* Inside a tag; 0 with a state change means "read this byte again". */
static size_t
in_tag(struct xmlfix *x, const char *s, size_t n, struct buf *out)
{
	if (x->last != '=') {
		size_t run = tag_run(x, s, n, out);
		if (run)
			return run;
	}
	char c = s[0];
	if (c == '>') {
		if (!x->skip_tag)
			buf_puts(out, x->void_tag && x->last != '/' ? "/>" : ">");
		x->st = S_TEXT;
		return 1;
	}
	if (c == '<') { /* an unclosed tag: close it and read on as text */
		if (!x->skip_tag)
			buf_puts(out, x->void_tag ? "/>" : ">");
		x->st = S_TEXT;
		return 0;
	}
	if (c == '"' || c == '\'') {
		x->st = c == '"' ? S_ATTR_DQ : S_ATTR_SQ;
	} else if (x->last == '=' && !str_is_space((unsigned char)c)) {
		x->st = S_ATTR_BARE; /* value without quotes: quote it */
		if (!x->skip_tag)
			buf_putc(out, '"');
		return 0;
	}
	if (!str_is_space((unsigned char)c))
		x->last = c;
	if (!x->skip_tag)
		put_clean(out, s, 1);
	return 1;
}

static size_t
in_attr(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	char q = x->st == S_ATTR_DQ ? '"' : '\'';
	char c = s[0];
	bool bare = x->st == S_ATTR_BARE;
	if ((!bare && c == q) || (bare && (str_is_space((unsigned char)c) || c == '>'))) {
		if (!x->skip_tag)
			buf_putc(out, '"' == q || bare ? '"' : q);
		x->st = S_TAG;
		x->last = q;
		return bare ? 0 : 1;
	}
	if (c == '&') {
		struct buf tmp = BUF_INIT;
		size_t used = fix_reference(x, s, n, at_end, &tmp);
		if (!x->skip_tag)
			buf_append(out, tmp.data, tmp.len);
		buf_free(&tmp);
		return used;
	}
	size_t i = 0;
	while (i < n && s[i] != q && !(cls[(unsigned char)s[i]] & (C_LT | C_AMP | C_BAD | C_EF)) &&
	       !(bare && (str_is_space((unsigned char)s[i]) || s[i] == '>' || s[i] == '"')))
		i++;
	if (i > 0) {
		if (!x->skip_tag)
			buf_append(out, s, i);
		return i;
	}
	if (x->skip_tag)
		return 1;
	if (c == '<')
		buf_puts(out, "&lt;");
	else if (bare && c == '"')
		buf_puts(out, "&quot;");
	else
		put_clean(out, s, 1);
	return 1;
}

static size_t
in_doctype(struct xmlfix *x, const char *s, size_t n)
{
	(void)n;
	char c = s[0];
	buf_putc(&x->doctype, c);
	if (x->dt_quote) {
		if (c == x->dt_quote)
			x->dt_quote = 0;
	} else if (c == '"' || c == '\'') {
		x->dt_quote = c;
	} else if (c == '[') {
		x->dt_depth++;
	} else if (c == ']') {
		x->dt_depth--;
	} else if (c == '>' && x->dt_depth <= 0) {
		read_entity_decls(x);
		buf_free(&x->doctype);
		x->st = S_TEXT;
	}
	return 1;
}

/* One step of the machine; 0 means "need more input" (or a state change
 * that consumed nothing, which the caller distinguishes by the state). */
static size_t
step(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	switch (x->st) {
	case S_TEXT:
	case S_CTEXT: return in_text(x, s, n, at_end, out);
	case S_TAG: return in_tag(x, s, n, out);
	case S_ATTR_DQ:
	case S_ATTR_SQ:
	case S_ATTR_BARE: return in_attr(x, s, n, at_end, out);
	case S_COMMENT: return until(x, s, n, at_end, "-->", out, false);
	case S_CDATA: return until(x, s, n, at_end, "]]>", out, true);
	case S_PI: return until(x, s, n, at_end, "?>", out, false);
	case S_DOCTYPE: return in_doctype(x, s, n);
	}
	return 1;
}

static size_t
run(struct xmlfix *x, const char *s, size_t n, bool at_end, struct buf *out)
{
	size_t i = 0;
	while (i < n) {
		enum state before = x->st;
		size_t used = step(x, s + i, n - i, at_end, out);
		if (used == 0 && x->st == before)
			break;
		i += used;
	}
	return i;
}

void
xmlfix_push(struct xmlfix *x, const char *s, size_t n, struct buf *out)
{
	if (x->pending.len == 0) {
		size_t used = run(x, s, n, false, out);
		buf_append(&x->pending, s + used, n - used);
		return;
	}
	buf_append(&x->pending, s, n);
	struct buf all = x->pending;
	buf_init(&x->pending, 0);
	size_t used = run(x, all.data, all.len, false, out);
	buf_append(&x->pending, all.data + used, all.len - used);
	buf_free(&all);
}

void
xmlfix_finish(struct xmlfix *x, struct buf *out)
{
	struct buf all = x->pending;
	buf_init(&x->pending, 0);
	if (all.len)
		run(x, all.data, all.len, true, out);
	buf_free(&all);
	if (x->st == S_TAG)
		buf_puts(out, ">");
	else if (x->st == S_ATTR_DQ || x->st == S_ATTR_SQ || x->st == S_ATTR_BARE)
		buf_puts(out, x->st == S_ATTR_SQ ? "'>" : "\">");
	else if (x->st == S_CDATA || x->st == S_CTEXT)
		buf_puts(out, "]]>");
	/* Markup after the last text makes libxml2 deliver all of it: without
	 * it, how much of a cut-off text arrives depends on the chunking. */
	buf_puts(out, "<!---->");
}
