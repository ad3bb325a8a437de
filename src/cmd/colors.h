/* colors.h: the interface's colour elements, their defaults, and `color ELEMENT FG BG [ATTR...]` lines. */
#ifndef TIDINGS_COLORS_H
#define TIDINGS_COLORS_H

#include <stdbool.h>

#include "cmd/options.h"
#include "util/buf.h"

/* Attributes a colour line may add (any terminal may ignore some). */
enum color_attr {
	CA_BOLD = 1u << 0,
	CA_DIM = 1u << 1,
	CA_UNDERLINE = 1u << 2,
	CA_REVERSE = 1u << 3,
	CA_ITALIC = 1u << 4,
	CA_BLINK = 1u << 5,
	CA_STANDOUT = 1u << 6,
};

/* fg/bg: -1 is the terminal's own colour, 0..7 black red green yellow
 * blue magenta cyan white, 8..255 colorN. */
struct color_spec {
	short fg, bg;
	unsigned attrs;
};

/*
 * Elements, named after the interface's abstract styles (ui/term.h):
 *   normal bar status error unread read mark header match dim
 *   selected heading code quote link-number
 * bar is the title bar, mark the '!' of a failing feed, header the names
 * in an article's header, dim dates and counts, selected the line under
 * the cursor; heading, code, quote and link-number are article text.
 */
#define COLOR_ELEMENTS 15

/* The element's name (NULL past the end) and the index of a name (-1). */
const char *color_element_name(int i);
int color_element_find(const char *name);

/* The colours of an element: the last `color` line naming it, else the
 * default. false (and *out the default of normal) for an unknown name.
 * The interface calls this for each of its styles when colours start. */
bool colors_lookup(const struct options *o, const char *element, struct color_spec *out);

/* The config verb: ELEMENT FG BG [ATTR...]. 0, or -1 with *err. */
int colors_conf_add(struct options *o, char **words, int n, char **err);
/* A `color` line for element i as the options have it (no newline). */
void colors_dump(const struct options *o, int i, struct buf *out);

#endif
