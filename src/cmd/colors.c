/* colors.c: the colour elements and their defaults, reading `color` lines, and writing them back. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/colors.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

#define DEF (-1)
enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE };

/* The defaults are the interface's colours before any config. */
static const struct {
	const char *name;
	struct color_spec def;
} elements[COLOR_ELEMENTS] = {
	{ "normal", { DEF, DEF, 0 } },
	{ "bar", { WHITE, BLUE, CA_BOLD } },
	{ "status", { DEF, DEF, 0 } },
	{ "error", { RED, DEF, CA_BOLD } },
	{ "unread", { DEF, DEF, CA_BOLD } },
	{ "read", { DEF, DEF, 0 } },
	{ "mark", { RED, DEF, CA_BOLD } },
	{ "header", { YELLOW, DEF, CA_BOLD } },
	{ "match", { BLACK, YELLOW, 0 } },
	{ "dim", { CYAN, DEF, 0 } },
	{ "selected", { BLACK, CYAN, 0 } },
	{ "heading", { YELLOW, DEF, CA_BOLD } },
	{ "code", { GREEN, DEF, 0 } },
	{ "quote", { CYAN, DEF, 0 } },
	{ "link-number", { BLUE, DEF, 0 } },
};

static const char *const color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const struct {
	const char *name;
	unsigned bit;
} attr_names[] = {
	{ "bold", CA_BOLD }, { "dim", CA_DIM }, { "underline", CA_UNDERLINE },
	{ "reverse", CA_REVERSE }, { "italic", CA_ITALIC }, { "blink", CA_BLINK },
	{ "standout", CA_STANDOUT },
};

const char *
color_element_name(int i)
{
	return i >= 0 && i < COLOR_ELEMENTS ? elements[i].name : NULL;
}

int
color_element_find(const char *name)
{
	for (int i = 0; i < COLOR_ELEMENTS; i++)
		if (strcmp(elements[i].name, name) == 0)
			return i;
	return -1;
}

bool
colors_lookup(const struct options *o, const char *element, struct color_spec *out)
{
	int i = color_element_find(element);
	*out = elements[i < 0 ? 0 : i].def;
	if (i < 0)
		return false;
	for (size_t k = 0; k < o->n_color; k++) {
		if (o->color[k].element == i) {
			out->fg = o->color[k].fg;
			out->bg = o->color[k].bg;
			out->attrs = o->color[k].attrs;
		}
	}
	return true;
}

/* "default", a colour name, or colorN (0..255). */
static bool
parse_color(const char *s, short *out)
{
	if (str_eq_ci(s, "default")) {
		*out = DEF;
		return true;
	}
	for (size_t i = 0; i < sizeof color_names / sizeof color_names[0]; i++) {
		if (str_eq_ci(s, color_names[i])) {
			*out = (short)i;
			return true;
		}
	}
	if (str_starts_with_ci(s, "color") && s[5]) {
		char *end;
		long n = strtol(s + 5, &end, 10);
		if (!*end && n >= 0 && n <= 255 && s[5] >= '0' && s[5] <= '9') {
			*out = (short)n;
			return true;
		}
	}
	return false;
}

int
colors_conf_add(struct options *o, char **w, int n, char **err)
{
	int el = color_element_find(w[0]);
	struct opt_color c = { el, DEF, DEF, 0 };
	if (el < 0) {
		*err = xasprintf(_("unknown color element '%s' (normal, bar, status, error, unread, read, "
				   "mark, header, match, dim, selected, heading, code, quote, link-number)"),
				 w[0]);
		return -1;
	}
	for (int i = 1; i < 3; i++) {
		if (!parse_color(w[i], i == 1 ? &c.fg : &c.bg)) {
			*err = xasprintf(_("unknown color '%s' (default, black, red, green, yellow, blue, "
					   "magenta, cyan, white or color0 to color255)"), w[i]);
			return -1;
		}
	}
	for (int i = 3; i < n; i++) {
		size_t k = 0, na = sizeof attr_names / sizeof attr_names[0];
		while (k < na && !str_eq_ci(w[i], attr_names[k].name))
			k++;
		if (k == na) {
			*err = xasprintf(_("unknown attribute '%s' (bold, dim, underline, reverse, italic, "
					   "blink, standout)"), w[i]);
			return -1;
		}
		c.attrs |= attr_names[k].bit;
	}
	o->color = xreallocarray(o->color, o->n_color + 1, sizeof *o->color);
	o->color[o->n_color++] = c;
	return 0;
}

static void
put_color(struct buf *out, short c)
{
	if (c < 0)
		buf_puts(out, "default");
	else if (c < 8)
		buf_puts(out, color_names[c]);
	else
		buf_printf(out, "color%d", c);
}

void
colors_dump(const struct options *o, int i, struct buf *out)
{
	struct color_spec c;
	colors_lookup(o, elements[i].name, &c);
	buf_printf(out, "color %s ", elements[i].name);
	put_color(out, c.fg);
	buf_putc(out, ' ');
	put_color(out, c.bg);
	for (size_t k = 0; k < sizeof attr_names / sizeof attr_names[0]; k++)
		if (c.attrs & attr_names[k].bit)
			buf_printf(out, " %s", attr_names[k].name);
}
