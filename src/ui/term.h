/* term.h: the screen the views draw on: text with abstract styles at row/col, keys in; only term.c knows ncurses. */
#ifndef TIDINGS_TERM_H
#define TIDINGS_TERM_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/colors.h"

/*
 * A style is an abstract element (enum ui_style) in the low six bits,
 * TS_SEL when the line is the selected one, and the text layer's style
 * bits (text/render.h, enum text_style) shifted up by TS_TEXT_SHIFT.
 * term.c turns a style into terminal attributes and colors in one place
 * (term_attr), so `color` lines (the palette of struct term_config),
 * NO_COLOR and a monochrome terminal only change that function's answers.
 */
enum ui_style {
	ST_NORMAL,
	ST_BAR,      /* the title bar at the top */
	ST_STATUS,   /* the status line at the bottom */
	ST_ERROR,    /* an error message */
	ST_UNREAD,   /* unread feeds and articles */
	ST_READ,     /* read articles */
	ST_MARK,     /* the '!' of a failing feed, flags */
	ST_HEADER,   /* names in the article header (Title:, Feed: ...) */
	ST_MATCH,    /* a search match in the article */
	ST_DIM,      /* secondary text: dates, counts, URLs */
	ST_COUNT
};
#define TS_SEL (1u << 6)
#define TS_TEXT_SHIFT 8
#define TS_TEXT(bits) ((unsigned)(bits) << TS_TEXT_SHIFT)

struct term_config {
	bool color;      /* false: attributes only (NO_COLOR, or the user said so) */
	bool mouse;      /* ask the terminal for wheel and click events */
	bool hyperlinks; /* OSC 8 around the links registered with term_link */
	/* the colours of cmd/colors.h's elements (ST_NORMAL..ST_DIM first, in
	 * the same order, then selected, heading, code, quote, link-number) */
	struct color_spec palette[COLOR_ELEMENTS];
};

/* Take over the terminal. Returns 0, or -1 with *err (caller frees). The
 * terminal is given back by term_close, which is also registered with
 * atexit (so exit() from xalloc or an error path restores it). */
int term_open(const struct term_config *cfg, char **err);
/* Give the terminal back (idempotent, safe from atexit). */
void term_close(void);
/* Around an external program on the terminal: leave and come back. */
void term_suspend(void);
void term_resume(void);
bool term_is_open(void);

/* The size now, after term_resize has taken in a SIGWINCH. */
int term_rows(void);
int term_cols(void);
/* Ask the tty for its size and resize the screen to it. */
void term_resize(void);
/* Change mouse reporting and OSC 8 while running (`set mouse no`). */
void term_configure(const struct term_config *cfg);

/* Blank the whole screen (drawn at the next flush); `full` also makes the
 * next flush repaint every cell (^L). */
void term_erase(bool full);
/* Blank from col to the end of the row in the style. */
void term_clear_eol(int row, int col, unsigned style);
/* Write UTF-8 text (n bytes) at row/col in at most maxcols columns.
 * Wide characters take two columns, combining marks stay with their
 * base; a wide character that would not fit is left out. Control bytes
 * never reach the terminal (they show as '?'). Returns the columns used. */
int term_put(int row, int col, const char *s, size_t n, int maxcols, unsigned style);
/* Spaces in the style. */
void term_fill(int row, int col, int ncols, unsigned style);
/* Where the cursor rests (visible for the prompt) after the flush. */
void term_cursor(int row, int col, bool visible);
/* Mark cells row/col..col+ncols as a link to url (OSC 8, when on). */
void term_link(int row, int col, int ncols, const char *url);
/* Send the changes to the terminal. */
void term_flush(void);

/* The next key typed, or 0 when none is waiting (never blocks). Keys are
 * enum tkey codes (cmd/keys.h). For TK_CLICK, *row and *col say where. */
int term_key(int *key, int *row, int *col);
/* The descriptor the terminal is written to (OSC 52 goes there). */
int term_fd(void);

#endif
