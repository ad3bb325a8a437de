/* complete.h: Tab on the `:` line: the words that can follow what is typed (action names, then their arguments). */
#ifndef TIDINGS_COMPLETE_H
#define TIDINGS_COMPLETE_H

#include <stddef.h>

#include "cmd/options.h"

struct completion {
	char **v;      /* candidates, sorted, NULL-terminated (owned) */
	size_t n;
	size_t start;  /* byte offset in the line where the word being completed starts */
	char *common;  /* the longest prefix every candidate shares (owned) */
};

/*
 * Complete the word that ends at byte cur of line: the first word is an
 * action name; after `set` a setting name, then its values (yes/no for
 * switches, the choices of a setting that has them); after `help` and
 * `do` an action name; after exec/pipe their flags; after `search`
 * nothing. The other arguments complete to the usual words of their
 * action (share services, color elements ...) when there are any.
 */
void complete_line(const char *line, size_t cur, const struct options *o, struct completion *out);
void completion_clear(struct completion *c);

#endif
