/* actions.c: the action table and the one dispatcher that keys, `:`, `-x` and macros go through. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/act.h"
#include "cmd/actions.h"
#include "cmd/keys.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

#define C(x) (1u << CTX_##x)
#define LISTS (C(FEEDS) | C(HEADLINES) | C(SEARCH) | C(LINKS) | C(SHARE) | C(HELP) | C(ERRORS) | C(DOWNLOADS))
#define ITEMS (C(HEADLINES) | C(SEARCH) | C(ARTICLE))
#define S ACT_SCREEN
#define H ACT_HEADLESS

const struct action action_table[A_COUNT] = {
	[A_QUIT] = { "quit", NULL, 0, 0, S, 0, action_ui, N_("leave tidings") },
	[A_BACK] = { "back", NULL, 0, 0, S, 0, action_ui,
		N_("back to the previous view (leaves tidings from the feed list)") },
	[A_HELP] = { "help", NULL, 0, 0, S, 0, action_ui, N_("the keys of this view and every action") },
	[A_COMMAND_LINE] = { "command-line", NULL, 0, 0, S, 0, action_ui,
		N_("type an action by name (Up/Down: history)") },
	[A_SEARCH] = { "search", "[WORDS]", 0, 16, S, 0, action_ui,
		N_("search every article (in an article: find text in it)") },
	[A_UP] = { "up", NULL, 0, 0, S, 0, action_ui, N_("previous line") },
	[A_DOWN] = { "down", NULL, 0, 0, S, 0, action_ui, N_("next line") },
	[A_TOP] = { "top", NULL, 0, 0, S, 0, action_ui, N_("first line") },
	[A_BOTTOM] = { "bottom", NULL, 0, 0, S, 0, action_ui, N_("last line") },
	[A_PAGE_UP] = { "page-up", NULL, 0, 0, S, 0, action_ui, N_("one screen up") },
	[A_PAGE_DOWN] = { "page-down", NULL, 0, 0, S, 0, action_ui, N_("one screen down") },
	[A_OPEN] = { "open", NULL, 0, 0, S, LISTS, action_ui,
		N_("open what is selected (feed, article, link, share service)") },
	[A_REDRAW] = { "redraw", NULL, 0, 0, S, 0, action_ui, N_("draw the whole screen again") },
	[A_REFRESH_ALL] = { "refresh-all", NULL, 0, 0, H, 0, act_refresh,
		N_("fetch every feed now") },
	[A_REFRESH_DUE] = { "refresh-due", NULL, 0, 0, H, 0, act_refresh,
		N_("fetch the feeds whose reload time has come") },
	[A_REFRESH_FEED] = { "refresh-feed", NULL, 0, 0, H | ACT_FEED, C(FEEDS) | ITEMS, act_refresh,
		N_("fetch the selected feed now") },
	[A_ERRORS] = { "errors", NULL, 0, 0, S, C(FEEDS), action_ui,
		N_("the feeds whose last refresh failed, with the error") },
	[A_ADD_FEED] = { "add-feed", "[URL [TAG...]]", 0, 16, H, C(FEEDS), act_add_feed,
		N_("subscribe to a feed (or a page that names its feed) and fetch it") },
	[A_REMOVE_FEED] = { "remove-feed", NULL, 0, 0, S | ACT_FEED, C(FEEDS), action_ui,
		N_("unsubscribe from the selected feed, after asking") },
	[A_FILTER_TAG] = { "filter-tag", "[TAG]", 0, 1, S, C(FEEDS), action_ui,
		N_("show only the feeds with a tag (none: all feeds)") },
	[A_NEXT_UNREAD] = { "next-unread", NULL, 0, 0, S, C(FEEDS) | ITEMS, action_ui,
		N_("the next unread feed or article (in an article with a search: next match)") },
	[A_PREV_UNREAD] = { "prev-unread", NULL, 0, 0, S, ITEMS, action_ui,
		N_("the previous unread article") },
	[A_NEXT_MATCH] = { "next-match", NULL, 0, 0, S, C(ARTICLE), action_ui,
		N_("the next match of the search in the article") },
	[A_PREV_MATCH] = { "prev-match", NULL, 0, 0, S, C(ARTICLE), action_ui,
		N_("the previous match of the search in the article") },
	[A_MARK_FEED_READ] = { "mark-feed-read", NULL, 0, 0, H | ACT_FEED, C(FEEDS), act_mark_feed_read,
		N_("mark every article of the selected feed read") },
	[A_MARK_ALL_READ] = { "mark-all-read", NULL, 0, 0, H, C(HEADLINES) | C(SEARCH),
		act_mark_all_read, N_("mark every article of the list read (headless: all articles)") },
	[A_TOGGLE_READ] = { "toggle-read", NULL, 0, 0, H | ACT_ITEM, ITEMS, act_toggle,
		N_("mark the article read or unread") },
	[A_TOGGLE_FLAG] = { "toggle-flag", NULL, 0, 0, H | ACT_ITEM, ITEMS, act_toggle,
		N_("flag the article (flagged ones are kept) or take the flag off") },
	[A_OPEN_IN_BROWSER] = { "open-in-browser", NULL, 0, 0, S, ITEMS | C(LINKS) | C(SHARE),
		action_ui, N_("open the link in the browser (over SSH: copy it)") },
	[A_COPY_LINK] = { "copy-link", NULL, 0, 0, S, ITEMS | C(LINKS) | C(SHARE), action_ui,
		N_("copy the link to the clipboard") },
	[A_SHARE] = { "share", NULL, 0, 0, S | ACT_ITEM, ITEMS, action_ui,
		N_("share links for the article") },
	[A_LINKS] = { "links", NULL, 0, 0, S | ACT_ITEM, C(ARTICLE), action_ui,
		N_("the numbered links of the article, and its enclosures") },
	[A_FULL_ARTICLE] = { "full-article", NULL, 0, 0, S | ACT_ITEM, C(ARTICLE), action_ui,
		N_("switch between the feed's text and the full article from its page") },
	[A_PIPE_TO] = { "pipe-to", "COMMAND [ARG...]", 0, 32, S | ACT_ITEM, C(ARTICLE), action_ui,
		N_("send the article's text to a command's input (asks for it when none)") },
	[A_SET] = { "set", "NAME VALUE", 2, 2, H, 0, act_set, N_("change a setting") },
	[A_PRINT_UNREAD] = { "print-unread", NULL, 0, 0, H, 0, act_print_unread,
		N_("say how many articles are unread") },
	/* scripting (cmd/act_script.c, act_exec.c) */
	[A_DO] = { "do", "COMMAND...", 1, 32, H, 0, act_do,
		N_("run commands in turn, stopping at the first that fails (what a macro binds)") },
	[A_EXEC] = { "exec", "[-q|-w|-o|-b] PROGRAM [ARG...]", 1, 64, H, ITEMS, act_exec,
		N_("run a program (no shell): %u link, %t title, %f feed, %F file with the text, "
		   "%i id; -q quiet, -w wait for Enter, -o show its output, -b in the background") },
	[A_PIPE] = { "pipe", "[-q|-w|-o] PROGRAM [ARG...]", 1, 64, H | ACT_ITEM, ITEMS, act_exec,
		N_("send the article's text to a program's input (flags and %u %t %f as exec)") },
	[A_UNDO] = { "undo", NULL, 0, 0, H, 0, act_undo,
		N_("undo the last mark-read, mark-all-read, read or flag change") },
	/* podcasts (cmd/act_play.c; enqueue: act_items.c) */
	[A_PLAY] = { "play", NULL, 0, 0, H, ITEMS | C(DOWNLOADS), act_play,
		N_("play the enclosure with the player setting: its downloaded file, else its URL") },
	[A_ENQUEUE] = { "enqueue", NULL, 0, 0, H | ACT_ITEM, ITEMS, act_enqueue,
		N_("queue the article's enclosures for download (the interface starts them at once)") },
	[A_DOWNLOADS] = { "downloads", NULL, 0, 0, S, C(FEEDS), action_ui,
		N_("the download queue: progress, pause, cancel, play") },
	[A_PAUSE_DOWNLOAD] = { "pause-download", NULL, 0, 0, S, C(DOWNLOADS), action_ui,
		N_("pause the download, or resume a paused or failed one") },
	[A_CANCEL_DOWNLOAD] = { "cancel-download", NULL, 0, 0, S, C(DOWNLOADS), action_ui,
		N_("stop the download and take it off the queue (a .part file goes, a finished file stays)") },
	[A_DELETE_DOWNLOAD] = { "delete-download", NULL, 0, 0, S, C(DOWNLOADS), action_ui,
		N_("take the download off the queue and delete its file, after asking") },
};

int
action_find(const char *name)
{
	for (int i = 0; i < A_COUNT; i++)
		if (strcmp(action_table[i].name, name) == 0)
			return i;
	return -1;
}

void
action_say(const struct action_env *env, enum msg_level level, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	env->host->message(env->host->ctx, level, buf_str(&b));
	buf_free(&b);
}

/* The prerequisites of a row, checked once here so no handler repeats them. */
static int
check(const struct action_env *env, const struct action *a, int argc)
{
	if (argc < a->min_args || argc > a->max_args) {
		if (a->args)
			action_say(env, MSG_ERROR, _("usage: %s %s"), a->name, a->args);
		else
			action_say(env, MSG_ERROR, _("%s takes no arguments"), a->name);
		return -1;
	}
	if ((a->flags & ACT_SCREEN) && !env->host->screen) {
		action_say(env, MSG_ERROR, _("%s works only in the interface"), a->name);
		return -1;
	}
	if (!env->host->screen && !(a->flags & ACT_HEADLESS)) {
		action_say(env, MSG_ERROR, _("%s cannot run without the interface"), a->name);
		return -1;
	}
	if ((a->flags & ACT_ITEM) && env->item_id <= 0) {
		action_say(env, MSG_ERROR, _("no article selected"));
		return -1;
	}
	if ((a->flags & ACT_FEED) && env->feed_id <= 0) {
		action_say(env, MSG_ERROR, _("no feed selected"));
		return -1;
	}
	return 0;
}

int
action_run(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	if ((int)id < 0 || id >= A_COUNT)
		return -1;
	const struct action *a = &action_table[id];
	if (check(env, a, argc) != 0)
		return -1;
	return a->run(env, id, argc, argv);
}

int
action_run_line(const struct action_env *env, const char *line)
{
	const char *why = NULL;
	char **w = spawn_split(line, &why);
	if (!w) {
		if (why && strcmp(why, "empty command") != 0)
			action_say(env, MSG_ERROR, "%s", _(why));
		return -1;
	}
	int n = 0;
	while (w[n])
		n++;
	int id = action_find(w[0]);
	int rc = -1;
	if (id < 0)
		action_say(env, MSG_ERROR, _("no action named '%s' (? lists them)"), w[0]);
	else
		rc = action_run(env, (enum action_id)id, n - 1, w + 1);
	spawn_argv_free(&w);
	return rc;
}

int
action_ui(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	if (!env->host->ui)
		return -1;
	return env->host->ui(env->host->ctx, id, argc, argv);
}
