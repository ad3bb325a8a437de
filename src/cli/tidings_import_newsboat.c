/* tidings_import_newsboat.c: `tidings import --newsboat [DIR]`: newsboat's subscriptions, config and read/flag states, and a report of what could not come. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/open_store.h"
#include "cli/output.h"
#include "cli/paths.h"
#include "cli/newsboat_queue.h"
#include "cli/urls_file.h"
#include "cmd/conffile.h"
#include "cmd/newsboat_conf.h"
#include "store/filter.h"
#include "store/import_states.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"
#include "util/xdg.h"

struct nb_paths {
	char *urls, *config, *cache, *queue;
};

struct nb_tally {
	size_t feeds, known, commands, queries, lines, skipped;
	size_t states, applied;
	size_t downloads;
};

static bool
exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* DIR holds urls, config and cache.db (newsboat's ~/.newsboat layout);
 * without DIR, ~/.newsboat, else the XDG places newsboat uses. */
static void
find_paths(const char *dir, struct nb_paths *p)
{
	const char *home = getenv("HOME");
	char *dot = home && *home ? xasprintf("%s/.newsboat", home) : NULL;
	if (!dir && dot && exists(dot))
		dir = dot;
	if (dir) {
		p->urls = xasprintf("%s/urls", dir);
		p->config = xasprintf("%s/config", dir);
		p->cache = xasprintf("%s/cache.db", dir);
		p->queue = xasprintf("%s/queue", dir);
	} else {
		const char *xc = getenv("XDG_CONFIG_HOME"), *xd = getenv("XDG_DATA_HOME");
		const char *h = home && *home ? home : ".";
		char *cdir = xc && *xc == '/' ? xasprintf("%s/newsboat", xc) : xasprintf("%s/.config/newsboat", h);
		char *ddir = xd && *xd == '/' ? xasprintf("%s/newsboat", xd) : xasprintf("%s/.local/share/newsboat", h);
		p->urls = xasprintf("%s/urls", cdir);
		p->config = xasprintf("%s/config", cdir);
		p->cache = xasprintf("%s/cache.db", ddir);
		p->queue = xasprintf("%s/queue", ddir); /* podboat's, next to the cache */
		free(cdir);
		free(ddir);
	}
	free(dot);
}

static void
paths_clear(struct nb_paths *p)
{
	free(p->urls);
	free(p->config);
	free(p->cache);
	free(p->queue);
}

static void
not_carried(const char *what, size_t lineno, const char *why, struct nb_tally *t)
{
	printf(_("not carried over: newsboat %s:%zu: %s\n"), what, lineno, why);
	t->skipped++;
}

/* A query:NAME:EXPR line: only when tidings reads the expression. */
static bool
query_ok(const struct urls_line *l, size_t lineno, struct nb_tally *t)
{
	const char *colon = strchr(l->url + strlen("query:"), ':');
	char *err = NULL;
	if (colon && store_filter_check(colon + 1, &err) == 0)
		return true;
	char *why = xasprintf(_("the query's expression: %s"), err ? err : _("no NAME:EXPRESSION"));
	not_carried("urls", lineno, why, t);
	free(why);
	free(err);
	return false;
}

/* newsboat's urls lines into ours (the same format). */
static int
import_urls(const struct cli_env *env, const char *path, struct nb_tally *t)
{
	struct urls nb = { 0 }, mine;
	char *err = NULL;
	int rc = urls_load(path, &nb, &err);
	if (rc == URLS_ERR) {
		rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	char *mine_path = cli_urls_path(env);
	rc = cli_load_urls(mine_path, &mine);
	bool loaded = rc == EXIT_OK;
	size_t added = 0;
	for (size_t i = 0; rc == EXIT_OK && i < nb.n; i++) {
		const struct urls_line *l = &nb.lines[i];
		if (l->kind == URLS_COMMENT || (l->kind == URLS_QUERY && !query_ok(l, i + 1, t)))
			continue;
		if (!urls_add(&mine, l->url, (const char *const *)l->tags, l->n_tags, l->title)) {
			t->known++;
			continue;
		}
		added++;
		if (l->kind == URLS_QUERY)
			t->queries++;
		else if (l->kind == URLS_EXEC || l->kind == URLS_FILTER)
			t->commands++;
		else
			t->feeds++;
	}
	if (rc == EXIT_OK && added)
		rc = cli_save_urls(mine_path, &mine);
	if (loaded)
		urls_free(&mine);
	urls_free(&nb);
	free(mine_path);
	return rc;
}

/* Translate newsboat's config; the lines that came, in out. */
static int
translate_config(const char *path, struct nb_conf *c, struct nb_tally *t)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return errno == ENOENT ? EXIT_OK : cli_fail(_("cannot open %s: %s"), path, strerror(errno));
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *why = NULL;
		size_t before = c->out.len;
		if (nb_conf_line(c, line, &why) != 0)
			not_carried("config", lineno, why, t);
		else if (c->out.len > before)
			t->lines++;
		free(why);
	}
	free(line);
	fclose(f);
	size_t before = c->out.len;
	nb_conf_finish(c);
	for (const char *p = buf_str(&c->out) + before; *p; p++)
		t->lines += *p == '\n';
	return EXIT_OK;
}

/* Append the lines to our config, after a comment saying where they
 * came from; the file is created when missing, never rewritten. */
static int
append_config(const struct cli_env *env, const char *from, const struct buf *lines)
{
	if (!lines->len)
		return EXIT_OK;
	char *path = cli_config_path(env);
	int rc = EXIT_OK;
	if (mkdir_parents(path) != 0) {
		rc = cli_fail(_("cannot create the directory of %s: %s"), path, strerror(errno));
		free(path);
		return rc;
	}
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	FILE *f = fd >= 0 ? fdopen(fd, "a") : NULL;
	if (!f) {
		rc = cli_fail(_("cannot write %s: %s"), path, strerror(errno));
		if (fd >= 0)
			close(fd);
		free(path);
		return rc;
	}
	struct stat st;
	char date[DATE_ISO_LEN] = "";
	date_format_iso((int64_t)time(NULL), date);
	/* a file that does not end its last line gets the newline first */
	if (fstat(fd, &st) == 0 && st.st_size > 0) {
		char last = '\n';
		if (pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
			fputc('\n', f);
		fputc('\n', f);
	}
	fprintf(f, "# imported from newsboat's %s on %s (tidings import --newsboat)\n", from, date);
	fputs(buf_str(lines), f);
	if (fflush(f) != 0 || fsync(fd) != 0)
		rc = cli_fail(_("cannot write %s: %s"), path, strerror(errno));
	fclose(f);
	free(path);
	return rc;
}

/* Read and flagged states from newsboat's cache: applied to the items we
 * have, kept for the ones a refresh will bring. */
static int
import_states(const struct cli_env *env, const char *path, struct nb_tally *t)
{
	if (!exists(path))
		return EXIT_OK;
	struct import_state_list l;
	char *err = NULL;
	if (store_newsboat_states(path, &l, &err) != STORE_OK) {
		int rc = cli_fail(_("cannot read newsboat's cache: %s"), err);
		free(err);
		return rc;
	}
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc == EXIT_OK) {
		if (store_import_states_add(s, &l, &t->applied) != STORE_OK)
			rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
		store_close(&s);
	}
	t->states = l.n;
	import_state_list_clear(&l);
	return rc;
}

/* podboat's download queue, with the files it has downloaded or begun. */
static int
import_queue(const struct cli_env *env, const char *path, struct nb_tally *t)
{
	if (!exists(path))
		return EXIT_OK;
	struct store *s;
	size_t skipped = 0;
	int rc = cli_open_store(env, &s);
	if (rc == EXIT_OK && newsboat_queue_import(s, path, &t->downloads, &skipped) != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	t->skipped += skipped;
	store_close(&s);
	return rc;
}

static void
summary(const struct nb_tally *t)
{
	size_t feeds = t->feeds + t->commands;
	printf(ngettext("%zu feed added (%zu of them commands: exec:/filter: run programs, check them), "
			"%zu query feeds, %zu already subscribed\n",
			"%zu feeds added (%zu of them commands: exec:/filter: run programs, check them), "
			"%zu query feeds, %zu already subscribed\n", feeds),
	       feeds, t->commands, t->queries, t->known);
	printf(ngettext("%zu config line carried over, %zu lines not (listed above)\n",
			"%zu config lines carried over, %zu lines not (listed above)\n", t->lines),
	       t->lines, t->skipped);
	printf(ngettext("%zu read or flagged article: %zu marked now, the rest when a refresh brings them\n",
			"%zu read or flagged articles: %zu marked now, the rest when a refresh brings them\n",
			t->states), t->states, t->applied);
	if (t->downloads)
		printf(ngettext("%zu download from podboat's queue\n", "%zu downloads from podboat's queue\n",
				t->downloads), t->downloads);
}

int
cli_import_newsboat(const struct cli_env *env, int argc, char **argv)
{
	if (argc > 2)
		return cli_usage_error(_("usage: tidings import --newsboat [DIR]"));
	struct nb_paths p;
	find_paths(argc == 2 ? argv[1] : NULL, &p);
	int rc = EXIT_OK;
	if (!exists(p.urls) && !exists(p.config) && !exists(p.cache))
		rc = cli_fail(_("no newsboat files found (%s, %s, %s)"), p.urls, p.config, p.cache);
	struct nb_tally t = { 0 };
	struct nb_conf c;
	nb_conf_init(&c);
	if (rc == EXIT_OK && exists(p.urls))
		rc = import_urls(env, p.urls, &t);
	if (rc == EXIT_OK)
		rc = translate_config(p.config, &c, &t);
	if (rc == EXIT_OK)
		rc = append_config(env, p.config, &c.out);
	if (rc == EXIT_OK)
		rc = import_states(env, p.cache, &t);
	if (rc == EXIT_OK)
		rc = import_queue(env, p.queue, &t);
	if (rc == EXIT_OK)
		summary(&t);
	nb_conf_clear(&c);
	paths_clear(&p);
	return rc == EXIT_OK ? cli_flush_stdout() : rc;
}
