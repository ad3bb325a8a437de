/* json_out.c: streaming JSON output with strict string escaping. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "util/date.h"
#include "util/json_out.h"
#include "util/utf8.h"

void
json_out_init(struct json_out *j, FILE *fp)
{
	memset(j, 0, sizeof *j);
	buf_init(&j->out, 0);
	j->fp = fp;
	j->first[0] = true;
}

static void
maybe_flush(struct json_out *j)
{
	if (j->fp && j->out.len >= 64 * 1024)
		json_out_flush(j);
}

/* Separator before a value or key in the current container. */
static void
sep(struct json_out *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (!j->first[j->depth])
		buf_putc(&j->out, ',');
	j->first[j->depth] = false;
}

static void
open_(struct json_out *j, char c)
{
	sep(j);
	buf_putc(&j->out, c);
	if (j->depth + 1 < JSON_OUT_DEPTH)
		j->depth++;
	j->first[j->depth] = true;
}

static void
close_(struct json_out *j, char c)
{
	if (j->depth > 0)
		j->depth--;
	buf_putc(&j->out, c);
	if (j->depth == 0)
		buf_putc(&j->out, '\n');
	maybe_flush(j);
}

void json_obj_begin(struct json_out *j) { open_(j, '{'); }
void json_obj_end(struct json_out *j) { close_(j, '}'); }
void json_arr_begin(struct json_out *j) { open_(j, '['); }
void json_arr_end(struct json_out *j) { close_(j, ']'); }

void
json_key(struct json_out *j, const char *key)
{
	sep(j);
	json_escape(&j->out, key, strlen(key));
	buf_putc(&j->out, ':');
	j->after_key = true;
}

/* Bytes the escaper must look at: controls, quote, backslash, non-ASCII. */
static const unsigned char needs_care[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1,
	[0x80] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Bytes at s that need no escaping (ASCII, no controls, quotes or
 * backslashes), eight at a time while it lasts. */
static size_t
plain_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w, q, bs;
		memcpy(&w, s + i, 8);
		q = w ^ (ones * '"');
		bs = w ^ (ones * '\\');
		if ((w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs)
			break;
		i += 8;
	}
	while (i < n && !needs_care[(unsigned char)s[i]])
		i++;
	return i;
}

void
json_escape(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	buf_putc(b, '"');
	size_t i = 0;
	while (i < n) {
		/* the longest run that needs no escaping, validated as it goes */
		size_t start = i;
		for (;;) {
			i += plain_run(s + i, n - i);
			if (i >= n || (unsigned char)s[i] < 0x80)
				break;
			size_t k = utf8_seq_len((const unsigned char *)s + i, n - i);
			if (!k)
				break;
			i += k;
		}
		buf_append(b, s + start, i - start);
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': buf_puts(b, "\\\""); break;
		case '\\': buf_puts(b, "\\\\"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\r': buf_puts(b, "\\r"); break;
		case '\t': buf_puts(b, "\\t"); break;
		default:
			if (c >= 0x80) {
				buf_puts(b, "\xEF\xBF\xBD");
			} else {
				char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
				buf_puts(b, u);
			}
		}
		i++;
	}
	buf_putc(b, '"');
}

void
json_strn(struct json_out *j, const char *s, size_t n)
{
	sep(j);
	if (!s)
		buf_puts(&j->out, "null");
	else
		json_escape(&j->out, s, n);
	maybe_flush(j);
}

void
json_str(struct json_out *j, const char *s)
{
	json_strn(j, s, s ? strlen(s) : 0);
}

void
json_int(struct json_out *j, long long v)
{
	sep(j);
	buf_printf(&j->out, "%lld", v);
}

void
json_bool(struct json_out *j, bool v)
{
	sep(j);
	buf_puts(&j->out, v ? "true" : "false");
}

void
json_null(struct json_out *j)
{
	sep(j);
	buf_puts(&j->out, "null");
}

void
json_date(struct json_out *j, int64_t t)
{
	char s[DATE_ISO_LEN];
	if (t == DATE_NONE || date_format_iso(t, s) != 0)
		json_null(j);
	else
		json_str(j, s);
}

void json_kv_str(struct json_out *j, const char *k, const char *s) { json_key(j, k); json_str(j, s); }
void json_kv_int(struct json_out *j, const char *k, long long v) { json_key(j, k); json_int(j, v); }
void json_kv_bool(struct json_out *j, const char *k, bool v) { json_key(j, k); json_bool(j, v); }

int
json_out_flush(struct json_out *j)
{
	if (!j->fp || j->out.len == 0)
		return 0;
	size_t w = fwrite(j->out.data, 1, j->out.len, j->fp);
	int rc = w == j->out.len ? 0 : -1;
	buf_reset(&j->out);
	return rc;
}

int
json_out_finish(struct json_out *j)
{
	int rc = json_out_flush(j);
	if (j->fp && fflush(j->fp) != 0)
		rc = -1;
	buf_free(&j->out);
	return rc;
}
