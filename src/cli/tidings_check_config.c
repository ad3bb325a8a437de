/* tidings_check_config.c: `tidings --check-config`: every problem of the config and urls files, a line each; exit 1 if any. */
#include "config.h"

#include <stdio.h>

#include "cli/config_load.h"
#include "cli/output.h"
#include "util/i18n.h"

static void
print_problem(void *ctx, const char *msg)
{
	int *n = ctx;
	(*n)++;
	printf("%s\n", msg);
}

int
cli_check_config(const struct cli_env *env, int argc, char **argv)
{
	(void)argv;
	if (argc != 1)
		return cli_usage_error(_("usage: tidings --check-config"));
	struct options o;
	struct keymap km;
	options_init(&o);
	keymap_init(&km);
	int problems = 0;
	int bad = cli_config_load(env, &o, &km, print_problem, &problems);
	keymap_clear(&km);
	options_clear(&o);
	if (cli_flush_stdout() != EXIT_OK)
		return EXIT_FAIL;
	return bad != 0 || problems ? EXIT_FAIL : EXIT_OK;
}
