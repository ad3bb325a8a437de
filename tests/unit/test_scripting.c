/* test_scripting.c: every config line kind and its messages, quoting and comments, macros, colors, per-feed settings, completion, history, newsboat's config, notifications. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/actions.h"
#include "cmd/colors.h"
#include "cmd/complete.h"
#include "cmd/conf_lines.h"
#include "cmd/confdump.h"
#include "cmd/conffile.h"
#include "cmd/confscan.h"
#include "cmd/feedopts.h"
#include "cmd/history.h"
#include "cmd/hooks.h"
#include "cmd/keys.h"
#include "cmd/newsboat_conf.h"
#include "tap.h"
#include "util/buf.h"
#include "util/spawn.h"
#include "util/xalloc.h"

static void
test_lines(void)
{
	static const struct {
		const char *line;
		int rc;
		const char *err;
	} rows[] = {
		{ "# a comment", 0, NULL },
		{ "   ", 0, NULL },
		{ "set max-items 50 # a comment after a line", 0, NULL },
		{ "set browser \"firefox #top\" # the '#' in quotes stays", 0, NULL },
		{ "set browser 'lynx %s'", 0, NULL },
		{ "set notify osc9", 0, NULL },
		{ "set notify loud", -1, "notify is one of auto|osc9|osc777|no, not 'loud'" },
		{ "set", -1, "'set' takes 2 arguments, not 0 (set NAME VALUE)" },
		{ "set a b c", -1, "'set' takes 2 arguments, not 3 (set NAME VALUE)" },
		{ "set user-agent \"unterminated", -1, "unterminated quote" },
		{ "bind feeds x print-unread", 0, NULL },
		{ "bind x", -1, "'bind' takes at least 2 arguments, not 1 (bind [CONTEXT] KEY ACTION [ARG...])" },
		{ "bind feeds x nothing-such", -1, "unknown action 'nothing-such'" },
		{ "bind F13 top", -1, "unknown key 'F13'" },
		{ "bind \"#\" top", 0, NULL },
		{ "unbind headlines A", 0, NULL },
		{ "unbind A", 0, NULL },
		{ "unbind nowhere A", -1, "unknown context 'nowhere' (global, feeds, headlines, article, "
					  "links, share, search, help, errors)" },
		{ "unbind F13", -1, "unknown key 'F13'" },
		{ "unbind", -1, "'unbind' takes at least 1 argument, not 0 (unbind [CONTEXT] KEY)" },
		{ "macro x toggle-read; toggle-flag", 0, NULL },
		{ "macro article , toggle-flag ; exec -q echo \"a;b\" ; down", 0, NULL },
		{ "macro x", -1, "'macro' takes at least 2 arguments, not 1 (macro [CONTEXT] KEY ACTION "
				 "[ARG...]; ACTION ...)" },
		{ "macro x toggle-read;; down", -1, "an empty command between ';'" },
		{ "macro x toggle-read; fly", -1, "unknown action 'fly'" },
		{ "macro x set max-items", -1, "action 'set' takes 2 to 2 arguments" },
		{ "color unread green default bold underline", 0, NULL },
		{ "color bar color200 color17", 0, NULL },
		{ "color sky blue default", -1, "unknown color element 'sky' (normal, bar, status, error, "
						"unread, read, mark, header, match, dim, selected, heading, code, "
						"quote, link-number)" },
		{ "color unread purple default", -1, "unknown color 'purple' (default, black, red, green, "
						     "yellow, blue, magenta, cyan, white or color0 to color255)" },
		{ "color unread color256 default", -1, "unknown color 'color256' (default, black, red, "
						       "green, yellow, blue, magenta, cyan, white or color0 to color255)" },
		{ "color unread red default shiny", -1, "unknown attribute 'shiny' (bold, dim, underline, "
							"reverse, italic, blink, standout)" },
		{ "color unread red", -1, "'color' takes at least 3 arguments, not 2 (color ELEMENT FG BG [ATTR...])" },
		{ "share pinboard https://pinboard.in/add?url=%u", 0, NULL },
		{ "include colors", -1, "include works only in a config file" },
		{ "include", -1, "'include' takes 1 argument, not 0 (include FILE)" },
		{ "run-on-new notify-send \"new articles\"", 0, NULL },
		{ "run-on-new", -1, "'run-on-new' takes at least 1 argument, not 0 (run-on-new PROGRAM [ARG...])" },
		{ "ignore * title =~ \"^Sponsored\"", 0, NULL },
		{ "ignore \"*\" \"title =~ \\\"^Ad:\\\"\"", 0, NULL },
		{ "ignore https://x.example/* tags # \"ads\"", 0, NULL },
		{ "ignore * titel = \"x\"", -1, "bad expression: at column 1: unknown attribute 'titel' (one "
						"of title, author, link, feed, feedurl, tags, age, unread, flagged, text)" },
		{ "ignore *", -1, "'ignore' takes at least 2 arguments, not 1 (ignore FEED-PATTERN EXPRESSION)" },
		{ "query \"Unread news\" unread = yes and tags # \"news\"", 0, NULL },
		{ "query a:b unread = yes", -1, "a query's name cannot be empty or hold ':' ('a:b')" },
		{ "query q age between 7", -1, "bad expression: at column 13: between takes two numbers like "
					       "1:7, not '7'" },
		{ "feed tag:podcasts set reload-time 240", 0, NULL },
		{ "feed https://x.example/* set full-article yes", 0, NULL },
		{ "feed * set user-agent \"Mozilla/5.0 (X11)\"", 0, NULL },
		{ "feed * set browser lynx", -1, "browser is not a per-feed setting (those are reload-time, "
						 "max-items, keep-days, user-agent, proxy, full-article, podcast-auto-enqueue)" },
		{ "feed * set max-items many", -1, "max-items wants a number, not 'many'" },
		{ "feed * reload 3", -1, "usage: feed PATTERN set NAME VALUE, or feed PATTERN bind KEY ACTION [ARG...]" },
		{ "feed https://x.example/* bind headlines o exec mpv %u", 0, NULL },
		{ "feed * bind headlines o nowhere", -1, "unknown action 'nowhere'" },
		{ "frobnicate", -1, "unknown command 'frobnicate'" },
	};
	struct options o;
	options_init(&o);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *err = NULL;
		int rc = conf_line(rows[i].line, &o, &err);
		is_int(rc, rows[i].rc, "[%s] returns %d", rows[i].line, rows[i].rc);
		is_str(err, rows[i].err, "[%s] message", rows[i].line);
		free(err);
	}
	is_int(options_num(&o, OPT_MAX_ITEMS), 50, "a line with a comment after it sets the value");
	is_str(options_str(&o, OPT_BROWSER), "lynx %s", "single quotes keep what is inside");
	is_int(o.n_ignore, 3, "three ignore rules");
	is_str(o.ignore[1].expr, "title =~ \"^Ad:\"", "a quoted expression is unquoted once");
	is_str(o.ignore[2].expr, "tags # \"ads\"", "'#' is an operator on ignore lines, not a comment");
	const struct opt_query *q = conf_query_find(&o, "Unread news");
	ok(q && strcmp(q->expr, "unread = yes and tags # \"news\"") == 0, "a query feed by its name");
	ok(o.run_on_new && strcmp(o.run_on_new[1], "new articles") == 0, "run-on-new keeps its argv");
	is_int(o.n_feed, 3, "three per-feed settings");
	is_int(o.n_color, 2, "two colour lines");

	struct keymap km;
	keymap_init(&km);
	keymap_load_defaults(&km);
	keymap_apply(&km, &o);
	enum key_ctx chain[] = { CTX_ARTICLE, CTX_GLOBAL };
	int keys[KEY_SEQ_MAX];
	int nk = key_parse_seq(",", keys);
	const struct key_binding *b = NULL;
	is_int(keymap_lookup(&km, chain, 2, keys, nk, &b), KEY_EXACT, "a macro is a binding");
	ok(b && b->action == A_DO, "of the action do");
	ok(b && b->args && strcmp(b->args[1], "exec -q echo \"a;b\"") == 0, "a ';' inside quotes stays");
	enum key_ctx hl[] = { CTX_HEADLINES, CTX_GLOBAL };
	nk = key_parse_seq("A", keys);
	is_int(keymap_lookup(&km, hl, 2, keys, nk, &b), KEY_NO_MATCH, "unbind took A off the headlines");
	nk = key_parse_seq("o", keys);
	is_int(keymap_lookup(&km, hl, 2, keys, nk, &b), KEY_EXACT, "o is still open-in-browser");
	ok(b && b->action == A_OPEN_IN_BROWSER, "a feed's own binding is not everybody's");
	struct keymap fk;
	keymap_init(&fk);
	keymap_feed_bindings(&fk, &o, "https://x.example/videos", NULL, 0);
	is_int(keymap_lookup(&fk, hl, 2, keys, nk, &b), KEY_EXACT, "the feed's binding for its feed");
	ok(b && b->action == A_EXEC, "runs exec there");
	keymap_clear(&fk);
	keymap_clear(&km);
	options_clear(&o);
}

static void
test_scan(void)
{
	is_int(conf_comment_start("set a b # c"), 8, "a comment after blanks");
	is_int(conf_comment_start("# all"), 0, "a whole-line comment");
	is_int(conf_comment_start("bind a#b top"), 12, "'#' inside a word is text");
	is_int(conf_comment_start("set x \"a # b\""), 13, "'#' inside quotes is text");
	is_int(conf_comment_start("set x 'a # b' #c"), 14, "and inside single quotes");
	is_int(conf_comment_start("set x a\\ #b"), 11, "an escaped blank does not start a word");
	is_str(conf_skip_words("macro x a; b", 2), "a; b", "the rest after two words");
	is_str(conf_skip_words("query \"a b\"  c = d", 2), "c = d", "a quoted word counts as one");
	is_str(conf_skip_words("one", 3), "", "nothing after the last word");
	int n;
	char **v = conf_split_at("a; \"b;c\" ; d\\;e", ';', &n);
	is_int(n, 3, "three pieces");
	is_str(v[1], "\"b;c\"", "quoted ';' stays");
	is_str(v[2], "d\\;e", "escaped ';' stays");
	spawn_argv_free(&v);
	static const char *const words[] = { "plain", "two words", "it's", "say \"hi\"", "back\\slash",
					     "#hash", "", "semi;colon", "tab\there" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		struct buf b = BUF_INIT;
		buf_puts(&b, "x ");
		conf_quote(&b, words[i]);
		const char *why = NULL;
		char **w = spawn_split(buf_str(&b), &why);
		ok(w && w[1] && strcmp(w[1], words[i]) == 0 && !w[2] &&
			   conf_comment_start(buf_str(&b)) == b.len,
		   "[%s] quotes back to itself (%s)", words[i], buf_str(&b));
		spawn_argv_free(&w);
		buf_free(&b);
	}
	int idx;
	is_int(conf_last_word("set notify o", &idx), 11, "the last word starts after the last blank");
	is_int(idx, 2, "and is the third");
	is_int(conf_last_word("exec \"a b", &idx), 5, "an open quote keeps its word");
	is_int(idx, 1, "the second");
}

static void
collect_msg(void *ctx, const char *msg)
{
	buf_printf(ctx, "%s\n", msg);
}

static void
test_include(void)
{
	char dir[] = "/tmp/tidings-inc.XXXXXX";
	if (!mkdtemp(dir))
		return;
	char *a = xasprintf("%s/config", dir), *sub = xasprintf("%s/sub", dir);
	char *b = xasprintf("%s/sub/colors", dir), *c = xasprintf("%s/sub/loop", dir);
	mkdir(sub, 0700);
	FILE *f = fopen(a, "w");
	fputs("set max-items 7\ninclude sub/colors\ninclude nowhere\ninclude sub/loop\ninclude\n", f);
	fclose(f);
	f = fopen(b, "w");
	fputs("color unread red default\nbogus line\n", f);
	fclose(f);
	f = fopen(c, "w");
	fputs("include ../config\n", f); /* relative to sub/ */
	fclose(f);
	struct options o;
	options_init(&o);
	struct buf msgs = BUF_INIT;
	int bad = conf_load(a, true, &o, collect_msg, &msgs);
	is_int(bad, 4, "four bad lines, included files counted");
	char *want = xasprintf("sub/colors:2: unknown command 'bogus'\n"
			       "config:3: %s/nowhere: No such file or directory\n"
			       "sub/loop:1: include ../config: a loop (the file is already being read)\n"
			       "config:5: 'include' takes 1 argument, not 0 (include FILE)\n", dir);
	is_str(buf_str(&msgs), want, "each problem says which file and line");
	is_int(o.n_color, 1, "an included file's lines load");
	is_int(options_num(&o, OPT_MAX_ITEMS), 7, "and the including file's");
	free(want);
	buf_free(&msgs);
	options_clear(&o);
	unlink(a); unlink(b); unlink(c); rmdir(sub); rmdir(dir);
	free(a); free(b); free(c); free(sub);
}

static void
test_colors(void)
{
	struct options o;
	options_init(&o);
	struct color_spec c;
	ok(colors_lookup(&o, "bar", &c), "bar is an element");
	ok(c.fg == 7 && c.bg == 4 && c.attrs == CA_BOLD, "white on blue, bold, by default");
	ok(!colors_lookup(&o, "sky", &c), "sky is not");
	char *err = NULL;
	conf_line("color bar color200 default reverse", &o, &err);
	conf_line("color bar green black", &o, &err);
	colors_lookup(&o, "bar", &c);
	ok(c.fg == 2 && c.bg == 0 && c.attrs == 0, "the last line naming an element wins");
	struct buf b = BUF_INIT;
	colors_dump(&o, color_element_find("bar"), &b);
	is_str(buf_str(&b), "color bar green black", "and is written back as a line");
	buf_reset(&b);
	conf_line("color selected color123 default bold italic", &o, &err);
	colors_dump(&o, color_element_find("selected"), &b);
	is_str(buf_str(&b), "color selected color123 default bold italic", "with colorN and attributes");
	buf_free(&b);
	is_str(color_element_name(COLOR_ELEMENTS - 1), "link-number", "elements in the interface's order");
	ok(color_element_name(COLOR_ELEMENTS) == NULL, "and no more");
	options_clear(&o);
}

static void
test_feedopts(void)
{
	ok(feedopts_match("*", "https://a.example/f", NULL, 0), "* matches every feed");
	ok(feedopts_match("https://a.example/*", "https://a.example/f", NULL, 0), "a glob over the URL");
	ok(!feedopts_match("https://a.example/*", "https://b.example/f", NULL, 0), "only the ones it names");
	char *tags[] = { "news", "podcasts" };
	ok(feedopts_match("tag:podcasts", "https://b.example/f", tags, 2), "tag:NAME by tag");
	ok(!feedopts_match("tag:pod", "https://b.example/f", tags, 2), "a whole tag");
	struct options o;
	options_init(&o);
	char *err = NULL;
	conf_line("set max-items 100", &o, &err);
	conf_line("feed * set reload-time 90", &o, &err);
	conf_line("feed tag:podcasts set reload-minutes 240", &o, &err);
	conf_line("feed tag:podcasts set user-agent \"Pod/1.0\"", &o, &err);
	struct store_feed f = { .url = "https://b.example/f", .tags = tags, .n_tags = 2,
				.options = "max-items=5\nfull-article=yes\nproxy=socks5h://127.0.0.1:9\nnonsense=1" };
	struct feed_settings s;
	feedopts_resolve(&o, &f, &s);
	is_int(s.reload_minutes, 240, "the later matching feed line wins (reload-minutes is reload-time)");
	is_int(s.max_items, 5, "the urls file's setting wins over the config's");
	ok(s.full_article, "full-article from the urls file");
	is_str(s.user_agent, "Pod/1.0", "user-agent from a tag's line");
	is_str(s.proxy, "socks5h://127.0.0.1:9", "proxy from the urls file");
	feed_settings_clear(&s);
	struct store_feed g = { .url = "https://c.example/f" };
	feedopts_resolve(&o, &g, &s);
	is_int(s.reload_minutes, 90, "a feed matched only by * gets its line");
	is_int(s.max_items, 100, "else the global value");
	ok(!s.full_article && !s.user_agent, "and nothing else");
	feed_settings_clear(&s);
	is_int(feedopts_check("keep-days", "x", &err), -1, "a per-feed value is checked");
	is_str(err, "keep-days wants a number, not 'x'", "with the setting's own message");
	free(err);
	options_clear(&o);
}

static void
test_complete(void)
{
	struct options o;
	options_init(&o);
	static const struct {
		const char *line, *common;
		size_t n, start;
	} rows[] = {
		{ "", "", A_COUNT, 0 },
		{ "tog", "toggle-", 2, 0 },
		{ "toggle-f", "toggle-flag", 1, 0 },
		{ "set no", "notify", 1, 4 },
		{ "set notify ", "", 4, 11 },
		{ "set notify o", "osc", 2, 11 },
		{ "set mouse ", "", 2, 10 },
		{ "set max-items ", "0", 1, 14 },
		{ "exec -", "-", 4, 5 },
		{ "pipe -", "-", 3, 5 },
		{ "help ref", "refresh-", 3, 5 },
		{ "xyz", "", 0, 0 },
		{ "search some", "", 0, 7 },
		{ "exec \"a b", "", 0, 5 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct completion c;
		complete_line(rows[i].line, strlen(rows[i].line), &o, &c);
		is_int(c.n, rows[i].n, "[%s] has %zu candidates", rows[i].line, rows[i].n);
		is_str(c.common, rows[i].common, "[%s] completes to [%s]", rows[i].line, rows[i].common);
		is_int(c.start, rows[i].start, "[%s] replaces from byte %zu", rows[i].line, rows[i].start);
		completion_clear(&c);
	}
	struct completion c;
	complete_line("set notify o but more", 12, &o, &c);
	is_str(c.common, "osc", "the word at the cursor, whatever follows");
	completion_clear(&c);
	options_clear(&o);
}

static void
test_history(void)
{
	char dir[] = "/tmp/tidings-hist.XXXXXX";
	if (!mkdtemp(dir))
		return;
	char *path = xasprintf("%s/sub/history", dir);
	size_t n;
	char **v = history_load(path, 10, &n);
	is_int(n, 0, "no file is an empty history");
	spawn_argv_free(&v);
	char *lines[] = { "one", "two", "three", "four" };
	is_int(history_save(path, lines, 4, 3), 0, "a history is saved (its directory made)");
	v = history_load(path, 10, &n);
	is_int(n, 3, "bounded to the last three");
	ok(n == 3 && strcmp(v[0], "two") == 0 && strcmp(v[2], "four") == 0, "oldest first");
	spawn_argv_free(&v);
	v = history_load(path, 2, &n);
	ok(n == 2 && strcmp(v[0], "three") == 0, "loading keeps the newest when bounded");
	spawn_argv_free(&v);
	struct stat st;
	ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600, "readable by its owner only");
	unlink(path);
	char *sub = xasprintf("%s/sub", dir);
	rmdir(sub);
	rmdir(dir);
	free(sub);
	free(path);
}

static void
test_newsboat(void)
{
	static const struct {
		const char *line, *out, *why;
	} rows[] = {
		{ "# comment", "", NULL },
		{ "browser \"firefox %u\"", "set browser \"firefox %s\"\n", NULL },
		{ "reload-time 30", "set reload-time 30\n", NULL },
		{ "max-items 100", "set max-items 100\n", NULL },
		{ "keep-articles-days 14 # two weeks", "set keep-days 14\n", NULL },
		{ "user-agent \"Agent 1.0\"", "set user-agent \"Agent 1.0\"\n", NULL },
		{ "bind-key j down feedlist", "bind feeds j down\n", NULL },
		{ "bind-key ^R reload-all", "bind global ^R refresh-all\n", NULL },
		{ "bind-key NPAGE pagedown article", "bind article PGDN page-down\n", NULL },
		{ "bind-key x toggle-show-read-feeds", NULL, "no tidings action does what 'toggle-show-read-feeds' does" },
		{ "bind-key x open podcastlist", NULL, "no tidings view is newsboat's 'podcastlist'" },
		{ "unbind-key A articlelist", "unbind headlines A\n", NULL },
		{ "macro m set browser \"mpv %u\" ; open-in-browser ; set browser \"firefox %u\" -- \"play\"",
		  "macro \", m\" set browser \"mpv %s\"; open-in-browser; set browser \"firefox %s\"\n", NULL },
		{ "macro v pipe-to \"less\"", NULL, "the macro's 'pipe-to \"less\"' has no tidings equivalent" },
		{ "color listfocus black yellow bold", "color selected black yellow bold\n", NULL },
		{ "color info white blue protect", "color bar white blue\ncolor status white blue\n", NULL },
		{ "color hint-key red default", NULL, "tidings has no 'hint-key' element" },
		{ "ignore-article \"*\" \"title =~ \\\"Sponsored\\\"\"",
		  "ignore * \"title =~ \\\"Sponsored\\\"\"\n", NULL },
		{ "define-filter \"Unread\" \"unread = \\\"yes\\\"\"", "query Unread \"unread = \\\"yes\\\"\"\n", NULL },
		{ "ignore-article \"*\" \"flags # \\\"s\\\"\"", NULL,
		  "tidings cannot read it as 'ignore * \"flags # \\\"s\\\"\"': bad expression: at column 1: "
		  "unknown attribute 'flags' (one of title, author, link, feed, feedurl, tags, age, unread, flagged, text)" },
		{ "highlight article \"foo\" red", NULL, "'highlight' has no equivalent in tidings" },
		{ "confirm-exit yes", NULL, "'confirm-exit' has no equivalent in tidings" },
		{ "browser \"open", NULL, "unterminated quote" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct nb_conf c;
		nb_conf_init(&c);
		char *why = NULL;
		int rc = nb_conf_line(&c, rows[i].line, &why);
		is_int(rc, rows[i].why ? -1 : 0, "newsboat's [%s] %s", rows[i].line,
		       rows[i].why ? "stays behind" : "carries over");
		if (rows[i].out)
			is_str(buf_str(&c.out), rows[i].out, "[%s] becomes the right lines", rows[i].line);
		else
			is_str(why, rows[i].why, "[%s] says why not", rows[i].line);
		free(why);
		nb_conf_clear(&c);
	}
	struct nb_conf c;
	nb_conf_init(&c);
	char *why = NULL;
	nb_conf_line(&c, "auto-reload yes", &why);
	nb_conf_line(&c, "reload-time 45", &why);
	nb_conf_line(&c, "use-proxy yes", &why);
	nb_conf_line(&c, "proxy 127.0.0.1:1080", &why);
	nb_conf_line(&c, "proxy-type socks5", &why);
	nb_conf_finish(&c);
	is_str(buf_str(&c.out), "set reload-time 45\nset refresh-minutes 45\nset proxy socks5://127.0.0.1:1080\n",
	       "auto-reload and the proxy settings come together at the end");
	nb_conf_clear(&c);
	static const struct {
		const char *path, *format, *want;
	} dl[] = {
		{ "\"~/Downloads/%h/%n\"", "\"%F-%t.%e\"",
		  "set download-path ~/Downloads\nset download-filename-format %h/%n/%F-%t.%e\n" },
		{ "~/podcasts/", NULL, "set download-path ~/podcasts\n" },
		{ "\"~/p/%n\"", NULL, "set download-path ~/p\nset download-filename-format %n/%?u?%u&%Y-%b-%d-%H%M%S.unknown?\n" },
		{ NULL, "%t.%e", "set download-filename-format %t.%e\n" },
	};
	for (size_t i = 0; i < sizeof dl / sizeof dl[0]; i++) {
		nb_conf_init(&c);
		char *line;
		if (dl[i].path) {
			line = xasprintf("download-path %s", dl[i].path);
			nb_conf_line(&c, line, &why);
			free(line);
		}
		if (dl[i].format) {
			line = xasprintf("download-filename-format %s", dl[i].format);
			nb_conf_line(&c, line, &why);
			free(line);
		}
		nb_conf_finish(&c);
		is_str(buf_str(&c.out), dl[i].want, "podboat's download-path %s with format %s",
		       dl[i].path ? dl[i].path : "(none)", dl[i].format ? dl[i].format : "(default)");
		nb_conf_clear(&c);
	}
	nb_conf_init(&c);
	nb_conf_line(&c, "max-downloads 3", &why);
	nb_conf_line(&c, "player mpv", &why);
	nb_conf_line(&c, "podcast-auto-enqueue yes", &why);
	is_str(buf_str(&c.out), "set max-downloads 3\nset player mpv\nset podcast-auto-enqueue yes\n",
	       "max-downloads, player and podcast-auto-enqueue carry over");
	nb_conf_clear(&c);
}

static const char *fake_term, *fake_prog, *fake_tmux;

static const char *
fake_env(const char *name)
{
	if (strcmp(name, "TERM") == 0)
		return fake_term;
	if (strcmp(name, "TERM_PROGRAM") == 0)
		return fake_prog;
	if (strcmp(name, "TMUX") == 0)
		return fake_tmux;
	return NULL;
}

static void
test_notify(void)
{
	struct options o;
	options_init(&o);
	struct buf b = BUF_INIT;
	fake_term = "xterm-256color";
	ok(!hooks_notify_seq(&o, fake_env, "tidings", "3 new", &b), "auto: an unknown terminal gets nothing");
	fake_term = "xterm-kitty";
	ok(hooks_notify_seq(&o, fake_env, "tidings", "3 new", &b), "kitty gets a notification");
	is_str(buf_str(&b), "\033]9;tidings: 3 new\a", "as OSC 9");
	buf_reset(&b);
	fake_tmux = "/tmp/tmux-1/default,1,0";
	ok(!hooks_notify_seq(&o, fake_env, "tidings", "3 new", &b), "but not inside tmux");
	fake_tmux = NULL;
	fake_term = "foot";
	hooks_notify_seq(&o, fake_env, "t;i", "a\033]52;c;x\ab", &b);
	is_str(buf_str(&b), "\033]777;notify;t,i;ab\a", "foot gets OSC 777, fields cleaned of escapes and ';'");
	buf_reset(&b);
	char *err = NULL;
	conf_line("set notify osc9", &o, &err);
	fake_term = "dumb";
	fake_prog = NULL;
	ok(hooks_notify_seq(&o, fake_env, "x", "y", &b), "set notify osc9 forces it");
	conf_line("set notify no", &o, &err);
	fake_term = "xterm-kitty";
	buf_reset(&b);
	ok(!hooks_notify_seq(&o, fake_env, "x", "y", &b), "set notify no never");
	buf_free(&b);
	options_clear(&o);
}

/* --dump-config's lines read back give the same dump. */
static void
test_dump(void)
{
	static const char *const lines[] = {
		"set max-body-size 2M", "set browser \"my browser %s\"", "set proxy ''",
		"bind feeds x print-unread", "bind headlines \"g g\" bottom", "unbind article m",
		"unbind feeds A", "macro article , toggle-flag; exec -q echo \"a;b\"",
		"color unread green default bold", "share pin https://pin.example/add?u=%u",
		"run-on-new /bin/sh -c \"cat > /dev/null\"", "ignore * title =~ \"^Ad\"",
		"query \"My news\" tags # \"news\"", "feed tag:pod set reload-time 600",
		"feed https://x.example/* bind headlines o exec mpv %u", "bind \"#\" top",
	};
	struct options o;
	struct keymap km;
	options_init(&o);
	keymap_init(&km);
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		char *err = NULL;
		if (conf_line(lines[i], &o, &err) != 0)
			printf("# [%s]: %s\n", lines[i], err);
		free(err);
	}
	keymap_load_defaults(&km);
	keymap_apply(&km, &o);
	struct buf one = BUF_INIT, two = BUF_INIT;
	conf_dump(&o, &km, &one);
	struct options o2;
	struct keymap km2;
	options_init(&o2);
	keymap_init(&km2);
	int bad = 0;
	char *copy = xstrdup(buf_str(&one));
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		char *err = NULL;
		if (conf_line(line, &o2, &err) != 0) {
			printf("# cannot read back [%s]: %s\n", line, err);
			bad++;
		}
		free(err);
	}
	free(copy);
	keymap_load_defaults(&km2);
	keymap_apply(&km2, &o2);
	conf_dump(&o2, &km2, &two);
	is_int(bad, 0, "every dumped line reads back");
	is_str(buf_str(&two), buf_str(&one), "and gives the same configuration");
	ok(strstr(buf_str(&one), "\nunbind article m\n") != NULL, "a default that is gone is unbound");
	ok(strstr(buf_str(&one), "\nmacro article , toggle-flag; exec -q echo \"a;b\"\n") != NULL,
	   "a macro is a macro line");
	ok(strstr(buf_str(&one), "\nset max-body-size 2M\n") != NULL, "sizes keep their unit");
	ok(strstr(buf_str(&one), "\nbind headlines \"g g\" bottom\n") != NULL, "a key sequence is quoted");
	buf_free(&one);
	buf_free(&two);
	keymap_clear(&km);
	keymap_clear(&km2);
	options_clear(&o);
	options_clear(&o2);
}

int
main(void)
{
	test_lines();
	test_scan();
	test_include();
	test_colors();
	test_feedopts();
	test_complete();
	test_history();
	test_newsboat();
	test_notify();
	test_dump();
	return tap_done();
}
