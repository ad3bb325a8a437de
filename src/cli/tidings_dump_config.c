/* tidings_dump_config.c: `tidings --dump-config`: the configuration in effect, written as config lines. */
#include "config.h"

#include <stdio.h>

#include "cli/config_load.h"
#include "cli/output.h"
#include "cmd/confdump.h"
#include "util/buf.h"
#include "util/i18n.h"

static void
warn_stderr(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "tidings: %s\n", msg);
}

int
cli_dump_config(const struct cli_env *env, int argc, char **argv)
{
	(void)argv;
	if (argc != 1)
		return cli_usage_error(_("usage: tidings --dump-config"));
	struct options o;
	struct keymap km;
	options_init(&o);
	keymap_init(&km);
	int rc = EXIT_OK;
	if (cli_config_load(env, &o, &km, warn_stderr, NULL) < 0) {
		rc = EXIT_FAIL;
	} else {
		struct buf b = BUF_INIT;
		conf_dump(&o, &km, &b);
		fputs(buf_str(&b), stdout);
		buf_free(&b);
		rc = cli_flush_stdout();
	}
	keymap_clear(&km);
	options_clear(&o);
	return rc;
}
