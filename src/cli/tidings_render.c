/* tidings_render.c: `tidings render FILE|- [--width N] [--base URL]`: HTML as the pager shows it. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "cli/output.h"
#include "cli/read_input.h"
#include "cli/width.h"
#include "text/render.h"
#include "util/i18n.h"

static int
run(const char *path, const char *base, int width)
{
	struct buf in = BUF_INIT;
	if (cli_read_input(path, &in) != 0)
		return EXIT_FAIL;
	struct text_doc *d = text_render_html(in.data, in.len, base, width);
	buf_free(&in);
	struct buf out = BUF_INIT;
	text_doc_write(d, &out, TEXT_WRITE_LINKS);
	text_doc_free(&d);
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
	return cli_flush_stdout(); /* a short fwrite set stdout's error flag */
}

int
cli_render(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "width", required_argument, NULL, 'w' },
		{ "base", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	(void)env;
	int width = cli_default_width();
	const char *base = NULL;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'w':
			if ((width = cli_parse_width(optarg)) < 0)
				return cli_usage_error(_("--width needs a number from 0 to 10000"));
			break;
		case 'b': base = optarg; break;
		default: return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error(_("usage: tidings render FILE|- [--width N] [--base URL]"));
	return run(argv[optind], base, width);
}
