/* entities.c: decoding HTML character references by the HTML rules. */
#include "config.h"

#include <string.h>

#include "util/entities.h"

uint32_t
cp1252_to_unicode(unsigned char c)
{
	static const uint16_t high[32] = {
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	};
	return c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
}

const struct html_entity *
html_entity_find(const char *name, size_t n)
{
	size_t lo = 0, hi = html_entities_count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *e = html_entities[mid].name;
		int c = strncmp(name, e, n);
		if (c == 0 && e[n] != '\0')
			c = -1;
		if (c == 0)
			return &html_entities[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static bool
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static size_t
decode_numeric(const char *s, size_t n, struct buf *out)
{
	size_t i = 2;
	bool hex = i < n && (s[i] == 'x' || s[i] == 'X');
	uint32_t v = 0;
	size_t start;
	if (hex)
		i++;
	start = i;
	for (; i < n; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0'
		      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
		      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			break;
		if (v <= 0x10FFFF)
			v = v * (hex ? 16 : 10) + (uint32_t)d;
	}
	if (i == start)
		return 0;
	if (i < n && s[i] == ';')
		i++;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		v = 0xFFFD;
	else if (v >= 0x80 && v < 0xA0)
		v = cp1252_to_unicode((unsigned char)v);
	buf_put_utf8(out, v);
	return i;
}

size_t
html_entity_decode_at(const char *s, size_t n, struct buf *out)
{
	if (n < 2 || s[0] != '&')
		return 0;
	if (s[1] == '#')
		return decode_numeric(s, n, out);
	size_t len = 1;
	while (len < n && len < 40 && is_alnum(s[len]))
		len++;
	const struct html_entity *e = NULL;
	size_t used = 0;
	if (len < n && s[len] == ';') {
		e = html_entity_find(s + 1, len - 1);
		used = len + 1;
	}
	/* Without ';' only the legacy names count, longest match first. */
	for (size_t k = len - 1; !e && k >= 2; k--) {
		const struct html_entity *c = html_entity_find(s + 1, k);
		if (c && c->bare) {
			e = c;
			used = k + 1;
		}
	}
	if (!e)
		return 0;
	buf_put_utf8(out, e->cp[0]);
	if (e->cp[1])
		buf_put_utf8(out, e->cp[1]);
	return used;
}

void
html_unescape(struct buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t run = amp ? (size_t)(amp - (s + i)) : n - i;
		buf_append(out, s + i, run);
		i += run;
		if (i >= n)
			break;
		size_t used = html_entity_decode_at(s + i, n - i, out);
		if (used == 0) {
			buf_putc(out, '&');
			used = 1;
		}
		i += used;
	}
}
