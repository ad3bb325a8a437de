/* conffile.h: reading the config file, a line at a time, through a table of verbs. */
#ifndef TIDINGS_CONFFILE_H
#define TIDINGS_CONFFILE_H

#include "cmd/options.h"

/* Called for each bad line with "config:LINE: what is wrong" (or
 * "PATH: ..." when the file cannot be read); loading goes on. */
typedef void conf_warn_fn(void *ctx, const char *msg);

/* The default path, $XDG_CONFIG_HOME/tidings/config (or ~/.config/...).
 * Caller frees. */
char *conf_default_path(void);

/* Read path into o. A missing file is fine when it is the default path
 * (explicit is false). Returns the number of bad lines, or -1 when an
 * explicit file cannot be read. Blank lines and lines starting with '#'
 * are comments; words are split as spawn_split does (quotes, backslash). */
int conf_load(const char *path, bool explicit_path, struct options *o, conf_warn_fn *warn,
	      void *ctx);
/* One line of config text (no newline); returns 0 or -1 with *err (caller
 * frees) saying what is wrong. */
int conf_line(const char *line, struct options *o, char **err);

#endif
