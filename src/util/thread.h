/* thread.h: starting a helper thread that leaves signals to the main thread. */
#ifndef TIDINGS_UTIL_THREAD_H
#define TIDINGS_UTIL_THREAD_H

#include <pthread.h>

/* pthread_create with every signal blocked in the new thread, so that
 * SIGINT, SIGWINCH, SIGCHLD ... reach the main thread, whose event loop
 * waits for them. Returns 0 or an errno value. */
int thread_start(pthread_t *t, void *(*fn)(void *), void *arg);

#endif
