/* newsboat_conf.c: translating newsboat's config lines (settings, keys, macros, colours, filters) into tidings' config language. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/conffile.h"
#include "cmd/confscan.h"
#include "cmd/keys.h"
#include "cmd/newsboat_conf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/xalloc.h"

struct pair {
	const char *from, *to;
};

static const struct pair ops[] = {
	{ "open", "open" }, { "quit", "back" }, { "hard-quit", "quit" },
	{ "reload", "refresh-feed" }, { "reload-all", "refresh-all" },
	{ "mark-feed-read", "mark-feed-read" }, { "mark-all-feeds-read", "mark-all-read" },
	{ "toggle-article-read", "toggle-read" }, { "edit-flags", "toggle-flag" },
	{ "open-in-browser", "open-in-browser" }, { "next-unread", "next-unread" },
	{ "prev-unread", "prev-unread" }, { "up", "up" }, { "down", "down" },
	{ "pageup", "page-up" }, { "pagedown", "page-down" }, { "home", "top" },
	{ "end", "bottom" }, { "help", "help" }, { "cmdline", "command-line" },
	{ "search", "search" }, { "redraw", "redraw" }, { "show-urls", "links" },
	{ "pipe-to", "pipe-to" }, { "select-tag", "filter-tag" }, { "clear-tag", "filter-tag" },
	{ "next", "down" }, { "prev", "up" }, { "goto-url", "links" },
};

static const struct pair dialogs[] = {
	{ "all", "global" }, { "feedlist", "feeds" }, { "articlelist", "headlines" },
	{ "article", "article" }, { "urlview", "links" }, { "help", "help" },
	{ "searchresultslist", "search" },
};

static const struct pair elements[] = {
	{ "background", "normal" }, { "listnormal", "normal" }, { "listfocus", "selected" },
	{ "listnormal_unread", "unread" }, { "listfocus_unread", "selected" },
	{ "info", "bar" }, { "title", "bar" }, { "article", "normal" },
	{ "end-of-text-marker", "dim" },
};

/* Settings with the same meaning under another name. */
static const struct pair settings[] = {
	{ "browser", "browser" }, { "reload-time", "reload-time" }, { "max-items", "max-items" },
	{ "keep-articles-days", "keep-days" }, { "user-agent", "user-agent" },
	{ "download-timeout", "total-timeout" }, { "reload-threads", "max-connections" },
	{ "max-downloads", "max-downloads" }, { "player", "player" },
	{ "podcast-auto-enqueue", "podcast-auto-enqueue" },
};

static const char *
look(const struct pair *t, size_t n, const char *from)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].from, from) == 0)
			return t[i].to;
	return NULL;
}
#define LOOK(t, s) look(t, sizeof t / sizeof t[0], s)

const char *
nb_action(const char *op)
{
	return LOOK(ops, op);
}

const char *
nb_context(const char *dialog)
{
	return LOOK(dialogs, dialog);
}

void
nb_conf_init(struct nb_conf *c)
{
	memset(c, 0, sizeof *c);
	c->reload_time = 60;
}

void
nb_conf_clear(struct nb_conf *c)
{
	buf_free(&c->out);
	free(c->proxy);
	free(c->proxy_type);
	free(c->download_path);
	free(c->download_format);
	memset(c, 0, sizeof *c);
}

/* Keep a tidings line only if tidings reads it without complaint. */
static int
emit(struct nb_conf *c, const char *line, char **why)
{
	struct options o;
	options_init(&o);
	char *err = NULL;
	int rc = conf_line(line, &o, &err);
	options_clear(&o);
	if (rc != 0) {
		*why = xasprintf(_("tidings cannot read it as '%s': %s"), line, err);
		free(err);
		return -1;
	}
	buf_puts(&c->out, line);
	buf_putc(&c->out, '\n');
	return 0;
}

/* newsboat's key names that tidings spells otherwise. */
static const char *
key_name(const char *k)
{
	if (strcmp(k, "PPAGE") == 0)
		return "PGUP";
	if (strcmp(k, "NPAGE") == 0)
		return "PGDN";
	return k;
}

static int
put_words(struct buf *b, const char *first, char **w, int n)
{
	buf_puts(b, first);
	for (int i = 0; i < n; i++) {
		buf_putc(b, ' ');
		conf_quote(b, w[i]);
	}
	return 0;
}

/* set: a setting with an equivalent; the browser's %u is tidings' %s. */
static int
setting(struct nb_conf *c, const char *name, const char *value, char **why)
{
	const char *to = LOOK(settings, name);
	if (!to)
		return 1;
	char *v = xstrdup(value);
	for (char *p = strstr(v, "%u"); p && strcmp(name, "browser") == 0; p = strstr(p, "%u"))
		p[1] = 's';
	if (strcmp(name, "reload-time") == 0)
		c->reload_time = atoi(v);
	struct buf b = BUF_INIT;
	buf_printf(&b, "set %s ", to);
	conf_quote(&b, v);
	int rc = emit(c, buf_str(&b), why);
	buf_free(&b);
	free(v);
	return rc;
}

/* bind-key KEY OP [DIALOG] */
static int
bind_key(struct nb_conf *c, char **w, int n, char **why)
{
	const char *action = n >= 2 ? nb_action(w[1]) : NULL;
	const char *ctx = n >= 3 ? nb_context(w[2]) : "global";
	if (!action || !ctx) {
		*why = !action ? xasprintf(_("no tidings action does what '%s' does"), n >= 2 ? w[1] : "")
			       : xasprintf(_("no tidings view is newsboat's '%s'"), w[2]);
		return -1;
	}
	struct buf b = BUF_INIT;
	buf_printf(&b, "bind %s ", ctx);
	conf_quote(&b, key_name(w[0]));
	buf_printf(&b, " %s", action);
	int rc = emit(c, buf_str(&b), why);
	buf_free(&b);
	return rc;
}

static int
unbind_key(struct nb_conf *c, char **w, int n, char **why)
{
	const char *ctx = n >= 2 ? nb_context(w[1]) : "global";
	if (!ctx) {
		*why = xasprintf(_("no tidings view is newsboat's '%s'"), w[1]);
		return -1;
	}
	struct buf b = BUF_INIT;
	buf_printf(&b, "unbind %s ", ctx);
	conf_quote(&b, key_name(w[0]));
	int rc = emit(c, buf_str(&b), why);
	buf_free(&b);
	return rc;
}

/* One command of a macro, as a tidings command line; NULL when none. */
static char *
macro_command(const char *piece, char **why)
{
	const char *w_why = NULL;
	char **w = spawn_split(piece, &w_why);
	char *out = NULL;
	if (!w) {
		*why = xstrdup(_("an empty command in the macro"));
		return NULL;
	}
	int n = 0;
	while (w[n])
		n++;
	const char *set_to = strcmp(w[0], "set") == 0 && n == 3 ? LOOK(settings, w[1]) : NULL;
	if (set_to) {
		struct buf b = BUF_INIT;
		char *v = xstrdup(w[2]);
		for (char *p = strstr(v, "%u"); p && strcmp(w[1], "browser") == 0; p = strstr(p, "%u"))
			p[1] = 's';
		buf_printf(&b, "set %s ", set_to);
		conf_quote(&b, v);
		free(v);
		out = buf_take(&b);
	} else if (n == 1 && nb_action(w[0])) {
		out = xstrdup(nb_action(w[0]));
	} else {
		*why = xasprintf(_("the macro's '%s' has no tidings equivalent"), piece);
	}
	spawn_argv_free(&w);
	return out;
}

/* macro KEY CMD [ARG...] ; CMD ... [-- "description"]: bound to ", KEY"
 * (newsboat's macro prefix, then the key). */
static int
macro(struct nb_conf *c, const char *line, char **why)
{
	const char *w_why = NULL;
	char **head = spawn_split(line, &w_why);
	if (!head || !head[1] || !head[2]) {
		spawn_argv_free(&head);
		*why = xstrdup(_("a macro needs a key and a command"));
		return -1;
	}
	int np = 0;
	char **pieces = conf_split_at(conf_skip_words(line, 2), ';', &np);
	struct buf b = BUF_INIT;
	buf_puts(&b, "macro ");
	char *keys = xasprintf(", %s", key_name(head[1]));
	conf_quote(&b, keys);
	free(keys);
	int rc = 0;
	for (int i = 0; i < np && rc == 0; i++) {
		char *desc = strstr(pieces[i], " -- ");
		if (desc && i == np - 1)
			*desc = '\0'; /* newsboat's description of the macro */
		char *cmd = macro_command(pieces[i], why);
		if (!cmd)
			rc = -1;
		else
			buf_printf(&b, "%s%s", i ? "; " : " ", cmd);
		free(cmd);
	}
	if (rc == 0)
		rc = emit(c, buf_str(&b), why);
	buf_free(&b);
	spawn_argv_free(&pieces);
	spawn_argv_free(&head);
	return rc;
}

/* color ELEMENT FG BG [ATTR...]: the attributes tidings has. */
static int
color(struct nb_conf *c, char **w, int n, char **why)
{
	const char *el = n >= 3 ? LOOK(elements, w[0]) : NULL;
	if (!el) {
		*why = n >= 3 ? xasprintf(_("tidings has no '%s' element"), w[0])
			      : xstrdup(_("a color line is color ELEMENT FG BG [ATTR...]"));
		return -1;
	}
	struct buf b = BUF_INIT;
	buf_printf(&b, "color %s", el);
	put_words(&b, "", w + 1, 2);
	for (int i = 3; i < n; i++)
		if (strcmp(w[i], "protect") != 0 && strcmp(w[i], "invis") != 0)
			buf_printf(&b, " %s", w[i]);
	int rc = emit(c, buf_str(&b), why);
	/* newsboat's info is both bars */
	if (rc == 0 && strcmp(w[0], "info") == 0) {
		buf_reset(&b);
		buf_puts(&b, "color status");
		put_words(&b, "", w + 1, 2);
		rc = emit(c, buf_str(&b), why);
	}
	buf_free(&b);
	return rc;
}

/* ignore-article PATTERN EXPR, define-filter NAME EXPR */
static int
filter_line(struct nb_conf *c, const char *verb, char **w, int n, char **why)
{
	if (n != 2) {
		*why = xasprintf(_("%s takes two quoted arguments"), verb);
		return -1;
	}
	struct buf b = BUF_INIT;
	buf_puts(&b, verb);
	put_words(&b, "", w, 2);
	int rc = emit(c, buf_str(&b), why);
	buf_free(&b);
	return rc;
}

static bool
yes(const char *s)
{
	return s && (strcmp(s, "yes") == 0 || strcmp(s, "true") == 0);
}

/* Settings newsboat has that combine with others; 1 when not one of them. */
static int
combined(struct nb_conf *c, char **w, int n)
{
	if (n != 2)
		return 1;
	if (strcmp(w[0], "auto-reload") == 0)
		c->auto_reload = yes(w[1]);
	else if (strcmp(w[0], "use-proxy") == 0)
		c->use_proxy = yes(w[1]);
	else if (strcmp(w[0], "proxy") == 0) {
		free(c->proxy);
		c->proxy = xstrdup(w[1]);
	} else if (strcmp(w[0], "proxy-type") == 0) {
		free(c->proxy_type);
		c->proxy_type = xstrdup(w[1]);
	} else if (strcmp(w[0], "download-path") == 0) {
		free(c->download_path);
		c->download_path = xstrdup(w[1]);
	} else if (strcmp(w[0], "download-filename-format") == 0) {
		free(c->download_format);
		c->download_format = xstrdup(w[1]);
	} else
		return 1;
	return 0;
}

static int
dispatch(struct nb_conf *c, const char *text, char **w, int n, char **why)
{
	if (strcmp(w[0], "bind-key") == 0 && n >= 3)
		return bind_key(c, w + 1, n - 1, why);
	if (strcmp(w[0], "unbind-key") == 0 && n >= 2)
		return unbind_key(c, w + 1, n - 1, why);
	if (strcmp(w[0], "macro") == 0)
		return macro(c, text, why);
	if (strcmp(w[0], "color") == 0)
		return color(c, w + 1, n - 1, why);
	if (strcmp(w[0], "ignore-article") == 0)
		return filter_line(c, "ignore", w + 1, n - 1, why);
	if (strcmp(w[0], "define-filter") == 0)
		return filter_line(c, "query", w + 1, n - 1, why);
	if (combined(c, w, n) == 0)
		return 0;
	int rc = n == 2 ? setting(c, w[0], w[1], why) : 1;
	if (rc == 1) {
		*why = xasprintf(_("'%s' has no equivalent in tidings"), w[0]);
		rc = -1;
	}
	return rc;
}

int
nb_conf_line(struct nb_conf *c, const char *line, char **why)
{
	char *text = xstrndup(line, conf_comment_start(line));
	const char *w_why = NULL;
	char **w = str_blank(text) ? NULL : spawn_split(text, &w_why);
	int n = 0, rc = 0;
	while (w && w[n])
		n++;
	if (!str_blank(text) && !w) {
		*why = xstrdup(_(w_why));
		rc = -1;
	} else if (w) {
		rc = dispatch(c, text, w, n, why);
	}
	spawn_argv_free(&w);
	free(text);
	return rc;
}

/* newsboat's podboat default name: the URL's, else the time */
#define PODBOAT_FORMAT "%?u?%u&%Y-%b-%d-%H%M%S.unknown?"

static void
set_line(struct nb_conf *c, const char *name, const char *value, char **why)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "set %s ", name);
	conf_quote(&b, value);
	emit(c, buf_str(&b), why);
	buf_free(&b);
}

/* podboat's download-path may hold placeholders ("~/podcasts/%n"); ours
 * is a plain directory and the name's format makes directories: the part
 * from the first placeholder on moves in front of the format. */
static void
download_lines(struct nb_conf *c, char **why)
{
	if (!c->download_path && !c->download_format)
		return;
	const char *path = c->download_path ? c->download_path : "";
	const char *pct = strchr(path, '%');
	const char *cut = pct ? pct : path + strlen(path);
	while (cut > path && cut[-1] != '/')
		cut--;
	char *dir = xstrndup(path, (size_t)(cut - path));
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	if (*dir)
		set_line(c, "download-path", dir, why);
	if (c->download_format || *cut) {
		const char *fmt = c->download_format ? c->download_format : PODBOAT_FORMAT;
		char *full = *cut ? xasprintf("%s%s%s", cut, cut[strlen(cut) - 1] == '/' ? "" : "/", fmt)
				  : xstrdup(fmt);
		set_line(c, "download-filename-format", full, why);
		free(full);
	}
	free(dir);
}

void
nb_conf_finish(struct nb_conf *c)
{
	char *why = NULL;
	download_lines(c, &why);
	if (c->auto_reload) {
		char *line = xasprintf("set refresh-minutes %d", c->reload_time > 0 ? c->reload_time : 60);
		emit(c, line, &why);
		free(line);
	}
	if (c->use_proxy && c->proxy) {
		struct buf b = BUF_INIT;
		buf_puts(&b, "set proxy ");
		char *url = strstr(c->proxy, "://") ? xstrdup(c->proxy)
			  : xasprintf("%s://%s", c->proxy_type ? c->proxy_type : "http", c->proxy);
		conf_quote(&b, url);
		emit(c, buf_str(&b), &why);
		free(url);
		buf_free(&b);
	}
	free(why);
}
