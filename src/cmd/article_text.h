/* article_text.h: an article as plain text for programs (exec's %F, pipe's input, hooks). */
#ifndef TIDINGS_ARTICLE_TEXT_H
#define TIDINGS_ARTICLE_TEXT_H

#include "store/store.h"

#define ARTICLE_TEXT_WIDTH 80

/* A header (Title, Feed, Author, Date, Link), a blank line, the text
 * (the full article when it was fetched, else the feed's content or
 * summary) wrapped at ARTICLE_TEXT_WIDTH, and the numbered links.
 * Controls are taken out. Caller frees. */
char *article_text(const struct store_item *it);

#endif
