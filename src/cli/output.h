/* output.h: what commands print: feed text made safe for the terminal, and the check that stdout took it all. */
#ifndef TIDINGS_OUTPUT_H
#define TIDINGS_OUTPUT_H

#include <stdio.h>

/* Print text from a feed on one line, with every control and escape
 * sequence taken out (NULL prints nothing). */
void cli_put_clean(FILE *fp, const char *s);

/* Flush stdout and check that no write to it failed (a full disk, a
 * closed pipe): EXIT_OK, or EXIT_FAIL with one line on stderr. */
int cli_flush_stdout(void);

#endif
