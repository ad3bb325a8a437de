/* open.h: opening a link in the user's browser: `browser` setting, $BROWSER, xdg-open; argv only, never a shell. */
#ifndef TIDINGS_OPEN_H
#define TIDINGS_OPEN_H

#include <stdbool.h>
#include <stddef.h>

#include "util/spawn.h"

/*
 * Where the browser comes from, first match wins:
 *   1. the `browser` setting: one command (words split as spawn_split does);
 *   2. $BROWSER: a ':'-separated list of commands, tried in order until one
 *      starts and exits 0;
 *   3. xdg-open, when a display exists (DISPLAY or WAYLAND_DISPLAY) and
 *      xdg-open is in PATH.
 * In a command, "%s" (inside any word) is replaced by the link and "%%" by
 * '%'; a command without "%s" gets the link as its last argument. The link
 * is always exactly one argv element, whatever it contains (quotes, $(...),
 * backticks, blanks, newlines). Only links with a scheme are opened, so a
 * link can never be read as an option (xdg-open takes no "--").
 *
 * Commands from 1 and 2 run on the terminal and are waited for (they may be
 * lynx or w3m): the UI leaves curses mode around open_run when
 * plan.terminal is set. xdg-open runs detached (its own process group,
 * /dev/null for stdin/stdout/stderr) and is not waited for.
 */

enum open_status {
	OPEN_OK = 0,
	OPEN_NO_DISPLAY = 1, /* over SSH without a display: copy the link instead */
	OPEN_NO_BROWSER = 2, /* no browser setting, no $BROWSER, no display or no xdg-open */
	OPEN_FAILED = -1,    /* could not start, or every command failed (*err says) */
	OPEN_BAD_URL = -2,   /* not a link we open (no scheme, or a scheme not allowed) */
};

enum open_flags {
	OPEN_ANY_SCHEME = 1, /* the link comes from the user (a share template): any scheme;
				otherwise only http, https, mailto, ftp, gopher, gemini */
};

/* The environment (getenv values, NULL when unset) and the setting. */
struct open_env {
	const char *browser;         /* the `browser` setting; NULL or "": none */
	const char *browser_var;     /* $BROWSER */
	const char *display;         /* $DISPLAY */
	const char *wayland_display; /* $WAYLAND_DISPLAY */
	const char *ssh_connection;  /* $SSH_CONNECTION */
	const char *ssh_tty;         /* $SSH_TTY */
};
/* Fill e from the environment; browser_setting may be NULL. */
void open_env_get(struct open_env *e, const char *browser_setting);

/* The commands to try, in order (each a NULL-terminated argv). */
struct open_plan {
	char ***argv;
	size_t n;
	bool terminal; /* run on the terminal and wait (browser setting, $BROWSER) */
};

/* Decide how to open url. Returns OPEN_OK with the plan filled (caller
 * clears it), or another status (plan empty; *err set for OPEN_FAILED and
 * OPEN_BAD_URL, caller frees). */
int open_plan(const char *url, const struct open_env *env, unsigned flags, struct open_plan *p,
	      char **err);
void open_plan_clear(struct open_plan *p);

/* One command of the plan: entry split into words, "%s" replaced by url.
 * NULL (and *why, static, untranslated) for an entry with no words or an
 * open quote. Caller frees with spawn_argv_free. */
char **open_argv(const char *entry, const char *url, const char **why);

/* Run the plan. For a terminal plan, each command in turn on the terminal,
 * waiting, until one exits 0. Otherwise the first command that starts is
 * left running in *bg (reap it later with spawn_reap/spawn_wait; bg->pid is
 * -1 when nothing is left running). Returns OPEN_OK or OPEN_FAILED (*err). */
int open_run(const struct open_plan *p, struct spawn_child *bg, char **err);

#endif
