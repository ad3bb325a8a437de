/* conffile.c: the config reader: `set NAME VALUE` today; bind/macro/color join the verb table later. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/conffile.h"
#include "cmd/keys.h"
#include "cmd/share.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/xalloc.h"

#define CONF_LINE_MAX 8192

struct verb {
	const char *name;
	int min_args, max_args;
	int (*run)(struct options *o, char **args, int n, char **err);
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

/* Verbs a later part of tidings reads; until then they are accepted and
 * ignored so a config written for it does not shout. */
static int
verb_later(struct options *o, char **args, int n, char **err)
{
	(void)o; (void)args; (void)n; (void)err;
	return 0;
}

static const struct verb verbs[] = {
	{ "bind", 2, 34, verb_bind },
	{ "color", 3, 8, verb_later },
	{ "macro", 2, 64, verb_later },
	{ "run-on-new", 1, 1, verb_later },
	{ "set", 2, 2, verb_set },
	{ "share", 2, 2, verb_share },
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

int
conf_line(const char *line, struct options *o, char **err)
{
	const char *s = line;
	while (str_is_space(*s))
		s++;
	if (!*s || *s == '#')
		return 0;
	const char *why = NULL;
	char **w = spawn_split(s, &why);
	if (!w) {
		*err = xstrdup(_(why));
		return -1;
	}
	int n = 0;
	while (w[n])
		n++;
	int rc = -1;
	const struct verb *v = NULL;
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (strcmp(verbs[i].name, w[0]) == 0)
			v = &verbs[i];
	if (!v)
		*err = xasprintf(_("unknown command '%s'"), w[0]);
	else if (n - 1 < v->min_args || n - 1 > v->max_args)
		*err = xasprintf(_("'%s' takes %d to %d arguments, not %d"), v->name, v->min_args,
				 v->max_args, n - 1);
	else
		rc = v->run(o, w + 1, n - 1, err);
	spawn_argv_free(&w);
	return rc;
}

int
conf_load(const char *path, bool explicit_path, struct options *o, conf_warn_fn *warn, void *ctx)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		if (errno == ENOENT && !explicit_path)
			return 0;
		char *msg = xasprintf("%s: %s", path, strerror(errno));
		warn(ctx, msg);
		free(msg);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int bad = 0, lineno = 0;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		char *err = NULL;
		if (len > CONF_LINE_MAX)
			err = xstrdup(_("line too long"));
		else if (conf_line(line, o, &err) == 0)
			continue;
		char *msg = xasprintf("config:%d: %s", lineno, err);
		warn(ctx, msg);
		free(msg);
		free(err);
		bad++;
	}
	free(line);
	fclose(f);
	return bad;
}
