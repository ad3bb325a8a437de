/* test_util.c: buffers, URL joining, dates, JSON escaping and UTF-8 decoding. */
#include "config.h"

#include <stdlib.h>

#include "tap.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/format.h"
#include "util/json_out.h"
#include "util/str.h"
#include "util/url.h"
#include "util/utf8.h"

static void
test_buf(void)
{
	struct buf b;
	buf_init(&b, 8);
	is_str(buf_str(&b), "", "an empty buf reads as the empty string");
	ok(buf_puts(&b, "12345678") == BUF_OK, "a buf takes bytes up to its cap");
	ok(buf_putc(&b, '9') == BUF_FULL, "a buf refuses the byte past its cap");
	is_int(b.len, 8, "a refused append leaves the buf unchanged");
	char *s = buf_take(&b);
	is_str(s, "12345678", "buf_take hands over the bytes");
	ok(b.data == NULL && b.len == 0, "buf_take leaves the buf empty");
	free(s);
	buf_init(&b, 0);
	buf_put_utf8(&b, 0xE9);
	buf_put_utf8(&b, 0x1F600);
	buf_put_utf8(&b, 0xD800);
	is_str(buf_str(&b), "\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBD", "code points encode as UTF-8, surrogates as U+FFFD");
	buf_free(&b);
}

static void
test_url(void)
{
	/* RFC 3986 section 5.4 examples */
	static const char *base = "http://a/b/c/d;p?q";
	static const struct { const char *ref, *want; } cases[] = {
		{ "g:h", "g:h" }, { "g", "http://a/b/c/g" }, { "./g", "http://a/b/c/g" },
		{ "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" }, { "//g", "http://g" },
		{ "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" },
		{ "#s", "http://a/b/c/d;p?q#s" }, { "g#s", "http://a/b/c/g#s" },
		{ ";x", "http://a/b/c/;x" }, { "", "http://a/b/c/d;p?q" },
		{ ".", "http://a/b/c/" }, { "./", "http://a/b/c/" }, { "..", "http://a/b/" },
		{ "../g", "http://a/b/g" }, { "../..", "http://a/" }, { "../../g", "http://a/g" },
		{ "../../../g", "http://a/g" }, { "/./g", "http://a/g" }, { "/../g", "http://a/g" },
		{ "g.", "http://a/b/c/g." }, { "..g", "http://a/b/c/..g" },
		{ "./../g", "http://a/b/g" }, { "g/./h", "http://a/b/c/g/h" },
		{ "g/../h", "http://a/b/c/h" }, { "  g  ", "http://a/b/c/g" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = url_join(base, cases[i].ref);
		is_str(got, cases[i].want, "url_join('%s')", cases[i].ref);
		free(got);
	}
	char *got = url_join(NULL, "rel/x");
	is_str(got, "rel/x", "without a base a relative link stays as it is");
	free(got);
	got = url_join("http://example.com", "x");
	is_str(got, "http://example.com/x", "a base without a path joins at the root");
	free(got);
	ok(url_join(NULL, NULL) == NULL, "url_join(NULL, NULL) is NULL");
	ok(url_is_http("HTTPS://x") && !url_is_http("ftp://x") && !url_is_http("javascript:x"),
	   "only http and https count as web links");
	ok(url_is_web_address("https://example.org/feed?a='b'") && url_is_web_address("http://x"),
	   "a web address: http(s) and a host (a quote ' is a URL's own)");
	ok(!url_is_web_address("https://") && !url_is_web_address("http:///feed") &&
	   !url_is_web_address("http://x/a b") && !url_is_web_address("http://x/\"q") &&
	   !url_is_web_address("http://x/a\\b") && !url_is_web_address("http://x/\x1b[2J") &&
	   !url_is_web_address("exec:ls") && !url_is_web_address("file:///etc/passwd"),
	   "no host, a blank, '\"', '\\', a control or another scheme is not one");
	struct buf b = BUF_INIT;
	url_pct_encode(&b, "a b&c=d/é~");
	is_str(buf_str(&b), "a%20b%26c%3Dd%2F%C3%A9~", "percent-encoding keeps only unreserved bytes");
	buf_free(&b);
	got = url_origin("https://user@host:8080/p?q");
	is_str(got, "https://user@host:8080", "url_origin is scheme and authority");
	free(got);
}

static void
test_dates(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z" },
		{ "Mon, 02 Jan 2006 15:04:05 +0100", "2006-01-02T14:04:05Z" },
		{ "Mon, 2 Jan 2006 15:04:05 -05:30", "2006-01-02T20:34:05Z" },
		{ "02 Jan 06 15:04 EST", "2006-01-02T20:04:00Z" },
		{ "Sun, 19 May 2002 15:21:36 PDT", "2002-05-19T22:21:36Z" },
		{ "Tue, 10 Jun 2003 04:00:00 CEST", "2003-06-10T02:00:00Z" },
		{ "Thu, 01 Jan 2004 19:48:21 UT", "2004-01-01T19:48:21Z" },
		{ "Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z" },
		{ "Thu, 01 Jan 2004 19:48:21 GMT+2", "2004-01-01T17:48:21Z" },
		{ "Mon, 02 January 2006 15:04:05 GMT", "2006-01-02T15:04:05Z" },
		{ "Jan 02 2006 15:04:05 GMT", "2006-01-02T15:04:05Z" },
		{ "02 Jan 2006", "2006-01-02T00:00:00Z" },
		{ "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z" },
		{ "2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z" },
		{ "2003-12-31T10:14:55.123+01:00", "2003-12-31T09:14:55Z" },
		{ "2003-12-31T10:14:55+0100", "2003-12-31T09:14:55Z" },
		{ "2003-12-31 10:14:55", "2003-12-31T10:14:55Z" },
		{ "2003-12-31", "2003-12-31T00:00:00Z" },
		{ "2003-12", "2003-12-01T00:00:00Z" },
		{ "2003", "2003-01-01T00:00:00Z" },
		{ "20031231", "2003-12-31T00:00:00Z" },
		{ "Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z" },
		{ "Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z" },
		{ "  2004-02-29T00:00:00Z  ", "2004-02-29T00:00:00Z" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int64_t t = 0;
		char s[DATE_ISO_LEN] = "";
		if (date_parse(cases[i].in, &t) == 0)
			date_format_iso(t, s);
		is_str(s, cases[i].want, "date '%s'", cases[i].in);
	}
	static const char *bad[] = {
		NULL, "", "   ", "yesterday", "2003-13-01", "2003-02-30T00:00:00Z",
		"Mon, 02 Jan 2006 25:04:05 GMT", "Mon, 02 Foo 2006 15:04:05 GMT",
		"Mon, 02 Jan 2006 15:04:05", "Mon, 02 Jan 2006 15:04:05 XYZT",
		"2003-12-31T10:14:55 garbage",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int64_t t;
		ok(date_parse(bad[i], &t) == -1, "unreadable date '%s' is rejected", bad[i] ? bad[i] : "NULL");
	}
	char s[DATE_ISO_LEN];
	ok(date_format_iso(0, s) == 0 && strcmp(s, "1970-01-01T00:00:00Z") == 0, "the epoch formats");
	ok(date_format_iso(INT64_MIN, s) == -1, "an impossible time does not format");
	static const struct { int64_t t; const char *want; } fmt[] = {
		{ -1, "1969-12-31T23:59:59Z" }, { 951782400, "2000-02-29T00:00:00Z" },
		{ 253402300799LL, "9999-12-31T23:59:59Z" }, { -62135596800LL, "0001-01-01T00:00:00Z" },
	};
	for (size_t i = 0; i < sizeof fmt / sizeof fmt[0]; i++) {
		s[0] = '\0';
		date_format_iso(fmt[i].t, s);
		is_str(s, fmt[i].want, "%lld formats as %s", (long long)fmt[i].t, fmt[i].want);
	}
}

static void
test_json(void)
{
	struct buf b = BUF_INIT;
	json_escape(&b, "a\"b\\c\n\x01\xff\xC3\xA9", 10);
	is_str(buf_str(&b), "\"a\\\"b\\\\c\\n\\u0001\xEF\xBF\xBD\xC3\xA9\"",
	       "JSON strings escape quotes, controls and bad UTF-8");
	buf_free(&b);
	buf_init(&b, 0);
	json_escape(&b, "\xC3\xA9\"\xC3\xA9\\", 6);
	is_str(buf_str(&b), "\"\xC3\xA9\\\"\xC3\xA9\\\\\"", "a quote right after a multibyte character is escaped");
	buf_free(&b);
	struct json_out j;
	json_out_init(&j, NULL);
	json_obj_begin(&j);
	json_kv_str(&j, "a", NULL);
	json_key(&j, "b");
	json_arr_begin(&j);
	json_int(&j, 1);
	json_bool(&j, true);
	json_arr_end(&j);
	json_obj_end(&j);
	is_str(buf_str(&j.out), "{\"a\":null,\"b\":[1,true]}\n", "nested JSON has commas in the right places");
	json_out_finish(&j);
}

static void
test_utf8_and_str(void)
{
	uint32_t cp;
	is_int(utf8_decode("\xE2\x82\xAC", 3, &cp), 3, "a 3-byte sequence decodes whole");
	is_int(cp, 0x20AC, "to the euro sign");
	is_int(utf8_decode("\xC0\xAF", 2, &cp), 1, "an overlong sequence consumes one byte");
	is_int(cp, UTF8_REPLACEMENT, "and becomes U+FFFD");
	is_int(utf8_decode("\xED\xA0\x80", 3, &cp), 1, "a surrogate is rejected");
	ok(utf8_valid("h\xC3\xA9llo", 6) && !utf8_valid("\xE2\x82", 2), "validity of whole strings");
	char s[] = "  a \t b\n\nc  ";
	is_str(str_collapse_ws(s), "a b c", "whitespace runs collapse and ends trim");
	ok(str_eq_ci("Atom", "aTOM") && !str_eq_ci("Atom", "Ato"), "case-insensitive equality");
}

static const char *
fmt_value(void *ctx, char key)
{
	(void)ctx;
	switch (key) {
	case 'n': return "News";
	case 't': return "東京 news";
	case 'e': return "";
	default: return NULL;
	}
}

static void
expect_format(const char *fmt, int width, const char *want, const char *what)
{
	struct buf b = BUF_INIT;
	format_expand(fmt, fmt_value, NULL, width, &b);
	is_str(buf_str(&b), want, "format %s: %s", fmt, what);
	buf_free(&b);
}

static void
test_format(void)
{
	expect_format("%n/%t", 0, "News/東京 news", "placeholders");
	expect_format("[%8n|%-8n]", 0, "[    News|News    ]", "widths pad right- and left-aligned");
	expect_format("[%4t]", 0, "[東京]", "a width counts display columns (CJK: two each)");
	expect_format("[%3t]", 0, "[ 東]", "and never splits a wide character");
	expect_format("%?e?has %e&none?|%?n?%n?", 0, "none|News", "conditionals");
	expect_format("%x%% 100%%", 0, "% 100%", "an unknown key is nothing, %% a percent");
	expect_format("%n%>.%t", 16, "News...東京 news", "%> fills the line to its width");
	expect_format("%n %t %n", 10, "News 東京 ", "a line is cut to its width");
	expect_format("%?n?unclosed", 0, "unclosed", "an unclosed conditional ends the format");
	expect_format("trailing %", 0, "trailing ", "a lone % at the end");
}

int
main(void)
{
	test_buf();
	test_url();
	test_format();
	test_dates();
	test_json();
	test_utf8_and_str();
	return tap_done();
}
