/* spawn_env.h: starting a program with an environment of our making and the descriptors we choose (no shell). */
#ifndef TIDINGS_SPAWN_ENV_H
#define TIDINGS_SPAWN_ENV_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define SPAWN_IO_NULL (-1) /* /dev/null */
#define SPAWN_IO_KEEP (-2) /* the descriptor tidings has (the terminal) */

/* What the child's stdin, stdout and stderr are: a descriptor of ours
 * (dup2'd into place), SPAWN_IO_NULL or SPAWN_IO_KEEP. */
struct spawn_io {
	int in, out, err;
};

/* Our environment with each names[i]=values[i] set (replacing what is
 * there; a NULL value removes the name). NULL-terminated; free with
 * spawn_argv_free. */
char **spawn_env_with(const char *const *names, const char *const *values, size_t n);

/* Start argv[0] (looked up in PATH) with envp; group puts it in a process
 * group of its own. Returns 0 and *pid, or an errno value. */
int spawn_start_io(char *const argv[], char *const envp[], const struct spawn_io *io, bool group,
		   pid_t *pid);

/* Wait for pid; its status as waitpid gives it (-1 when it cannot be had). */
int spawn_wait_pid(pid_t pid);

#endif
