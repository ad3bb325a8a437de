/* tidings_extract.c: `tidings extract FILE|URL [--base URL] [--format text|json]`: a page's main article. */
#include "config.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output.h"
#include "cli/read_input.h"
#include "net/fetch_page.h"
#include "text/readable.h"
#include "util/i18n.h"
#include "util/json_out.h"
#include "util/url.h"

static void
write_json(const struct article *a)
{
	struct json_out j;
	json_out_init(&j, stdout);
	json_obj_begin(&j);
	json_kv_str(&j, "title", a->title);
	json_kv_str(&j, "byline", a->byline);
	json_kv_str(&j, "published", a->published);
	json_kv_str(&j, "site_name", a->site_name);
	json_kv_str(&j, "text", a->text);
	json_kv_str(&j, "html", a->html);
	json_key(&j, "links");
	json_arr_begin(&j);
	for (size_t i = 0; i < a->nlinks; i++) {
		json_obj_begin(&j);
		json_kv_int(&j, "n", a->links[i].n);
		json_kv_str(&j, "url", a->links[i].url);
		json_kv_str(&j, "text", a->links[i].text);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_obj_end(&j);
	buf_putc(&j.out, '\n');
	json_out_finish(&j);
}

/* The page's bytes, the URL its links are relative to and the charset its
 * server declared (owned; NULL when unknown). */
static int
load(const char *src, const char *base, struct buf *page, char **page_base, char **charset)
{
	*charset = NULL;
	if (url_is_http(src)) {
		char *final_url = NULL, *err = NULL;
		if (fetch_page(src, page, &final_url, charset, &err) != 0) {
			int r = cli_fail(_("%s: %s"), src, err ? err : _("cannot fetch"));
			free(err);
			return r;
		}
		*page_base = base ? strdup(base) : final_url;
		if (base)
			free(final_url);
		return EXIT_OK;
	}
	if (cli_read_input(src, page) != 0)
		return EXIT_FAIL;
	*page_base = base ? strdup(base) : NULL;
	return EXIT_OK;
}

static int
run(const char *src, const char *base, bool json)
{
	struct buf page = BUF_INIT;
	char *page_base = NULL, *charset = NULL;
	int rc = load(src, base, &page, &page_base, &charset);
	if (rc != EXIT_OK)
		return rc;
	struct article *a = NULL;
	int st = readable_extract(page.data, page.len, charset, page_base, &a);
	buf_free(&page);
	free(page_base);
	free(charset);
	if (st != READABLE_OK)
		return cli_fail(_("%s: no article found on this page"), src);
	if (json)
		write_json(a);
	else
		fputs(a->text, stdout);
	article_free(&a);
	return cli_flush_stdout();
}

int
cli_extract(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "base", required_argument, NULL, 'b' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	(void)env;
	const char *base = NULL;
	bool json = false;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': base = optarg; break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "text") != 0)
				return cli_usage_error(_("--format is text or json"));
			break;
		default: return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error(_("usage: tidings extract FILE|URL [--base URL] [--format text|json]"));
	return run(argv[optind], base, json);
}
