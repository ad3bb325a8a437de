/* xdg.h: where tidings keeps its files (XDG base directories) and making their directories. */
#ifndef TIDINGS_XDG_H
#define TIDINGS_XDG_H

enum xdg_kind {
	XDG_CONFIG, /* $XDG_CONFIG_HOME, else ~/.config */
	XDG_DATA,   /* $XDG_DATA_HOME, else ~/.local/share */
	XDG_STATE,  /* $XDG_STATE_HOME, else ~/.local/state */
};

/* "<base>/tidings/<name>" for the kind; a relative or empty $XDG_* is
 * ignored as the spec says. Caller frees. */
char *xdg_path(enum xdg_kind kind, const char *name);
/* Create the directories leading to path (not path itself), mode 0700 for
 * new ones. Returns 0, or -1 with errno set. */
int mkdir_parents(const char *path);

#endif
