/* refresh_run.h: a refresh run to its end on the command line, printing as `tidings refresh` does (also for -x). */
#ifndef TIDINGS_REFRESH_RUN_H
#define TIDINGS_REFRESH_RUN_H

#include <stdbool.h>

#include "cmd/options.h"
#include "refresh/refresh.h"
#include "store/store.h"

/* Run the refresh spec asks for (lock wait, exclusivity and run-on-new
 * are set here), a line per feed that changed or failed on stdout, then
 * the summary (quiet: nothing unless it fails). EXIT_OK, or EXIT_FAIL
 * with one line on stderr: it could not run, or every feed failed. */
int cli_run_refresh(struct store *s, const struct options *o, struct refresh_spec *spec, bool quiet);

#endif
