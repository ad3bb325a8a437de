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
 * (explicit is false). Returns the number of bad lines (also those of
 * included files), or -1 when the file cannot be read. The language is
 * described at the top of conffile.c and in HACKING. */
int conf_load(const char *path, bool explicit_path, struct options *o, conf_warn_fn *warn,
	      void *ctx);
/* One line of config text (no newline; `include` needs a file and is
 * refused here); returns 0 or -1 with *err (caller frees) saying what is
 * wrong. */
int conf_line(const char *line, struct options *o, char **err);

#endif
