/* width.c: display width of Unicode text from generated range tables (no wcwidth, no locale). */
#include "config.h"

#include <stdbool.h>

#include "util/utf8.h"
#include "util/width.h"

struct width_range {
	uint32_t first, last;
};

#include "util/width_table.h"

static bool
in_table(const struct width_range *t, size_t n, uint32_t cp)
{
	if (cp < t[0].first || cp > t[n - 1].last)
		return false;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp > t[mid].last)
			lo = mid + 1;
		else if (cp < t[mid].first)
			hi = mid;
		else
			return true;
	}
	return false;
}

int
width_cp(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x300)
		return 1; /* Latin: the common case, no search */
	if (in_table(width_zero, sizeof width_zero / sizeof width_zero[0], cp))
		return 0;
	if (cp >= 0x1100 && in_table(width_wide, sizeof width_wide / sizeof width_wide[0], cp))
		return 2;
	return 1;
}

size_t
width_str(const char *s, size_t n)
{
	size_t used;
	width_fit(s, n, (size_t)-1, &used);
	return used;
}

size_t
width_fit(const char *s, size_t n, size_t cols, size_t *used)
{
	size_t i = 0, w = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t k = 1;
		if (c < 0x80)
			cp = c;
		else
			k = utf8_decode(s + i, n - i, &cp);
		int cw = width_cp(cp);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		i += k;
	}
	if (used)
		*used = w;
	return i;
}
