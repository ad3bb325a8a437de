/* add_discover.h: `tidings add PAGEURL`: subscribe to the feed a page announces (src/discover.h). */
#ifndef TIDINGS_ADD_DISCOVER_H
#define TIDINGS_ADD_DISCOVER_H

/* Find the feed for an http(s) URL the user asked to add. Returns EXIT_OK
 * with *feed set (caller frees) when the URL is a feed (the URL itself) or
 * a page whose feed was found (printed on stdout); also EXIT_OK with the URL
 * itself when it cannot be fetched now (a note on stderr: offline adds keep
 * working). EXIT_FAIL (one line printed) when a page has no feed. */
int cli_add_discover(const char *url, char **feed);

#endif
