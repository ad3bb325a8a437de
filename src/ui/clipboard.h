/* clipboard.h: copying text to the user's clipboard: OSC 52 to the terminal (tmux/screen aware), or wl-copy/xclip when local. No ncurses here. */
#ifndef TIDINGS_CLIPBOARD_H
#define TIDINGS_CLIPBOARD_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Terminals cut OSC 52 strings somewhere past 100 KB; links are far shorter. */
#define CLIP_MAX_BYTES (64 * 1024)

enum clip_method {
	CLIP_NONE = 0,
	CLIP_OSC52,        /* plain OSC 52 written to the terminal */
	CLIP_OSC52_TMUX,   /* OSC 52 in tmux's DCS passthrough */
	CLIP_OSC52_SCREEN, /* OSC 52 in screen's DCS strings */
	CLIP_TMUX_BUFFER,  /* `tmux load-buffer -w -`: tmux buffer + outer terminal */
	CLIP_WL_COPY,      /* wl-copy (Wayland, local) */
	CLIP_XCLIP,        /* xclip -selection clipboard (X11, local) */
};

/* How OSC 52 is wrapped for a multiplexer in between. */
enum clip_wrap { CLIP_WRAP_NONE, CLIP_WRAP_TMUX, CLIP_WRAP_SCREEN };

/* What the environment says (getenv values, NULL when unset); filled by
 * clip_env_get, or by hand in tests. */
struct clip_env {
	const char *tmux;            /* $TMUX */
	const char *sty;             /* $STY (GNU screen) */
	const char *wayland_display; /* $WAYLAND_DISPLAY */
	const char *display;         /* $DISPLAY */
	const char *ssh_connection;  /* $SSH_CONNECTION */
	const char *ssh_tty;         /* $SSH_TTY */
};
void clip_env_get(struct clip_env *e);

/* Append the OSC 52 sequence that puts text (n bytes) on the clipboard:
 *   plain:  ESC ] 52 ; c ; BASE64 BEL
 *   tmux:   ESC P tmux; <the plain sequence with every ESC doubled> ESC \
 *   screen: the plain sequence cut into DCS strings (ESC P ... ESC \) of at
 *           most 76 bytes each, which screen passes on one by one. */
void clip_osc52(struct buf *out, const char *text, size_t n, enum clip_wrap wrap);

/* Copy text (a C string) to the clipboard. The choice:
 *   local (no SSH_CONNECTION/SSH_TTY) with WAYLAND_DISPLAY and wl-copy, or
 *   DISPLAY and xclip: that program, text on its stdin (argv, no shell);
 *   inside tmux: `tmux load-buffer -w -` (works with tmux's default
 *   set-clipboard, where passthrough is off), else OSC 52 wrapped for tmux;
 *   inside screen: OSC 52 wrapped for screen;
 *   otherwise: plain OSC 52.
 * OSC 52 bytes are written to tty_fd (the terminal the UI draws on).
 * Returns 0 and *used, or -1 with *err (caller frees, one line). OSC 52
 * cannot tell whether the terminal honoured it; 0 means it was sent. */
int clip_copy(const char *text, int tty_fd, const struct clip_env *env, enum clip_method *used,
	      char **err);

/* For the status line: "OSC 52", "tmux", "wl-copy", "xclip" ... (untranslated names). */
const char *clip_method_name(enum clip_method m);

#endif
