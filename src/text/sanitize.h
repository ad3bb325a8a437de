/* sanitize.h: make untrusted text (from feeds and pages) safe to put on a terminal. */
#ifndef TIDINGS_SANITIZE_H
#define TIDINGS_SANITIZE_H

#include <stddef.h>

#include "util/buf.h"

enum sanitize_flags {
	SANITIZE_KEEP_NEWLINES = 1 << 0, /* keep '\n' (else it becomes a space) */
	SANITIZE_KEEP_TABS = 1 << 1,     /* keep '\t' (else it becomes a space) */
	SANITIZE_MARKUP = 1 << 2,        /* s is HTML: an unterminated escape string
					    ends before '<' or a newline */
};

/* Append s[0..n) to out without any C0 or C1 control character or escape
 * sequence: ESC and CSI sequences are removed with their parameters, ESC
 * strings (OSC, DCS, SOS, PM, APC) up to their terminator (or the end of
 * s), DEL and every other control is dropped; invalid UTF-8 becomes U+FFFD.
 * Newlines and tabs (and CR LF pairs as one newline) are kept or turned
 * into spaces as flags say; a lone CR is dropped. Returns BUF_OK or
 * BUF_FULL when out's cap stopped it. */
int text_sanitize_buf(struct buf *out, const char *s, size_t n, unsigned flags);
/* A sanitized copy of s on one line (newlines and tabs become spaces), for
 * titles, authors, URLs and every other string the UI shows from a feed.
 * NULL gives NULL; caller frees. */
char *text_sanitize(const char *s);
/* Append s[0..n) to out without its 7-bit escape sequences (ESC and what
 * follows it), leaving every other byte alone: for bytes in a legacy
 * charset, before they are decoded. */
void text_strip_escapes(struct buf *out, const char *s, size_t n);
/* True when s[0..n) would come out of text_sanitize_buf unchanged with
 * these flags (a fast check so clean text need not be copied). */
int text_is_clean(const char *s, size_t n, unsigned flags);

#endif
