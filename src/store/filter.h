/* filter.h: the filter language of query feeds and ignore rules: checked and compiled to SQL inside the store. */
#ifndef TIDINGS_FILTER_H
#define TIDINGS_FILTER_H

#include <stddef.h>
#include <stdint.h>

struct store;

/*
 * An expression is comparisons joined by `and`, `or`, `not` (also &&, ||,
 * !) and parentheses:
 *
 *     ATTRIBUTE OPERATOR VALUE        ATTRIBUTE between N:M
 *
 * Attributes (and their newsboat names):
 *   title, author, link (url), feed (feedtitle), feedurl (rssurl)   text
 *   tags                         the feed's tags from the urls file
 *   age                          whole days since the item's date
 *   unread, flagged (flag)       yes or no
 *   text (content)               the article's words (full-text index)
 * Operators:
 *   =  !=          equal (text exactly, numbers, yes/no)
 *   =~ !~          matches a POSIX extended regular expression, ignoring case
 *   #  !#          contains: a word of text, a tag of tags, words for text
 *                  (all of them, as a search finds them)
 *   < > <= >=      numbers (age), text in byte order
 *   between N:M    N <= value <= M
 * Values are "double quoted" (\" and \\ inside) or a bare word: a
 * number, yes/no/true/false. Keywords and attributes ignore case.
 *
 * User text never becomes SQL: every value is a bound parameter.
 */

/* Parse expr. Returns 0, or -1 with *err (caller frees): one line saying
 * where ("at column N") and what is wrong. */
int store_filter_check(const char *expr, char **err);

/* Mark the live items of a feed first seen at or after since, not
 * flagged, that match expr, dropped (as retention drops them: a
 * tombstone keeps the key, so the next refresh does not bring them back).
 * Joins the caller's transaction. *dropped (may be NULL) gets the count.
 * STORE_BAD_QUERY when expr does not parse (store_error says why). */
int store_drop_matching(struct store *s, int64_t feed_id, const char *expr, int64_t since,
			size_t *dropped);

#endif
