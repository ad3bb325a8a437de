/* test_open.c: opening links: which browser, argv with the link as exactly one element, hostile links, SSH. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tap.h"
#include "util/buf.h"
#include "util/open.h"
#include "util/spawn.h"
#include "util/xalloc.h"

static char dir[] = "/tmp/tidings-open-test-XXXXXX";

/* A fake browser: writes each argument (after $0) followed by a NUL to
 * DIR/NAME.args, and exits with rc. */
static void
fake(const char *name, int rc)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	fprintf(f, "#!/bin/sh\nfor a in \"$@\"; do printf '%%s\\0' \"$a\"; done > '%s/%s.args'\nexit %d\n", dir,
		name, rc);
	fclose(f);
	chmod(path, 0755);
	free(path);
}

/* The recorded argv as "[a][b]..."; NULL when the fake did not run. */
static char *
recorded(const char *name)
{
	char *path = xasprintf("%s/%s.args", dir, name);
	FILE *f = fopen(path, "r");
	unlink(path);
	free(path);
	if (!f)
		return NULL;
	struct buf b = BUF_INIT;
	buf_putc(&b, '[');
	int c;
	while ((c = fgetc(f)) != EOF)
		buf_puts(&b, c ? (char[]){ (char)c, 0 } : "][");
	fclose(f);
	if (b.len >= 2)
		buf_truncate(&b, b.len - 1); /* the '[' after the last NUL */
	else
		buf_reset(&b);
	return buf_take(&b);
}

static char *
joined(char **argv)
{
	struct buf b = BUF_INIT;
	for (; *argv; argv++)
		buf_printf(&b, "[%s]", *argv);
	return buf_take(&b);
}

static void
test_argv(void)
{
	static const struct { const char *entry, *url, *want; } rows[] = {
		{ "lynx", "https://a/", "[lynx][https://a/]" },
		{ "firefox --new-tab %s", "https://a/", "[firefox][--new-tab][https://a/]" },
		{ "'my browser' --url=%s", "https://a/ b", "[my browser][--url=https://a/ b]" },
		{ "echo %%s %s", "https://a/", "[echo][%s][https://a/]" },
		{ "w3m %s", "https://a/%s?x=%%", "[w3m][https://a/%s?x=%%]" },
		{ "b %s %s", "https://a/", "[b][https://a/][https://a/]" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *why = NULL;
		char **argv = open_argv(rows[i].entry, rows[i].url, &why);
		char *got = argv ? joined(argv) : NULL;
		is_str(got, rows[i].want, "entry '%s'", rows[i].entry);
		free(got);
		spawn_argv_free(&argv);
	}
	const char *why = NULL;
	ok(open_argv("'open", "https://a/", &why) == NULL && why, "an open quote is refused");
}

/* Plan and run url with env; returns the status and waits for a detached child. */
static int
open_with(const char *url, const struct open_env *env, unsigned flags, bool *terminal)
{
	struct open_plan p;
	char *err = NULL;
	int st = open_plan(url, env, flags, &p, &err);
	if (terminal)
		*terminal = p.terminal;
	if (st == OPEN_OK) {
		struct spawn_child bg;
		st = open_run(&p, &bg, &err);
		if (bg.pid > 0)
			spawn_wait(&bg);
	}
	if (err)
		printf("# %s\n", err);
	free(err);
	open_plan_clear(&p);
	return st;
}

static void
test_hostile(void)
{
	static const char *const links[] = {
		"https://example.org/a'b\"c",
		"https://example.org/$(touch /tmp/tidings-pwned)",
		"https://example.org/`touch /tmp/tidings-pwned`",
		"https://example.org/a b\tc",
		"https://example.org/a\nb; rm -rf ~ | cat & echo",
		"https://example.org/?q=%s&r=%%&s=${HOME}",
		"mailto:someone@example.org?subject=hi%20there",
	};
	char *entry = xasprintf("%s/browser --new-window %%s", dir);
	struct open_env env = { .browser = entry };
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		is_int(open_with(links[i], &env, 0, NULL), OPEN_OK, "hostile link %zu opens", i);
		char *want = xasprintf("[--new-window][%s]", links[i]);
		char *got = recorded("browser");
		is_str(got, want, "and arrives as exactly one argument");
		free(got);
		free(want);
	}
	ok(access("/tmp/tidings-pwned", F_OK) != 0, "no shell ever ran");

	static const char *const refused[] = {
		"-oProxyCommand=touch /tmp/tidings-pwned", "--help", "javascript:alert(1)",
		"file:///etc/passwd", "", "example.org/no-scheme",
	};
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		is_int(open_with(refused[i], &env, 0, NULL), OPEN_BAD_URL, "'%s' is refused", refused[i]);
		char *got = recorded("browser");
		ok(got == NULL, "and the browser did not run");
		free(got);
	}
	is_int(open_with("tg://msg_url?url=x", &env, OPEN_ANY_SCHEME, NULL), OPEN_OK,
	       "any scheme when the link is the user's own (a share template)");
	free(recorded("browser"));
	is_int(open_with("-x", &env, OPEN_ANY_SCHEME, NULL), OPEN_BAD_URL, "but never a leading dash");
	free(entry);
}

static void
test_choice(void)
{
	const char *url = "https://example.org/x?y=1&z=2";
	bool term = false;
	char *got;

	/* the setting wins over $BROWSER */
	char *setting = xasprintf("%s/setting", dir);
	char *list = xasprintf("no-such-browser %%s:%s/failing:%s/browser", dir, dir);
	struct open_env env = { .browser = setting, .browser_var = list, .display = ":0" };
	is_int(open_with(url, &env, 0, &term), OPEN_OK, "the browser setting");
	ok(term, "runs on the terminal");
	got = recorded("setting");
	is_str(got, "[https://example.org/x?y=1&z=2]", "gets the link as its last argument");
	free(got);
	got = recorded("browser");
	ok(got == NULL, "and $BROWSER is not used");
	free(got);

	env.browser = "";
	is_int(open_with(url, &env, 0, &term), OPEN_OK, "$BROWSER, a list");
	got = recorded("failing");
	is_str(got, "[https://example.org/x?y=1&z=2]", "an entry that fails is tried");
	free(got);
	got = recorded("browser");
	is_str(got, "[https://example.org/x?y=1&z=2]", "then the next one");
	free(got);

	free(list);
	list = xasprintf("%s/failing", dir);
	env.browser_var = list;
	is_int(open_with(url, &env, 0, NULL), OPEN_FAILED, "every entry failing is a failure");
	free(recorded("failing"));

	env = (struct open_env){ .display = ":0" };
	is_int(open_with(url, &env, 0, &term), OPEN_OK, "a display and xdg-open");
	ok(!term, "xdg-open runs detached");
	got = recorded("xdg-open");
	is_str(got, "[https://example.org/x?y=1&z=2]", "xdg-open gets the link alone");
	free(got);

	env = (struct open_env){ .wayland_display = "wayland-0", .ssh_connection = "1 2 3 4" };
	is_int(open_with(url, &env, 0, NULL), OPEN_OK, "a Wayland display forwarded over SSH still opens");
	free(recorded("xdg-open"));

	env = (struct open_env){ .ssh_connection = "10.0.0.1 5555 10.0.0.2 22" };
	is_int(open_with(url, &env, 0, NULL), OPEN_NO_DISPLAY, "over SSH without a display: copy instead");
	env = (struct open_env){ .ssh_tty = "/dev/pts/3" };
	is_int(open_with(url, &env, 0, NULL), OPEN_NO_DISPLAY, "SSH_TTY alone says SSH too");
	got = recorded("xdg-open");
	ok(got == NULL, "and nothing ran");
	free(got);

	env = (struct open_env){ 0 };
	is_int(open_with(url, &env, 0, NULL), OPEN_NO_BROWSER, "no display, no SSH, no browser: none");

	char *xdg = xasprintf("%s/xdg-open", dir);
	unlink(xdg);
	free(xdg);
	env = (struct open_env){ .display = ":0" };
	is_int(open_with(url, &env, 0, NULL), OPEN_NO_BROWSER, "a display without xdg-open: none");

	env = (struct open_env){ .browser = "'unterminated" };
	is_int(open_with(url, &env, 0, NULL), OPEN_FAILED, "a browser setting that does not split fails");
	free(setting);
	free(list);
}

int
main(void)
{
	test_argv();
	if (!mkdtemp(dir))
		return 1;
	setenv("PATH", dir, 1); /* only the fakes */
	fake("browser", 0);
	fake("setting", 0);
	fake("failing", 3);
	fake("xdg-open", 0);
	test_hostile();
	test_choice();
	char *rm = xasprintf("/bin/rm -rf '%s'", dir);
	if (system(rm) != 0)
		ok(0, "cleaning up");
	free(rm);
	return tap_done();
}
