/* app.h: the interface's state and the contract between it and its views, then the entry points of its own parts (inside src/ui only). */
#ifndef TIDINGS_UI_APP_H
#define TIDINGS_UI_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "cmd/actions.h"
#include "cmd/keys.h"
#include "store/downloads.h"
#include "text/render.h"
#include "ui/prompt.h"
#include "ui/status.h"
#include "ui/term.h"
#include "ui/ui.h"
#include "util/buf.h"

struct children;
struct cmdline_tab;
struct download_progress;
struct downloading;
struct feed_edits;
struct feed_keys;
struct key_seq;
struct refreshing;
struct spawn_child;
struct ui;
struct view;

/* What a view does; NULL callbacks are skipped. */
struct view_ops {
	const char *name;    /* for the title bar, untranslated */
	enum key_ctx ctx;    /* where its keys are looked up first */
	/* Rows y..y+h-1, cols wide. */
	void (*draw)(struct view *v, struct ui *ui, int y, int h, int cols);
	/* 1: handled, 0: not this view's, -1: failed (already said why). */
	int (*action)(struct view *v, struct ui *ui, enum action_id id, int argc, char **argv);
	/* The item, feed and list actions would act on. */
	void (*env)(struct view *v, struct action_env *env);
	/* The cache changed: read counts and rows again. */
	void (*reload)(struct view *v, struct ui *ui);
	/* A click at screen row y (the list selects, a second click opens). */
	bool (*click)(struct view *v, struct ui *ui, int y);
	/* Title bar text (after "tidings - "). */
	void (*title)(struct view *v, struct buf *out);
	void (*free)(struct view *v);
};

struct view {
	const struct view_ops *ops;
	struct view *below; /* the view `back` returns to */
};

/* The interface: one per process, owned by ui_run (ui.c). */
struct ui {
	const struct ui_setup *setup;
	struct store *store;
	struct options *opts;
	struct keymap *keys;
	struct loop *loop;
	struct poller *poller;
	struct view *top;
	struct status status;
	struct prompt prompt;
	struct action_host host;  /* what actions run on here (host.c) */
	struct term_config tc;    /* the terminal's settings in force */
	int64_t data_version;     /* of the cache when the views last read it */
	int64_t new_since;        /* items first seen after this are new (the last close) */
	int sigpipe[2];
	bool quit, dirty, full_redraw;
	/* State that one part of the interface keeps to itself, made when it
	 * is first needed, freed by that part at the end (its _free below). */
	struct key_seq *seq;           /* keys_in.c */
	struct feed_keys *feed_keys;   /* feed_keys.c */
	struct cmdline_tab *tab;       /* cmdline.c */
	struct refreshing *refreshing; /* refreshing.c */
	struct feed_edits *edits;      /* subscribe.c */
	struct children *children;     /* children.c */
	struct downloading *downloading; /* downloading.c */
};

/* ---- for the views ---------------------------------------------------- */

/* Push a view on top (it becomes what is shown); pop the top one. */
void ui_push(struct ui *ui, struct view *v);
void ui_pop(struct ui *ui);
/* Something changed on screen: draw at the next idle moment. */
void ui_dirty(struct ui *ui);
/* A message on the status line. */
void ui_say(struct ui *ui, enum msg_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Tell every view the cache changed. */
void ui_reload_all(struct ui *ui);
/* The poller, made on first use (libcurl's start-up costs time and memory). */
struct poller *ui_poller(struct ui *ui);
/* Draw a line of untrusted text: sanitized, clipped. Returns columns used
 * (put_clean.c). */
int ui_put_clean(int row, int col, const char *s, int maxcols, unsigned style);

/* Run an action as if its key had been pressed; run a command line (`:`
 * and macros) (host.c). */
int ui_run_action(struct ui *ui, enum action_id id, int argc, char **argv);
int ui_run_line(struct ui *ui, const char *line);

/* Run a program on the terminal (the screen is restored around it);
 * input (may be NULL) goes to its stdin. Returns its exit status or -1
 * (programs.c). */
int ui_run_program(struct ui *ui, char **argv, const char *input);
/* Copy text to the clipboard and say so. */
void ui_copy(struct ui *ui, const char *text);
/* Open a link in the browser (or copy it when there is no display). */
void ui_open_url(struct ui *ui, const char *url, bool any_scheme);

/* `a` and `D` (subscribe.c): add-feed with URL [TAG...], or none to ask. */
int ui_feeds_add(struct ui *ui, int argc, char **argv);
int ui_feeds_remove(struct ui *ui, const struct store_feed *f);
void view_feeds_select(struct view *v, int64_t feed_id);

/* The views (src/ui/view_*.c). */
struct view *view_feeds_new(struct ui *ui);
struct view *view_headlines_new(struct ui *ui, const struct store_query *q, const char *title,
				bool virtual_list, enum key_ctx ctx);
struct view *view_article_new(struct ui *ui, int64_t item_id, struct view *list);
/* The article's links, then its enclosures (it: its item; may be NULL). */
struct view *view_links_new(struct ui *ui, const char *title, const struct text_link *links,
			    size_t n, const struct item *it);
struct view *view_share_new(struct ui *ui, int64_t item_id);
struct view *view_help_new(struct ui *ui, enum key_ctx ctx);
struct view *view_errors_new(struct ui *ui);
struct view *view_downloads_new(struct ui *ui);

/* Article navigation asks the list below it for the next unread item. */
int64_t view_headlines_step(struct view *list, struct ui *ui, int64_t from, int dir,
			    bool unread_only);
bool view_is_headlines(const struct view *v);

/* ---- the interface's own parts (ui.c starts and ends them) ------------ */

/* host.c: the host actions run on here. */
void ui_host_init(struct ui *ui);
/* settings.c: a setting by name (def when the table has no such row); the
 * terminal's settings from the options and the environment (NO_COLOR). */
long long ui_opt(const struct ui *ui, const char *name, long long def);
void ui_term_config(const struct ui *ui, struct term_config *tc);

/* keys_in.c: a key from the terminal (row/col: where a click was). */
void ui_key(struct ui *ui, int key, int row, int col);
void ui_key_seq_free(struct ui *ui);
/* feed_keys.c: look keys up: the bindings of the feed shown first (`feed
 * PATTERN bind`), then the key tables. */
enum key_match ui_lookup_keys(struct ui *ui, const enum key_ctx *chain, size_t nchain,
			      const int *keys, int nkeys, const struct key_binding **found);
void ui_feed_keys_free(struct ui *ui);

/* cmdline.c: open the `:` line; Tab on the prompt completes when it is the
 * `:` line (false: it is another prompt). */
void ui_cmdline_open(struct ui *ui);
bool ui_cmdline_tab(struct ui *ui);
void ui_cmdline_free(struct ui *ui);
/* prompt_history.c: the prompt's history from its file, and back. */
void ui_history_load(struct ui *ui);
void ui_history_save(struct ui *ui);

/* refreshing.c: start a refresh (feed 0: all); fetch one feed now, or as
 * soon as the refresh running ends; (re)arm the refresh-minutes timer. */
int ui_refresh(struct ui *ui, int64_t feed_id, bool due_only);
void ui_refresh_soon(struct ui *ui, int64_t feed_id);
void ui_schedule_auto_refresh(struct ui *ui);
void ui_refreshing_free(struct ui *ui);
/* subscribe.c: what `a` and `D` keep between a question and its answer. */
void ui_feed_edits_free(struct ui *ui);
/* index_idle.c: index for search, a slice at a time while idle, the items
 * refreshes left waiting. */
void ui_index_start(struct ui *ui);

/* downloading.c: `e`: queue an item's enclosures and run the queue now
 * (unless another tidings runs it); the downloads running, up to max of
 * them into v (how many run); free it after the poller. */
int ui_enqueue(struct ui *ui, int64_t item_id);
size_t ui_downloads_running(struct ui *ui, struct download_progress *v, size_t max);
void ui_downloading_free(struct ui *ui);
/* The downloads list: start what waits when it opens; its keys (p, x, D):
 * pause a running or queued download or resume a paused or failed one;
 * take one off the queue (x: its .part goes, a finished file stays; D:
 * its file goes too, after asking). */
void ui_downloads_start(struct ui *ui);
void ui_download_toggle(struct ui *ui, int64_t id, enum download_state st);
void ui_download_cancel(struct ui *ui, int64_t id, enum download_state st);
void ui_download_delete(struct ui *ui, int64_t id, const char *name);

/* children.c: a program left running (a browser, exec -b, run-on-new),
 * reaped once it has exited; ui_adopt for one known by its pid alone (the
 * leader of its own process group). */
void ui_keep_child(struct ui *ui, const struct spawn_child *ch);
void ui_adopt(struct ui *ui, int pid);
void ui_children_free(struct ui *ui);

#endif
