/* urls_file.h: reading and writing the urls file for a command, a failure said in one line. */
#ifndef TIDINGS_URLS_FILE_H
#define TIDINGS_URLS_FILE_H

#include "cli/cli.h"
#include "store/urls.h"

/* Read the urls file (missing: empty). EXIT_OK or EXIT_FAIL (printed). */
int cli_load_urls(const char *path, struct urls *u);
/* Write it back atomically. EXIT_OK or EXIT_FAIL (printed). */
int cli_save_urls(const char *path, const struct urls *u);

#endif
