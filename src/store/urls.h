/* urls.h: the subscriptions file (newsboat's "urls" format), read and rewritten atomically. */
#ifndef TIDINGS_URLS_H
#define TIDINGS_URLS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * One source a line: URL [tag ...] ["~Title"], tokens separated by blanks,
 * double quotes around a token with blanks (backslash escapes " and \).
 * A line whose first token starts with "exec:", "filter:" or "query:" is a
 * command source, a filtered source or a saved query (newsboat's). Lines
 * starting with '#' and blank lines are comments. Every line is kept
 * verbatim unless it is the one being changed, so rewriting the file keeps
 * the user's comments, order and spelling.
 *
 * Per-feed settings are NAME=VALUE tokens (NAME: lowercase letters,
 * digits and '-'; VALUE may be "quoted" after the '='), anywhere after
 * the URL. A token starting with '#' starts a comment that runs to the
 * end of the line, as in newsboat; only NAME=VALUE tokens are read from
 * it. So `URL tag "~Title" # reload-minutes=30 full-article=yes` gives
 * tidings its settings while newsboat reads the line as a commented URL
 * with one tag. Which names mean something is cmd/feedopts.h's business.
 */

enum urls_kind {
	URLS_COMMENT = 0, /* comment or blank line: only raw is set */
	URLS_URL,         /* http://, https:// (or any other scheme, kept as given) */
	URLS_EXEC,        /* exec:COMMAND */
	URLS_FILTER,      /* filter:COMMAND:URL */
	URLS_QUERY,       /* query:NAME:EXPRESSION (not a feed) */
};

struct urls_line {
	enum urls_kind kind;
	char *raw;     /* the line as written, without its newline */
	char *url;     /* first token, unquoted; NULL for comments */
	char **tags;   /* tokens that are not "~Title" */
	size_t n_tags;
	char *title;   /* from "~Title", NULL if none */
	char **options; /* per-feed settings, "name=value" as written (see below) */
	size_t n_options;
};

struct urls {
	struct urls_line *lines;
	size_t n;
};

enum urls_status {
	URLS_OK = 0,
	URLS_ERR = -1,    /* cannot read or write (err says why) */
	URLS_MISSING = -2 /* urls_load: the file does not exist (u is empty) */
};

/* The default path, $XDG_CONFIG_HOME/tidings/urls (or ~/.config/tidings/urls).
 * Caller frees. */
char *urls_default_path(void);

/* Read a file into u (caller frees with urls_free). *err, set on URLS_ERR,
 * is a line the caller frees. */
int urls_load(const char *path, struct urls *u, char **err);
/* Parse text already in memory (for tests and import). */
void urls_parse(const char *text, size_t len, struct urls *u);
/* Write u to path atomically: a temporary file in the same directory,
 * fsync, then rename over the old one (parent directories are created). */
int urls_save(const char *path, const struct urls *u, char **err);
void urls_free(struct urls *u);

/* The line of this source (compared as written), or NULL. */
const struct urls_line *urls_find(const struct urls *u, const char *url);
/* Append a source line "url tag... ["~title"]" (title may be NULL),
 * quoting what needs it. Returns false (and changes nothing) when the url
 * is already there. */
bool urls_add(struct urls *u, const char *url, const char *const *tags, size_t n_tags,
	      const char *title);
/* Drop the line of this source; false when it is not there. */
bool urls_remove(struct urls *u, const char *url);
/* True for a line kind that names something to fetch (URL, EXEC, FILTER). */
bool urls_is_feed(enum urls_kind kind);

#endif
