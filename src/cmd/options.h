/* options.h: the one table of settings (`set NAME VALUE`): names, types, defaults, limits and help. */
#ifndef TIDINGS_OPTIONS_H
#define TIDINGS_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

enum opt_type {
	OPT_INT,  /* a whole number within [min, max] */
	OPT_SIZE, /* bytes, with an optional K, M or G suffix (powers of 1024) */
	OPT_STR,  /* any text */
	OPT_BOOL, /* yes/no, true/false, on/off, 1/0 */
};

/* Every setting, in the order of the table (and of the help screen). */
enum opt_id {
	OPT_MAX_CONNECTIONS,
	OPT_MAX_HOST_CONNECTIONS,
	OPT_CONNECT_TIMEOUT,
	OPT_TOTAL_TIMEOUT,
	OPT_MAX_BODY_SIZE,
	OPT_RELOAD_TIME,
	OPT_MAX_ITEMS,
	OPT_KEEP_DAYS,
	OPT_USER_AGENT,
	OPT_PROXY,
	OPT_BROWSER,
	OPT_MASTODON_INSTANCE,
	OPT_REFRESH_MINUTES,
	OPT_MOUSE,
	OPT_HYPERLINKS,
	OPT_COLOR,
	OPT_FULL_ARTICLE,
	OPT_NOTIFY,
	OPT_HISTORY_SIZE,
	OPT_DOWNLOAD_PATH,
	OPT_DOWNLOAD_FILENAME_FORMAT,
	OPT_MAX_DOWNLOADS,
	OPT_PLAYER,
	OPT_PODCAST_AUTO_ENQUEUE,
	OPT_PLAY_MARKS_READ,
	OPT_COUNT
};

struct opt_def {
	const char *name;
	enum opt_type type;
	const char *def;     /* default, written as a user would write it */
	long long min, max;  /* for OPT_INT and OPT_SIZE */
	const char *help;    /* untranslated; shown through gettext */
	const char *choices; /* OPT_STR: the values allowed, '|'-separated; NULL: any */
	bool per_feed;       /* also a per-feed setting (cmd/feedopts.h) */
};

/* The table, indexed by enum opt_id. */
extern const struct opt_def opt_table[OPT_COUNT];

/* Values of every setting; starts at the defaults. */
struct options {
	struct opt_value {
		long long num; /* OPT_INT, OPT_SIZE, OPT_BOOL */
		char *str;     /* OPT_STR: owned; NULL when empty */
	} v[OPT_COUNT];
	/* `share NAME TEMPLATE` lines in file order (cmd/share.h reads them) */
	struct opt_share {
		char *name, *tmpl; /* owned */
	} *share;
	size_t n_share;
	/* `bind` lines in file order, their words after "bind" (cmd/keys.h
	 * checks them when read and applies them over the defaults) */
	struct opt_bind {
		char **words; /* NULL-terminated, owned */
		enum opt_bind_kind { BIND_KEY, BIND_UNBIND, BIND_MACRO } kind;
		char *feed;   /* `feed PATTERN bind ...`: only for feeds matching; NULL: all */
	} *bind;
	size_t n_bind;
	/* `color ELEMENT FG BG [ATTR...]` lines in file order (cmd/colors.h) */
	struct opt_color {
		int element;  /* index in the colors table */
		short fg, bg; /* -1: the terminal's default; 0..255 */
		unsigned attrs;
	} *color;
	size_t n_color;
	/* `run-on-new PROGRAM [ARG...]`: NULL-terminated argv; NULL: none */
	char **run_on_new;
	/* `ignore FEED-PATTERN EXPRESSION` (cmd/filters.h) */
	struct opt_ignore {
		char *pattern, *expr;
	} *ignore;
	size_t n_ignore;
	/* `query NAME EXPRESSION` lines and the urls file's query:NAME:EXPR */
	struct opt_query {
		char *name, *expr;
		bool from_urls;
	} *query;
	size_t n_query;
	/* `feed PATTERN set NAME VALUE` (cmd/feedopts.h) */
	struct opt_feed {
		char *pattern, *name, *value;
	} *feed;
	size_t n_feed;
};

void options_init(struct options *o);
void options_clear(struct options *o);
/* Free what the scripting lines added (colors, hooks, filters, queries,
 * per-feed lines; options_more.c); options_clear calls it. */
void options_clear_scripting(struct options *o);
/* The row named name, or NULL. */
const struct opt_def *options_find(const char *name);
/* Set a value from text. Returns 0, or -1 and *err (caller frees) saying
 * what is wrong in one line. */
int options_set(struct options *o, const char *name, const char *value, char **err);
/* Read text as a value of row d into v (v->str is freed first and owned
 * after). 0, or -1 with *err (caller frees). */
int options_value(const struct opt_def *d, const char *text, struct opt_value *v, char **err);
long long options_num(const struct options *o, enum opt_id id);
/* NULL when empty. */
const char *options_str(const struct options *o, enum opt_id id);

#endif
