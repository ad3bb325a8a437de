/* tidings_tui.c: `tidings` with no command: the interactive interface. */
#include "config.h"

#include <stdlib.h>

#include "cli/session.h"
#include "ui/ui.h"

int
cli_tui(const struct cli_env *env, int argc, char **argv)
{
	(void)argc; (void)argv;
	struct session s;
	int rc = session_open(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct ui_setup setup = {
		.store = s.store, .opts = &s.opts, .keys = &s.keys,
		.cache_path = s.cache_path, .urls_path = s.urls_path,
		.warnings = s.warnings, .nwarnings = s.nwarnings,
	};
	char *err = NULL;
	if (ui_run(&setup, &err) != 0) {
		rc = cli_fail("%s", err ? err : "?");
		free(err);
	}
	session_close(&s);
	return rc;
}
