/* conf_lines.c: the config lines of scripting: unbind, macro, run-on-new, ignore, query (feed and color have their files). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/actions.h"
#include "cmd/conf_lines.h"
#include "cmd/confscan.h"
#include "cmd/keys.h"
#include "store/filter.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/xalloc.h"

static char **
copy_words(char **w, int n)
{
	char **v = xcalloc((size_t)n + 1, sizeof *v);
	for (int i = 0; i < n; i++)
		v[i] = xstrdup(w[i]);
	return v;
}

static void
push_bind(struct options *o, char **words, enum opt_bind_kind kind)
{
	o->bind = xreallocarray(o->bind, o->n_bind + 1, sizeof *o->bind);
	o->bind[o->n_bind++] = (struct opt_bind){ words, kind, NULL };
}

int
conf_unbind(struct options *o, char **w, int n, char **err)
{
	int off = n == 2 ? 1 : 0;
	if (n == 2 && key_ctx_find(w[0]) < 0) {
		*err = xasprintf(_("unknown context '%s' (global, feeds, headlines, article, links, "
				   "share, search, help, errors)"), w[0]);
		return -1;
	}
	int keys[KEY_SEQ_MAX];
	if (key_parse_seq(w[off], keys) < 0) {
		*err = xasprintf(_("unknown key '%s'"), w[off]);
		return -1;
	}
	push_bind(o, copy_words(w, n), BIND_UNBIND);
	return 0;
}

/* Each command of a macro must name an action and give it what it takes. */
static int
check_command(const char *cmd, char **err)
{
	const char *why = NULL;
	char **w = spawn_split(cmd, &why);
	if (!w) {
		*err = strcmp(why, "empty command") == 0 ? xstrdup(_("an empty command between ';'"))
							  : xstrdup(_(why));
		return -1;
	}
	int n = 0;
	while (w[n])
		n++;
	int id = action_find(w[0]);
	int rc = 0;
	if (id < 0) {
		*err = xasprintf(_("unknown action '%s'"), w[0]);
		rc = -1;
	} else if (n - 1 < action_table[id].min_args || n - 1 > action_table[id].max_args) {
		*err = xasprintf(_("action '%s' takes %d to %d arguments"), w[0],
				 action_table[id].min_args, action_table[id].max_args);
		rc = -1;
	}
	spawn_argv_free(&w);
	return rc;
}

/* macro [CONTEXT] KEY ACTION [ARG...]; ACTION ... : a binding of the
 * action `do` whose arguments are the commands. */
int
conf_macro(struct options *o, const char *rest, char **err)
{
	const char *why = NULL;
	char **head = spawn_split(rest, &why);
	int nhead = 0;
	while (head && head[nhead])
		nhead++;
	int ctx_words = nhead >= 1 && key_ctx_find(head[0]) >= 0 && nhead >= 3 ? 1 : 0;
	int ncmd = 0;
	char **cmds = NULL;
	int rc = -1;
	if (nhead < 2 + ctx_words) {
		*err = xstrdup(_("usage: macro [CONTEXT] KEY ACTION [ARG...]; ACTION [ARG...] ..."));
		goto out;
	}
	cmds = conf_split_at(conf_skip_words(rest, 1 + ctx_words), ';', &ncmd);
	for (int i = 0; i < ncmd; i++)
		if (check_command(cmds[i], err) != 0)
			goto out;
	if (ncmd > action_table[A_DO].max_args) {
		*err = xasprintf(_("a macro runs at most %d commands"), action_table[A_DO].max_args);
		goto out;
	}
	/* the words a bind line would have: [CONTEXT] KEY do CMD... */
	char **words = xcalloc((size_t)(ctx_words + 2 + ncmd + 1), sizeof *words);
	int k = 0;
	for (int i = 0; i <= ctx_words; i++)
		words[k++] = xstrdup(head[i]);
	words[k++] = xstrdup("do");
	for (int i = 0; i < ncmd; i++)
		words[k++] = xstrdup(cmds[i]);
	struct keymap scratch;
	keymap_init(&scratch);
	rc = keymap_bind_words(&scratch, words, k, err);
	keymap_clear(&scratch);
	if (rc == 0)
		push_bind(o, words, BIND_MACRO);
	else
		spawn_argv_free(&words);
out:
	spawn_argv_free(&head);
	spawn_argv_free(&cmds);
	return rc;
}

int
conf_run_on_new(struct options *o, char **w, int n, char **err)
{
	(void)err;
	spawn_argv_free(&o->run_on_new);
	o->run_on_new = copy_words(w, n);
	return 0;
}

/* The expression after some words: the rest of the line, or the one
 * quoted word it is (newsboat writes ignore-article "*" "title =~ \"x\""). */
static char *
expression(const char *rest)
{
	const char *why = NULL;
	char **w = spawn_split(rest, &why);
	char *expr = w && !w[1] && (*rest == '"' || *rest == '\'') ? xstrdup(w[0]) : xstrdup(rest);
	spawn_argv_free(&w);
	return expr;
}

static int
check_expr(const char *expr, char **err)
{
	char *why = NULL;
	if (store_filter_check(expr, &why) == 0)
		return 0;
	*err = xasprintf(_("bad expression: %s"), why);
	free(why);
	return -1;
}

int
conf_ignore(struct options *o, const char *rest, char **err)
{
	const char *why = NULL;
	char **w = spawn_split(rest, &why);
	int n = 0;
	while (w && w[n])
		n++;
	int rc = -1;
	char *expr = n >= 2 ? expression(conf_skip_words(rest, 1)) : NULL;
	if (!expr)
		*err = xstrdup(_("usage: ignore FEED-PATTERN EXPRESSION"));
	else if (check_expr(expr, err) == 0) {
		o->ignore = xreallocarray(o->ignore, o->n_ignore + 1, sizeof *o->ignore);
		o->ignore[o->n_ignore++] = (struct opt_ignore){ xstrdup(w[0]), expr };
		expr = NULL;
		rc = 0;
	}
	free(expr);
	spawn_argv_free(&w);
	return rc;
}

int
conf_query_add(struct options *o, const char *name, const char *expr, bool from_urls, char **err)
{
	if (!*name || strchr(name, ':')) {
		*err = xasprintf(_("a query's name cannot be empty or hold ':' ('%s')"), name);
		return -1;
	}
	if (check_expr(expr, err) != 0)
		return -1;
	for (size_t i = 0; i < o->n_query; i++) {
		if (strcmp(o->query[i].name, name) == 0) { /* a later line wins */
			free(o->query[i].expr);
			o->query[i].expr = xstrdup(expr);
			o->query[i].from_urls = from_urls;
			return 0;
		}
	}
	o->query = xreallocarray(o->query, o->n_query + 1, sizeof *o->query);
	o->query[o->n_query++] = (struct opt_query){ xstrdup(name), xstrdup(expr), from_urls };
	return 0;
}

int
conf_query(struct options *o, const char *rest, char **err)
{
	const char *why = NULL;
	char **w = spawn_split(rest, &why);
	int rc = -1;
	if (!w || !w[1])
		*err = xstrdup(_("usage: query NAME EXPRESSION"));
	else {
		char *expr = expression(conf_skip_words(rest, 1));
		rc = conf_query_add(o, w[0], expr, false, err);
		free(expr);
	}
	spawn_argv_free(&w);
	return rc;
}

const struct opt_query *
conf_query_find(const struct options *o, const char *name)
{
	for (size_t i = 0; i < o->n_query; i++)
		if (strcmp(o->query[i].name, name) == 0)
			return &o->query[i];
	return NULL;
}

void
options_clear_scripting(struct options *o)
{
	FREE_AND_NULL(o->color);
	o->n_color = 0;
	spawn_argv_free(&o->run_on_new);
	for (size_t i = 0; i < o->n_ignore; i++) {
		free(o->ignore[i].pattern);
		free(o->ignore[i].expr);
	}
	FREE_AND_NULL(o->ignore);
	o->n_ignore = 0;
	for (size_t i = 0; i < o->n_query; i++) {
		free(o->query[i].name);
		free(o->query[i].expr);
	}
	FREE_AND_NULL(o->query);
	o->n_query = 0;
	for (size_t i = 0; i < o->n_feed; i++) {
		free(o->feed[i].pattern);
		free(o->feed[i].name);
		free(o->feed[i].value);
	}
	FREE_AND_NULL(o->feed);
	o->n_feed = 0;
}
