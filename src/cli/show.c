/* show.c: `tidings show ID [--full] [--width N]`: an article's header and text. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/store_cli.h"
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

/* The body as plain text: the only part the text layer's renderer will
 * replace (it will wrap to --width and number the links). */
static void
print_body(const struct store_item *it, bool full)
{
	const char *html = it->item.content ? it->item.content : it->item.summary;
	char *text = full && it->article_text ? xstrdup(it->article_text) : store_plain_text(html);
	if (!text)
		return;
	struct buf clean = BUF_INIT;
	text_sanitize_buf(&clean, text, strlen(text), SANITIZE_KEEP_NEWLINES);
	if (clean.len) {
		fputs(buf_str(&clean), stdout);
		putchar('\n');
	}
	buf_free(&clean);
	free(text);
}

static void
print_item(const struct store_item *it, bool full)
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
		header(_("Enclosure"), it->item.enclosures[i].url);
	putchar('\n');
	print_body(it, full);
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
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (c == 'f')
			full = true;
		else if (c == 'w' && atoi(optarg) > 0)
			; /* wrapping comes with the text layer's renderer */
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
	int st = store_item_get(s, id, &it);
	if (st == STORE_OK)
		print_item(&it, full);
	else if (st == STORE_NOT_FOUND)
		rc = cli_fail(_("no item %lld"), (long long)id);
	else
		rc = cli_fail(_("cannot read the item: %s"), store_error(s));
	store_item_clear(&it);
	store_close(&s);
	if (rc == EXIT_OK && (fflush(stdout) != 0 || ferror(stdout)))
		rc = cli_fail(_("cannot write the output"));
	return rc;
}
