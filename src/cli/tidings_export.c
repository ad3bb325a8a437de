/* tidings_export.c: `tidings export`: the subscriptions as OPML 2.0 on stdout (a folder per first tag). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/print_feeds.h"
#include "util/i18n.h"
#include "util/url.h"

/* Text in an attribute value: markup characters escaped, controls (which
 * XML 1.0 cannot carry) dropped, and commas too when asked (in a list). */
static void
put_escaped(const char *s, bool no_commas)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		default:
			if ((unsigned char)*s >= 0x20 && !(no_commas && *s == ','))
				putchar(*s);
		}
	}
}

static void
put_attr(const char *name, const char *s)
{
	if (!s)
		return;
	printf(" %s=\"", name);
	put_escaped(s, false);
	putchar('"');
}

static void
put_feed(const struct store_feed *f, const char *indent)
{
	printf("%s<outline type=\"rss\"", indent);
	put_attr("text", f->title ? f->title : f->url);
	put_attr("title", f->title);
	put_attr("xmlUrl", f->url);
	put_attr("htmlUrl", f->link);
	if (f->n_tags) {
		/* OPML 2.0's category: comma-separated, so commas in tags go */
		printf(" category=\"");
		for (size_t i = 0; i < f->n_tags; i++) {
			if (i)
				putchar(',');
			put_escaped(f->tags[i], true);
		}
		putchar('"');
	}
	puts("/>");
}

/* Only web feeds: exec: and filter: sources are commands, which another
 * reader must not be handed to run. */
static bool
exportable(const struct store_feed *f)
{
	return url_is_http(f->url);
}

static bool
first_tag_is(const struct store_feed *f, const char *tag)
{
	return exportable(f) && f->n_tags && strcmp(f->tags[0], tag) == 0;
}

static void
put_body(const struct store_feed_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (exportable(&l->v[i]) && l->v[i].n_tags == 0)
			put_feed(&l->v[i], "    ");
	for (size_t i = 0; i < l->n; i++) {
		const struct store_feed *f = &l->v[i];
		if (!exportable(f) || !f->n_tags)
			continue;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = first_tag_is(&l->v[k], f->tags[0]);
		if (seen)
			continue;
		printf("    <outline");
		put_attr("text", f->tags[0]);
		puts(">");
		for (size_t k = i; k < l->n; k++)
			if (first_tag_is(&l->v[k], f->tags[0]))
				put_feed(&l->v[k], "      ");
		puts("    </outline>");
	}
}

static void
put_opml(const struct store_feed_list *l)
{
	puts("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
	puts("<opml version=\"2.0\">");
	puts("  <head>\n    <title>tidings subscriptions</title>\n  </head>");
	puts("  <body>");
	put_body(l);
	puts("  </body>\n</opml>");
}

int
cli_export(const struct cli_env *env, int argc, char **argv)
{
	(void)argv;
	if (argc != 1)
		return cli_usage_error(_("usage: tidings export"));
	return cli_print_feeds(env, put_opml);
}
