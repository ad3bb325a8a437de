/* conf_lines.h: the config verbs of scripting (conffile.c's table calls them) and the queries they keep. */
#ifndef TIDINGS_CONF_LINES_H
#define TIDINGS_CONF_LINES_H

#include <stdbool.h>

#include "cmd/options.h"

/* Verbs given the words after the verb: 0, or -1 with *err (caller frees). */
int conf_unbind(struct options *o, char **words, int n, char **err);
int conf_run_on_new(struct options *o, char **words, int n, char **err);
/* Verbs given the raw text after the verb (they keep quotes or ';'). */
int conf_macro(struct options *o, const char *rest, char **err);
int conf_ignore(struct options *o, const char *rest, char **err);
int conf_query(struct options *o, const char *rest, char **err);

/* Add (or replace: a later one wins) the query feed NAME. */
int conf_query_add(struct options *o, const char *name, const char *expr, bool from_urls,
		   char **err);
/* The query feed NAME, or NULL. */
const struct opt_query *conf_query_find(const struct options *o, const char *name);

#endif
