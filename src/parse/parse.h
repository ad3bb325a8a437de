/* parse.h: bytes -> feed and items, fed chunk by chunk (RSS, Atom, JSON Feed). */
#ifndef TIDINGS_PARSE_H
#define TIDINGS_PARSE_H

#include <stddef.h>

#include "model/model.h"

struct parse_opts {
	const char *charset;  /* overrides the document's own (e.g. from HTTP); NULL: sniff */
	const char *base_url; /* where the document came from, for relative links; may be NULL */
};

/* Called once per item as soon as it is complete. The item is lent: the
 * sink may move fields out (and set them NULL); the parser clears the rest.
 * feed holds what the feed said about itself so far. Return nonzero to stop. */
struct parse_sink {
	void *ctx;
	int (*item)(void *ctx, const struct feed_info *feed, struct item *it);
};

enum parse_status {
	PARSE_OK = 0,
	PARSE_NOT_FEED = -1, /* well-formed or not, it is not a feed we know */
	PARSE_BROKEN = -2,   /* looked like a feed but nothing usable came out */
	PARSE_STOPPED = -3,  /* the sink asked to stop */
};

struct parser;

/* Sets up the XML library's globals: call it once on the main thread before
 * parsers run on other threads (each parser is used by one thread at a
 * time; nothing else in the parser is shared). */
void parse_init(void);
/* Caller frees with parser_free. opts and sink are copied (strings in opts
 * must outlive the parser). */
struct parser *parser_new(const struct parse_opts *opts, const struct parse_sink *sink);
/* Feed the next n bytes. Returns PARSE_OK or PARSE_STOPPED. */
int parser_push(struct parser *p, const char *data, size_t n);
/* End of input: deliver what is left, fill *feed (caller clears it) and
 * return a status; on failure *why (owned by the parser) says why in one line. */
int parser_finish(struct parser *p, struct feed_info *feed, const char **why);
void parser_free(struct parser **p);

#endif
