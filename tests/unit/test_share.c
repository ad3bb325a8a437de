/* test_share.c: share links: every built-in service's exact URL, templates, config lines, the list's order. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/conffile.h"
#include "cmd/options.h"
#include "cmd/share.h"
#include "tap.h"
#include "util/buf.h"

/* A title with blanks, &, #, ?, %, quotes, a dash and CJK; a link with a query and fragment. */
#define TITLE "Caf\xC3\xA9 \"Z\xC3\xBCrich\" & co: 50% off? #1 'now' \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC"
#define LINK "https://example.org/news/item?id=42&lang=de#top"
/* the same, percent-encoded (computed with Python's urllib.parse.quote(s, safe="")) */
#define T_ENC "Caf%C3%A9%20%22Z%C3%BCrich%22%20%26%20co%3A%2050%25%20off%3F%20%231%20%27now%27%20%E2%80%94%20%E6%97%A5%E6%9C%AC"
#define U_ENC "https%3A%2F%2Fexample.org%2Fnews%2Fitem%3Fid%3D42%26lang%3Dde%23top"

static const struct share_article article = { TITLE, LINK, NULL };

static void
test_builtins(void)
{
	static const struct { const char *name, *url; } want[] = {
		{ "email", "mailto:?subject=" T_ENC "&body=" U_ENC },
		{ "mastodon", "https://mastodon.social/share?text=" T_ENC "%20" U_ENC },
		{ "bluesky", "https://bsky.app/intent/compose?text=" T_ENC "%20" U_ENC },
		{ "x", "https://x.com/intent/tweet?text=" T_ENC "&url=" U_ENC },
		{ "facebook", "https://www.facebook.com/sharer/sharer.php?u=" U_ENC },
		{ "linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" U_ENC },
		{ "reddit", "https://www.reddit.com/submit?url=" U_ENC "&title=" T_ENC },
		{ "hackernews", "https://news.ycombinator.com/submitlink?u=" U_ENC "&t=" T_ENC },
		{ "telegram", "https://t.me/share/url?url=" U_ENC "&text=" T_ENC },
		{ "whatsapp", "https://wa.me/?text=" T_ENC "%20" U_ENC },
	};
	struct options o;
	options_init(&o);
	struct share_list l;
	share_list_build(&l, &o);
	is_int(l.n, sizeof want / sizeof want[0], "ten built-in services");
	for (size_t i = 0; i < l.n && i < sizeof want / sizeof want[0]; i++) {
		is_str(l.v[i].name, want[i].name, "service %zu is %s", i, want[i].name);
		char *url = share_url(&l.v[i], &article);
		is_str(url, want[i].url, "%s link, exactly", want[i].name);
		free(url);
	}
	is_str(l.v[7].label, "Hacker News", "labels are for people");
	ok(share_list_find(&l, "HackerNews") == &l.v[7], "names are found case-insensitively");
	ok(share_list_find(&l, "myspace") == NULL, "an unknown name is not");
	share_list_clear(&l);
	options_clear(&o);
}

static char *
expand(const char *tmpl, const char *title, const char *link, const char *summary)
{
	struct share_article a = { title, link, summary };
	struct buf b = BUF_INIT;
	share_expand(&b, tmpl, &a);
	return buf_take(&b);
}

static void
test_expand(void)
{
	static const struct { const char *tmpl, *title, *link, *summary, *want, *what; } rows[] = {
		{ "https://s/?t=%t%20%u", NULL, "https://a/", NULL, "https://s/?t=https%3A%2F%2Fa%2F",
		  "an empty title drops the blank after it" },
		{ "https://s/?t=%t&u=%u", "", "https://a/", NULL, "https://s/?t=&u=https%3A%2F%2Fa%2F",
		  "an empty title is an empty value" },
		{ "https://s/?p=100%%&x=%u", "t", "l", NULL, "https://s/?p=100%&x=l", "%% is a percent sign" },
		{ "https://s/?q=a%2Fb&t=%t", "t", "l", NULL, "https://s/?q=a%2Fb&t=t",
		  "an escape in the template is kept" },
		{ "https://s/?s=%s", "t", "l", "line one\n  line\ttwo ", "https://s/?s=line%20one%20line%20two",
		  "the summary on one line" },
		{ "https://s/?t=%t", "a\nb", "l", NULL, "https://s/?t=a%20b", "a title broken across lines is one" },
		{ "https://s/?t=%t", "%u %t", "l", NULL, "https://s/?t=%25u%20%25t",
		  "placeholders in values are not expanded" },
		{ "https://s/%x", "t", "l", NULL, "https://s/%25x", "a stray percent stays a valid URL" },
		{ "https://s/?u=%u", "t", "https://a/\"b'c`$(d)", NULL,
		  "https://s/?u=https%3A%2F%2Fa%2F%22b%27c%60%24%28d%29", "hostile links are encoded" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *got = expand(rows[i].tmpl, rows[i].title, rows[i].link, rows[i].summary);
		is_str(got, rows[i].want, "%s", rows[i].what);
		free(got);
	}
	/* a long summary is cut at a character boundary, with an ellipsis */
	char long_s[SHARE_SUMMARY_MAX * 2 + 1];
	for (size_t i = 0; i < SHARE_SUMMARY_MAX; i++)
		memcpy(long_s + 2 * i, "\xC3\xA9", 2);
	long_s[SHARE_SUMMARY_MAX * 2] = '\0';
	char *got = expand("%s", "t", "l", long_s);
	size_t n = strlen(got);
	ok(n <= SHARE_SUMMARY_MAX * 3 && n > SHARE_SUMMARY_MAX * 2, "a long summary is cut (%zu bytes encoded)", n);
	ok(n >= 9 && strcmp(got + n - 9, "%E2%80%A6") == 0, "and ends with an ellipsis");
	ok(strstr(got, "%C3%A9%E2%80%A6") != NULL, "after a whole character");
	free(got);
}

static void
test_config(void)
{
	static const struct { const char *line; int rc; const char *err; } rows[] = {
		{ "share archive https://web.archive.org/save/%u", 0, NULL },
		{ "share pinboard 'https://pinboard.in/add?url=%u&title=%t&description=%s'", 0, NULL },
		{ "share mastodon https://fosstodon.org/share?text=%t%20%u", 0, NULL },
		{ "share ARCHIVE https://archive.today/?run=1&url=%u", 0, NULL },
		{ "share bad/name https://x/%u", -1, "share name 'bad/name' must be letters, digits, '-', '_' or '.'" },
		{ "share nourl example.org/%u", -1,
		  "share template for nourl must be a URL with a scheme (https:, mailto: ...)" },
		{ "share pct https://x/?a=%q", -1,
		  "share template for pct: '%' must start %u, %t, %s, %% or an escape like %20" },
		{ "share blank 'https://x/ %u'", -1, "share template for blank contains a blank or control character" },
		{ "share onlyname", -1, "'share' takes 2 arguments, not 1 (share NAME TEMPLATE)" },
	};
	struct options o;
	options_init(&o);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *err = NULL;
		is_int(conf_line(rows[i].line, &o, &err), rows[i].rc, "[%s] returns %d", rows[i].line, rows[i].rc);
		is_str(err, rows[i].err, "[%s] message", rows[i].line);
		free(err);
	}
	is_int(o.n_share, 3, "three share lines kept (a repeated name replaces)");
	char *err = NULL;
	is_int(options_set(&o, "mastodon-instance", "https://hachyderm.io/", &err), 0, "mastodon-instance is a setting");
	struct share_list l;
	share_list_build(&l, &o);
	is_int(l.n, 12, "two user services join the ten");
	is_str(l.v[1].name, "mastodon", "a built-in name keeps its place");
	is_str(l.v[1].tmpl, "https://fosstodon.org/share?text=%t%20%u", "and takes the user's template");
	is_str(l.v[10].name, "archive", "user services follow, in file order");
	is_str(l.v[10].tmpl, "https://archive.today/?run=1&url=%u", "the later line for a name wins");
	is_str(l.v[11].name, "pinboard", "second user service");
	struct share_article a = { "T", "https://a/", "S u m" };
	char *url = share_url(&l.v[11], &a);
	is_str(url, "https://pinboard.in/add?url=https%3A%2F%2Fa%2F&title=T&description=S%20u%20m", "%%s is the summary");
	free(url);
	share_list_clear(&l);
	options_clear(&o);

	/* the Mastodon host from the setting */
	static const struct { const char *inst, *want; } hosts[] = {
		{ "hachyderm.io", "https://hachyderm.io/share?text=T%20https%3A%2F%2Fa%2F" },
		{ "https://hachyderm.io/", "https://hachyderm.io/share?text=T%20https%3A%2F%2Fa%2F" },
		{ "http://localhost:3000", "http://localhost:3000/share?text=T%20https%3A%2F%2Fa%2F" },
		{ "", "https://mastodon.social/share?text=T%20https%3A%2F%2Fa%2F" },
		{ "bad host", "https://mastodon.social/share?text=T%20https%3A%2F%2Fa%2F" },
	};
	for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++) {
		options_init(&o);
		options_set(&o, "mastodon-instance", hosts[i].inst, &err);
		share_list_build(&l, &o);
		url = share_url(share_list_find(&l, "mastodon"), &a);
		is_str(url, hosts[i].want, "mastodon-instance '%s'", hosts[i].inst);
		free(url);
		share_list_clear(&l);
		options_clear(&o);
	}
}

int
main(void)
{
	test_builtins();
	test_expand();
	test_config();
	return tap_done();
}
