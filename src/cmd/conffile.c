/* conffile.c: the config reader: one verb table for every line kind, comments, include with loop detection. */
#include "config.h"

/*
 * The config language, a line at a time:
 *
 *   - Blank lines are ignored. A '#' that starts a word (at the start of
 *     the line or after a blank) and is not inside quotes starts a
 *     comment that runs to the end of the line: `bind "#" top` binds '#'.
 *     ignore and query lines are the exception: there '#' is the
 *     "contains" operator, so they take no comment after them.
 *   - Words are separated by blanks. '...' keeps everything inside as it
 *     is; "..." too, except that \" and \\ stand for " and \; outside
 *     quotes a backslash takes the next character as it is. Nothing else
 *     is special (no variables, no globbing): the words are what a
 *     program run by exec or run-on-new gets, and no shell ever sees them.
 *   - The first word is the verb:
 *       set NAME VALUE                    a setting (options.c's table)
 *       bind [CONTEXT] KEY ACTION [ARG...]
 *       unbind [CONTEXT] KEY
 *       macro [CONTEXT] KEY ACTION [ARG...]; ACTION [ARG...] ...
 *                                         ';' outside quotes ends a command
 *       color ELEMENT FG BG [ATTR...]     cmd/colors.h
 *       share NAME TEMPLATE               cmd/share.h
 *       include FILE                      relative to this file; ~/ is $HOME
 *       run-on-new PROGRAM [ARG...]       new items as JSON on its stdin
 *       ignore FEED-PATTERN EXPRESSION    store/filter.h's language
 *       query NAME EXPRESSION             a query feed
 *       feed PATTERN set NAME VALUE       cmd/feedopts.h
 *       feed PATTERN bind [CONTEXT] KEY ACTION [ARG...]
 *     An EXPRESSION is the rest of the line, or one quoted word.
 *   - A bad line is reported as "config:LINE: what is wrong" (an included
 *     file says its own name instead of "config") and skipped; the rest
 *     of the file still loads.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/colors.h"
#include "cmd/conf_lines.h"
#include "cmd/conffile.h"
#include "cmd/confscan.h"
#include "cmd/feedopts.h"
#include "cmd/keys.h"
#include "cmd/share.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/xalloc.h"

#define CONF_LINE_MAX 8192
#define CONF_INCLUDE_DEPTH 16

struct verb {
	const char *name;
	int min_args, max_args;
	/* given the words after the verb ... */
	int (*run)(struct options *o, char **args, int n, char **err);
	/* ... or the text after it, quotes and all */
	int (*raw)(struct options *o, const char *rest, char **err);
	const char *usage;
	bool hash;  /* '#' is an operator here (expressions), never a comment */
};

static int
verb_set(struct options *o, char **args, int n, char **err)
{
	(void)n;
	return options_set(o, args[0], args[1], err);
}

static int
verb_share(struct options *o, char **args, int n, char **err)
{
	(void)n;
	return share_conf_add(o, args[0], args[1], err);
}

static int
verb_bind(struct options *o, char **args, int n, char **err)
{
	return keys_conf_add(o, args, n, err);
}

static const struct verb verbs[] = {
	{ "bind", 2, 66, verb_bind, NULL, "bind [CONTEXT] KEY ACTION [ARG...]", false },
	{ "color", 3, 10, colors_conf_add, NULL, "color ELEMENT FG BG [ATTR...]", false },
	{ "feed", 3, 69, feedopts_conf_add, NULL, "feed PATTERN set NAME VALUE", false },
	{ "ignore", 2, 4096, NULL, conf_ignore, "ignore FEED-PATTERN EXPRESSION", true },
	{ "include", 1, 1, NULL, NULL, "include FILE", false },
	{ "macro", 2, 4096, NULL, conf_macro, "macro [CONTEXT] KEY ACTION [ARG...]; ACTION ...", false },
	{ "query", 2, 4096, NULL, conf_query, "query NAME EXPRESSION", true },
	{ "run-on-new", 1, 64, conf_run_on_new, NULL, "run-on-new PROGRAM [ARG...]", false },
	{ "set", 2, 2, verb_set, NULL, "set NAME VALUE", false },
	{ "share", 2, 2, verb_share, NULL, "share NAME TEMPLATE", false },
	{ "unbind", 1, 2, conf_unbind, NULL, "unbind [CONTEXT] KEY", false },
};

char *
conf_default_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME");
	if (x && *x == '/')
		return xasprintf("%s/tidings/config", x);
	const char *h = getenv("HOME");
	return xasprintf("%s/.config/tidings/config", h && *h ? h : ".");
}

static const struct verb *
find_verb(const char *name)
{
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (strcmp(verbs[i].name, name) == 0)
			return &verbs[i];
	return NULL;
}

static char *
count_error(const struct verb *v, int n)
{
	if (v->min_args == v->max_args)
		return xasprintf(ngettext("'%s' takes %d argument, not %d (%s)",
					  "'%s' takes %d arguments, not %d (%s)", (unsigned long)v->min_args),
				 v->name, v->min_args, n, v->usage);
	if (n < v->min_args)
		return xasprintf(ngettext("'%s' takes at least %d argument, not %d (%s)",
					  "'%s' takes at least %d arguments, not %d (%s)",
					  (unsigned long)v->min_args), v->name, v->min_args, n, v->usage);
	return xasprintf(_("'%s' takes at most %d arguments, not %d (%s)"), v->name, v->max_args, n,
			 v->usage);
}

/* A line without its comment, split; *words NULL for a line with nothing.
 * The lines of verbs whose expressions use '#' keep it. */
static int
split_line(const char *line, char ***words, char **text, char **err)
{
	size_t len = conf_comment_start(line);
	*text = xstrndup(line, len);
	*words = NULL;
	const char *why = NULL;
	if (str_blank(*text))
		return 0;
	*words = spawn_split(*text, &why);
	const struct verb *v = *words ? find_verb((*words)[0]) : NULL;
	if (v && v->hash && line[len]) {
		spawn_argv_free(words);
		free(*text);
		*text = xstrdup(line);
		*words = spawn_split(*text, &why);
	}
	if (!*words) {
		*err = xstrdup(_(why));
		return -1;
	}
	return 0;
}

int
conf_line(const char *line, struct options *o, char **err)
{
	char **w = NULL, *text = NULL;
	int rc = split_line(line, &w, &text, err);
	if (rc != 0 || !w) {
		free(text);
		return rc;
	}
	int n = 0;
	while (w[n])
		n++;
	const struct verb *v = find_verb(w[0]);
	rc = -1;
	if (!v)
		*err = xasprintf(_("unknown command '%s'"), w[0]);
	else if (n - 1 < v->min_args || n - 1 > v->max_args)
		*err = count_error(v, n - 1);
	else if (v->raw)
		rc = v->raw(o, conf_skip_words(text, 1), err);
	else if (v->run)
		rc = v->run(o, w + 1, n - 1, err);
	else
		*err = xstrdup(_("include works only in a config file"));
	spawn_argv_free(&w);
	free(text);
	return rc;
}

/* ---- files and includes ----------------------------------------------- */

struct loader {
	struct options *o;
	conf_warn_fn *warn;
	void *ctx;
	struct { dev_t dev; ino_t ino; } open[CONF_INCLUDE_DEPTH];
	int depth;
	int bad;
};

static void
report(struct loader *L, const char *label, int lineno, const char *msg)
{
	char *full = xasprintf("%s:%d: %s", label, lineno, msg);
	L->warn(L->ctx, full);
	free(full);
	L->bad++;
}

static int load_file(struct loader *L, const char *path, const char *label, char **err);

/* The path of an include: ~/ is $HOME, a relative one is next to from. */
static char *
include_path(const char *from, const char *name)
{
	const char *home = getenv("HOME");
	if (name[0] == '~' && name[1] == '/' && home && *home)
		return xasprintf("%s/%s", home, name + 2);
	if (name[0] == '/')
		return xstrdup(name);
	const char *slash = strrchr(from, '/');
	if (!slash)
		return xstrdup(name);
	return xasprintf("%.*s/%s", (int)(slash - from), from, name);
}

/* An include line: read the file, or say why not. */
static void
do_include(struct loader *L, const char *from, const char *label, int lineno, const char *name)
{
	char *path = include_path(from, name);
	char *err = NULL;
	if (L->depth >= CONF_INCLUDE_DEPTH)
		err = xasprintf(_("include %s: too deeply nested (%d files)"), name, CONF_INCLUDE_DEPTH);
	else if (load_file(L, path, name, &err) == 0)
		FREE_AND_NULL(err);
	if (err)
		report(L, label, lineno, err);
	free(err);
	free(path);
}

static void
load_line(struct loader *L, const char *path, const char *label, int lineno, const char *line)
{
	char *err = NULL, *text = NULL;
	char **w = NULL;
	if (strlen(line) > CONF_LINE_MAX)
		err = xstrdup(_("line too long"));
	else if (split_line(line, &w, &text, &err) == 0 && w && strcmp(w[0], "include") == 0) {
		if (w[1] && !w[2])
			do_include(L, path, label, lineno, w[1]);
		else
			err = count_error(find_verb("include"), w[1] ? 2 : 0);
	} else if (w && conf_line(line, L->o, &err) == 0) {
		FREE_AND_NULL(err);
	}
	if (err)
		report(L, label, lineno, err);
	free(err);
	free(text);
	spawn_argv_free(&w);
}

/* Read one file; -1 with *err when it cannot be opened or is already
 * being read (a loop). */
static int
load_file(struct loader *L, const char *path, const char *label, char **err)
{
	FILE *f = fopen(path, "r");
	struct stat st;
	if (!f || fstat(fileno(f), &st) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	for (int i = 0; i < L->depth; i++) {
		if (L->open[i].dev == st.st_dev && L->open[i].ino == st.st_ino) {
			*err = xasprintf(_("include %s: a loop (the file is already being read)"), label);
			fclose(f);
			return -1;
		}
	}
	L->open[L->depth].dev = st.st_dev;
	L->open[L->depth].ino = st.st_ino;
	L->depth++;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		load_line(L, path, label, lineno, line);
	}
	free(line);
	fclose(f);
	L->depth--;
	return 0;
}

int
conf_load(const char *path, bool explicit_path, struct options *o, conf_warn_fn *warn, void *ctx)
{
	struct loader L = { .o = o, .warn = warn, .ctx = ctx };
	char *err = NULL;
	if (access(path, F_OK) != 0 && errno == ENOENT && !explicit_path)
		return 0;
	if (load_file(&L, path, "config", &err) != 0) {
		warn(ctx, err);
		free(err);
		return -1;
	}
	return L.bad;
}
