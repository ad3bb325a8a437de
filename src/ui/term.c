/* term.c: the only file that calls ncurses: screen setup and restore, styles to attributes, wide text out, keys in. */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "cmd/keys.h"
#include "text/render.h"
#include "ui/term.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/utf8.h"
#include "util/width.h"
#include "util/xalloc.h"

/* One terminal per process: the screen is the state of this file. */
static SCREEN *scr;
static bool is_open, atexit_done, suspended;
static struct term_config conf;
static int cur_row, cur_col;
static bool cur_visible;

/* OSC 8 links drawn this frame, written after the cells they cover. */
struct link_cell {
	int row, col, ncols;
	char *url;
};
static struct link_cell *links;
static size_t nlinks, caplinks;

/* Colour element e (cmd/colors.h; ST_* values are the first ones) is
 * colour pair e + 1, set from the configured palette. */
enum { EL_SEL = ST_COUNT, EL_HEADING, EL_CODE, EL_QUOTE, EL_LINKNUM };
#define PAIR_OF(e) ((short)((e) + 1))
_Static_assert(EL_LINKNUM + 1 == COLOR_ELEMENTS, "cmd/colors.h's elements follow enum ui_style");

/* A colour this terminal has; -1 (its default) for one it has not. */
static short
have_color(short c)
{
	return c >= 0 && c < COLORS ? c : -1;
}

static void
init_colors(void)
{
	if (!conf.color || !has_colors() || start_color() == ERR)
		return;
	use_default_colors();
	for (int e = 0; e < COLOR_ELEMENTS; e++)
		init_pair(PAIR_OF(e), have_color(conf.palette[e].fg), have_color(conf.palette[e].bg));
}

/* The attributes a `color` line adds. */
static attr_t
palette_attrs(int e)
{
	static const struct { unsigned bit; attr_t a; } map[] = {
		{ CA_BOLD, A_BOLD }, { CA_DIM, A_DIM }, { CA_UNDERLINE, A_UNDERLINE },
		{ CA_REVERSE, A_REVERSE }, { CA_ITALIC, A_ITALIC }, { CA_BLINK, A_BLINK },
		{ CA_STANDOUT, A_STANDOUT },
	};
	attr_t a = A_NORMAL;
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (conf.palette[e].attrs & map[i].bit)
			a |= map[i].a;
	return a;
}

static bool
colored(void)
{
	return conf.color && has_colors();
}

/* The one place where abstract styles become attributes. */
static void
term_attr(unsigned style, attr_t *attr, short *pair)
{
	/* without colours; with them, the palette (cmd/colors.h) decides */
	static const attr_t mono[ST_COUNT] = {
		[ST_NORMAL] = A_NORMAL, [ST_BAR] = A_REVERSE, [ST_STATUS] = A_NORMAL,
		[ST_ERROR] = A_BOLD, [ST_UNREAD] = A_BOLD, [ST_READ] = A_NORMAL,
		[ST_MARK] = A_BOLD, [ST_HEADER] = A_BOLD, [ST_MATCH] = A_REVERSE,
		[ST_DIM] = A_NORMAL,
	};
	unsigned e = style & 0x3f;
	unsigned t = style >> TS_TEXT_SHIFT;
	bool color = colored();
	if (e >= ST_COUNT)
		e = ST_NORMAL;
	*attr = color ? palette_attrs((int)e) : mono[e];
	*pair = color ? PAIR_OF(e) : 0;
	if (t & (TEXT_BOLD | TEXT_MARK))
		*attr |= A_BOLD;
	if (t & (TEXT_ITALIC | TEXT_CAPTION))
		*attr |= A_ITALIC;
	if (t & (TEXT_UNDERLINE | TEXT_LINK))
		*attr |= A_UNDERLINE;
	if (t & TEXT_HIGHLIGHT)
		*attr |= A_REVERSE;
	if (t & TEXT_HEADING) {
		*attr |= color ? palette_attrs(EL_HEADING) : A_BOLD;
		if (color)
			*pair = PAIR_OF(EL_HEADING);
	}
	if (color && (t & TEXT_CODE)) {
		*pair = PAIR_OF(EL_CODE);
		*attr |= palette_attrs(EL_CODE);
	}
	if (color && (t & (TEXT_QUOTE | TEXT_IMAGE))) {
		*pair = PAIR_OF(EL_QUOTE);
		*attr |= palette_attrs(EL_QUOTE);
	}
	if (t & TEXT_LINKNUM) {
		if (color) {
			*pair = PAIR_OF(EL_LINKNUM);
			*attr |= palette_attrs(EL_LINKNUM);
		} else {
			*attr |= A_BOLD;
		}
	}
	if (style & TS_SEL) {
		if (color) {
			*pair = PAIR_OF(EL_SEL);
			*attr &= ~(attr_t)A_REVERSE;
			*attr |= palette_attrs(EL_SEL);
		} else {
			*attr |= A_REVERSE;
		}
	}
}

static void
set_mouse(void)
{
	if (conf.mouse)
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	else
		mousemask(0, NULL);
	mouseinterval(0);
}

static void
at_exit(void)
{
	term_close();
}

int
term_open(const struct term_config *cfg, char **err)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		*err = xstrdup(_("the interface needs a terminal (try 'tidings --help' for commands)"));
		return -1;
	}
	conf = *cfg;
	/* the Escape key alone should not wait a second */
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		*err = xasprintf(_("cannot use the terminal '%s'"), getenv("TERM") ? getenv("TERM") : "");
		return -1;
	}
	is_open = true;
	if (!atexit_done) {
		atexit(at_exit);
		atexit_done = true;
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	meta(stdscr, TRUE);
	leaveok(stdscr, FALSE);
	curs_set(0);
	init_colors();
	set_mouse();
	return 0;
}

void
term_close(void)
{
	if (!is_open)
		return;
	is_open = false;
	if (conf.mouse)
		mousemask(0, NULL);
	curs_set(1);
	endwin();
	delscreen(scr);
	scr = NULL;
	for (size_t i = 0; i < nlinks; i++)
		free(links[i].url);
	free(links);
	links = NULL;
	nlinks = caplinks = 0;
}

bool
term_is_open(void)
{
	return is_open;
}

void
term_suspend(void)
{
	if (!is_open || suspended)
		return;
	def_prog_mode();
	endwin();
	suspended = true;
}

void
term_resume(void)
{
	if (!is_open || !suspended)
		return;
	suspended = false;
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
}

int
term_rows(void)
{
	return is_open ? LINES : 24;
}

int
term_cols(void)
{
	return is_open ? COLS : 80;
}

void
term_resize(void)
{
	struct winsize ws;
	if (!is_open)
		return;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
		resize_term(ws.ws_row, ws.ws_col);
	clearok(curscr, TRUE);
}

void
term_configure(const struct term_config *cfg)
{
	bool color = conf.color;
	conf = *cfg;
	if (!is_open)
		return;
	set_mouse();
	if (cfg->color != color)
		init_colors();
}

void
term_erase(bool full)
{
	if (!is_open)
		return;
	werase(stdscr);
	if (full)
		clearok(curscr, TRUE);
	for (size_t i = 0; i < nlinks; i++)
		free(links[i].url);
	nlinks = 0;
}

void
term_clear_eol(int row, int col, unsigned style)
{
	term_fill(row, col, COLS - col, style);
}

void
term_fill(int row, int col, int ncols, unsigned style)
{
	if (!is_open || row < 0 || row >= LINES || col >= COLS || ncols <= 0)
		return;
	attr_t a;
	short p;
	term_attr(style, &a, &p);
	if (col + ncols > COLS)
		ncols = COLS - col;
	cchar_t blank;
	wchar_t sp[2] = { L' ', 0 };
	setcchar(&blank, sp, a, p, NULL);
	mvhline_set(row, col, &blank, ncols);
}

/* Put one cell (a base character and its combining marks) at the cursor. */
static void
put_cell(const wchar_t *wc, attr_t a, short p)
{
	cchar_t cc;
	if (setcchar(&cc, wc, a, p, NULL) == OK)
		add_wch(&cc);
}

/* The character to show for cp, whose width we say is w: controls and
 * characters the terminal library measures differently become U+FFFD, so
 * the screen and our columns always agree. */
static wchar_t
shown_char(uint32_t cp, int w)
{
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return L'?';
	int cw = wcwidth((wchar_t)cp);
	if (cw != w)
		return w == 0 ? 0 : L'\xfffd';
	return (wchar_t)cp;
}

int
term_put(int row, int col, const char *s, size_t n, int maxcols, unsigned style)
{
	if (!is_open || row < 0 || row >= LINES || col < 0 || col >= COLS || maxcols <= 0)
		return 0;
	if (col + maxcols > COLS)
		maxcols = COLS - col;
	attr_t a;
	short p;
	term_attr(style, &a, &p);
	move(row, col);
	wchar_t cell[CCHARW_MAX + 1];
	int ncell = 0, used = 0, cellw = 0;
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		i += utf8_decode(s + i, n - i, &cp);
		int w = width_cp(cp);
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			w = 1; /* shown as '?' */
		wchar_t wc = shown_char(cp, w);
		if (w == 0) {
			if (wc && ncell > 0 && ncell < CCHARW_MAX)
				cell[ncell++] = wc;
			continue;
		}
		if (ncell > 0) {
			cell[ncell] = 0;
			put_cell(cell, a, p);
			used += cellw;
			ncell = 0;
		}
		if (used + w > maxcols)
			return used;
		if (wc == L'\xfffd' && w == 2) {
			/* keep two columns for it, as we counted */
			cell[0] = L'\xfffd';
			cell[1] = 0;
			put_cell(cell, a, p);
			cell[0] = L' ';
			put_cell(cell, a, p);
			used += 2;
			continue;
		}
		cell[ncell++] = wc;
		cellw = w;
	}
	if (ncell > 0) {
		cell[ncell] = 0;
		put_cell(cell, a, p);
		used += cellw;
	}
	return used;
}

void
term_cursor(int row, int col, bool visible)
{
	cur_row = row;
	cur_col = col;
	cur_visible = visible;
}

void
term_link(int row, int col, int ncols, const char *url)
{
	if (!conf.hyperlinks || !url || ncols <= 0)
		return;
	if (nlinks == caplinks) {
		caplinks = caplinks ? caplinks * 2 : 16;
		links = xreallocarray(links, caplinks, sizeof *links);
	}
	links[nlinks++] = (struct link_cell){ row, col, ncols, xstrdup(url) };
}

/* OSC 8 cannot be said through ncurses: after the frame is out, write the
 * link's cells again, the same characters, wrapped in the hyperlink
 * sequences, then put the cursor back where ncurses left it. URLs were
 * sanitized by the text layer; a byte outside printable ASCII ends it here
 * anyway, so a URL can never end the sequence early. */
static void
write_links(void)
{
	if (!nlinks)
		return;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < nlinks; i++) {
		struct link_cell *l = &links[i];
		buf_printf(&b, "\033[%d;%dH\033[4m\033]8;;", l->row + 1, l->col + 1);
		for (const char *u = l->url; *u; u++)
			if ((unsigned char)*u > 0x20 && (unsigned char)*u < 0x7f)
				buf_putc(&b, *u);
		buf_puts(&b, "\033\\");
		for (int c = 0; c < l->ncols && l->col + c < COLS; c++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t a;
			short p;
			if (mvin_wch(l->row, l->col + c, &cc) != OK ||
			    getcchar(&cc, wc, &a, &p, NULL) == ERR)
				continue;
			for (int k = 0; wc[k]; k++) {
				char mb[MB_LEN_MAX];
				mbstate_t st;
				memset(&st, 0, sizeof st);
				size_t m = wcrtomb(mb, wc[k], &st);
				if (m != (size_t)-1)
					buf_append(&b, mb, m);
			}
			if (wcwidth(wc[0]) == 2)
				c++;
		}
		buf_puts(&b, "\033]8;;\033\\\033[0m");
	}
	buf_printf(&b, "\033[%d;%dH", cur_row + 1, cur_col + 1);
	fflush(stdout);
	ssize_t w = write(STDOUT_FILENO, b.data, b.len);
	(void)w;
	buf_free(&b);
}

void
term_flush(void)
{
	if (!is_open || suspended)
		return;
	if (cur_row >= 0 && cur_row < LINES && cur_col >= 0 && cur_col < COLS)
		move(cur_row, cur_col);
	curs_set(cur_visible ? 1 : 0);
	wnoutrefresh(stdscr);
	doupdate();
	write_links();
}

/* A key without a character, from ncurses' code. */
static int
special_key(int code, int *row, int *col)
{
	static const struct { int nc, tk; } map[] = {
		{ KEY_UP, TK_UP }, { KEY_DOWN, TK_DOWN }, { KEY_LEFT, TK_LEFT },
		{ KEY_RIGHT, TK_RIGHT }, { KEY_PPAGE, TK_PGUP }, { KEY_NPAGE, TK_PGDN },
		{ KEY_HOME, TK_HOME }, { KEY_END, TK_END }, { KEY_IC, TK_INSERT },
		{ KEY_DC, TK_DELETE }, { KEY_BACKSPACE, TK_BACKSPACE }, { KEY_ENTER, TK_ENTER },
		{ KEY_RESIZE, TK_RESIZE },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].nc == code)
			return map[i].tk;
	if (code >= KEY_F(1) && code <= KEY_F(12))
		return TK_F1 + (code - KEY_F(1));
	if (code == KEY_MOUSE) {
		MEVENT ev;
		if (getmouse(&ev) != OK)
			return TK_NONE;
		*row = ev.y;
		*col = ev.x;
		if (ev.bstate & BUTTON4_PRESSED)
			return TK_WHEEL_UP;
		if (ev.bstate & BUTTON5_PRESSED)
			return TK_WHEEL_DOWN;
		if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
			return TK_CLICK;
	}
	return TK_NONE;
}

int
term_key(int *key, int *row, int *col)
{
	if (!is_open)
		return 0;
	for (;;) {
		wint_t ch;
		int r = get_wch(&ch);
		if (r == ERR)
			return 0;
		if (r == KEY_CODE_YES) {
			int k = special_key((int)ch, row, col);
			if (k == TK_NONE)
				continue;
			*key = k;
			return 1;
		}
		if (ch == '\r' || ch == '\n')
			*key = TK_ENTER;
		else if (ch == 127 || ch == 8)
			*key = TK_BACKSPACE;
		else if (ch == 27) {
			/* Alt sends ESC first; the rest is already waiting */
			wint_t next;
			int r2 = get_wch(&next);
			if (r2 == OK && next != 27 && next >= 0x20)
				*key = (int)next | TK_META;
			else {
				if (r2 == KEY_CODE_YES)
					ungetch((int)next);
				else if (r2 != ERR)
					unget_wch(next);
				*key = TK_ESC;
			}
		} else
			*key = (int)ch;
		return 1;
	}
}

int
term_fd(void)
{
	return STDOUT_FILENO;
}
