/* tidings_feeds.c: `tidings feeds [--json]`: the subscribed feeds with their unread and total counts. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/output.h"
#include "cli/print_feeds.h"
#include "util/i18n.h"
#include "util/json_out.h"

static void
print_json(const struct store_feed_list *l)
{
	struct json_out j;
	json_out_init(&j, stdout);
	json_arr_begin(&j);
	for (size_t i = 0; i < l->n; i++) {
		const struct store_feed *f = &l->v[i];
		json_obj_begin(&j);
		json_kv_str(&j, "url", f->url);
		json_kv_str(&j, "title", f->title);
		json_kv_str(&j, "link", f->link);
		json_key(&j, "tags");
		json_arr_begin(&j);
		for (size_t k = 0; k < f->n_tags; k++)
			json_str(&j, f->tags[k]);
		json_arr_end(&j);
		json_kv_int(&j, "unread", f->unread);
		json_kv_int(&j, "total", f->total);
		json_key(&j, "last_status");
		if (f->last_status == 0)
			json_null(&j); /* never fetched */
		else
			json_int(&j, f->last_status);
		json_kv_str(&j, "error", f->last_error);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_out_finish(&j);
	putchar('\n');
}

/* "  3/10  Title  <url>  (error: ...)": a line a feed. */
static void
print_text(const struct store_feed_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct store_feed *f = &l->v[i];
		printf("%5lld/%-5lld ", (long long)f->unread, (long long)f->total);
		cli_put_clean(stdout, f->title ? f->title : f->url);
		if (f->title) {
			fputs("  <", stdout);
			cli_put_clean(stdout, f->url);
			fputc('>', stdout);
		}
		if (f->last_error) {
			fputs(_("  (error: "), stdout);
			cli_put_clean(stdout, f->last_error);
			fputc(')', stdout);
		}
		fputc('\n', stdout);
	}
}

int
cli_feeds(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (c != 'j')
			return cli_usage_error(_("usage: tidings feeds [--json]"));
		json = true;
	}
	if (optind != argc)
		return cli_usage_error(_("usage: tidings feeds [--json]"));
	return cli_print_feeds(env, json ? print_json : print_text);
}
