/* test_parse.c: the parser's pieces (decoder, XML repair, HTML text) and
 * chunk-size independence over every feed in tests/data. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "model/json_item.h"
#include "parse/decode.h"
#include "parse/htmltext.h"
#include "parse/parse.h"
#include "parse/xmlfix.h"
#include "tap.h"
#include "util/buf.h"
#include "util/json_out.h"
#include "util/xalloc.h"

/* Run the repair pass over s in chunks of size step; caller frees. */
static char *
fix(const char *s, size_t step)
{
	struct xmlfix *x = xmlfix_new();
	struct buf out = BUF_INIT;
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i += step)
		xmlfix_push(x, s + i, n - i < step ? n - i : step, &out);
	xmlfix_finish(x, &out);
	xmlfix_free(&x);
	/* the end of input is always marked with an empty comment: take it off */
	static const char end[] = "<!---->";
	if (out.len >= sizeof end - 1 && strcmp(out.data + out.len - (sizeof end - 1), end) == 0)
		buf_truncate(&out, out.len - (sizeof end - 1));
	else
		buf_puts(&out, " [no end mark]");
	return buf_take(&out);
}

static void
test_xmlfix(void)
{
	static const struct { const char *in, *want, *what; } cases[] = {
		{ "", "", "nothing in, nothing out" },
		{ "<t>Fish & Chips &amp; more &lt;3</t>", "<t>Fish <![CDATA[& Chips & more <3]]></t>",
		  "a bare & is text and the valid references after it survive (in a CDATA section)" },
		{ "<t>caf&eacute;&nbsp;</t>", "<t>caf<![CDATA[\xC3\xA9\xC2\xA0]]></t>", "HTML entities are decoded" },
		{ "<a t=\"&eacute;\"/>", "<a t=\"&#233;\"/>", "in attributes they become numeric references" },
		{ "<t>&unknown; &#150;</t>", "<t><![CDATA[&unknown; \xE2\x80\x93]]></t>",
		  "unknown names stay text; 128-159 read as windows-1252" },
		{ "<t>&copy 2024</t>", "<t><![CDATA[\xC2\xA9 2024]]></t>", "legacy entities without ';'" },
		{ "<t>x &amp; ]]&gt; y</t>", "<t>x <![CDATA[& ]]>]]<![CDATA[> y]]></t>",
		  "a ']' in the text ends our CDATA section first" },
		{ "<t>&#93;&#93;&gt;</t>", "<t>&#93;&#93;<![CDATA[>]]></t>",
		  "a reference to ']' stays a reference" },
		{ "<t>a < b</t>", "<t>a &lt; b</t>", "a '<' that starts no tag is text" },
		{ "<t><![CDATA[&nbsp; <b>]]></t>", "<t><![CDATA[&nbsp; <b>]]></t>", "CDATA is left alone" },
		{ "<t>a<!-- x & y -->b</t>", "<t>ab</t>", "comments are dropped" },
		{ "<?xml version=\"1.0\" encoding=\"latin1\"?><t/>", "<t/>", "the XML declaration is dropped" },
		{ "<!DOCTYPE t [<!ENTITY me \"Ann &amp; Bo\">]><t>&me;</t>", "<t><![CDATA[Ann & Bo]]></t>",
		  "internal entities are substituted once, escaped" },
		{ "<!DOCTYPE t SYSTEM \"http://x/t.dtd\"><t>x</t>", "<t>x</t>", "external DTDs are never kept" },
		{ "<t>a\x01\x1b[31mb\xEF\xBF\xBE</t>", "<t>a[31mb</t>", "control characters and U+FFFE are dropped" },
		{ "<d>x<br>y<img src=\"a.png\"></img><BR/></d>", "<d>x<br/>y<img src=\"a.png\"/><BR/></d>",
		  "HTML void elements are closed and their end tags dropped" },
		{ "<a href=x.html title='q'>t</a>", "<a href=\"x.html\" title='q'>t</a>", "bare attribute values get quotes" },
		{ "<a t=\"x & y < z\">", "<a t=\"x &amp; y &lt; z\">", "attribute values are repaired too" },
		{ "<t><![CDATA[cut", "<t><![CDATA[cut]]>", "an unterminated CDATA section is closed" },
		{ "<t a=\"cut", "<t a=\"cut\">", "an unterminated tag is closed" },
		{ "<t>\xE2\x80\x9Cq\xE2\x80\x9D</t>", "<t>\xE2\x80\x9Cq\xE2\x80\x9D</t>", "UTF-8 passes through" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (size_t step = 1; step <= 1000; step = step * 3 + 2) {
			char *got = fix(cases[i].in, step);
			if (step == 1 || strcmp(got, cases[i].want) != 0)
				is_str(got, cases[i].want, "%s (chunks of %zu)", cases[i].what, step);
			free(got);
		}
	}
}

static char *
decode(const char *s, size_t n, const char *charset, size_t step)
{
	struct decoder *d = decoder_new(charset);
	struct buf out = BUF_INIT;
	for (size_t i = 0; i < n; i += step)
		decoder_push(d, s + i, n - i < step ? n - i : step, &out);
	decoder_finish(d, &out);
	decoder_free(&d);
	return buf_take(&out);
}

static void
test_decoder(void)
{
	static const struct { const char *in; size_t n; const char *cs, *want, *what; } cases[] = {
		{ "\xEF\xBB\xBF<a>\xC3\xA9</a>", 12, NULL, "<a>\xC3\xA9</a>", "a UTF-8 BOM is dropped" },
		{ "\xFF\xFE<\0a\0>\0", 8, NULL, "<a>", "UTF-16LE with a BOM" },
		{ "\0<\0?\0x\0m\0l\0?\0>", 14, NULL, "<?xml?>", "UTF-16BE without a BOM" },
		{ "<?xml version='1.0' encoding='iso-8859-1'?>\x93\xE9\x94", 47, NULL,
		  "<?xml version='1.0' encoding='iso-8859-1'?>\xE2\x80\x9C\xC3\xA9\xE2\x80\x9D",
		  "ISO-8859-1 is read as windows-1252 (smart quotes survive)" },
		{ "<a>caf\xE9 \xE2\x82\xAC</a>", 15, NULL, "<a>caf\xC3\xA9 \xE2\x82\xAC</a>",
		  "a stray byte in UTF-8 is repaired, valid text kept" },
		{ "<?xml encoding=\"koi8-r\"?>\xF0\xD2", 27, NULL, "<?xml encoding=\"koi8-r\"?>\xD0\x9F\xD1\x80",
		  "KOI8-R through iconv" },
		{ "<a>\xE9</a>", 8, "iso-8859-1", "<a>\xC3\xA9</a>", "--charset overrides the declaration" },
		{ "<?xml encoding=\"x-no-such\"?>\xC3\xA9", 30, NULL, "<?xml encoding=\"x-no-such\"?>\xC3\xA9",
		  "an unknown charset falls back to UTF-8" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (size_t step = 1; step <= 64; step *= 4) {
			char *got = decode(cases[i].in, cases[i].n, cases[i].cs, step);
			if (step == 1 || strcmp(got, cases[i].want) != 0)
				is_str(got, cases[i].want, "%s (chunks of %zu)", cases[i].what, step);
			free(got);
		}
	}
}

static void
test_htmltext(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "", "" },
		{ "<b>Bold</b> &amp; <i>it</i>", "Bold & it" },
		{ "a < b &lt; c", "a < b < c" },
		{ "x<script>alert('<b>')</script>y<style>p{}</style>z", "xyz" },
		{ "<a href=http://e.com/\">link</a>", "link" },
		{ "<!-- note -->t&eacute;", "t\xC3\xA9" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b = BUF_INIT;
		html_to_text(&b, cases[i].in, strlen(cases[i].in));
		is_str(buf_str(&b), cases[i].want, "html_to_text('%s')", cases[i].in);
		buf_free(&b);
	}
	ok(looks_like_html("&lt;b&gt;", 9) && looks_like_html("a</b>", 5), "escaped markup looks like HTML");
	ok(!looks_like_html("AT&T < 3 > 2", 12), "plain text with & and < does not");
}

/* The JSON of a parse with the input pushed in chunks of size step. */
static int
collect(void *ctx, const struct feed_info *feed, struct item *it)
{
	(void)feed;
	json_write_item(ctx, it);
	return 0;
}

static char *
parse_in_chunks(const char *data, size_t n, size_t step, int *status)
{
	struct json_out j;
	json_out_init(&j, NULL);
	json_arr_begin(&j);
	struct parse_opts opts = { NULL, NULL };
	struct parse_sink sink = { &j, collect };
	struct parser *p = parser_new(&opts, &sink);
	for (size_t i = 0; i < n; i += step)
		parser_push(p, data + i, n - i < step ? n - i : step);
	struct feed_info feed;
	const char *why;
	*status = parser_finish(p, &feed, &why);
	json_arr_end(&j);
	json_kv_str(&j, "title", feed.title);
	json_kv_str(&j, "link", feed.link);
	feed_info_clear(&feed);
	parser_free(&p);
	return buf_take(&j.out);
}

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t k;
	if (!f)
		return NULL;
	while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, k);
	fclose(f);
	*n = b.len;
	return buf_take(&b);
}

/* Every file parses to the same result whatever the chunk size: state
 * carried across chunk boundaries is where streaming parsers break. */
static void
test_chunks_in(const char *dir, int *files, int *mismatches)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[8192];
		snprintf(path, sizeof path, "%.4000s/%.1000s", dir, e->d_name);
		size_t n;
		char *data = slurp(path, &n);
		if (!data)
			continue;
		int s1, s2, s3;
		char *whole = parse_in_chunks(data, n, n ? n : 1, &s1);
		char *ones = parse_in_chunks(data, n, 1, &s2);
		char *sevens = parse_in_chunks(data, n, 7, &s3);
		(*files)++;
		if (strcmp(whole, ones) != 0 || strcmp(whole, sevens) != 0 || s1 != s2 || s1 != s3) {
			(*mismatches)++;
			printf("# chunking changes the result of %s\n", path);
		}
		free(whole);
		free(ones);
		free(sevens);
		free(data);
	}
	closedir(d);
}

static void
test_chunks(void)
{
	const char *top = getenv("top_srcdir");
	static const char *dirs[] = { "feeds/gofeed", "feeds/feedparser", "feeds/synthetic", "parse" };
	int files = 0, bad = 0;
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		char dir[4096];
		snprintf(dir, sizeof dir, "%.3000s/tests/data/%s", top ? top : ".", dirs[i]);
		test_chunks_in(dir, &files, &bad);
	}
	ok(files > 900, "the corpus is there (%d files)", files);
	is_int(bad, 0, "byte-by-byte, 7-byte and whole-file parses agree on every file");
}

/* Media RSS: audio and video of media:content are the item's media (the
 * cache's enclosures), kept out of the parse contract's enclosures. */
struct media_seen {
	size_t items, media, enclosures;
	char *first;
};

static int
count_media(void *ctx, const struct feed_info *feed, struct item *it)
{
	struct media_seen *m = ctx;
	(void)feed;
	m->items++;
	m->media += it->n_media;
	m->enclosures += it->n_enclosures;
	if (!m->first && it->n_media)
		m->first = xstrdup(it->media[0].url);
	return 0;
}

static void
test_media(void)
{
	static const char feed[] =
		"<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>t</title><link>http://base.example/</link>"
		"<item><guid>1</guid><media:content url=\"/v.mp4\" type=\"video/mp4\" fileSize=\"9\"/></item>"
		"<item><guid>2</guid><media:group><media:content url=\"http://x/a.mp3\" medium=\"audio\"/>"
		"<media:thumbnail url=\"http://x/t.jpg\"/></media:group></item>"
		"<item><guid>3</guid><media:content url=\"http://x/photo.jpg\" type=\"image/jpeg\"/></item>"
		"</channel></rss>";
	struct media_seen m = { 0 };
	struct parse_opts opts = { NULL, "http://base.example/feed" };
	struct parse_sink sink = { &m, count_media };
	struct parser *p = parser_new(&opts, &sink);
	parser_push(p, feed, sizeof feed - 1);
	struct feed_info info;
	const char *why;
	parser_finish(p, &info, &why);
	feed_info_clear(&info);
	parser_free(&p);
	ok(m.items == 3 && m.media == 2, "media:content of audio and video are media (alone or in a group), images not");
	ok(m.enclosures == 0, "and not enclosures of the parse contract (as the reference parser)");
	is_str(m.first, "http://base.example/v.mp4", "a relative media URL is resolved as an enclosure's is");
	free(m.first);
}

int
main(void)
{
	test_xmlfix();
	test_decoder();
	test_htmltext();
	test_chunks();
	test_media();
	return tap_done();
}
