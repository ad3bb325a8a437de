/* main.c: argv, locale, global options and dispatch to a subcommand. */
#include "config.h"

#include <locale.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/i18n.h"

static void
print_help(FILE *fp)
{
	fprintf(fp, _("Usage: tidings [OPTION...] [COMMAND [ARG...]]\n"
		      "A terminal newsreader.\n\nCommands:\n"));
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(fp, "  tidings %s\n", _(c->synopsis));
	fprintf(fp, _("\nGlobal options:\n"
		      "  --config FILE   configuration file\n"
		      "  --urls FILE     subscriptions (one feed a line)\n"
		      "  --cache FILE    the SQLite cache\n"
		      "  --version       print the version\n"
		      "  --help          this text\n"));
}

/* Take a global option (with its value) out of argv wherever it appears
 * before "--"; returns 1 when argv[i] was one, 0 if not, -1 on a missing value. */
static int
take_global(struct cli_env *env, int *argc, char **argv, int i)
{
	static const struct { const char *name; size_t off; } opts[] = {
		{ "--config", offsetof(struct cli_env, config) },
		{ "--urls", offsetof(struct cli_env, urls) },
		{ "--cache", offsetof(struct cli_env, cache) },
	};
	for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) {
		size_t n = strlen(opts[k].name);
		const char *val;
		int used;
		if (strcmp(argv[i], opts[k].name) == 0) {
			if (i + 1 >= *argc)
				return -1;
			val = argv[i + 1];
			used = 2;
		} else if (strncmp(argv[i], opts[k].name, n) == 0 && argv[i][n] == '=') {
			val = argv[i] + n + 1;
			used = 1;
		} else {
			continue;
		}
		*(const char **)((char *)env + opts[k].off) = val;
		memmove(argv + i, argv + i + used, (size_t)(*argc - i - used + 1) * sizeof *argv);
		*argc -= used;
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* TIDINGS_LOCALEDIR: catalogs somewhere else, as the tests use the
	 * ones built from po/ without installing them */
	const char *localedir = getenv("TIDINGS_LOCALEDIR");
	bindtextdomain(PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
	textdomain(PACKAGE);

	struct cli_env env = { 0 };
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0;) {
		int r = take_global(&env, &argc, argv, i);
		if (r < 0)
			return cli_usage_error(_("option %s needs a value"), argv[i]);
		if (r == 0)
			i++;
	}
	if (argc < 2)
		return cli_tui(&env, argc, argv);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		print_help(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("tidings %s\n", PACKAGE_VERSION);
		return EXIT_OK;
	}
	const struct cli_command *c = cli_find(argv[1]);
	if (!c)
		return cli_usage_error(_("unknown command '%s' (see 'tidings --help')"), argv[1]);
	return c->run(&env, argc - 1, argv + 1);
}
