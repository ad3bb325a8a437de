/* test_feedlinks.c: the feeds a page announces: rel and type matching, order, relative hrefs, <base>. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text/feedlinks.h"
#include "util/buf.h"

static char *
found(const char *html, const char *base)
{
	struct feedlinks l;
	feedlinks_find(html, strlen(html), base, &l);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < l.n; i++)
		buf_printf(&b, "%s%c%s", i ? " " : "", "ARJ"[l.v[i].kind], l.v[i].url);
	feedlinks_clear(&l);
	return buf_take(&b);
}

int
main(void)
{
	static const struct { const char *html, *base, *want, *what; } rows[] = {
		{ "", "https://s/", "", "an empty page has none" },
		{ "<p>no head at all</p>", "https://s/", "", "a page without links has none" },
		{ "<link rel=alternate type=application/rss+xml href=/rss.xml>", "https://s/blog/post",
		  "Rhttps://s/rss.xml", "an absolute path" },
		{ "<link rel=alternate type=application/atom+xml href=feed.atom>", "https://s/blog/post",
		  "Ahttps://s/blog/feed.atom", "a relative href, against the page" },
		{ "<head><base href=\"https://cdn.example/x/\"><link rel=alternate type=application/atom+xml href=a.xml>",
		  "https://s/blog/post", "Ahttps://cdn.example/x/a.xml", "against <base href>" },
		{ "<link rel=alternate type=application/feed+json href=/feed.json>"
		  "<link rel=alternate type=application/atom+xml href=/atom.xml>"
		  "<link rel=alternate type=application/rss+xml href=/rss.xml>",
		  "https://s/", "Ahttps://s/atom.xml Rhttps://s/rss.xml Jhttps://s/feed.json",
		  "Atom and RSS in document order, JSON Feed after them" },
		{ "<LINK REL=\"Alternate Home\" TYPE=\"Application/RSS+XML; charset=utf-8\" HREF=\"/r\">",
		  "https://s/", "Rhttps://s/r", "rel is a list of words; case and type parameters do not matter" },
		{ "<link rel=stylesheet type=text/css href=/s.css>"
		  "<link rel=alternate hreflang=de href=/de/>"
		  "<link rel=alternate type=application/json+oembed href=/oembed>"
		  "<link rel=alternatefoo type=application/rss+xml href=/no>",
		  "https://s/", "", "other alternates and other rels are not feeds" },
		{ "<link rel=alternate type=application/rss+xml href=/r>"
		  "<link rel=alternate type=application/rss+xml href=https://s/r>",
		  "https://s/", "Rhttps://s/r", "the same feed twice is one" },
		{ "<link rel=alternate type=application/rss+xml href=\"javascript:alert(1)\">"
		  "<link rel=alternate type=application/rss+xml href=\"file:///etc/passwd\">"
		  "<link rel=alternate type=application/rss+xml>"
		  "<link rel=alternate type=application/rss+xml href=\"/a&#10;b\">"
		  "<link rel=alternate type=application/rdf+xml href=\"//other.example/rdf\">",
		  "https://s/", "Rhttps://other.example/rdf", "only http(s) hrefs without controls" },
		{ "<body><div><link rel=alternate type=application/atom+xml href=/late.xml></div></body>",
		  "https://s/", "Ahttps://s/late.xml", "a link in the body counts too" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *got = found(rows[i].html, rows[i].base);
		is_str(got, rows[i].want, "%s", rows[i].what);
		free(got);
	}
	struct feedlinks l;
	const char *page = "<link rel=alternate type=application/rss+xml title=\"  My\n  Blog \" href=/r>";
	feedlinks_find(page, strlen(page), "https://s/", &l);
	is_int(l.n, 1, "one link");
	is_str(l.n ? l.v[0].title : NULL, "My Blog", "its title, whitespace collapsed");
	feedlinks_clear(&l);
	return tap_done();
}
