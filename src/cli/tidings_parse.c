/* tidings_parse.c: `tidings parse FILE|-`: a feed as one JSON document on stdout. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/output.h"
#include "model/json_item.h"
#include "parse/parse.h"
#include "util/i18n.h"
#include "util/json_out.h"

/* Items are written as they arrive, so the document's "items" array comes
 * first and the feed's own fields follow it: memory stays one item. */
static int
print_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	(void)feed;
	json_write_item(ctx, it);
	return 0;
}

static int
pump(FILE *in, struct parser *p)
{
	static char chunk[64 * 1024];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		if (parser_push(p, chunk, n) != PARSE_OK)
			return PARSE_STOPPED;
	return ferror(in) ? -1 : 0;
}

static int
run(const char *path, const struct parse_opts *opts)
{
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!in)
		return cli_fail(_("cannot open %s: %s"), path, strerror(errno));
	struct json_out j;
	json_out_init(&j, stdout);
	json_obj_begin(&j);
	json_key(&j, "items");
	json_arr_begin(&j);
	struct parse_sink sink = { &j, print_item };
	struct parser *p = parser_new(opts, &sink);
	int rc = pump(in, p);
	if (in != stdin)
		fclose(in);
	if (rc < 0) {
		parser_free(&p);
		json_out_finish(&j);
		return cli_fail(_("cannot read %s"), path);
	}
	struct feed_info feed;
	const char *why = NULL;
	rc = parser_finish(p, &feed, &why);
	if (rc != PARSE_OK) {
		/* nothing has been flushed for small inputs; for big ones the
		 * partial JSON is already out, and the exit status says it failed */
		buf_reset(&j.out);
		int r = cli_fail(_("%s: %s"), path, why ? _(why) : _("not a feed"));
		parser_free(&p);
		json_out_finish(&j);
		return r;
	}
	json_arr_end(&j);
	json_kv_str(&j, "format", feed_format_name(feed.format));
	json_kv_str(&j, "title", feed.title);
	json_kv_str(&j, "link", feed.link);
	json_kv_str(&j, "description", feed.description);
	json_obj_end(&j);
	feed_info_clear(&feed);
	parser_free(&p);
	json_out_finish(&j);
	return cli_flush_stdout(); /* json_out_finish's failed writes set stdout's error flag */
}

int
cli_parse(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "charset", required_argument, NULL, 'c' },
		{ "base", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	struct parse_opts opts = { NULL, NULL };
	(void)env;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': opts.charset = optarg; break;
		case 'b': opts.base_url = optarg; break;
		default: return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error(_("usage: tidings parse FILE|- [--charset NAME] [--base URL]"));
	return run(argv[optind], &opts);
}
