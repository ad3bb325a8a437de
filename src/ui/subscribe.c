/* subscribe.c: `a` and `D`: the subscription service on the screen (the search for a page's feed runs in the loop), then a fetch at once. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "refresh/refresh.h"
#include "text/sanitize.h"
#include "ui/app.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

/* What `a` and `D` keep between a question and its answer. */
struct feed_edits {
	bool looking;   /* `a` is looking for a feed: one search at a time */
	char *removing; /* the feed `D` asks about */
};

static struct feed_edits *
edits(struct ui *ui)
{
	if (!ui->edits)
		ui->edits = xcalloc(1, sizeof *ui->edits);
	return ui->edits;
}

void
ui_feed_edits_free(struct ui *ui)
{
	if (!ui->edits)
		return;
	free(ui->edits->removing);
	FREE_AND_NULL(ui->edits);
}

/* The search has ended (it ran inside the event loop: the screen kept
 * answering keys meanwhile); the feed is fetched at once. */
static void
subscribed(void *ctx, const struct subscribe_result *r)
{
	struct ui *ui = ctx;
	edits(ui)->looking = false;
	status_progress(&ui->status, PROGRESS_SUBSCRIBE, NULL);
	char *feed = r->feed_url ? text_sanitize(r->feed_url) : NULL;
	if (r->status == SUBSCRIBE_FAILED)
		ui_say(ui, MSG_ERROR, "%s", r->error ? r->error : "?");
	else if (r->status == SUBSCRIBE_ALREADY)
		ui_say(ui, MSG_INFO, _("already subscribed"));
	else if (r->found == SUBSCRIBE_LINKED || r->found == SUBSCRIBE_GUESSED)
		ui_say(ui, MSG_INFO, _("found the feed %s"), feed);
	else if (r->found == SUBSCRIBE_UNCHECKED)
		ui_say(ui, MSG_INFO, _("cannot fetch it now (%s); subscribed anyway"), r->note ? r->note : "?");
	free(feed);
	if (r->feed_id) {
		ui_reload_all(ui);
		for (struct view *v = ui->top; v; v = v->below)
			view_feeds_select(v, r->feed_id);
		ui_refresh_soon(ui, r->feed_id);
	}
	ui_dirty(ui);
}

/* URL [TAG...] ["~Title"], as `tidings add` takes them. */
static void
add_words(struct ui *ui, int argc, char **argv)
{
	if (edits(ui)->looking) {
		ui_say(ui, MSG_ERROR, _("still looking for the last feed"));
		return;
	}
	struct subscribe_request rq = { .urls_path = ui->setup->urls_path, .url = argv[0] };
	const char **tags = xcalloc((size_t)argc, sizeof *tags);
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '~')
			rq.title = argv[i] + 1;
		else
			tags[rq.n_tags++] = argv[i];
	}
	rq.tags = tags;
	/* progress, not a message: the answer replaces it without a key press */
	char *shown = text_sanitize(argv[0]);
	char *line = xasprintf(_("Looking for the feed at %s ..."), shown);
	status_progress(&ui->status, PROGRESS_SUBSCRIBE, line);
	free(line);
	free(shown);
	edits(ui)->looking = true;
	subscribe_start(ui_poller(ui), ui->store, &rq, subscribed, ui); /* may answer at once */
	free(tags);
}

static void
add_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	const char *why = NULL;
	char **words = text ? spawn_split(text, &why) : NULL;
	int n = 0;
	while (words && words[n])
		n++;
	if (text && !words)
		ui_say(ui, MSG_ERROR, "%s", why ? why : "?");
	else if (n > 0)
		add_words(ui, n, words);
	spawn_argv_free(&words);
}

int
ui_feeds_add(struct ui *ui, int argc, char **argv)
{
	if (argc > 0)
		add_words(ui, argc, argv);
	else
		prompt_start(&ui->prompt, PROMPT_LINE, _("Feed or page URL (and tags): "), NULL, false,
			     add_done, NULL);
	ui_dirty(ui);
	return 0;
}

static void
remove_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	char *url = edits(ui)->removing;
	edits(ui)->removing = NULL;
	char *err = NULL;
	int st = text && url ? unsubscribe(ui->store, ui->setup->urls_path, url, &err) : 1;
	if (st < 0) {
		ui_say(ui, MSG_ERROR, "%s", err ? err : "?");
	} else if (st == 0) {
		char *shown = text_sanitize(url);
		ui_say(ui, MSG_INFO, _("removed %s"), shown);
		free(shown);
	}
	free(err);
	free(url);
	ui_reload_all(ui);
}

int
ui_feeds_remove(struct ui *ui, const struct store_feed *f)
{
	if (!f) {
		ui_say(ui, MSG_ERROR, _("no feed selected"));
		return -1;
	}
	struct buf q = BUF_INIT;
	char *name = text_sanitize(f->title && *f->title ? f->title : f->url);
	buf_printf(&q, ngettext("Remove %s and its %lld article? (y/n) ", "Remove %s and its %lld articles? (y/n) ",
				 (unsigned long)f->total), name, (long long)f->total);
	free(name);
	free(edits(ui)->removing);
	edits(ui)->removing = xstrdup(f->url);
	prompt_start(&ui->prompt, PROMPT_YESNO, buf_str(&q), NULL, false, remove_done, NULL);
	buf_free(&q);
	ui_dirty(ui);
	return 0;
}
