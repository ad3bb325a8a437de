/* fuzz_names.c: libFuzzer target for download file names (feed text made a path) and the format strings behind them. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "download/download.h"
#include "util/buf.h"
#include "util/format.h"
#include "util/utf8.h"
#include "util/width.h"
#include "util/xalloc.h"

/*
 * The first input byte is the width for format_expand (0: none); the rest
 * is split at NUL bytes into the format, the feed's title, the episode's
 * title, the URL and the type (missing ones are NULL). Whatever they hold,
 * the file name must be a relative path of at most four parts, none of
 * them empty, ".", "..", or starting with '.', '-' or a blank, each at
 * most 130 bytes, valid UTF-8 with no control byte or '\'; a line a
 * format makes with a width must fit it.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_part(const char *p, size_t n)
{
	if (n == 0 || n > 130 || p[0] == '.' || p[0] == '-' || p[0] == ' ')
		abort();
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f || p[i] == '\\')
			abort();
}

static void
check_name(const char *name)
{
	if (!*name || name[0] == '/')
		abort();
	int parts = 0;
	for (const char *p = name; *p; parts++) {
		size_t n = strcspn(p, "/");
		check_part(p, n);
		p += n + (p[n] == '/');
	}
	if (parts > 4 || !utf8_valid(name, strlen(name)))
		abort();
}

static const char *
value(void *ctx, char key)
{
	(void)ctx;
	return key == 'w' ? "\xe6\x9d\xb1\xe4\xba\xac" : key == 'x' ? "abc" : NULL;
}

static void
check_format(const char *fmt, int width)
{
	struct buf out = BUF_INIT;
	format_expand(fmt, value, NULL, width, &out);
	if (width > 0 && utf8_valid(fmt, strlen(fmt)) && width_str(buf_str(&out), out.len) > (size_t)width)
		abort();
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int width = data[0] & 0x7f;
	/* the fields keep their NULs: a copy of all the bytes, one more NUL */
	char *text = xmalloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	const char *field[5] = { NULL };
	const char *p = text;
	size_t left = size - 1;
	for (int i = 0; i < 5 && left > 0; i++) {
		size_t n = strnlen(p, left);
		field[i] = p;
		p += n + 1;
		left = n < left ? left - n - 1 : 0;
	}
	struct store_download d = { .id = 7, .url = (char *)(field[3] ? field[3] : "http://x/"),
				    .type = (char *)field[4], .feed_title = (char *)field[1],
				    .item_title = (char *)field[2], .item_date = 1700000000 };
	char *name = download_file_name(field[0] ? field[0] : "", &d);
	check_name(name);
	free(name);
	check_format(field[0] ? field[0] : "", width);
	free(text);
	return 0;
}
