/* complete.c: candidates for the word under the cursor of a command line, from the action and settings tables. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/actions.h"
#include "cmd/complete.h"
#include "cmd/confscan.h"
#include "util/spawn.h"
#include "util/xalloc.h"

static void
add(struct completion *c, const char *word, const char *prefix)
{
	if (strncmp(word, prefix, strlen(prefix)) != 0)
		return;
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i], word) == 0)
			return;
	c->v = xreallocarray(c->v, c->n + 2, sizeof *c->v);
	c->v[c->n++] = xstrdup(word);
	c->v[c->n] = NULL;
}

/* "a|b|c" words */
static void
add_list(struct completion *c, const char *list, const char *prefix)
{
	while (list && *list) {
		const char *e = strchr(list, '|');
		char *w = e ? xstrndup(list, (size_t)(e - list)) : xstrdup(list);
		add(c, w, prefix);
		free(w);
		list = e ? e + 1 : NULL;
	}
}

static void
actions(struct completion *c, const char *prefix)
{
	for (int i = 0; i < A_COUNT; i++)
		add(c, action_table[i].name, prefix);
}

/* The values a setting takes. */
static void
setting_values(struct completion *c, const char *name, const char *prefix)
{
	const struct opt_def *d = options_find(name);
	if (!d)
		return;
	if (d->type == OPT_BOOL)
		add_list(c, "yes|no", prefix);
	else if (d->choices)
		add_list(c, d->choices, prefix);
	else
		add(c, d->def, prefix);
}

/* Candidates for word number idx (0: the action) after the words w. */
static void
candidates(struct completion *c, char **w, int idx, const char *prefix, const struct options *o)
{
	(void)o;
	if (idx == 0) {
		actions(c, prefix);
		return;
	}
	int id = w[0] ? action_find(w[0]) : -1;
	if (id == A_SET && idx == 1)
		for (int i = 0; i < OPT_COUNT; i++)
			add(c, opt_table[i].name, prefix);
	else if (id == A_SET && idx == 2 && w[1])
		setting_values(c, w[1], prefix);
	else if (id == A_HELP || id == A_DO)
		actions(c, prefix);
	else if ((id == A_EXEC || id == A_PIPE) && idx == 1)
		add_list(c, id == A_EXEC ? "-q|-w|-o|-b" : "-q|-w|-o", prefix);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
common_prefix(char *const *v, size_t n)
{
	if (n == 0)
		return xstrdup("");
	size_t len = strlen(v[0]);
	for (size_t i = 1; i < n; i++) {
		size_t k = 0;
		while (k < len && v[i][k] == v[0][k])
			k++;
		len = k;
	}
	return xstrndup(v[0], len);
}

void
complete_line(const char *line, size_t cur, const struct options *o, struct completion *out)
{
	memset(out, 0, sizeof *out);
	char *head = xstrndup(line, cur);
	/* the word being typed starts after the last blank outside quotes */
	int idx = 0;
	out->start = conf_last_word(head, &idx);
	const char *last = head + out->start;
	const char *why = NULL;
	char **w = idx > 0 ? spawn_split(head, &why) : NULL;
	candidates(out, w ? w : (char *[]){ NULL }, idx, last, o);
	spawn_argv_free(&w);
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, cmp_str);
	out->common = common_prefix(out->v, out->n);
	free(head);
}

void
completion_clear(struct completion *c)
{
	spawn_argv_free(&c->v);
	free(c->common);
	memset(c, 0, sizeof *c);
}
