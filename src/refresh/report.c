/* report.c: what a refresh says, the same wherever it runs: a line per feed that changed or failed, one summary. */
#include "config.h"

#include <stdlib.h>

#include "refresh/refresh.h"
#include "text/sanitize.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static void
stored_line(const struct refresh_report *r, const char *url, struct buf *out)
{
	if (r->changed)
		/* TRANSLATORS: "URL: N new, M updated (items of that feed)" */
		buf_printf(out, ngettext("%s: %zu new, %zu updated\n", "%s: %zu new, %zu updated\n",
					 r->added), url, r->added, r->changed);
	else if (r->added)
		/* TRANSLATORS: "URL: N new (items of that feed)" */
		buf_printf(out, ngettext("%s: %zu new\n", "%s: %zu new\n", r->added), url, r->added);
}

static void
outcome_line(const struct refresh_report *r, const char *url, struct buf *out)
{
	switch (r->outcome) {
	case REFRESH_STORED:
		stored_line(r, url, out);
		break;
	case REFRESH_NOT_MODIFIED:
		break;
	case REFRESH_FAILED: {
		char *error = text_sanitize(r->error ? r->error : "?");
		buf_printf(out, _("%s: error: %s\n"), url, error);
		free(error);
		break;
	}
	case REFRESH_DEFERRED: {
		char when[DATE_ISO_LEN] = "?";
		date_format_iso(r->retry_at, when);
		buf_printf(out, _("%s: not fetched: the server asked us to wait until %s\n"), url, when);
		break;
	}
	}
}

void
refresh_report_text(const struct refresh_report *r, struct buf *out)
{
	char *url = text_sanitize(r->url);
	outcome_line(r, url, out);
	if (r->moved_to) {
		char *to = text_sanitize(r->moved_to);
		buf_printf(out, _("%s: moved permanently to %s (the urls file still has the old address)\n"),
			   url, to);
		free(to);
	}
	free(url);
}

char *
refresh_summary(const struct refresh_progress *p)
{
	if (p->subscribed == 0 && p->total == 0)
		return xstrdup(_("no feeds to refresh: add one with 'tidings add URL'"));
	char *feeds = xasprintf(ngettext("%zu feed", "%zu feeds", p->total), p->total);
	char *items = xasprintf(ngettext("%zu new item", "%zu new items", p->added), p->added);
	struct buf b = BUF_INIT;
	/* TRANSLATORS: "3 feeds: 2 updated (5 new items), 1 unchanged, 0 failed"; the %s are the two parts above */
	buf_printf(&b, _("%s: %zu updated (%s), %zu unchanged, %zu failed"), feeds, p->updated, items,
		   p->unchanged, p->failed);
	if (p->deferred)
		buf_printf(&b, _(", %zu deferred"), p->deferred);
	if (p->enqueued)
		buf_printf(&b, ngettext(", %zu queued for download", ", %zu queued for download", p->enqueued),
			   p->enqueued);
	free(feeds);
	free(items);
	return buf_take(&b);
}
