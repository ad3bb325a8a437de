/* width.h: the --width option that render and show share. */
#ifndef TIDINGS_CLI_WIDTH_H
#define TIDINGS_CLI_WIDTH_H

/* The terminal's width when stdout is one, else 80. */
int cli_default_width(void);
/* Read a --width value (0 means no wrapping); -1 when it is not a number
 * from 0 to 10000. */
int cli_parse_width(const char *s);

#endif
