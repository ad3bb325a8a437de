/* exec.c: exec:/filter: sources: a command's stdout read in the event loop, its stderr kept, its time bounded. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "net/xfer.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/* Once stdout is closed the command should exit at once; until it does we
 * look again this often (it has no fd to wake us). */
#define REAP_POLL_MS 10

bool
exec_start(struct xfer *x, int in_fd)
{
	int rc = spawn_start(x->argv, in_fd, SPAWN_OUT | SPAWN_ERR | SPAWN_GROUP, &x->ch);
	if (rc != 0) {
		if (rc == ENOENT)
			xfer_fail(x, _("command not found: %s"), x->argv[0]);
		else
			xfer_fail(x, _("cannot run %s: %s"), x->argv[0], strerror(rc));
		return false;
	}
	x->running_cmd = true;
	x->out_eof = false;
	x->deadline_ms = net_now_ms() + poller_config(x->p)->total_timeout * 1000;
	return true;
}

long
exec_timeout(const struct xfer *x)
{
	long long left = x->deadline_ms - net_now_ms();
	if (left < 0)
		left = 0;
	if (x->out_eof && left > REAP_POLL_MS)
		left = REAP_POLL_MS;
	return (long)left;
}

/* Keep what fits of the command's stderr; read the rest away. */
static void
drain_stderr(struct xfer *x)
{
	char chunk[4096];
	while (x->ch.err >= 0) {
		ssize_t n = read(x->ch.err, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;
		if (n <= 0) {
			close(x->ch.err);
			x->ch.err = -1;
			return;
		}
		size_t room = x->err.max - x->err.len;
		buf_append(&x->err, chunk, (size_t)n < room ? (size_t)n : room);
	}
}

/* Pass what the command wrote to the sink; false when the fetch must stop. */
static bool
drain_stdout(struct xfer *x)
{
	char chunk[64 * 1024];
	while (x->ch.out >= 0) {
		ssize_t n = read(x->ch.out, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return true;
		if (n <= 0) {
			close(x->ch.out);
			x->ch.out = -1;
			x->out_eof = true;
			return true;
		}
		struct net_head h = { 0, NULL, x->kind == XFER_FILTER ? x->url : NULL, -1, -1 };
		if (!xfer_deliver(x, &h, chunk, (size_t)n))
			return false;
	}
	return true;
}

/* The last line of what the command said on stderr (the useful one, as a
 * rule), with control characters made blanks. */
static char *
stderr_summary(struct xfer *x)
{
	char *s = xstrdup(buf_str(&x->err));
	str_trim(s);
	char *last = strrchr(s, '\n');
	char *line = xstrdup(last ? last + 1 : s);
	free(s);
	for (char *p = line; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return line;
}

static void
command_failed(struct xfer *x, const char *what)
{
	char *said = stderr_summary(x);
	if (*said)
		xfer_fail(x, "%s: %s", what, said);
	else
		xfer_fail(x, "%s", what);
	free(said);
}

/* The command has exited (status from waitpid): report it. */
static void
command_done(struct xfer *x, int status)
{
	char what[128];
	drain_stderr(x);
	x->running_cmd = false;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		x->res.status = NET_OK;
		x->res.body_bytes = x->body;
		if (!x->begun)
			xfer_deliver(x, &(struct net_head){ 0, NULL, NULL, -1, -1 }, "", 0);
		xfer_finish(x);
		return;
	}
	if (WIFEXITED(status))
		snprintf(what, sizeof what, _("%s exited with status %d"), x->argv[0], WEXITSTATUS(status));
	else
		snprintf(what, sizeof what, _("%s was killed by signal %d"), x->argv[0], WTERMSIG(status));
	command_failed(x, what);
}

/* Stop the command for good and say why. */
static void
command_abort(struct xfer *x, const char *why)
{
	spawn_kill(&x->ch);
	spawn_wait(&x->ch);
	drain_stderr(x);
	x->running_cmd = false;
	command_failed(x, why);
}

bool
exec_step(struct xfer *x)
{
	char what[160];
	if (!drain_stdout(x)) {
		if (x->too_big)
			snprintf(what, sizeof what, _("too large: more than %zu bytes (max-body-size)"),
				 poller_config(x->p)->max_body);
		else
			snprintf(what, sizeof what, "%s", _("stopped by the reader"));
		command_abort(x, what);
		return false;
	}
	drain_stderr(x);
	int status;
	if (x->out_eof && spawn_reap(&x->ch, &status)) {
		command_done(x, status);
		return false;
	}
	if (net_now_ms() >= x->deadline_ms) {
		snprintf(what, sizeof what, _("%s timed out after %ld s (total-timeout)"), x->argv[0],
			 poller_config(x->p)->total_timeout);
		command_abort(x, what);
		return false;
	}
	return true;
}

void
exec_cleanup(struct xfer *x)
{
	spawn_close(&x->ch);
	if (x->ch.pid > 0) {
		spawn_kill(&x->ch);
		spawn_wait(&x->ch);
	}
	buf_free(&x->err);
}
