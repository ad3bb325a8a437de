/* spawn.c: split a command line into argv and run it with posix_spawnp, never through a shell. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

extern char **environ;

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Read one word starting at *sp into w; returns 0, or -1 on an open quote. */
static int
split_word(const char **sp, struct buf *w)
{
	const char *s = *sp;
	char q = 0;
	for (; *s && (q || !is_blank(*s)); s++) {
		if (q == '\'') {
			if (*s == '\'')
				q = 0;
			else
				buf_putc(w, *s);
		} else if (q == '"') {
			if (*s == '"')
				q = 0;
			else if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
				buf_putc(w, *++s);
			else
				buf_putc(w, *s);
		} else if (*s == '\'' || *s == '"') {
			q = *s;
		} else if (*s == '\\' && s[1]) {
			buf_putc(w, *++s);
		} else {
			buf_putc(w, *s);
		}
	}
	*sp = s;
	return q ? -1 : 0;
}

char **
spawn_split(const char *cmd, const char **why)
{
	char **argv = NULL;
	size_t n = 0;
	const char *s = cmd ? cmd : "";
	for (;;) {
		while (is_blank(*s))
			s++;
		if (!*s)
			break;
		struct buf w = BUF_INIT; /* buf_take gives "" for '' too */
		if (split_word(&s, &w) != 0) {
			buf_free(&w);
			*why = N_("unterminated quote"); /* callers translate */
			goto fail;
		}
		argv = xreallocarray(argv, n + 2, sizeof *argv);
		argv[n++] = buf_take(&w);
		argv[n] = NULL;
	}
	if (n == 0) {
		*why = N_("empty command");
		goto fail;
	}
	return argv;
fail:
	spawn_argv_free(&argv);
	return NULL;
}

/* word with "%<ph>" replaced by value and "%%" by '%'; *used says
 * whether value went in. */
static char *
fill_word(const char *word, char ph, const char *value, bool *used)
{
	struct buf b = BUF_INIT;
	for (const char *p = word; *p; p++) {
		if (p[0] == '%' && p[1] == ph) {
			buf_puts(&b, value);
			*used = true;
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			buf_putc(&b, '%');
			p++;
		} else {
			buf_putc(&b, *p);
		}
	}
	return buf_take(&b);
}

char **
spawn_split_fill(const char *cmd, char placeholder, const char *value, const char **why)
{
	char **argv = spawn_split(cmd, why);
	if (!argv)
		return NULL;
	size_t n = 0;
	bool used = false;
	for (; argv[n]; n++) {
		char *w = fill_word(argv[n], placeholder, value, &used);
		free(argv[n]);
		argv[n] = w;
	}
	if (!used) {
		argv = xreallocarray(argv, n + 2, sizeof *argv);
		argv[n++] = xstrdup(value);
		argv[n] = NULL;
	}
	return argv;
}

void
spawn_argv_free(char ***argv)
{
	if (!*argv)
		return;
	for (char **a = *argv; *a; a++)
		free(*a);
	FREE_AND_NULL(*argv);
}

/* A pipe whose parent end (index `mine`) is non-blocking; both close-on-exec
 * (posix_spawn's dup2 clears the flag on the child's copy). */
static int
make_pipe(int fds[2], int mine)
{
	if (pipe2(fds, O_CLOEXEC) != 0)
		return errno;
	fcntl(fds[mine], F_SETFL, fcntl(fds[mine], F_GETFL) | O_NONBLOCK);
	return 0;
}

static void
close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* Point the child's fd `to` at the write end of p, or at /dev/null. */
static void
plan_output(posix_spawn_file_actions_t *fa, const int p[2], int to, bool keep)
{
	if (p[1] >= 0)
		posix_spawn_file_actions_adddup2(fa, p[1], to);
	else if (!keep)
		posix_spawn_file_actions_addopen(fa, to, "/dev/null", O_WRONLY, 0);
}

static int
do_spawn(char *const argv[], int in_fd, int flags, int out[2], int err[2], pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	if (in_fd >= 0)
		posix_spawn_file_actions_adddup2(&fa, in_fd, 0);
	else if (!(flags & SPAWN_KEEP_TTY))
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	plan_output(&fa, out, 1, flags & SPAWN_KEEP_TTY);
	plan_output(&fa, err, 2, flags & SPAWN_KEEP_TTY);
	/* the child starts with default signal dispositions and no mask */
	sigset_t none, all;
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &all);
	short af = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
	if (flags & SPAWN_GROUP) {
		af |= POSIX_SPAWN_SETPGROUP;
		posix_spawnattr_setpgroup(&at, 0);
	}
	posix_spawnattr_setflags(&at, af);
	int rc = posix_spawnp(pid, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return rc;
}

int
spawn_start(char *const argv[], int in_fd, int flags, struct spawn_child *ch)
{
	int out[2] = { -1, -1 }, err[2] = { -1, -1 };
	int rc = 0;
	ch->pid = -1;
	ch->out = ch->err = -1;
	ch->group = flags & SPAWN_GROUP;
	if ((flags & SPAWN_OUT) && (rc = make_pipe(out, 0)) != 0)
		return rc;
	if ((flags & SPAWN_ERR) && (rc = make_pipe(err, 0)) != 0)
		goto done;
	rc = do_spawn(argv, in_fd, flags, out, err, &ch->pid);
done:
	close_fd(&out[1]);
	close_fd(&err[1]);
	if (rc != 0) {
		close_fd(&out[0]);
		close_fd(&err[0]);
		ch->pid = -1;
		return rc;
	}
	ch->out = out[0];
	ch->err = err[0];
	return 0;
}

void
spawn_kill(const struct spawn_child *ch)
{
	if (ch->pid > 0)
		kill(ch->group ? -ch->pid : ch->pid, SIGKILL);
}

bool
spawn_reap(struct spawn_child *ch, int *status)
{
	if (ch->pid <= 0)
		return true;
	pid_t r = waitpid(ch->pid, status, WNOHANG);
	if (r == 0 || (r < 0 && errno == EINTR))
		return false;
	if (r < 0)
		*status = 0;
	ch->pid = -1;
	return true;
}

int
spawn_wait(struct spawn_child *ch)
{
	int status = 0;
	while (ch->pid > 0 && waitpid(ch->pid, &status, 0) < 0 && errno == EINTR)
		;
	ch->pid = -1;
	return status;
}

void
spawn_close(struct spawn_child *ch)
{
	close_fd(&ch->out);
	close_fd(&ch->err);
}
