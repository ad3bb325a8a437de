/* test_urls.c: reading the urls file (newsboat's format) and rewriting it without losing a line. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/urls.h"
#include "tap.h"
#include "util/xalloc.h"

static char tmpdir[] = "/tmp/tidings-urls.XXXXXX";

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	char *s = xcalloc(1, 65536);
	size_t n = fread(s, 1, 65535, fp);
	s[n] = '\0';
	fclose(fp);
	return s;
}

static void
test_parse(void)
{
	struct urls u;
	urls_parse("", 0, &u);
	is_int(u.n, 0, "an empty file has no lines");
	urls_free(&u);

	const char *text =
		"# comment\r\n"
		"   \n"
		"http://a.example/feed tag1 \"two words\" \"~My \\\"Title\\\"\" tag3\n"
		"\"exec:ssh host cat feed.xml\" remote\n"
		"\"filter:~/bin/fix.sh:http://b.example/feed\"\n"
		"\"query:Unread:unread = \\\"yes\\\"\"\n"
		"  #indented comment\n"
		"http://c.example/no-newline";
	urls_parse(text, strlen(text), &u);
	is_int(u.n, 8, "every line is kept, the last without a newline too");
	is_int(u.lines[0].kind, URLS_COMMENT, "a # line is a comment");
	is_str(u.lines[0].raw, "# comment", "a CR before the newline is not part of the line");
	is_int(u.lines[1].kind, URLS_COMMENT, "a blank line is a comment");
	const struct urls_line *a = &u.lines[2];
	is_int(a->kind, URLS_URL, "an http line is a URL");
	is_str(a->url, "http://a.example/feed", "the URL is the first token");
	is_int(a->n_tags, 3, "the other tokens are tags");
	is_str(a->tags[1], "two words", "a quoted tag keeps its blank");
	is_str(a->title, "My \"Title\"", "\"~Title\" is the title, with escapes undone");
	is_int(u.lines[3].kind, URLS_EXEC, "exec: is a command source");
	is_str(u.lines[3].url, "exec:ssh host cat feed.xml", "with its command whole");
	is_int(u.lines[4].kind, URLS_FILTER, "filter: is a filtered source");
	is_int(u.lines[5].kind, URLS_QUERY, "query: is a saved query");
	ok(!urls_is_feed(URLS_QUERY) && urls_is_feed(URLS_EXEC), "a query is not a feed, exec: is");
	is_int(u.lines[6].kind, URLS_COMMENT, "an indented # line is a comment");
	is_str(u.lines[7].url, "http://c.example/no-newline", "the last line is read");
	ok(urls_find(&u, "exec:ssh host cat feed.xml") == &u.lines[3], "urls_find finds a source");
	ok(urls_find(&u, "http://nope.example/") == NULL, "and not what is not there");
	urls_free(&u);
}

static void
test_edit(void)
{
	char *path = xasprintf("%s/sub/dir/urls", tmpdir);
	struct urls u;
	char *err = NULL;
	is_int(urls_load(path, &u, &err), URLS_MISSING, "a missing file is URLS_MISSING");
	const char *tags[] = { "news", "with space", "quo\"te" };
	ok(urls_add(&u, "http://a.example/feed", tags, 3, "A \\ Title"), "urls_add adds a line");
	ok(!urls_add(&u, "http://a.example/feed", NULL, 0, NULL), "adding it again does nothing");
	is_str(u.lines[0].raw, "http://a.example/feed news \"with space\" \"quo\\\"te\" \"~A \\\\ Title\"",
	       "the new line is quoted where needed");
	ok(u.lines[0].n_tags == 3 && strcmp(u.lines[0].tags[2], "quo\"te") == 0 &&
	   strcmp(u.lines[0].title, "A \\ Title") == 0, "and reads back as written");
	is_int(urls_save(path, &u, &err), URLS_OK, "urls_save creates the directories and the file");
	urls_free(&u);

	FILE *fp = fopen(path, "w");
	fputs("# keep me\nhttp://a.example/feed  odd   spacing\n\n\"exec:cmd arg\" t\nhttp://b.example/\n", fp);
	fclose(fp);
	chmod(path, 0640);
	urls_load(path, &u, &err);
	ok(urls_remove(&u, "http://b.example/"), "urls_remove removes a line");
	ok(!urls_remove(&u, "http://b.example/"), "and reports one that is not there");
	urls_add(&u, "http://c.example/", NULL, 0, NULL);
	urls_save(path, &u, &err);
	urls_free(&u);
	char *got = slurp(path);
	is_str(got, "# keep me\nhttp://a.example/feed  odd   spacing\n\n\"exec:cmd arg\" t\nhttp://c.example/\n",
	       "a rewrite keeps comments, blank lines and the user's spacing");
	free(got);
	struct stat st;
	stat(path, &st);
	is_int(st.st_mode & 0777, 0640, "and the file's permissions");

	/* through a symlink the target is rewritten and the link stays */
	char *link = xasprintf("%s/link", tmpdir);
	if (symlink(path, link) == 0) {
		urls_load(link, &u, &err);
		urls_add(&u, "http://d.example/", NULL, 0, NULL);
		urls_save(link, &u, &err);
		urls_free(&u);
		struct stat ls;
		lstat(link, &ls);
		ok(S_ISLNK(ls.st_mode), "saving through a symlink keeps the link");
		got = slurp(path);
		ok(got && strstr(got, "http://d.example/"), "and changes its target");
		free(got);
	}
	free(link);

	/* a place that cannot be written (its "directory" is a file) fails
	 * with a message and leaves nothing behind */
	char *file = xasprintf("%s/plainfile", tmpdir);
	FILE *pf = fopen(file, "w");
	if (pf)
		fclose(pf);
	char *bad = xasprintf("%s/urls", file);
	urls_parse("x\n", 2, &u);
	is_int(urls_save(bad, &u, &err), URLS_ERR, "saving where one cannot write fails");
	ok(err && strstr(err, "cannot write"), "with a message (%s)", err ? err : "");
	free(err);
	urls_free(&u);
	free(bad);
	free(file);
	free(path);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_parse();
	test_edit();
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	return tap_done();
}
