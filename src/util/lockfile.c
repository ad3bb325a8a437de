/* lockfile.c: an flock-based lock whose file says which pid holds it. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "util/lockfile.h"

static pid_t
read_holder(int fd)
{
	char b[32];
	ssize_t n = pread(fd, b, sizeof b - 1, 0);
	if (n <= 0)
		return 0;
	b[n] = '\0';
	long v = strtol(b, NULL, 10);
	return v > 0 ? (pid_t)v : 0;
}

static void
write_pid(int fd)
{
	char b[32];
	int n = snprintf(b, sizeof b, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == 0 && pwrite(fd, b, (size_t)n, 0) != n)
		(void)0; /* the pid is a courtesy for the message; the lock holds anyway */
}

int
lockfile_take(const char *path, long wait_ms, pid_t *holder)
{
	*holder = 0;
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	const long step_ms = 50;
	for (long waited = 0;; waited += step_ms) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			write_pid(fd);
			return fd;
		}
		if (errno != EWOULDBLOCK && errno != EINTR)
			break;
		if (waited >= wait_ms) {
			*holder = read_holder(fd);
			close(fd);
			errno = EWOULDBLOCK;
			return -1;
		}
		struct timespec ts = { 0, step_ms * 1000000L };
		nanosleep(&ts, NULL);
	}
	int e = errno;
	close(fd);
	errno = e;
	return -1;
}

void
lockfile_release(int *fd)
{
	if (*fd < 0)
		return;
	/* leave the file: removing it would race with the next taker */
	if (ftruncate(*fd, 0) != 0)
		(void)0;
	close(*fd);
	*fd = -1;
}
