/* confscan.h: reading config lines with their quotes: comments, the rest of a line after N words, ';' between commands. */
#ifndef TIDINGS_CONFSCAN_H
#define TIDINGS_CONFSCAN_H

#include <stddef.h>

/*
 * Words are read as util/spawn.h's spawn_split reads them (blanks
 * separate words; '...' is literal; "..." keeps \" and \\; a backslash
 * outside quotes takes the next character). These functions find places
 * in a line under the same rules, so a '#' or ';' inside quotes is text.
 */

/* The length of line without its comment: an unquoted '#' that starts a
 * word, and everything after it. */
size_t conf_comment_start(const char *line);
/* The text after the first n words (blanks after them skipped); "" when
 * the line has n words or fewer. */
const char *conf_skip_words(const char *line, int n);
/* Split text at every unquoted sep; pieces are trimmed, copied and
 * NULL-terminated (caller frees with spawn_argv_free). *n gets the count. */
char **conf_split_at(const char *text, char sep, int *n);
/* Where the last word of text starts (the empty word after a final
 * blank counts), and *index its number (0: the first word). */
size_t conf_last_word(const char *text, int *index);
/* A word written so that spawn_split reads it back as it is: bare when
 * it can be, else in double quotes. Appended to out. */
struct buf;
void conf_quote(struct buf *out, const char *word);

#endif
