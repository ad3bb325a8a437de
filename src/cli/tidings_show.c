/* tidings_show.c: `tidings show ID [--full] [--width N]`: an article as readable text (--full: from its page). */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/item_id.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/width.h"
#include "net/fetch_page.h"
#include "store/downloads.h"
#include "text/readable.h"
#include "text/render.h"
#include "text/sanitize.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static void
header(const char *name, const char *value)
{
	if (!value)
		return;
	printf("%s: ", name);
	cli_put_clean(stdout, value);
	putchar('\n');
}

/* "Enclosure: URL (audio/mpeg, 12.3 MB)", then "File: PATH" once it is
 * downloaded. */
static void
enclosure_header(struct store *s, const struct enclosure *e)
{
	printf("%s: ", _("Enclosure"));
	cli_put_clean(stdout, e->url);
	if (e->type || e->length > 0) {
		fputs(" (", stdout);
		cli_put_clean(stdout, e->type);
		if (e->length > 0)
			printf("%s%.1f MB", e->type ? ", " : "", (double)e->length / 1e6);
		putchar(')');
	}
	putchar('\n');
	char *path = NULL;
	if (store_download_file(s, e->url, &path) == STORE_OK)
		header(_("File"), path);
	free(path);
}

/* The HTML to show: the extracted article with --full, else the feed's own. */
static const char *
body_html(const struct store_item *it, bool full)
{
	if (full && it->article_html)
		return it->article_html;
	return it->item.content ? it->item.content : it->item.summary;
}

/* The body as the pager shows it: wrapped, links numbered and listed. */
static void
print_body(const struct store_item *it, bool full, int width)
{
	const char *html = body_html(it, full);
	if (!html)
		return;
	struct text_doc *d = text_render_html(html, strlen(html), it->item.link, width);
	struct buf out = BUF_INIT;
	text_doc_write(d, &out, TEXT_WRITE_LINKS);
	text_doc_free(&d);
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
}

/* Fetch the item's page, extract the article and keep it in the cache
 * (so it reads offline later and search finds it). */
static int
fetch_full(struct store *s, struct store_item *it)
{
	if (!it->item.link)
		return cli_fail(_("item %lld has no link to fetch"), (long long)it->id);
	struct buf page;
	char *final_url = NULL, *charset = NULL, *err = NULL;
	if (fetch_page(it->item.link, &page, &final_url, &charset, &err) != 0) {
		int rc = cli_fail(_("cannot fetch %s: %s"), it->item.link, err);
		free(err);
		return rc;
	}
	struct article *a = NULL;
	int st = readable_extract(page.data ? page.data : "", page.len, charset, final_url, &a);
	buf_free(&page);
	free(final_url);
	free(charset);
	if (st != READABLE_OK)
		return cli_fail(_("no article found on %s"), it->item.link);
	if (store_item_set_article(s, it->id, a->text, a->html, (int64_t)time(NULL)) != STORE_OK)
		fprintf(stderr, _("tidings: cannot keep the article: %s\n"), store_error(s));
	free(it->article_html);
	free(it->article_text);
	it->article_html = xstrdup(a->html);
	it->article_text = xstrdup(a->text);
	article_free(&a);
	return EXIT_OK;
}

static void
print_item(struct store *s, const struct store_item *it, bool full, int width)
{
	char date[DATE_ISO_LEN];
	int64_t when = it->item.published != DATE_NONE ? it->item.published : it->item.updated;
	header(_("Title"), it->item.title);
	header(_("Feed"), it->feed_title ? it->feed_title : it->feed_url);
	header(_("Author"), it->item.author);
	if (when != DATE_NONE && date_format_iso(when, date) == 0)
		header(_("Date"), date);
	header(_("Link"), it->item.link);
	for (size_t i = 0; i < it->item.n_enclosures; i++)
		enclosure_header(s, &it->item.enclosures[i]);
	putchar('\n');
	print_body(it, full, width);
}

int
cli_show(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "full", no_argument, NULL, 'f' },
		{ "width", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	bool full = false;
	int width = cli_default_width();
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'f')
			full = true;
		else if (c == 'w' && (width = cli_parse_width(optarg)) >= 0)
			;
		else
			return cli_usage_error(_("usage: tidings show ID [--full] [--width N]"));
	}
	int64_t id;
	if (optind + 1 != argc || cli_parse_id(argv[optind], &id) != 0)
		return cli_usage_error(_("usage: tidings show ID [--full] [--width N]"));
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct store_item it;
	rc = cli_get_item(s, id, &it);
	if (rc == EXIT_OK && full && !it.article_html)
		rc = fetch_full(s, &it);
	if (rc == EXIT_OK)
		print_item(s, &it, full, width);
	store_item_clear(&it);
	store_close(&s);
	return rc == EXIT_OK ? cli_flush_stdout() : rc;
}
