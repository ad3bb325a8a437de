/* act_exec.c: `exec` and `pipe`: programs run with the article in their argv, environment or stdin, never through a shell. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd/act.h"
#include "cmd/article_text.h"
#include "store/downloads.h"
#include "text/sanitize.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/spawn_env.h"
#include "util/xalloc.h"

/* What happens to the program's terminal and output (the flag before it). */
enum exec_mode {
	EXEC_TERMINAL, /* (none) on the terminal, screen given back, waited for */
	EXEC_WAIT,     /* -w: the same, then "press Enter" before the screen returns */
	EXEC_QUIET,    /* -q: no terminal, output discarded, waited for */
	EXEC_OUTPUT,   /* -o: output read and shown in the status line, waited for */
	EXEC_BACKGROUND, /* -b: no terminal, output discarded, not waited for */
};

#define OUTPUT_MAX 4096 /* bytes of -o output kept */

struct exec_run {
	const struct action_env *env;
	enum exec_mode mode;
	bool pipe;
	struct store_item it;   /* the article (id 0: none) */
	bool have_item;
	char *text;             /* the article as text, made when first needed */
	char *tmp_path;         /* %F: removed when the program is done */
	char *file;             /* %E: the downloaded enclosure */
	char **argv;            /* expanded */
};

static const char *
or_empty(const char *s)
{
	return s ? s : "";
}

static const char *
run_text(struct exec_run *r)
{
	if (!r->text)
		r->text = article_text(&r->it);
	return r->text;
}

/* %F: the article's text in a file of its own (mode 0600). */
static const char *
text_file(struct exec_run *r)
{
	if (r->tmp_path)
		return r->tmp_path;
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/tidings-article.XXXXXX", dir && *dir == '/' ? dir : "/tmp");
	int fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0) {
		action_say(r->env, MSG_ERROR, _("cannot make a temporary file: %s"), strerror(errno));
		free(path);
		return NULL;
	}
	const char *t = run_text(r);
	size_t n = strlen(t), off = 0;
	while (off < n) {
		ssize_t w = write(fd, t + off, n - off);
		if (w <= 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	close(fd);
	r->tmp_path = path;
	return path;
}

/* %e: the article's (first) enclosure's URL; %E: its downloaded file. */
static const char *
enclosure(struct exec_run *r, bool file)
{
	if (r->it.item.n_enclosures == 0) {
		action_say(r->env, MSG_ERROR, _("this article has no enclosure"));
		return NULL;
	}
	if (!file)
		return r->it.item.enclosures[0].url;
	if (!r->file && store_download_done_path(r->env->store, r->it.id, &r->file) != STORE_OK) {
		action_say(r->env, MSG_ERROR, _("the enclosure is not downloaded (enqueue: e, then tidings download)"));
		return NULL;
	}
	return r->file;
}

/* One argument with its placeholders filled in: each stays ONE argument
 * whatever the link or title holds. */
static int
expand(struct exec_run *r, const char *arg, struct buf *out)
{
	for (const char *p = arg; *p; p++) {
		if (*p != '%') {
			buf_putc(out, *p);
			continue;
		}
		char c = *++p;
		if (c == '%') {
			buf_putc(out, '%');
			continue;
		}
		if (c && strchr("utfFieE", c) && !r->have_item) {
			action_say(r->env, MSG_ERROR, _("%%%c needs an article, and none is selected"), c);
			return -1;
		}
		const char *f;
		switch (c) {
		case 'u': buf_puts(out, or_empty(r->it.item.link)); break;
		case 't': buf_puts(out, or_empty(r->it.item.title)); break;
		case 'f': buf_puts(out, or_empty(r->it.feed_title ? r->it.feed_title : r->it.feed_url)); break;
		case 'i': buf_printf(out, "%lld", (long long)r->it.id); break;
		case 'e':
		case 'E':
			if (!(f = enclosure(r, c == 'E')))
				return -1;
			buf_puts(out, f);
			break;
		case 'F':
			if (r->mode == EXEC_BACKGROUND) {
				action_say(r->env, MSG_ERROR, _("%%F cannot be used with -b (nobody would remove the file)"));
				return -1;
			}
			if (!(f = text_file(r)))
				return -1;
			buf_puts(out, f);
			break;
		default:
			action_say(r->env, MSG_ERROR, _("unknown placeholder %%%c (%%u %%t %%f %%F %%i %%e %%E %%%%)"),
				   c ? c : ' ');
			return -1;
		}
		if (!c)
			break;
	}
	buf_str(out);
	return 0;
}

static int
expand_all(struct exec_run *r, int argc, char **argv)
{
	r->argv = xcalloc((size_t)argc + 1, sizeof *r->argv);
	for (int i = 0; i < argc; i++) {
		struct buf b = BUF_INIT;
		if (expand(r, argv[i], &b) != 0) {
			buf_free(&b);
			return -1;
		}
		r->argv[i] = buf_take(&b);
	}
	return 0;
}

/* A pipe's input: the text in an unlinked file, so a program that never
 * reads cannot block us. -1 on failure (said). */
static int
input_fd(struct exec_run *r)
{
	FILE *f = tmpfile();
	if (!f) {
		action_say(r->env, MSG_ERROR, _("cannot make a temporary file: %s"), strerror(errno));
		return -1;
	}
	const char *t = run_text(r);
	fwrite(t, 1, strlen(t), f);
	fflush(f);
	int fd = dup(fileno(f));
	fclose(f);
	if (fd >= 0)
		lseek(fd, 0, SEEK_SET);
	return fd;
}

static char **
environment(struct exec_run *r)
{
	static const char *const names[] = { "TIDINGS_URL", "TIDINGS_TITLE", "TIDINGS_FEED",
					     "TIDINGS_ID" };
	char id[32];
	snprintf(id, sizeof id, "%lld", (long long)r->it.id);
	const char *values[] = {
		r->have_item ? or_empty(r->it.item.link) : NULL,
		r->have_item ? or_empty(r->it.item.title) : NULL,
		r->have_item ? or_empty(r->it.feed_title ? r->it.feed_title : r->it.feed_url) : NULL,
		r->have_item ? id : NULL,
	};
	return spawn_env_with(names, values, 4);
}

/* -o: everything the program writes, up to OUTPUT_MAX bytes kept. */
static void
read_output(int fd, struct buf *out)
{
	char chunk[4096];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		if (out->len < OUTPUT_MAX)
			buf_append(out, chunk, (size_t)n < OUTPUT_MAX - out->len ? (size_t)n
							  : OUTPUT_MAX - out->len);
	}
}

/* -o: the output in the status line (a line each, at most five), or on
 * stdout without a screen. */
static void
show_output(struct exec_run *r, const struct buf *out)
{
	if (!out->len)
		return;
	struct buf cb = BUF_INIT;
	text_sanitize_buf(&cb, buf_str(out), out->len, SANITIZE_KEEP_NEWLINES);
	char *clean = buf_take(&cb);
	if (!r->env->host->screen) {
		size_t n = strlen(clean);
		while (n && clean[n - 1] == '\n')
			clean[--n] = '\0';
		action_say(r->env, MSG_INFO, "%s", clean);
		free(clean);
		return;
	}
	int shown = 0;
	for (char *line = clean, *nl; line && *line && shown < 5; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (*line) {
			action_say(r->env, MSG_INFO, "%s", line);
			shown++;
		}
	}
	free(clean);
}

/* A non-zero exit fails the action (a macro stops there). */
static int
judge(struct exec_run *r, int status)
{
	if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (status >= 0 && WIFEXITED(status))
		action_say(r->env, MSG_ERROR, _("%s exited with status %d"), r->argv[0], WEXITSTATUS(status));
	else if (status >= 0 && WIFSIGNALED(status))
		action_say(r->env, MSG_ERROR, _("%s was ended by signal %d"), r->argv[0], WTERMSIG(status));
	else
		action_say(r->env, MSG_ERROR, _("%s: cannot tell how it ended"), r->argv[0]);
	return -1;
}

static int
spawn_and_wait(struct exec_run *r, int in)
{
	const struct action_host *h = r->env->host;
	bool on_tty = r->mode == EXEC_TERMINAL || r->mode == EXEC_WAIT;
	bool bg = r->mode == EXEC_BACKGROUND;
	int outp[2] = { -1, -1 };
	if (r->mode == EXEC_OUTPUT && pipe2(outp, O_CLOEXEC) != 0) {
		action_say(r->env, MSG_ERROR, _("cannot run %s: %s"), r->argv[0], strerror(errno));
		return -1;
	}
	int quiet = r->mode == EXEC_OUTPUT ? outp[1] : SPAWN_IO_NULL;
	struct spawn_io io = { in >= 0 ? in : on_tty ? SPAWN_IO_KEEP : SPAWN_IO_NULL,
			       on_tty ? SPAWN_IO_KEEP : quiet, on_tty ? SPAWN_IO_KEEP : quiet };
	char **envp = environment(r);
	if (on_tty && h->leave)
		h->leave(h->ctx);
	pid_t pid = -1;
	int rc = spawn_start_io(r->argv, envp, &io, bg, &pid);
	spawn_argv_free(&envp);
	if (outp[1] >= 0)
		close(outp[1]);
	struct buf out = BUF_INIT;
	int status = -1;
	if (rc == 0 && outp[0] >= 0)
		read_output(outp[0], &out);
	if (outp[0] >= 0)
		close(outp[0]);
	if (rc == 0 && bg && h->adopt)
		h->adopt(h->ctx, pid);
	else if (rc == 0 && !bg)
		status = spawn_wait_pid(pid);
	if (on_tty && h->enter)
		h->enter(h->ctx, r->mode == EXEC_WAIT && rc == 0);
	if (rc != 0) {
		buf_free(&out);
		action_say(r->env, MSG_ERROR, _("cannot run %s: %s"), r->argv[0], strerror(rc));
		return -1;
	}
	show_output(r, &out);
	buf_free(&out);
	return bg ? 0 : judge(r, status);
}

static int
parse_mode(const char *flag, enum exec_mode *mode)
{
	static const char flags[] = "qwob";
	static const enum exec_mode modes[] = { EXEC_QUIET, EXEC_WAIT, EXEC_OUTPUT, EXEC_BACKGROUND };
	if (flag[0] != '-' || !flag[1] || flag[2] || !strchr(flags, flag[1]))
		return -1;
	*mode = modes[strchr(flags, flag[1]) - flags];
	return 0;
}

static void
run_clear(struct exec_run *r)
{
	if (r->tmp_path) {
		unlink(r->tmp_path);
		free(r->tmp_path);
	}
	free(r->text);
	free(r->file);
	spawn_argv_free(&r->argv);
	store_item_clear(&r->it);
}

int
act_exec(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	struct exec_run r = { .env = env, .mode = EXEC_TERMINAL, .pipe = id == A_PIPE };
	if (argc > 0 && argv[0][0] == '-' && parse_mode(argv[0], &r.mode) == 0) {
		argc--;
		argv++;
	}
	if (argc == 0 || argv[0][0] == '-' || (r.pipe && r.mode == EXEC_BACKGROUND)) {
		action_say(env, MSG_ERROR, _("usage: %s %s"), action_table[id].name, action_table[id].args);
		return -1;
	}
	if (env->item_id > 0) {
		if (store_item_get(env->store, env->item_id, &r.it) != STORE_OK) {
			action_say(env, MSG_ERROR, _("cannot read the article: %s"), store_error(env->store));
			run_clear(&r);
			return -1;
		}
		r.have_item = true;
	}
	int rc = expand_all(&r, argc, argv);
	int in = -1;
	if (rc == 0 && r.pipe && (in = input_fd(&r)) < 0)
		rc = -1;
	if (rc == 0)
		rc = spawn_and_wait(&r, in);
	if (in >= 0)
		close(in);
	run_clear(&r);
	return rc;
}
