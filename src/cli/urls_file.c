/* urls_file.c: reading and writing the urls file for a command, a failure said in one line. */
#include "config.h"

#include <stdlib.h>

#include "cli/urls_file.h"

int
cli_load_urls(const char *path, struct urls *u)
{
	char *err = NULL;
	if (urls_load(path, u, &err) == URLS_ERR) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	return EXIT_OK;
}

int
cli_save_urls(const char *path, const struct urls *u)
{
	char *err = NULL;
	if (urls_save(path, u, &err) != URLS_OK) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	return EXIT_OK;
}
