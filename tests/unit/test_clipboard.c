/* test_clipboard.c: OSC 52 bytes byte for byte (plain, tmux, screen) and the choice of clipboard program. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tap.h"
#include "ui/clipboard.h"
#include "util/buf.h"
#include "util/xalloc.h"

static char dir[] = "/tmp/tidings-clip-test-XXXXXX";

static char *
osc(const char *text, enum clip_wrap w)
{
	struct buf b = BUF_INIT;
	clip_osc52(&b, text, strlen(text), w);
	return buf_take(&b);
}

static void
test_bytes(void)
{
	static const struct { const char *text, *want; } plain[] = {
		{ "", "\033]52;c;\a" },
		{ "a", "\033]52;c;YQ==\a" },
		{ "ab", "\033]52;c;YWI=\a" },
		{ "abc", "\033]52;c;YWJj\a" },
		{ "https://example.org/?q=1&x=\"y\"", "\033]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy8/cT0xJng9Inki\a" },
	};
	for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
		char *got = osc(plain[i].text, CLIP_WRAP_NONE);
		is_str(got, plain[i].want, "plain OSC 52 of '%s'", plain[i].text);
		free(got);
	}
	char *got = osc("abc", CLIP_WRAP_TMUX);
	is_str(got, "\033Ptmux;\033\033]52;c;YWJj\a\033\\", "tmux: DCS passthrough with the ESC doubled");
	free(got);
	got = osc("abc", CLIP_WRAP_SCREEN);
	is_str(got, "\033P\033]52;c;YWJj\a\033\\", "screen: a short sequence is one DCS string");
	free(got);

	/* 100 bytes: the 144-byte sequence goes to screen as pieces of 76 and 68 */
	char text[101];
	memset(text, 'x', 100);
	text[100] = '\0';
	const char *seq = "\033]52;c;"
		"eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4"
		"eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA==\a";
	is_int(strlen(seq), 144, "(the plain sequence is 144 bytes)");
	got = osc(text, CLIP_WRAP_NONE);
	is_str(got, seq, "plain OSC 52 of 100 bytes");
	free(got);
	char *want = xasprintf("\033P%.76s\033\\\033P%s\033\\", seq, seq + 76);
	got = osc(text, CLIP_WRAP_SCREEN);
	is_str(got, want, "screen: cut into DCS strings of at most 76 bytes");
	free(got);
	free(want);
}

/* A fake program in dir: records its argv (one per line) and stdin, exits with rc. */
static void
fake(const char *name, int rc)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	fprintf(f, "#!/bin/sh\nprintf '%%s\\n' \"$0\" \"$@\" > '%s/%s.args'\n/bin/cat > '%s/%s.in'\nexit %d\n", dir,
		name, dir, name, rc);
	fclose(f);
	chmod(path, 0755);
	free(path);
}

static char *
slurp(const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return NULL;
	struct buf b = BUF_INIT;
	char chunk[512];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	return buf_take(&b);
}

static void
forget(const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	unlink(path);
	free(path);
}

/* Copy text with env; the bytes written to the "terminal" come back in *tty. */
static int
copy(const char *text, const struct clip_env *env, enum clip_method *m, char **tty)
{
	int p[2];
	if (pipe(p) != 0)
		return -2;
	char *err = NULL;
	int rc = clip_copy(text, p[1], env, m, &err);
	close(p[1]);
	struct buf b = BUF_INIT;
	char chunk[512];
	ssize_t n;
	while ((n = read(p[0], chunk, sizeof chunk)) > 0)
		buf_append(&b, chunk, (size_t)n);
	close(p[0]);
	*tty = buf_take(&b);
	free(err);
	return rc;
}

static void
test_choice(void)
{
	const char *link = "https://example.org/a?b=1&c='$(x)'";
	char *tty, *s;
	enum clip_method m;
	struct clip_env env = { 0 };

	is_int(copy(link, &env, &m, &tty), 0, "no multiplexer, no display: copied");
	is_int(m, CLIP_OSC52, "with plain OSC 52");
	s = osc(link, CLIP_WRAP_NONE);
	is_str(tty, s, "the exact bytes reach the terminal");
	free(s);
	free(tty);
	is_str(clip_method_name(m), "OSC 52", "named for the status line");

	env.tmux = "/tmp/tmux-0/default,1,0"; /* no tmux program in PATH */
	is_int(copy(link, &env, &m, &tty), 0, "inside tmux without the tmux program");
	is_int(m, CLIP_OSC52_TMUX, "OSC 52 in tmux's passthrough");
	s = osc(link, CLIP_WRAP_TMUX);
	is_str(tty, s, "wrapped bytes reach the terminal");
	free(s);
	free(tty);

	fake("tmux", 0);
	is_int(copy(link, &env, &m, &tty), 0, "inside tmux with tmux");
	is_int(m, CLIP_TMUX_BUFFER, "tmux load-buffer -w does it");
	is_str(tty, "", "and nothing is written to the terminal");
	free(tty);
	s = slurp("tmux.args");
	ok(s && strstr(s, "\nload-buffer\n-w\n-\n"), "argv: tmux load-buffer -w -");
	free(s);
	s = slurp("tmux.in");
	is_str(s, link, "the text on its stdin");
	free(s);
	forget("tmux");

	env = (struct clip_env){ .sty = "1234.pts-0.host" };
	copy(link, &env, &m, &tty);
	is_int(m, CLIP_OSC52_SCREEN, "inside screen: OSC 52 for screen");
	s = osc(link, CLIP_WRAP_SCREEN);
	is_str(tty, s, "in DCS strings");
	free(s);
	free(tty);

	env = (struct clip_env){ .wayland_display = "wayland-0", .display = ":0" };
	fake("wl-copy", 0);
	fake("xclip", 0);
	copy(link, &env, &m, &tty);
	is_int(m, CLIP_WL_COPY, "local Wayland: wl-copy");
	s = slurp("wl-copy.in");
	is_str(s, link, "the text on wl-copy's stdin");
	free(s);
	is_str(tty, "", "nothing on the terminal");
	free(tty);

	forget("wl-copy");
	copy(link, &env, &m, &tty);
	is_int(m, CLIP_XCLIP, "without wl-copy, X11: xclip");
	s = slurp("xclip.args");
	ok(s && strstr(s, "\n-selection\nclipboard\n"), "argv: xclip -selection clipboard");
	free(s);
	s = slurp("xclip.in");
	is_str(s, link, "the text on xclip's stdin");
	free(s);
	free(tty);

	fake("xclip", 1);
	copy(link, &env, &m, &tty);
	is_int(m, CLIP_OSC52, "a failing xclip falls back to OSC 52");
	free(tty);

	fake("xclip", 0);
	env.ssh_connection = "10.0.0.1 5555 10.0.0.2 22";
	forget("xclip.in");
	copy(link, &env, &m, &tty);
	is_int(m, CLIP_OSC52, "over SSH the local display is not ours: OSC 52");
	s = slurp("xclip.in");
	ok(s == NULL, "and xclip did not run");
	free(s);
	free(tty);

	char *big = xmalloc(CLIP_MAX_BYTES + 2);
	memset(big, 'x', CLIP_MAX_BYTES + 1);
	big[CLIP_MAX_BYTES + 1] = '\0';
	env = (struct clip_env){ 0 };
	is_int(copy(big, &env, &m, &tty), -1, "too long to copy is an error");
	is_str(tty, "", "and nothing is written");
	free(tty);
	free(big);
}

int
main(void)
{
	test_bytes();
	if (!mkdtemp(dir))
		return 1;
	/* only the fakes: a real tmux must never touch the user's buffers */
	setenv("PATH", dir, 1);
	test_choice();
	char *rm = xasprintf("/bin/rm -rf '%s'", dir);
	if (system(rm) != 0)
		ok(0, "cleaning up");
	free(rm);
	return tap_done();
}
