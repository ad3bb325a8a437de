/* test_thread.c: helper threads leave signals to the main thread. */
#include "config.h"

#include <signal.h>
#include <stdbool.h>

#include "tap.h"
#include "util/thread.h"

static void *
blocked(void *arg)
{
	sigset_t now;
	pthread_sigmask(SIG_SETMASK, NULL, &now);
	bool *out = arg;
	out[0] = sigismember(&now, SIGINT) == 1;
	out[1] = sigismember(&now, SIGWINCH) == 1;
	out[2] = sigismember(&now, SIGCHLD) == 1;
	return NULL;
}

int
main(void)
{
	bool seen[3] = { false, false, false };
	pthread_t t;
	is_int(thread_start(&t, blocked, seen), 0, "a helper thread starts");
	pthread_join(t, NULL);
	ok(seen[0] && seen[1] && seen[2], "with SIGINT, SIGWINCH and SIGCHLD blocked in it");
	sigset_t now;
	pthread_sigmask(SIG_SETMASK, NULL, &now);
	ok(!sigismember(&now, SIGINT) && !sigismember(&now, SIGWINCH),
	   "while the main thread still takes them");
	return tap_done();
}
