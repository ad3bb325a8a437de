/* clipboard.c: copying text: OSC 52 bytes for the terminal (plain, tmux, screen) or a local clipboard program. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ui/clipboard.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

#define TOOL_TIMEOUT_MS 2000
#define SCREEN_PIECE 76 /* screen cuts longer DCS strings (256 bytes in old versions) */

static const char *
var(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

void
clip_env_get(struct clip_env *e)
{
	e->tmux = var("TMUX");
	e->sty = var("STY");
	e->wayland_display = var("WAYLAND_DISPLAY");
	e->display = var("DISPLAY");
	e->ssh_connection = var("SSH_CONNECTION");
	e->ssh_tty = var("SSH_TTY");
}

static void
base64(struct buf *out, const unsigned char *s, size_t n)
{
	static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		char q[4] = { al[v >> 18 & 63], al[v >> 12 & 63], al[v >> 6 & 63], al[v & 63] };
		if (i + 1 >= n)
			q[2] = '=';
		if (i + 2 >= n)
			q[3] = '=';
		buf_append(out, q, 4);
	}
}

void
clip_osc52(struct buf *out, const char *text, size_t n, enum clip_wrap wrap)
{
	struct buf seq = BUF_INIT;
	buf_puts(&seq, "\033]52;c;");
	base64(&seq, (const unsigned char *)text, n);
	buf_putc(&seq, '\a');
	if (wrap == CLIP_WRAP_TMUX) {
		/* tmux hands a DCS "tmux;" string to the outer terminal, once
		 * each ESC in it is doubled */
		buf_puts(out, "\033Ptmux;");
		for (size_t i = 0; i < seq.len; i++) {
			if (seq.data[i] == '\033')
				buf_putc(out, '\033');
			buf_putc(out, seq.data[i]);
		}
		buf_puts(out, "\033\\");
	} else if (wrap == CLIP_WRAP_SCREEN) {
		for (size_t i = 0; i < seq.len; i += SCREEN_PIECE) {
			size_t k = seq.len - i < SCREEN_PIECE ? seq.len - i : SCREEN_PIECE;
			buf_puts(out, "\033P");
			buf_append(out, seq.data + i, k);
			buf_puts(out, "\033\\");
		}
	} else {
		buf_append(out, seq.data, seq.len);
	}
	buf_free(&seq);
}

/* An unlinked temporary file holding text, at offset 0: the program's
 * stdin (a pipe could fill up, or raise SIGPIPE, if it stopped reading). */
static int
text_file(const char *text)
{
	const char *dir = var("TMPDIR");
	char *path = xasprintf("%s/tidings-clip-XXXXXX", dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd >= 0)
		unlink(path);
	free(path);
	if (fd < 0)
		return -1;
	size_t n = strlen(text), done = 0;
	while (done < n) {
		ssize_t w = write(fd, text + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)w;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

/* Run argv with text on stdin; true when it exits 0 within the timeout. */
static bool
run_tool(char *const argv[], const char *text)
{
	int fd = text_file(text);
	if (fd < 0)
		return false;
	struct spawn_child ch;
	int rc = spawn_start(argv, fd, SPAWN_GROUP, &ch);
	close(fd);
	if (rc != 0)
		return false;
	int status = 0;
	struct timespec tick = { 0, 10 * 1000 * 1000 };
	for (int waited = 0; !spawn_reap(&ch, &status); waited += 10) {
		if (waited >= TOOL_TIMEOUT_MS) {
			spawn_kill(&ch);
			spawn_wait(&ch);
			return false;
		}
		nanosleep(&tick, NULL);
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static int
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* A program on this machine, when this machine is where the user sits. */
static enum clip_method
local_tool(const char *text, const struct clip_env *env)
{
	static char *const wl[] = { "wl-copy", NULL };
	static char *const xclip[] = { "xclip", "-selection", "clipboard", NULL };
	static char *const tmux[] = { "tmux", "load-buffer", "-w", "-", NULL };
	bool remote = env->ssh_connection || env->ssh_tty;
	if (!remote && env->wayland_display && run_tool(wl, text))
		return CLIP_WL_COPY;
	if (!remote && env->display && run_tool(xclip, text))
		return CLIP_XCLIP;
	/* tmux's server runs where we run, so this works over SSH too */
	if (env->tmux && run_tool(tmux, text))
		return CLIP_TMUX_BUFFER;
	return CLIP_NONE;
}

int
clip_copy(const char *text, int tty_fd, const struct clip_env *env, enum clip_method *used,
	  char **err)
{
	size_t n = strlen(text);
	*used = CLIP_NONE;
	if (n > CLIP_MAX_BYTES) {
		*err = xasprintf(_("too long to copy (%zu bytes, at most %d)"), n, CLIP_MAX_BYTES);
		return -1;
	}
	enum clip_method m = local_tool(text, env);
	if (m != CLIP_NONE) {
		*used = m;
		return 0;
	}
	enum clip_wrap wrap = env->tmux ? CLIP_WRAP_TMUX : env->sty ? CLIP_WRAP_SCREEN : CLIP_WRAP_NONE;
	struct buf seq = BUF_INIT;
	clip_osc52(&seq, text, n, wrap);
	int rc = write_all(tty_fd, seq.data, seq.len);
	buf_free(&seq);
	if (rc != 0) {
		*err = xasprintf(_("cannot write to the terminal: %s"), strerror(errno));
		return -1;
	}
	*used = wrap == CLIP_WRAP_TMUX ? CLIP_OSC52_TMUX
	      : wrap == CLIP_WRAP_SCREEN ? CLIP_OSC52_SCREEN : CLIP_OSC52;
	return 0;
}

const char *
clip_method_name(enum clip_method m)
{
	switch (m) {
	case CLIP_OSC52: return "OSC 52";
	case CLIP_OSC52_TMUX: return _("OSC 52 via tmux");
	case CLIP_OSC52_SCREEN: return _("OSC 52 via screen");
	case CLIP_TMUX_BUFFER: return "tmux";
	case CLIP_WL_COPY: return "wl-copy";
	case CLIP_XCLIP: return "xclip";
	case CLIP_NONE: break;
	}
	return "";
}
