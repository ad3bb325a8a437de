/* open.c: choosing and running the browser for a link: argv with the link as one element, never a shell. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/i18n.h"
#include "util/open.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

static const char *
var(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

void
open_env_get(struct open_env *e, const char *browser_setting)
{
	e->browser = browser_setting;
	e->browser_var = var("BROWSER");
	e->display = var("DISPLAY");
	e->wayland_display = var("WAYLAND_DISPLAY");
	e->ssh_connection = var("SSH_CONNECTION");
	e->ssh_tty = var("SSH_TTY");
}

/* Schemes a browser (or xdg-open's handler) may get from a feed: others
 * (file:, javascript:, custom app handlers) could do more than show a page. */
static bool
scheme_ok(const char *url, unsigned flags)
{
	static const char *const safe[] = { "http", "https", "mailto", "ftp", "gopher", "gemini" };
	size_t n = url_scheme_len(url);
	if (n == 0)
		return false;
	if (flags & OPEN_ANY_SCHEME)
		return true;
	for (size_t i = 0; i < sizeof safe / sizeof safe[0]; i++)
		if (strlen(safe[i]) == n && str_starts_with_ci(url, safe[i]))
			return true;
	return false;
}

char **
open_argv(const char *entry, const char *url, const char **why)
{
	return spawn_split_fill(entry, 's', url, why);
}

static bool
in_path(const char *prog)
{
	const char *path = var("PATH");
	if (!path)
		path = "/usr/bin:/bin";
	while (*path) {
		size_t n = strcspn(path, ":");
		char *f = xasprintf("%.*s/%s", (int)n, n ? path : ".", prog);
		bool found = access(f, X_OK) == 0;
		free(f);
		if (found)
			return true;
		path += n + (path[n] == ':');
	}
	return false;
}

static void
plan_add(struct open_plan *p, char **argv)
{
	p->argv = xreallocarray(p->argv, p->n + 1, sizeof *p->argv);
	p->argv[p->n++] = argv;
}

/* Each ':'-separated entry of $BROWSER; entries that do not split are skipped. */
static void
plan_browser_var(struct open_plan *p, const char *list, const char *url)
{
	while (*list) {
		size_t n = strcspn(list, ":");
		char *entry = xstrndup(list, n);
		const char *why;
		char **argv = str_blank(entry) ? NULL : open_argv(entry, url, &why);
		if (argv)
			plan_add(p, argv);
		free(entry);
		list += n + (list[n] == ':');
	}
}

int
open_plan(const char *url, const struct open_env *env, unsigned flags, struct open_plan *p,
	  char **err)
{
	memset(p, 0, sizeof *p);
	if (!url || !scheme_ok(url, flags)) {
		*err = xasprintf(_("not a link that can be opened: %s"), url ? url : "");
		return OPEN_BAD_URL;
	}
	const char *why = NULL;
	if (env->browser && !str_blank(env->browser)) {
		char **argv = open_argv(env->browser, url, &why);
		if (!argv) {
			*err = xasprintf(_("the browser setting: %s"), _(why));
			return OPEN_FAILED;
		}
		plan_add(p, argv);
	} else if (env->browser_var && !str_blank(env->browser_var)) {
		plan_browser_var(p, env->browser_var, url);
	}
	if (p->n) {
		p->terminal = true;
		return OPEN_OK;
	}
	bool display = env->display || env->wayland_display;
	if (display && in_path("xdg-open")) {
		char **argv = xcalloc(3, sizeof *argv);
		argv[0] = xstrdup("xdg-open");
		argv[1] = xstrdup(url); /* xdg-open takes no "--"; a scheme comes first */
		plan_add(p, argv);
		return OPEN_OK;
	}
	if (!display && (env->ssh_connection || env->ssh_tty))
		return OPEN_NO_DISPLAY;
	return OPEN_NO_BROWSER;
}

void
open_plan_clear(struct open_plan *p)
{
	for (size_t i = 0; i < p->n; i++)
		spawn_argv_free(&p->argv[i]);
	FREE_AND_NULL(p->argv);
	p->n = 0;
}

static char *
describe_exit(const char *prog, int status)
{
	if (WIFEXITED(status))
		return xasprintf(_("%s exited with status %d"), prog, WEXITSTATUS(status));
	return xasprintf(_("%s was killed by signal %d"), prog, WTERMSIG(status));
}

int
open_run(const struct open_plan *p, struct spawn_child *bg, char **err)
{
	char *last = NULL;
	bg->pid = -1;
	bg->out = bg->err = -1;
	for (size_t i = 0; i < p->n; i++) {
		struct spawn_child ch;
		int flags = p->terminal ? SPAWN_KEEP_TTY : SPAWN_GROUP;
		int rc = spawn_start(p->argv[i], -1, flags, &ch);
		free(last);
		if (rc != 0) {
			last = xasprintf(_("cannot run %s: %s"), p->argv[i][0], strerror(rc));
			continue;
		}
		if (!p->terminal) {
			*bg = ch;
			return OPEN_OK;
		}
		int status = spawn_wait(&ch);
		if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
			return OPEN_OK;
		last = describe_exit(p->argv[i][0], status);
	}
	*err = last ? last : xstrdup(_("no browser to run"));
	return OPEN_FAILED;
}
