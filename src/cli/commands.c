/* commands.c: the table of subcommands and the shared error helpers. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/i18n.h"

const struct cli_command cli_commands[] = {
	{ "extract", cli_extract, N_("extract FILE|URL [--base URL] [--format text|json]   print the main article of a page") },
	{ "parse", cli_parse, N_("parse FILE|- [--charset NAME] [--base URL]   print a feed as JSON") },
	{ "render", cli_render, N_("render FILE|- [--width N] [--base URL]   print HTML as the pager shows it") },
	{ "refresh", cli_refresh, N_("refresh [--quiet] [--due] [URL...]   poll feeds now; a line per feed with new/failed") },
	{ "add", cli_add, N_("add URL [TAG...] [~TITLE]   subscribe (a line in the urls file)") },
	{ "remove", cli_remove, N_("remove URL   unsubscribe and forget the feed's items") },
	{ "feeds", cli_feeds, N_("feeds [--json]   the feeds with unread/total counts") },
	{ "items", cli_items, N_("items [--feed URL] [--unread] [--flagged] [--search WORDS] [--limit N] [--json]   list items, newest first") },
	{ "show", cli_show, N_("show ID [--full] [--width N]   an item as text") },
	{ "read", cli_read, N_("read ID...   mark items read") },
	{ "unread", cli_unread, N_("unread ID...   mark items unread") },
	{ "flag", cli_flag, N_("flag ID...   flag items (never dropped by retention)") },
	{ "unflag", cli_unflag, N_("unflag ID...   take the flag off items") },
	{ "import", cli_import, N_("import FILE.opml [--allow-commands] | import --newsboat [DIR]   subscribe to an OPML list (folders become tags; exec:/filter: outlines only with --allow-commands), or move in from newsboat") },
	{ "export", cli_export, N_("export   the subscriptions as OPML 2.0") },
	{ "import-feed", cli_import_feed, N_("import-feed FILE URL [FILE URL]...   load saved feeds into the cache as if URL served them") },
	{ "enqueue", cli_enqueue, N_("enqueue ID...   queue the articles' enclosures (podcast episodes) for download") },
	{ "downloads", cli_downloads, N_("downloads [--json]   the download queue: each file, its state and progress") },
	{ "download", cli_download, N_("download [--jobs N]   download what is queued now (a progress bar on a terminal)") },
	{ "share", cli_share, N_("share ID|URL [--service NAME] [--json]   the article's share links (e-mail, Mastodon, Bluesky ...)") },
	{ "-x", cli_x, N_("-x [--item ID] [--feed URL|query:NAME] ACTION...   run actions without the interface (refresh-all, mark-all-read, print-unread ...)") },
	{ "--check-config", cli_check_config, N_("--check-config   every problem of the config and urls files (config:LINE: ...); exit 1 if any") },
	{ "--dump-config", cli_dump_config, N_("--dump-config   the configuration in effect, as config lines") },
	{ "--complete", cli_complete, N_("--complete [commands|actions|settings|contexts|services|feeds|queries]   words for shell completion, one a line") },
	{ NULL, NULL, NULL },
};

const struct cli_command *
cli_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void
vreport(const char *fmt, va_list ap)
{
	fputs("tidings: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int
cli_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

int
cli_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	return EXIT_FAIL;
}
