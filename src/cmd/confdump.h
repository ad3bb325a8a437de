/* confdump.h: the configuration in effect, written in the config language (tidings --dump-config). */
#ifndef TIDINGS_CONFDUMP_H
#define TIDINGS_CONFDUMP_H

#include "cmd/keys.h"
#include "cmd/options.h"
#include "util/buf.h"

/* Every setting (with its help as a comment), every binding in effect
 * (unbind lines for defaults that are gone, macros as macro lines), every
 * colour, and the share, run-on-new, ignore, query and feed lines.
 * Read back over the defaults it gives the same configuration. */
void conf_dump(const struct options *o, const struct keymap *km, struct buf *out);

/* A setting's value as a config line writes it (sizes with K/M/G when
 * exact, yes/no, strings quoted when needed). */
void conf_dump_value(const struct options *o, enum opt_id id, struct buf *out);

#endif
