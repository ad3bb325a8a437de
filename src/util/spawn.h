/* spawn.h: running external programs without a shell: argv splitting and posix_spawnp. */
#ifndef TIDINGS_SPAWN_H
#define TIDINGS_SPAWN_H

#include <stdbool.h>
#include <sys/types.h>

/* Split a command line into words, the way a user writes it in the urls
 * file or the config (no shell is ever involved):
 *   - blanks (space, tab, newline) separate words;
 *   - '...' keeps everything inside literally;
 *   - "..." keeps everything inside, except that \" and \\ stand for " and \;
 *   - outside quotes, a backslash takes the next character literally;
 *   - nothing else is special: no variables, globs, ~, |, ;, &, <, >, $(...):
 *     those characters are just part of a word.
 * Returns a NULL-terminated array the caller frees with spawn_argv_free, or
 * NULL (and *why, a static untranslated message) when the text has an
 * unterminated quote or no words at all. */
char **spawn_split(const char *cmd, const char **why);
/* Split cmd as spawn_split does, then put value where a word holds "%c"
 * (the placeholder letter: "%s" for a link, "%f" for a file) and a
 * percent where it holds "%%", in one pass: value stays one argument and
 * a placeholder inside it stays as it is. A command without the
 * placeholder gets value as its last argument. NULL and *why as
 * spawn_split. */
char **spawn_split_fill(const char *cmd, char placeholder, const char *value, const char **why);
void spawn_argv_free(char ***argv);

/* A running child and the parent's ends of its pipes (-1 when not asked
 * for). The parent's ends are non-blocking and close-on-exec. */
struct spawn_child {
	pid_t pid;
	int out; /* the child's stdout */
	int err; /* the child's stderr */
	bool group;
};

enum spawn_flags {
	SPAWN_OUT = 1,     /* pipe the child's stdout to us (else /dev/null) */
	SPAWN_ERR = 2,     /* pipe the child's stderr to us (else /dev/null) */
	SPAWN_KEEP_TTY = 4, /* leave stdin/stdout/stderr on our terminal unless piped */
	SPAWN_GROUP = 8     /* own process group, so spawn_kill reaches its children */
};

/* Start argv[0] (looked up in PATH) with stdin from in_fd (-1: /dev/null,
 * or the terminal with SPAWN_KEEP_TTY). Returns 0, or an errno value
 * (ENOENT: no such program). */
int spawn_start(char *const argv[], int in_fd, int flags, struct spawn_child *ch);
/* Kill the child (its process group with SPAWN_GROUP) with SIGKILL. */
void spawn_kill(const struct spawn_child *ch);
/* Reap the child without blocking. Returns true once it has exited and
 * sets *status (as waitpid gives it). */
bool spawn_reap(struct spawn_child *ch, int *status);
/* Wait for the child to exit (after spawn_kill this is short); returns
 * its status as waitpid gives it. */
int spawn_wait(struct spawn_child *ch);
/* Close the parent's pipe ends that are still open. */
void spawn_close(struct spawn_child *ch);

#endif
