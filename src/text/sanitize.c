/* sanitize.c: strip controls and terminal escape sequences from untrusted text. */
#include "config.h"

#include <string.h>

#include "text/sanitize.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define ESC 0x1B
#define BEL 0x07
#define C1_CSI 0x9B
#define C1_ST 0x9C

/* Decode the code point at s[i]; its length goes to *k. */
static uint32_t
next_cp(const char *s, size_t n, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*k = 1;
		return c;
	}
	uint32_t cp;
	*k = utf8_decode(s + i, n - i, &cp);
	return cp;
}

/* Skip a control sequence's parameters, intermediates and final byte
 * (ECMA-48 5.4); i points after the introducer. */
static size_t
skip_csi(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] >= 0x30 && s[i] <= 0x3F)
		i++;
	while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
		i++;
	if (i < n && s[i] >= 0x40 && s[i] <= 0x7E)
		i++;
	return i;
}

/* Skip a command string (OSC, DCS, SOS, PM, APC) up to and including its
 * terminator: BEL, ESC \ or C1 ST. An unterminated string runs to the end,
 * as a terminal would swallow it; in markup it ends before '<' or a newline
 * so that no element is lost. */
static size_t
skip_string(const char *s, size_t n, size_t i, unsigned flags)
{
	while (i < n) {
		if ((flags & SANITIZE_MARKUP) && (s[i] == '<' || s[i] == '\n'))
			return i;
		size_t k;
		uint32_t cp = next_cp(s, n, i, &k);
		if (cp == BEL || cp == C1_ST)
			return i + k;
		if (cp == ESC) {
			if (i + 1 < n && s[i + 1] == '\\')
				return i + 2;
			return i + 1; /* a new escape ends the string */
		}
		i += k;
	}
	return n;
}

/* Skip the escape sequence that starts with ESC at s[i]. */
static size_t
skip_esc(const char *s, size_t n, size_t i, unsigned flags)
{
	i++;
	if (i >= n)
		return i;
	unsigned char c = (unsigned char)s[i];
	if (c == '[')
		return skip_csi(s, n, i + 1);
	if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
		return skip_string(s, n, i + 1, flags);
	while (i < n && s[i] >= 0x20 && s[i] <= 0x2F) /* nF: intermediates */
		i++;
	if (i < n && s[i] >= 0x30 && s[i] <= 0x7E)
		i++;
	return i;
}

/* What to do with code point cp at s[i] (k bytes): returns the index to
 * continue from, and sets *keep when the character is written. Once the
 * introducer is gone nothing after it can drive a terminal, so removing the
 * parameters too is only tidiness: C1 string introducers, which pages mostly
 * have from text decoded in the wrong charset, go alone. */
static size_t
classify(const char *s, size_t n, size_t i, size_t k, uint32_t cp, int *keep, unsigned flags)
{
	*keep = 0;
	if (cp == ESC)
		return skip_esc(s, n, i, flags);
	if (cp == C1_CSI)
		return skip_csi(s, n, i + k);
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return i + k;
	*keep = 1;
	return i + k;
}

static int
put_space_control(struct buf *out, const char *s, size_t n, size_t i, uint32_t cp,
		  unsigned flags)
{
	if (cp == '\n' || (cp == '\r' && i + 1 < n && s[i + 1] == '\n'))
		return cp == '\r' ? BUF_OK
			: buf_putc(out, (flags & SANITIZE_KEEP_NEWLINES) ? '\n' : ' ');
	if (cp == '\t')
		return buf_putc(out, (flags & SANITIZE_KEEP_TABS) ? '\t' : ' ');
	return BUF_OK;
}

int
text_sanitize_buf(struct buf *out, const char *s, size_t n, unsigned flags)
{
	size_t i = 0;
	while (i < n) {
		size_t run = i;
		while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F)
			run++;
		if (run > i && buf_append(out, s + i, run - i) != BUF_OK)
			return BUF_FULL;
		if ((i = run) >= n)
			break;
		size_t k;
		uint32_t cp = next_cp(s, n, i, &k);
		if (cp == '\n' || cp == '\r' || cp == '\t') {
			if (put_space_control(out, s, n, i, cp, flags) != BUF_OK)
				return BUF_FULL;
			i += k;
			continue;
		}
		int keep;
		size_t next = classify(s, n, i, k, cp, &keep, flags);
		if (keep && (cp == UTF8_REPLACEMENT ? buf_put_utf8(out, cp)
				: buf_append(out, s + i, k)) != BUF_OK)
			return BUF_FULL;
		i = next;
	}
	return BUF_OK;
}

void
text_strip_escapes(struct buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *esc = memchr(s + i, ESC, n - i);
		size_t run = esc ? (size_t)(esc - s) - i : n - i;
		buf_append(out, s + i, run);
		i += run;
		if (i < n)
			i = skip_esc(s, n, i, SANITIZE_MARKUP);
	}
}

char *
text_sanitize(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	if (text_is_clean(s, n, 0))
		return xstrdup(s);
	struct buf b = BUF_INIT;
	text_sanitize_buf(&b, s, n, 0);
	return buf_take(&b);
}

int
text_is_clean(const char *s, size_t n, unsigned flags)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		if ((c == '\n' && (flags & SANITIZE_KEEP_NEWLINES)) ||
		    (c == '\t' && (flags & SANITIZE_KEEP_TABS))) {
			i++;
			continue;
		}
		if (c < 0x80)
			return 0;
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if ((cp == UTF8_REPLACEMENT && k == 1) || cp < 0xA0)
			return 0;
		i += k;
	}
	return 1;
}
