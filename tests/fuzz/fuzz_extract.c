/* fuzz_extract.c: libFuzzer target for main-article extraction. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/readable.h"
#include "util/utf8.h"

/*
 * The first input byte chooses the options, the rest is the page:
 *   bit 0     a base URL for relative links
 *   bits 1-3  the charset an HTTP header declared (none, or one of CHARSETS)
 * An article, when one is found, must have text and HTML that are valid
 * UTF-8, text with no control character but newlines, and links numbered
 * 1..n; metadata strings must be clean too.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const CHARSETS[8] = { NULL, "windows-1251", "Shift_JIS", "ISO-8859-1",
					 "UTF-16LE", "ISO-2022-JP", "no-such-charset", "utf-8" };

static void
check_clean(const char *s, int newlines)
{
	if (!s)
		return;
	size_t n = strlen(s);
	if (!utf8_valid(s, n))
		abort();
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && !(newlines && c == '\n')) || c == 0x7F)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *base = (data[0] & 1) ? "https://news.example/2024/01/story.html" : NULL;
	struct article *a = NULL;
	const char *charset = CHARSETS[(data[0] >> 1) & 7];
	int rc = readable_extract((const char *)data + 1, size - 1, charset, base, &a);
	if (rc == READABLE_OK) {
		if (!a || !a->text || !a->html)
			abort();
		check_clean(a->text, 1);
		check_clean(a->title, 0);
		check_clean(a->byline, 0);
		check_clean(a->site_name, 0);
		check_clean(a->published, 0);
		if (!utf8_valid(a->html, strlen(a->html)))
			abort();
		for (size_t i = 0; i < a->nlinks; i++) {
			if (a->links[i].n != (int)i + 1)
				abort();
			check_clean(a->links[i].url, 0);
			check_clean(a->links[i].text, 0);
		}
	} else if (a) {
		abort();
	}
	article_free(&a);
	return 0;
}
