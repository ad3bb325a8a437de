/* fuzz_urls.c: libFuzzer target for the urls file: any text is read, and a line written for a URL reads back as it. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/urls.h"
#include "util/xalloc.h"

/*
 * The input is split at the first NUL: before it a urls file (read, every
 * line kept verbatim), after it a URL, a tag and a title separated by NUL.
 * The line urls_add writes for them must read back with the same URL,
 * the tag as a tag and the title as the title, when they can be written at
 * all (no line break; a tag that is no NAME=VALUE setting and does not
 * start with '~').
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
writable(const char *s)
{
	return *s && !strpbrk(s, "\r\n");
}

static void
check_line(const char *url, const char *tag, const char *title)
{
	struct urls u = { 0 }, back = { 0 };
	bool tag_ok = writable(tag) && tag[0] != '~' && !strchr(tag, '=') && tag[0] != '#';
	const char *tags[1] = { tag };
	urls_add(&u, url, tags, tag_ok ? 1 : 0, writable(title) ? title : NULL);
	urls_parse(u.lines[0].raw, strlen(u.lines[0].raw), &back);
	const struct urls_line *l = &back.lines[0];
	if (back.n != 1 || !l->url || strcmp(l->url, url) != 0)
		abort();
	if (tag_ok && (l->n_tags != 1 || strcmp(l->tags[0], tag) != 0))
		abort();
	if (writable(title) && (!l->title || strcmp(l->title, title) != 0))
		abort();
	urls_free(&u);
	urls_free(&back);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the fields keep their NULs: a copy of all the bytes, one more NUL */
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	const char *field[4] = { "", "", "", "" };
	size_t at = 0;
	for (int i = 0; i < 4 && at <= size; i++) {
		field[i] = buf + at;
		at += strlen(buf + at) + 1;
	}
	struct urls u = { 0 };
	urls_parse(field[0], strlen(field[0]), &u);
	urls_free(&u);
	if (writable(field[1]) && field[1][0] != '#')
		check_line(field[1], field[2], field[3]);
	free(buf);
	return 0;
}
