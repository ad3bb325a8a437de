/* htmltext.c: tag stripping with the few HTML rules that matter for text. */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "parse/htmltext.h"
#include "util/entities.h"

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_word(char c)
{
	return is_letter(c) || (c >= '0' && c <= '9') || c == '_';
}

/* Length of the tag starting at s[0] == '<', or 0 when '<' starts no tag
 * (then it is text, as browsers read "a < b"). */
static size_t
tag_length(const char *s, size_t n)
{
	if (n < 2)
		return 0;
	if (n >= 4 && memcmp(s, "<!--", 4) == 0) {
		for (size_t i = 4; i + 2 < n; i++)
			if (memcmp(s + i, "-->", 3) == 0)
				return i + 3;
		return n;
	}
	if (!is_letter(s[1]) && s[1] != '/' && s[1] != '!' && s[1] != '?')
		return 0;
	/* a quote opens a quoted value only right after '=' (as browsers read it) */
	char q = 0, prev = 0;
	for (size_t i = 1; i < n; i++) {
		if (q) {
			if (s[i] == q)
				q = 0;
		} else if ((s[i] == '"' || s[i] == '\'') && prev == '=') {
			q = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			prev = s[i];
	}
	return n;
}

/* Position after the end tag </name> (any case), or n when there is none. */
static size_t
skip_raw_element(const char *s, size_t n, const char *name)
{
	size_t len = strlen(name);
	for (size_t i = 0; i + len + 2 < n; i++)
		if (s[i] == '<' && s[i + 1] == '/' && strncasecmp(s + i + 2, name, len) == 0) {
			size_t t = tag_length(s + i, n - i);
			return i + (t ? t : 1);
		}
	return n;
}

static const char *
raw_text_element(const char *tag, size_t n)
{
	static const char *names[] = { "script", "style" };
	for (size_t k = 0; k < 2; k++) {
		size_t len = strlen(names[k]);
		if (n > len + 1 && strncasecmp(tag + 1, names[k], len) == 0 && !is_word(tag[len + 1]))
			return names[k];
	}
	return NULL;
}

void
html_to_text(struct buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '<')
			j++;
		html_unescape(out, s + i, j - i);
		i = j;
		if (i >= n)
			break;
		size_t t = tag_length(s + i, n - i);
		if (t == 0) {
			buf_putc(out, '<');
			i++;
			continue;
		}
		const char *raw = raw_text_element(s + i, t);
		i += t;
		if (raw)
			i += skip_raw_element(s + i, n - i, raw);
	}
}

bool
looks_like_html(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		if (s[i] == '<' && s[i + 1] == '/' && is_letter(s[i + 2])) {
			size_t j = i + 2;
			while (j < n && is_word(s[j]))
				j++;
			if (j < n && s[j] == '>')
				return true;
		} else if (s[i] == '&') {
			size_t j = i + 1;
			if (j < n && s[j] == '#')
				j++;
			size_t start = j;
			while (j < n && is_word(s[j]))
				j++;
			if (j > start && j < n && s[j] == ';')
				return true;
		}
	}
	return false;
}

/* Bytes at s without &, < or >, eight at a time while it lasts. */
static size_t
plain_html_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w, a, l, g;
		memcpy(&w, s + i, 8);
		a = w ^ (ones * '&');
		l = w ^ (ones * '<');
		g = w ^ (ones * '>');
		if ((((a - ones) & ~a) | ((l - ones) & ~l) | ((g - ones) & ~g)) & highs)
			break;
		i += 8;
	}
	while (i < n && s[i] != '&' && s[i] != '<' && s[i] != '>')
		i++;
	return i;
}

void
html_escape(struct buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t run = plain_html_run(s + i, n - i);
		buf_append(out, s + i, run);
		i += run;
		if (i >= n)
			break;
		buf_puts(out, s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : "&gt;");
		i++;
	}
}
