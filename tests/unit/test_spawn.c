/* test_spawn.c: argv splitting rules and running a command without a shell. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap.h"
#include "util/buf.h"
#include "util/spawn.h"

/* Join argv with '|' so a table row can say what it expects. */
static char *
joined(const char *cmd, const char **why)
{
	char **argv = spawn_split(cmd, why);
	if (!argv)
		return NULL;
	struct buf b = BUF_INIT;
	for (char **a = argv; *a; a++)
		buf_printf(&b, "%s%s", a == argv ? "" : "|", *a);
	spawn_argv_free(&argv);
	return buf_take(&b);
}

static void
test_split(void)
{
	static const struct { const char *in, *want; } rows[] = {
		{ NULL, NULL },
		{ "", NULL },
		{ "   \t ", NULL },
		{ "cat", "cat" },
		{ "  cat   a  b ", "cat|a|b" },
		{ "cat 'a b' \"c d\"", "cat|a b|c d" },
		{ "echo 'it''s'", "echo|its" },
		{ "echo \"say \\\"hi\\\" \\\\ \\n\"", "echo|say \"hi\" \\ \\n" },
		{ "echo a\\ b \\'c", "echo|a b|'c" },
		{ "echo ''", "echo|" },
		{ "sh -c 'a; b | c'", "sh|-c|a; b | c" },
		{ "cat f; rm -rf x", "cat|f;|rm|-rf|x" },
		{ "echo $(id) `id` $HOME ~ *", "echo|$(id)|`id`|$HOME|~|*" },
		{ "a'b'c\"d\"e", "abcde" },
		{ "echo 'open", NULL },
		{ "echo \"open", NULL },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *why = NULL;
		char *got = joined(rows[i].in, &why);
		is_str(got, rows[i].want, "split [%s]", rows[i].in ? rows[i].in : "(null)");
		if (!rows[i].want)
			ok(why != NULL, "  ... and says why (%s)", why ? why : "nothing");
		free(got);
	}
}

/* A player's words: the file in place of %f, one argument whatever it holds. */
static void
test_fill(void)
{
	static const struct { const char *cmd, *value, *want; } rows[] = {
		{ "mpv %f", "/x/a b.mp3", "mpv|/x/a b.mp3" },
		{ "mpv", "/x/a.mp3", "mpv|/x/a.mp3" },
		{ "mpv --no-video", "https://h/e.mp3", "mpv|--no-video|https://h/e.mp3" },
		{ "play --file=%f --vol 50%%", "/x/e.mp3", "play|--file=/x/e.mp3|--vol|50%" },
		{ "p %f", "/x/%f $(id).mp3", "p|/x/%f $(id).mp3" },
		{ "p %s", "/x", "p|%s|/x" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *why = NULL;
		char **argv = spawn_split_fill(rows[i].cmd, 'f', rows[i].value, &why);
		struct buf b = BUF_INIT;
		for (char **a = argv; a && *a; a++)
			buf_printf(&b, "%s%s", a == argv ? "" : "|", *a);
		is_str(buf_str(&b), rows[i].want, "fill [%s] with [%s]", rows[i].cmd, rows[i].value);
		buf_free(&b);
		spawn_argv_free(&argv);
	}
	const char *why = NULL;
	ok(spawn_split_fill("mpv 'open", 'f', "/x", &why) == NULL && why, "an open quote is refused");
}

static void
test_run(void)
{
	const char *why;
	char **argv = spawn_split("sh -c 'printf out; printf err >&2; exit 7'", &why);
	struct spawn_child ch;
	ok(spawn_start(argv, -1, SPAWN_OUT | SPAWN_ERR | SPAWN_GROUP, &ch) == 0, "a command starts");
	int status = spawn_wait(&ch);
	char b[16] = { 0 };
	ssize_t n = read(ch.out, b, sizeof b - 1);
	is_str(n > 0 ? b : "", "out", "its stdout comes through the pipe");
	memset(b, 0, sizeof b);
	n = read(ch.err, b, sizeof b - 1);
	is_str(n > 0 ? b : "", "err", "its stderr through another");
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 7, "its exit status is seen");
	spawn_close(&ch);
	spawn_argv_free(&argv);

	char *missing[] = { "no-such-program-tidings", NULL };
	is_int(spawn_start(missing, -1, SPAWN_OUT, &ch), ENOENT, "a missing program is ENOENT");
	ok(ch.out == -1, "and leaves no pipe open");

	char *sleeper[] = { "sleep", "30", NULL };
	ok(spawn_start(sleeper, -1, SPAWN_GROUP, &ch) == 0, "sleep starts");
	ok(!spawn_reap(&ch, &status), "and is still running");
	spawn_kill(&ch);
	status = spawn_wait(&ch);
	ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "spawn_kill ends it");
}

int
main(void)
{
	test_split();
	test_fill();
	test_run();
	return tap_done();
}
