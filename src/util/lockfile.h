/* lockfile.h: one process at a time (flock on a file that also names the holder's pid). */
#ifndef TIDINGS_LOCKFILE_H
#define TIDINGS_LOCKFILE_H

#include <sys/types.h>

/* Take an exclusive lock on path (created 0600 when missing), trying for up
 * to wait_ms. Returns the fd that holds it (close it to let go; the kernel
 * lets go when the process dies, even by kill -9), or -1: then *holder is
 * the pid written by whoever holds it (0 when unknown) and errno is
 * EWOULDBLOCK, or errno says why the file cannot be used. */
int lockfile_take(const char *path, long wait_ms, pid_t *holder);
void lockfile_release(int *fd);

#endif
