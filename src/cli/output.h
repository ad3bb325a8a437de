/* output.h: what commands print from feeds, made safe for the terminal. */
#ifndef TIDINGS_OUTPUT_H
#define TIDINGS_OUTPUT_H

#include <stdio.h>

/* Print text from a feed on one line, with every control and escape
 * sequence taken out (NULL prints nothing). */
void cli_put_clean(FILE *fp, const char *s);

#endif
