/* actions.h: the action table: every command the interface, keys, `:`, `-x` and help know, one row each. */
#ifndef TIDINGS_ACTIONS_H
#define TIDINGS_ACTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "cmd/options.h"
#include "store/store.h"

/*
 * One row per action: its name (what `bind`, `:` and `-x` say), the
 * arguments it takes, prerequisites checked once before the handler runs,
 * the key contexts where it means something (for the help screen), the
 * handler and a line of help. The table is indexed by enum action_id.
 *
 * Handlers do not know whether a screen exists: they act on an
 * action_env, whose host is the interface (src/ui) or the headless
 * runner (tidings -x). Actions that move around the interface (up, open,
 * back ...) have the handler action_ui, which hands them to host->ui; the
 * interface gives each to its current view first (per-view tables, as
 * neomutt does), then handles the rest itself.
 */

enum action_id {
	A_QUIT,
	A_BACK,
	A_HELP,
	A_COMMAND_LINE,
	A_SEARCH,
	A_UP,
	A_DOWN,
	A_TOP,
	A_BOTTOM,
	A_PAGE_UP,
	A_PAGE_DOWN,
	A_OPEN,
	A_REDRAW,
	A_REFRESH_ALL,
	A_REFRESH_DUE,
	A_REFRESH_FEED,
	A_ERRORS,
	A_ADD_FEED,
	A_REMOVE_FEED,
	A_FILTER_TAG,
	A_NEXT_UNREAD,
	A_PREV_UNREAD,
	A_NEXT_MATCH,
	A_PREV_MATCH,
	A_MARK_FEED_READ,
	A_MARK_ALL_READ,
	A_TOGGLE_READ,
	A_TOGGLE_FLAG,
	A_OPEN_IN_BROWSER,
	A_COPY_LINK,
	A_SHARE,
	A_LINKS,
	A_FULL_ARTICLE,
	A_PIPE_TO,
	A_SET,
	A_PRINT_UNREAD,
	A_DO,
	A_EXEC,
	A_PIPE,
	A_UNDO,
	A_PLAY,
	A_ENQUEUE,
	A_DOWNLOADS,
	A_PAUSE_DOWNLOAD,
	A_CANCEL_DOWNLOAD,
	A_DELETE_DOWNLOAD,
	A_COUNT
};

/* Prerequisites, checked by action_run before the handler. */
enum action_flags {
	ACT_ITEM = 1u << 0,     /* an item must be selected or shown */
	ACT_FEED = 1u << 1,     /* a real feed must be selected or listed */
	ACT_SCREEN = 1u << 2,   /* only in the interface */
	ACT_HEADLESS = 1u << 3, /* tidings -x runs it */
};

enum msg_level { MSG_INFO, MSG_ERROR };

/* What actions act on and report to: the interface or the headless runner.
 * Every callback may be NULL except message. */
struct action_host {
	void *ctx;
	bool screen; /* an interactive screen exists */
	/* A line for the user: the status line, or stdout/stderr headless. */
	void (*message)(void *ctx, enum msg_level level, const char *text);
	/* An action of the interface itself (moving, opening views ...). */
	int (*ui)(void *ctx, enum action_id id, int argc, char **argv);
	/* Fetch feeds now: feed_id 0 for every feed; due_only skips feeds the
	 * schedule says are not due. */
	int (*refresh)(void *ctx, int64_t feed_id, bool due_only);
	/* Subscribe to argv[0] with the tags argv[1...] and fetch it; with no
	 * argument the interface asks for the URL (and tags). */
	int (*subscribe)(void *ctx, int argc, char **argv);
	/* Queue the enclosures of item_id for download: the interface starts
	 * them at once, headless only queues. */
	int (*enqueue)(void *ctx, int64_t item_id);
	/* The cache changed (read state, flags): counts and rows to reload. */
	void (*changed)(void *ctx);
	/* Run a command line as if typed at `:`, against the state of that
	 * moment (a macro's second command sees what the first one opened).
	 * NULL: action_run_line with the same env. */
	int (*run_line)(void *ctx, const char *line);
	/* Around a program that uses the terminal (exec, pipe): give the
	 * screen up, and take it back (after "press Enter" when wait_key).
	 * NULL when there is no screen. */
	void (*leave)(void *ctx);
	void (*enter)(void *ctx, bool wait_key);
	/* A program left running in the background (exec -b): reap it when it
	 * ends. NULL: nobody waits for it. */
	void (*adopt)(void *ctx, int pid);
};

/* The state an action runs against. */
struct action_env {
	struct store *store;
	struct options *opts;
	int64_t item_id;                /* the item selected or shown; 0: none */
	int64_t feed_id;                /* the real feed selected or listed; 0: none */
	int64_t download_id;            /* the download selected (the downloads list); 0: none */
	const struct store_query *list; /* the list of items shown; NULL: every item */
	const struct action_host *host;
};

typedef int action_fn(const struct action_env *env, enum action_id id, int argc, char **argv);

struct action {
	const char *name;
	const char *args;  /* synopsis of the arguments ("NAME VALUE"), NULL when none */
	int min_args, max_args;
	unsigned flags;    /* enum action_flags */
	unsigned contexts; /* bits (1u << enum key_ctx) where it applies; 0: everywhere */
	action_fn *run;
	const char *help;  /* untranslated; shown through gettext */
};

/* The table, indexed by enum action_id. */
extern const struct action action_table[A_COUNT];

/* The id of the action named name, or -1. */
int action_find(const char *name);

/* Check the prerequisites and arguments, then run. Problems go to
 * env->host->message. Returns 0, or -1 when it did not run or failed. */
int action_run(const struct action_env *env, enum action_id id, int argc, char **argv);
/* Run a command line: "NAME [ARG...]", words split as the config splits
 * them (quotes, backslash; no shell). */
int action_run_line(const struct action_env *env, const char *line);

/* The handler of the actions the interface carries out (host->ui). */
int action_ui(const struct action_env *env, enum action_id id, int argc, char **argv);

/* Send a formatted message to the host. */
void action_say(const struct action_env *env, enum msg_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
