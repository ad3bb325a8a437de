/* str.c: locale-independent string helpers. */
#include "config.h"

#include <string.h>

#include "util/str.h"

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

bool
str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool
str_starts_with_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (lower((unsigned char)*s) != lower((unsigned char)*prefix))
			return false;
	return true;
}

bool
str_eq_ci(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return false;
	return *a == *b;
}

const char *
str_trim_span(const char *s, size_t len, size_t *n)
{
	while (len && str_is_space((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && str_is_space((unsigned char)s[len - 1]))
		len--;
	*n = len;
	return s;
}

char *
str_trim(char *s)
{
	size_t n;
	const char *t = str_trim_span(s, strlen(s), &n);
	memmove(s, t, n);
	s[n] = '\0';
	return s;
}

char *
str_collapse_ws(char *s)
{
	char *w = s;
	bool space = false;
	for (const char *r = s; *r; r++) {
		if (str_is_space((unsigned char)*r)) {
			space = w != s;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = false;
		*w++ = *r;
	}
	*w = '\0';
	return s;
}

bool
str_blank(const char *s)
{
	if (!s)
		return true;
	for (; *s; s++)
		if (!str_is_space((unsigned char)*s))
			return false;
	return true;
}
