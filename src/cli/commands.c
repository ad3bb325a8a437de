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
