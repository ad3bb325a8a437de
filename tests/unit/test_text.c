/* test_text.c: display width, the sanitizer, the renderer's lines and spans, and extraction. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text/readable.h"
#include "text/render.h"
#include "text/sanitize.h"
#include "util/width.h"

static void
test_width(void)
{
	is_int(width_cp('a'), 1, "ASCII takes one column");
	is_int(width_cp(0x00E9), 1, "precomposed e-acute takes one column");
	is_int(width_cp(0x0301), 0, "a combining acute accent takes none");
	is_int(width_cp(0x20DD), 0, "an enclosing mark (Me) takes none");
	is_int(width_cp(0x200D), 0, "ZWJ takes none");
	is_int(width_cp(0xFE0F), 0, "a variation selector takes none");
	is_int(width_cp(0x4E2D), 2, "a CJK ideograph takes two");
	is_int(width_cp(0x3400), 2, "CJK extension A takes two");
	is_int(width_cp(0xAC00), 2, "a Hangul syllable takes two");
	is_int(width_cp(0xFF21), 2, "a fullwidth Latin letter takes two");
	is_int(width_cp(0x1F600), 2, "an emoji takes two");
	is_int(width_cp(0x231A), 2, "a BMP emoji with emoji presentation takes two");
	is_int(width_cp(0x1F3FD), 0, "a skin-tone modifier takes none (drawn in its emoji)");
	is_int(width_cp(0x1B), 0, "a control takes none");
	is_int(width_cp(0x2603), 1, "a text-presentation symbol takes one");
	is_int(width_str("caf\xc3\xa9", 5), 4, "width of a Latin word");
	is_int(width_str("e\xcc\x81t\xc3\xa9", 6), 3, "combining marks do not count");
	is_int(width_str("\xe4\xb8\xad\xe6\x96\x87", 6), 4, "two ideographs are four columns");
	is_int(width_str("\xff", 1), 1, "a malformed byte counts as its replacement");
	size_t used;
	size_t n = width_fit("\xe4\xb8\xad\xe6\x96\x87", 6, 3, &used);
	ok(n == 3 && used == 2, "width_fit never splits a wide character");
	n = width_fit("ae\xcc\x81", 4, 2, &used);
	ok(n == 4 && used == 2, "width_fit keeps a combining mark with its letter");
}

static void
check_sanitized(const char *in, const char *want, const char *what)
{
	char *got = text_sanitize(in);
	is_str(got, want, "%s", what);
	free(got);
}

static void
test_sanitize(void)
{
	ok(text_sanitize(NULL) == NULL, "sanitizing NULL gives NULL");
	check_sanitized("", "", "the empty string stays empty");
	check_sanitized("plain text", "plain text", "clean text is unchanged");
	check_sanitized("a\x1b[31mred\x1b[0m", "ared", "CSI sequences go with their parameters");
	check_sanitized("x\x1b]0;title\x07y", "xy", "an OSC string ended by BEL goes");
	check_sanitized("x\x1b]52;c;YQ==\x1b\\y", "xy", "an OSC string ended by ST goes");
	check_sanitized("x\x1bPq#0\x1b\\y", "xy", "a DCS string goes");
	check_sanitized("x\x1b(By", "xy", "a charset escape goes");
	check_sanitized("x\x1b]0;never ends", "x", "an unterminated string runs to the end");
	check_sanitized("a\xc2\x9b" "2Jb", "ab", "a C1 CSI goes with its parameters");
	check_sanitized("a\xc2\x85" "b\xc2\x98" "c", "abc", "other C1 controls go one by one");
	check_sanitized("a\x01\x02\x7f" "b", "ab", "C0 controls and DEL go");
	check_sanitized("one\ntwo\tthree\r\nfour", "one two three four",
			"newlines and tabs become spaces on one line");
	check_sanitized("bad \xff\xfe bytes", "bad \xef\xbf\xbd\xef\xbf\xbd bytes",
			"invalid UTF-8 becomes U+FFFD");
	check_sanitized("caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80",
			"valid non-ASCII text is kept");
	struct buf b = BUF_INIT;
	text_sanitize_buf(&b, "a\r\nb\tc\rd", 8, SANITIZE_KEEP_NEWLINES | SANITIZE_KEEP_TABS);
	is_str(buf_str(&b), "a\nb\tcd", "newlines and tabs can be kept; a lone CR goes");
	buf_free(&b);
	ok(text_is_clean("abc \xc3\xa9", 6, 0), "text_is_clean says yes to clean text");
	ok(!text_is_clean("a\x1b", 2, 0), "and no to an ESC");
	ok(!text_is_clean("a\xc2\x9b", 3, 0), "and no to a C1 control");
	ok(!text_is_clean("a\n", 2, 0), "and no to a newline unless it is kept");
	ok(text_is_clean("a\n", 2, SANITIZE_KEEP_NEWLINES), "and yes when it is");
}

/* The text of line i, spans joined. */
static char *
line_text(const struct text_doc *d, size_t i)
{
	struct buf b = BUF_INIT;
	for (size_t s = 0; s < d->lines[i].nspans; s++)
		buf_append(&b, d->lines[i].spans[s].text, d->lines[i].spans[s].len);
	return buf_take(&b);
}

static const struct text_span *
find_span(const struct text_doc *d, const char *text)
{
	for (size_t i = 0; i < d->nlines; i++)
		for (size_t s = 0; s < d->lines[i].nspans; s++) {
			const struct text_span *sp = &d->lines[i].spans[s];
			if (sp->len == strlen(text) && memcmp(sp->text, text, sp->len) == 0)
				return sp;
		}
	return NULL;
}

static void
test_render_spans(void)
{
	const char *html = "<h2>Title</h2><p>Some <b>bold</b> and a <a href=\"/x\">link</a>.</p>"
			   "<p><img src=\"p.png\" alt=\"pic\"></p>";
	struct text_doc *d = text_render_html(html, strlen(html), "http://h.example/a/", 80);
	ok(d->nlines == 5, "heading, blank, paragraph, blank, image: five lines (got %zu)", d->nlines);
	char *l0 = line_text(d, 0), *l2 = line_text(d, 2);
	is_str(l0, "Title", "the heading's text");
	is_str(l2, "Some bold and a link[1].", "a link is followed by its number");
	free(l0);
	free(l2);
	const struct text_span *sp = find_span(d, "Title");
	ok(sp && (sp->style & TEXT_HEADING) && (sp->style & TEXT_BOLD), "a heading has heading style");
	sp = find_span(d, "bold");
	ok(sp && (sp->style & TEXT_BOLD) && sp->link == 0, "b is bold and no link");
	sp = find_span(d, "link");
	ok(sp && (sp->style & TEXT_LINK) && sp->link == 1, "a link's text carries its number");
	sp = find_span(d, "[1]");
	ok(sp && (sp->style & TEXT_LINKNUM) && sp->link == 1, "the marker carries it too");
	sp = find_span(d, "[image 2: pic]");
	ok(sp && (sp->style & TEXT_IMAGE) && sp->link == 2, "an image is a numbered placeholder");
	ok(d->nlinks == 2, "two links numbered");
	if (d->nlinks == 2) {
		is_str(d->links[0].url, "http://h.example/x", "link URLs are absolute");
		is_str(d->links[0].text, "link", "a link keeps its text");
		ok(d->links[1].kind == TEXT_LINK_IMAGE, "an image is a link of kind image");
	}
	text_doc_free(&d);
	ok(d == NULL, "text_doc_free sets the pointer to NULL");
}

static void
test_layout(void)
{
	const char *html = "<p>alpha beta gamma delta epsilon</p><pre>keep   this  line as it is</pre>";
	struct text_flow *f = text_flow_from_html(html, strlen(html), NULL, 0);
	struct text_doc *narrow = text_layout(f, 12), *wide = text_layout(f, 80);
	bool fits = true;
	for (size_t i = 0; i < narrow->nlines; i++) {
		char *t = line_text(narrow, i);
		if (strncmp(t, "keep", 4) != 0 && narrow->lines[i].width > 12)
			fits = false;
		free(t);
	}
	ok(fits, "every wrapped line fits the width");
	char *last = line_text(narrow, narrow->nlines - 1);
	is_str(last, "keep   this  line as it is", "preformatted text is never re-wrapped");
	free(last);
	ok(wide->nlines == 3, "the same flow laid out wider has fewer lines (%zu)", wide->nlines);
	ok(narrow->lines[0].width == width_str("alpha beta", 10), "a line knows its width");
	text_doc_free(&narrow);
	text_doc_free(&wide);
	text_flow_free(&f);
	struct text_doc *e = text_render_html("", 0, NULL, 40);
	ok(e->nlines == 0 && e->nlinks == 0, "empty input gives an empty document");
	text_doc_free(&e);
}

/* The lines of html rendered at width, joined by '\n'. */
static char *
render_lines(const char *html, int width)
{
	struct text_doc *d = text_render_html(html, strlen(html), NULL, width);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < d->nlines; i++) {
		char *t = line_text(d, i);
		buf_puts(&b, t);
		buf_putc(&b, '\n');
		if (d->lines[i].width != width_str(t, strlen(t)))
			buf_puts(&b, "(line width wrong)\n");
		free(t);
	}
	text_doc_free(&d);
	return buf_take(&b);
}

static void
test_tables(void)
{
	const char *scores = "<table><tr><th></th><th>Points</th><th>Note</th></tr>"
			     "<tr><td>Alice</td><td>10</td><td>good</td></tr>"
			     "<tr><td>Bob the builder</td><td>1,234</td><td></td></tr>"
			     "<tr><td>Dan</td><td>\xe2\x88\x92" "7%</td><td>late</td></tr></table>";
	char *got = render_lines(scores, 80);
	is_str(got,
	       "                \xe2\x94\x82 Points \xe2\x94\x82 Note\n"
	       "Alice           \xe2\x94\x82     10 \xe2\x94\x82 good\n"
	       "Bob the builder \xe2\x94\x82  1,234 \xe2\x94\x82\n"
	       "Dan             \xe2\x94\x82    \xe2\x88\x92" "7% \xe2\x94\x82 late\n",
	       "a table's columns line up; numbers flush right; an empty first cell keeps its column");
	free(got);
	got = render_lines(scores, 20);
	ok(strstr(got, "Alice \xe2\x94\x82 10 \xe2\x94\x82 good\n") != NULL,
	   "a table wider than the line keeps one row a paragraph");
	free(got);
	got = render_lines("<blockquote><table><tr><td>a</td><td>bb</td></tr><tr><td>ccc</td><td>d</td></tr>"
			   "</table></blockquote>", 80);
	is_str(got, "\xe2\x94\x82 a   \xe2\x94\x82 bb\n\xe2\x94\x82 ccc \xe2\x94\x82 d\n",
	       "inside a quote the rows keep the quote's bar");
	free(got);
	got = render_lines("<table><tr><td>x</td><td><table><tr><td>in</td><td>ner</td></tr></table></td></tr>"
			   "<tr><td>long one</td><td>y</td></tr></table>", 80);
	is_str(got, "x        \xe2\x94\x82 in ner\nlong one \xe2\x94\x82 y\n",
	       "a table inside a cell is flattened into it");
	free(got);
	got = render_lines("<table><tr><td>one</td><td>two</td></tr></table><p>between</p>"
			   "<table><tr><td>three thousand</td><td>four</td></tr></table>", 0);
	is_str(got, "one \xe2\x94\x82 two\n\nbetween\n\nthree thousand \xe2\x94\x82 four\n",
	       "two tables are measured apart");
	free(got);
	got = render_lines("<table><tr><td>a<br>b</td><td>c</td></tr><tr><td>dddd</td><td>e</td></tr></table>",
			   80);
	is_str(got, "a b  \xe2\x94\x82 c\ndddd \xe2\x94\x82 e\n", "a line break inside a cell is a space");
	free(got);
	const char *spans = "<table><tr><th rowspan=\"2\">City</th><th colspan=\"2\">Temperature</th></tr>"
			    "<tr><th>Min</th><th>Max</th></tr>"
			    "<tr><td>Oslo</td><td>-3</td><td>4</td></tr>"
			    "<tr><td>Lisbon</td><td>11</td><td>19</td></tr>"
			    "<tr><td colspan=\"3\">Source: a weather service with a long name</td></tr></table>";
	got = render_lines(spans, 80);
	is_str(got,
	       "City   \xe2\x94\x82 Temperature\n"
	       "       \xe2\x94\x82 Min \xe2\x94\x82 Max\n"
	       "Oslo   \xe2\x94\x82  -3 \xe2\x94\x82   4\n"
	       "Lisbon \xe2\x94\x82  11 \xe2\x94\x82  19\n"
	       "Source: a weather service with a long name\n",
	       "rowspan keeps a column free below; a heading row is not data; a last cell spanning to the end "
	       "widens nothing");
	free(got);
	got = render_lines("<table><tr><td colspan=2>wide heading here</td><td>x</td></tr>"
			   "<tr><td>a</td><td>b</td><td>c</td></tr></table>", 80);
	is_str(got, "wide heading here \xe2\x94\x82 x\na \xe2\x94\x82 b             \xe2\x94\x82 c\n",
	       "a cell spanning columns widens the last of them to fit");
	free(got);
	got = render_lines(spans, 30);
	ok(strstr(got, "Source: a weather service with\n") != NULL,
	   "a spanning cell too wide for the line makes the table rows again");
	free(got);
}

static void
test_extract(void)
{
	const char *page =
		"<html><head><title>A Story | The Site</title>"
		"<meta property=\"og:site_name\" content=\"The Site\">"
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
		"\"@type\":\"NewsArticle\",\"headline\":\"A Story\",\"datePublished\":"
		"\"2024-03-01T10:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
		"{\"@type\":\"Person\",\"name\":\"Bo Chen\"}]}</script></head><body>"
		"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
		"<article><h1>A Story</h1>"
		"<p>The first paragraph of the story is long enough to count, with commas, clauses, and detail.</p>"
		"<div class=\"share-bar\"><a href=\"/s\">Share</a> <a href=\"/t\">Tweet</a></div>"
		"<p>The second paragraph goes on with more of the story, and more words, so it also counts.</p>"
		"<p>A third paragraph ends the story here, after which only the footer of the page follows.</p>"
		"</article><footer>Copyright the site, all rights reserved, contact us</footer></body></html>";
	struct article *a = NULL;
	int rc = readable_extract(page, strlen(page), NULL, "https://news.example/2024/story", &a);
	ok(rc == READABLE_OK && a, "an article page has an article");
	if (!a)
		return;
	is_str(a->title, "A Story", "title from JSON-LD");
	is_str(a->byline, "Ann Lee, Bo Chen", "byline from JSON-LD authors");
	is_str(a->published, "2024-03-01T09:00:00Z", "published date in UTC");
	is_str(a->site_name, "The Site", "site name from Open Graph");
	ok(strstr(a->text, "The first paragraph") && strstr(a->text, "A third paragraph"),
	   "the body text is there");
	ok(!strstr(a->text, "Home") && !strstr(a->text, "Share") && !strstr(a->text, "Copyright"),
	   "navigation, share bar and footer are not");
	ok(!strstr(a->text, "A Story"), "the title is not repeated in the text");
	ok(strstr(a->text, "detail.\n\nThe second") != NULL, "paragraphs are separated by a blank line");
	ok(a->html && strstr(a->html, "<p>"), "the article as HTML");
	article_free(&a);
	ok(a == NULL, "article_free sets the pointer to NULL");

	const char *index =
		"<html><body><ul><li><a href=\"/1\">First headline of the day on this site</a></li>"
		"<li><a href=\"/2\">Second headline of the day on this site</a></li>"
		"<li><a href=\"/3\">Third headline of the day on this site</a></li>"
		"<li><a href=\"/4\">Fourth headline of the day on this site</a></li></ul></body></html>";
	rc = readable_extract(index, strlen(index), NULL, NULL, &a);
	ok(rc == READABLE_NO_ARTICLE && a == NULL, "an index of links has no article");
	rc = readable_extract("", 0, NULL, NULL, &a);
	ok(rc == READABLE_NO_ARTICLE && a == NULL, "an empty page has no article");
}

int
main(void)
{
	test_width();
	test_sanitize();
	test_render_spans();
	test_layout();
	test_tables();
	test_extract();
	return tap_done();
}
