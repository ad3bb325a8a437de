/* read_input.h: reading a whole file (or stdin for "-") into a capped buffer. */
#ifndef TIDINGS_READ_INPUT_H
#define TIDINGS_READ_INPUT_H

#include "util/buf.h"

/* Pages larger than this are refused rather than read into memory. */
#define CLI_INPUT_MAX (64u * 1024 * 1024)

/* Read path ("-": stdin) into out (caller frees with buf_free). Returns 0,
 * or -1 after printing one line on stderr. */
int cli_read_input(const char *path, struct buf *out);

#endif
