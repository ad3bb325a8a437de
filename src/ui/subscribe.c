/* subscribe.c: `a` and `D` in the feed list: find the feed behind a URL, write the urls file, fetch at once. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "refresh/discover.h"
#include "store/urls.h"
#include "text/sanitize.h"
#include "ui/app.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

/* An http(s) URL with nothing that the urls file could read differently. */
static bool
web_address(const char *url)
{
	if (!str_starts_with_ci(url, "http://") && !str_starts_with_ci(url, "https://"))
		return false;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= 0x20 || *p == 0x7f || *p == '"' || *p == '\'' || *p == '\\')
			return false;
	return strlen(url) > 8;
}

/* Add feed to the urls file and the cache; its id goes to *id. */
static int
subscribe(struct ui *ui, const char *feed, int64_t *id)
{
	struct urls u = { 0 };
	char *err = NULL;
	int rc = urls_load(ui->setup->urls_path, &u, &err);
	if (rc == URLS_ERR) {
		ui_say(ui, MSG_ERROR, "%s", err);
		free(err);
		return -1;
	}
	bool added = urls_add(&u, feed, NULL, 0, NULL);
	if (added && urls_save(ui->setup->urls_path, &u, &err) != URLS_OK) {
		ui_say(ui, MSG_ERROR, "%s", err);
		free(err);
		urls_free(&u);
		return -1;
	}
	rc = store_sync_urls(ui->store, &u);
	urls_free(&u);
	struct store_feed f;
	if (rc != STORE_OK || store_feed_get(ui->store, feed, &f) != STORE_OK) {
		ui_say(ui, MSG_ERROR, _("cannot update the cache: %s"), store_error(ui->store));
		return -1;
	}
	*id = f.id;
	store_feed_clear(&f);
	if (!added)
		ui_say(ui, MSG_INFO, _("already subscribed"));
	return 0;
}

/* Subscribe to feed and fetch it at once. */
static void
add_feed(struct ui *ui, const char *feed)
{
	int64_t id = 0;
	if (subscribe(ui, feed, &id) != 0)
		return;
	ui_reload_all(ui);
	for (struct view *v = ui->top; v; v = v->below)
		view_feeds_select(v, id);
	ui_refresh_soon(ui, id);
}

/* The search for the feed behind what the user typed has ended (it ran
 * inside the event loop: the screen kept answering keys meanwhile). */
static void
found_feed(void *ctx, int status, const struct discover_result *res, const char *err)
{
	struct ui *ui = ctx;
	const char *feed = NULL;
	status_progress(&ui->status, NULL);
	if (status >= 0) {
		feed = res->feed_url;
		if (status != DISCOVER_FEED) {
			char *shown = text_sanitize(feed);
			ui_say(ui, MSG_INFO, _("found the feed %s"), shown);
			free(shown);
		}
	} else if (status == DISCOVER_FETCH_FAILED) {
		ui_say(ui, MSG_INFO, _("cannot fetch it now (%s); subscribed anyway"), err ? err : "?");
		feed = ui->adding; /* offline: subscribe to what was typed, the refresh will tell */
	} else {
		ui_say(ui, MSG_ERROR, "%s", err ? err : "?");
	}
	if (feed)
		add_feed(ui, feed);
	FREE_AND_NULL(ui->adding);
	ui_dirty(ui);
}

static void
add_url(struct ui *ui, const char *typed)
{
	char *url = xstrdup(typed);
	str_trim(url);
	if (!web_address(url)) {
		char *shown = text_sanitize(url);
		ui_say(ui, MSG_ERROR, _("'%s' is not an http(s) address"), shown);
		free(shown);
		free(url);
		return;
	}
	if (ui->adding) {
		ui_say(ui, MSG_ERROR, _("still looking for the last feed"));
		free(url);
		return;
	}
	/* progress, not a message: the answer replaces it without a key press */
	char *shown = text_sanitize(url);
	char *line = xasprintf(_("Looking for the feed at %s ..."), shown);
	status_progress(&ui->status, line);
	free(line);
	free(shown);
	ui->adding = url;
	if (discover_start(ui_poller(ui), url, found_feed, ui) != 0) {
		status_progress(&ui->status, NULL);
		FREE_AND_NULL(ui->adding);
	}
}

static void
add_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	if (text && *text)
		add_url(ui, text);
}

int
ui_feeds_add(struct ui *ui, const char *url)
{
	if (url)
		add_url(ui, url);
	else
		prompt_start(&ui->prompt, PROMPT_LINE, _("Feed or page URL: "), NULL, false, add_done, NULL);
	ui_dirty(ui);
	return 0;
}

static void
remove_done(struct ui *ui, void *ctx, const char *text)
{
	(void)ctx;
	char *url = ui->removing;
	ui->removing = NULL;
	if (!text || !url) {
		free(url);
		return;
	}
	struct urls u = { 0 };
	char *err = NULL;
	if (urls_load(ui->setup->urls_path, &u, &err) == URLS_ERR ||
	    (urls_remove(&u, url) && urls_save(ui->setup->urls_path, &u, &err) != URLS_OK)) {
		ui_say(ui, MSG_ERROR, "%s", err ? err : "?");
	} else if (store_feed_delete(ui->store, url) != STORE_OK) {
		ui_say(ui, MSG_ERROR, _("cannot update the cache: %s"), store_error(ui->store));
	} else {
		char *shown = text_sanitize(url);
		ui_say(ui, MSG_INFO, _("removed %s"), shown);
		free(shown);
	}
	free(err);
	urls_free(&u);
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
	free(ui->removing);
	ui->removing = xstrdup(f->url);
	prompt_start(&ui->prompt, PROMPT_YESNO, buf_str(&q), NULL, false, remove_done, NULL);
	buf_free(&q);
	ui_dirty(ui);
	return 0;
}
