/* history.h: the `:` line's history kept across runs ($XDG_DATA_HOME/tidings/history, bounded). */
#ifndef TIDINGS_HISTORY_H
#define TIDINGS_HISTORY_H

#include <stddef.h>

/* The default path; caller frees. */
char *history_path(void);
/* The last max lines of the file, oldest first (NULL-terminated, free
 * with spawn_argv_free); a missing file is an empty history. */
char **history_load(const char *path, size_t max, size_t *n);
/* Write the last max of lines (n of them, oldest first) to path
 * atomically (a temporary file renamed over it), mode 0600. 0 or -1. */
int history_save(const char *path, char *const *lines, size_t n, size_t max);

#endif
