/* parse.c: placeholder until the real parser lands. */
#include "config.h"

#include <stdlib.h>

#include "parse/parse.h"
#include "util/xalloc.h"

struct parser { int dummy; };

struct parser *parser_new(const struct parse_opts *o, const struct parse_sink *s) { (void)o; (void)s; return xcalloc(1, sizeof(struct parser)); }
int parser_push(struct parser *p, const char *d, size_t n) { (void)p; (void)d; (void)n; return PARSE_OK; }
int parser_finish(struct parser *p, struct feed_info *f, const char **why) { (void)p; feed_info_init(f); *why = "not implemented"; return PARSE_NOT_FEED; }
void parser_free(struct parser **p) { free(*p); *p = NULL; }
