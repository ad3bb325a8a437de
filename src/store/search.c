/* search.c: turning what the user typed into a safe FTS5 query. */
#include "config.h"

#include <stdlib.h>

#include "store/internal.h"
#include "util/str.h"

/*
 * No user text reaches FTS5 as syntax: every word becomes a quoted string
 * (so AND, OR, NEAR, column:, ^ and parentheses are just words), "a
 * phrase" stays a phrase, and a trailing * asks for a prefix. Words are
 * implicitly ANDed. Text with no letter or digit in it is dropped, since
 * the tokenizer would see nothing there.
 */

static bool
has_word_char(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			return true;
	}
	return false;
}

/* Append s[0..n) as an FTS5 string, doubling quotes. */
static void
put_string(struct buf *b, const char *s, size_t n, bool prefix)
{
	if (b->len)
		buf_putc(b, ' ');
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			buf_putc(b, '"');
		buf_putc(b, s[i]);
	}
	buf_putc(b, '"');
	if (prefix)
		buf_putc(b, '*');
}

char *
store_fts_expr(const char *q)
{
	if (!q)
		return NULL;
	struct buf b = BUF_INIT;
	const char *s = q;
	while (*s) {
		while (str_is_space(*s))
			s++;
		if (!*s)
			break;
		const char *start = s, *e;
		bool quoted = *s == '"';
		if (quoted) {
			start = ++s;
			while (*s && *s != '"')
				s++;
			e = s;
			if (*s)
				s++;
		} else {
			while (*s && !str_is_space(*s))
				s++;
			e = s;
		}
		bool prefix = !quoted && e > start && e[-1] == '*';
		if (prefix)
			e--;
		if (has_word_char(start, (size_t)(e - start)))
			put_string(&b, start, (size_t)(e - start), prefix);
	}
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}
