/* confscan.c: quote-aware scanning of config lines (comments, the rest after some words, ';'), and quoting words back. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "cmd/confscan.h"
#include "util/buf.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/xalloc.h"

static bool
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* One character on from s, keeping the quote state *q ('\'', '"' or 0). */
static const char *
step(const char *s, char *q)
{
	if (*q == '\'') {
		if (*s == '\'')
			*q = 0;
	} else if (*q == '"') {
		if (*s == '"')
			*q = 0;
		else if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
			s++;
	} else if (*s == '\'' || *s == '"') {
		*q = *s;
	} else if (*s == '\\' && s[1]) {
		s++;
	}
	return s + 1;
}

size_t
conf_comment_start(const char *line)
{
	char q = 0;
	const char *s = line;
	bool word_start = true; /* after an unquoted, unescaped blank */
	while (*s) {
		if (!q && *s == '#' && word_start)
			return (size_t)(s - line);
		word_start = !q && blank(*s);
		s = step(s, &q);
	}
	return (size_t)(s - line);
}

const char *
conf_skip_words(const char *line, int n)
{
	const char *s = line;
	for (int i = 0; i <= n; i++) {
		while (blank(*s))
			s++;
		if (i == n || !*s)
			break;
		char q = 0;
		while (*s && (q || !blank(*s)))
			s = step(s, &q);
	}
	return s;
}

char **
conf_split_at(const char *text, char sep, int *n)
{
	char **v = xcalloc(1, sizeof *v);
	*n = 0;
	const char *s = text, *start = text;
	char q = 0;
	for (;;) {
		if (!*s || (!q && *s == sep)) {
			size_t len = 0;
			const char *t = str_trim_span(start, (size_t)(s - start), &len);
			v = xreallocarray(v, (size_t)*n + 2, sizeof *v);
			v[(*n)++] = xstrndup(t, len);
			v[*n] = NULL;
			if (!*s)
				break;
			start = ++s;
			continue;
		}
		s = step(s, &q);
	}
	return v;
}

size_t
conf_last_word(const char *text, int *index)
{
	const char *s = text, *start = text;
	char q = 0;
	int n = 0;
	bool in_word = false;
	while (*s) {
		if (!q && blank(*s)) {
			if (in_word)
				n++;
			in_word = false;
			s++;
			start = s;
			continue;
		}
		in_word = true;
		s = step(s, &q);
	}
	*index = n;
	return (size_t)(start - text);
}

void
conf_quote(struct buf *out, const char *w)
{
	bool plain = *w != '\0' && *w != '#';
	for (const char *p = w; *p && plain; p++)
		plain = !blank(*p) && *p != '"' && *p != '\'' && *p != '\\' && *p != ';';
	if (plain) {
		buf_puts(out, w);
		return;
	}
	buf_putc(out, '"');
	for (const char *p = w; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_putc(out, '\\');
		buf_putc(out, *p);
	}
	buf_putc(out, '"');
}
