/* decode.c: charset sniffing (BOM, XML declaration) and conversion to UTF-8. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parse/decode.h"
#include "util/entities.h"
#include "util/str.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Bytes of prolog we look at for an encoding declaration. */
#define SNIFF_MAX 1024

enum mode {
	MODE_SNIFF,   /* collecting the start of the document */
	MODE_UTF8,    /* validate, repair stray bytes as windows-1252 */
	MODE_CP1252,  /* latin-1, ascii and windows-1252 alike */
	MODE_ICONV,
};

struct decoder {
	enum mode mode;
	char *override;
	char charset[32];
	iconv_t cd;
	struct buf held; /* sniffing prefix, or a sequence split between chunks */
};

struct decoder *
decoder_new(const char *charset)
{
	struct decoder *d = xcalloc(1, sizeof *d);
	d->mode = MODE_SNIFF;
	d->override = charset && *charset ? xstrdup(charset) : NULL;
	d->cd = (iconv_t)-1;
	strcpy(d->charset, "utf-8");
	buf_init(&d->held, 0);
	return d;
}

void
decoder_free(struct decoder **dp)
{
	struct decoder *d = *dp;
	if (!d)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	free(d->override);
	buf_free(&d->held);
	free(d);
	*dp = NULL;
}

static bool
is_cp1252_family(const char *cs)
{
	static const char *names[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
		"us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252",
		"x-cp1252", "iso-ir-100", "ibm819", "cp819", "csisolatin1",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (str_eq_ci(cs, names[i]))
			return true;
	return false;
}

static bool
is_utf8_name(const char *cs)
{
	return str_eq_ci(cs, "utf-8") || str_eq_ci(cs, "utf8") || str_eq_ci(cs, "unicode-1-1-utf-8");
}

/* Choose how to decode from a charset name; unknown names fall back to UTF-8. */
static void
select_charset(struct decoder *d, const char *cs)
{
	size_t n = strlen(cs);
	if (n >= sizeof d->charset)
		n = sizeof d->charset - 1;
	for (size_t i = 0; i < n; i++)
		d->charset[i] = (char)(cs[i] >= 'A' && cs[i] <= 'Z' ? cs[i] + 32 : cs[i]);
	d->charset[n] = '\0';
	if (is_utf8_name(d->charset)) {
		d->mode = MODE_UTF8;
		return;
	}
	if (is_cp1252_family(d->charset)) {
		d->mode = MODE_CP1252;
		return;
	}
	d->cd = iconv_open("UTF-8", d->charset);
	if (d->cd == (iconv_t)-1) {
		strcpy(d->charset, "utf-8");
		d->mode = MODE_UTF8;
		return;
	}
	d->mode = MODE_ICONV;
}

/* The value of encoding="..." in an XML declaration at the start of s. */
static bool
declared_encoding(const char *s, size_t n, char *out, size_t outsz)
{
	if (n < 6 || memcmp(s, "<?xml", 5) != 0)
		return false;
	const char *end = memchr(s, '>', n);
	if (!end)
		return false;
	size_t len = (size_t)(end - s);
	for (size_t i = 5; i + 8 < len; i++) {
		if (memcmp(s + i, "encoding", 8) != 0)
			continue;
		size_t j = i + 8;
		while (j < len && str_is_space((unsigned char)s[j]))
			j++;
		if (j >= len || s[j] != '=')
			return false;
		j++;
		while (j < len && str_is_space((unsigned char)s[j]))
			j++;
		if (j >= len || (s[j] != '"' && s[j] != '\''))
			return false;
		char q = s[j++];
		size_t k = 0;
		while (j < len && s[j] != q && k + 1 < outsz)
			out[k++] = s[j++];
		out[k] = '\0';
		return k > 0;
	}
	return false;
}

/* Decide the charset once enough of the start is known. Returns the number
 * of leading bytes to drop (a byte order mark), or -1 to keep collecting. */
static long
sniff(struct decoder *d, bool at_end)
{
	const unsigned char *s = (const unsigned char *)d->held.data;
	size_t n = d->held.len;
	if (n < 4 && !at_end)
		return -1;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		select_charset(d, "utf-8");
		return 3;
	}
	if (n >= 4 && ((s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0) ||
		       (s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF))) {
		select_charset(d, s[0] ? "utf-32le" : "utf-32be");
		return 4;
	}
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		select_charset(d, s[0] == 0xFF ? "utf-16le" : "utf-16be");
		return 2;
	}
	if (n >= 4 && s[0] == '<' && s[1] == 0 && s[2] == 0 && s[3] == 0) {
		select_charset(d, "utf-32le");
		return 0;
	}
	if (n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] == '<') {
		select_charset(d, "utf-32be");
		return 0;
	}
	if (n >= 4 && s[0] == '<' && s[1] == 0 && s[2] == '?' && s[3] == 0) {
		select_charset(d, "utf-16le");
		return 0;
	}
	if (n >= 4 && s[0] == 0 && s[1] == '<' && s[2] == 0 && s[3] == '?') {
		select_charset(d, "utf-16be");
		return 0;
	}
	if (d->override) {
		select_charset(d, d->override);
		return 0;
	}
	char enc[32];
	/* a declaration still arriving (or the start of one): wait for its end */
	size_t k = n < 5 ? n : 5;
	bool decl_open = memcmp(s, "<?xml", k) == 0 && !memchr(s, '>', n);
	if (decl_open && n < SNIFF_MAX && !at_end)
		return -1;
	select_charset(d, declared_encoding((const char *)s, n, enc, sizeof enc) ? enc : "utf-8");
	return 0;
}

static void
put_cp1252(struct buf *out, const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t start = i;
		while (i < n && s[i] < 0x80)
			i++;
		buf_append(out, s + start, i - start);
		if (i < n)
			buf_put_utf8(out, cp1252_to_unicode(s[i++]));
	}
}

/* UTF-8 in, UTF-8 out; a byte that starts no valid sequence is windows-1252.
 * Returns how many trailing bytes form an incomplete sequence to keep. */
static size_t
put_utf8(struct buf *out, const char *s, size_t n, bool at_end)
{
	size_t i = 0;
	while (i < n) {
		size_t ok = utf8_valid_prefix(s + i, n - i);
		buf_append(out, s + i, ok);
		i += ok;
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (!at_end && n - i < want && want > 1) {
			/* maybe the rest arrives in the next chunk */
			bool cont = true;
			for (size_t k = i + 1; k < n; k++)
				cont = cont && ((unsigned char)s[k] & 0xC0) == 0x80;
			if (cont)
				return n - i;
		}
		buf_put_utf8(out, cp1252_to_unicode(c));
		i++;
	}
	return 0;
}

/* Returns how many trailing bytes are an incomplete sequence to keep. */
static size_t
put_iconv(struct decoder *d, struct buf *out, const char *s, size_t n, bool at_end)
{
	char tmp[4096];
	char *in = (char *)s;
	size_t left = n;
	while (left > 0) {
		char *o = tmp;
		size_t room = sizeof tmp;
		size_t r = iconv(d->cd, &in, &left, &o, &room);
		buf_append(out, tmp, sizeof tmp - room);
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		if (errno == EINVAL && !at_end)
			return left;
		/* an invalid or truncated sequence: mark it and go on */
		buf_puts(out, "\xEF\xBF\xBD");
		in++;
		left--;
	}
	return 0;
}

static void
convert(struct decoder *d, const char *s, size_t n, struct buf *out, bool at_end)
{
	size_t keep = 0;
	switch (d->mode) {
	case MODE_UTF8: keep = put_utf8(out, s, n, at_end); break;
	case MODE_CP1252: put_cp1252(out, (const unsigned char *)s, n); break;
	case MODE_ICONV: keep = put_iconv(d, out, s, n, at_end); break;
	case MODE_SNIFF: break;
	}
	/* s may point into held: copy the tail out before reusing held */
	char tail[8];
	if (keep > sizeof tail)
		keep = sizeof tail;
	memcpy(tail, s + n - keep, keep);
	buf_reset(&d->held);
	buf_append(&d->held, tail, keep);
}

static void
push(struct decoder *d, const char *in, size_t n, struct buf *out, bool at_end)
{
	if (d->mode == MODE_SNIFF) {
		buf_append(&d->held, in, n);
		long drop = sniff(d, at_end);
		if (drop < 0)
			return;
		struct buf all = d->held;
		buf_init(&d->held, 0);
		convert(d, all.data + drop, all.len - (size_t)drop, out, at_end);
		buf_free(&all);
		return;
	}
	if (d->held.len) {
		buf_append(&d->held, in, n);
		struct buf all = d->held;
		buf_init(&d->held, 0);
		convert(d, all.data, all.len, out, at_end);
		buf_free(&all);
		return;
	}
	convert(d, in, n, out, at_end);
}

void
decoder_push(struct decoder *d, const char *in, size_t n, struct buf *out)
{
	push(d, in, n, out, false);
}

size_t
decoder_passthrough(const struct decoder *d, const char *in, size_t n)
{
	if (d->mode != MODE_UTF8 || d->held.len)
		return 0;
	return utf8_valid_prefix(in, n);
}

void
decoder_finish(struct decoder *d, struct buf *out)
{
	push(d, "", 0, out, true);
}
