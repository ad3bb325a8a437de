/* spawn_env.c: posix_spawnp with an environment and descriptors of our choosing, for exec/pipe actions and hooks. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "util/spawn.h"
#include "util/spawn_env.h"
#include "util/xalloc.h"

extern char **environ;

static bool
is_name(const char *entry, const char *name)
{
	size_t n = strlen(name);
	return strncmp(entry, name, n) == 0 && entry[n] == '=';
}

char **
spawn_env_with(const char *const *names, const char *const *values, size_t n)
{
	size_t have = 0;
	while (environ && environ[have])
		have++;
	char **env = xcalloc(have + n + 1, sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < have; i++) {
		bool replaced = false;
		for (size_t j = 0; j < n && !replaced; j++)
			replaced = is_name(environ[i], names[j]);
		if (!replaced)
			env[k++] = xstrdup(environ[i]);
	}
	for (size_t j = 0; j < n; j++)
		if (values[j])
			env[k++] = xasprintf("%s=%s", names[j], values[j]);
	env[k] = NULL;
	return env;
}

static void
plan_fd(posix_spawn_file_actions_t *fa, int fd, int to)
{
	if (fd >= 0)
		posix_spawn_file_actions_adddup2(fa, fd, to);
	else if (fd == SPAWN_IO_NULL)
		posix_spawn_file_actions_addopen(fa, to, "/dev/null", to == 0 ? O_RDONLY : O_WRONLY, 0);
}

int
spawn_start_io(char *const argv[], char *const envp[], const struct spawn_io *io, bool group,
	       pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	plan_fd(&fa, io->in, 0);
	plan_fd(&fa, io->out, 1);
	plan_fd(&fa, io->err, 2);
	/* the child starts with default signal dispositions and no mask */
	sigset_t none, all;
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &all);
	short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
	if (group) {
		flags |= POSIX_SPAWN_SETPGROUP;
		posix_spawnattr_setpgroup(&at, 0);
	}
	posix_spawnattr_setflags(&at, flags);
	int rc = posix_spawnp(pid, argv[0], &fa, &at, argv, envp ? envp : environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return rc;
}

int
spawn_wait_pid(pid_t pid)
{
	int status = 0;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			return -1;
	}
	return status;
}
