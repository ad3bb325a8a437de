/* sync.c: making the cache's feed list follow the subscriptions (urls) file. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "store/urls.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* A feed as the cache has it, and whether the file still names it. */
struct have {
	int64_t id;
	char *url;
	char *title; /* user_title */
	char *tags;
	char *options; /* per-feed settings, "name=value" lines */
	int position;
	bool subscribed;
	bool matched;
};

struct have_list {
	struct have *v;
	size_t n;
};

static int
cmp_have(const void *a, const void *b)
{
	return strcmp(((const struct have *)a)->url, ((const struct have *)b)->url);
}

static void
have_free(struct have_list *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].url);
		free(h->v[i].title);
		free(h->v[i].tags);
		free(h->v[i].options);
	}
	free(h->v);
}

/* Every feed of the cache, sorted by url for lookups. */
static int
load_have(struct store *s, struct have_list *h)
{
	static const char sql[] =
		"SELECT id, url, user_title, tags, position, subscribed, options FROM feeds";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (h->n == cap) {
			cap = cap ? cap * 2 : 64;
			h->v = xreallocarray(h->v, cap, sizeof *h->v);
		}
		struct have *f = &h->v[h->n++];
		f->id = sqlite3_column_int64(st, 0);
		f->url = store_col_text(st, 1);
		f->title = store_col_text(st, 2);
		f->tags = store_col_text(st, 3);
		f->position = sqlite3_column_int(st, 4);
		f->subscribed = sqlite3_column_int(st, 5) != 0;
		f->options = store_col_text(st, 6);
		f->matched = false;
	}
	int status = rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, N_("reading the feed list"));
	sqlite3_reset(st);
	if (h->n)
		qsort(h->v, h->n, sizeof *h->v, cmp_have);
	return status;
}

static bool
same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Make the feed of one urls line agree with it (adding it if needed). */
static int
apply_line(struct store *s, struct have_list *h, const struct urls *u, const struct urls_line *l,
	   int position, bool *begun)
{
	static const char sql[] =
		"INSERT INTO feeds(url, user_title, tags, position, subscribed, options)"
		" VALUES (?1, ?2, ?3, ?4, 1, ?5) ON CONFLICT(url) DO UPDATE SET"
		" user_title = ?2, tags = ?3, position = ?4, subscribed = 1, options = ?5";
	struct have key = { .url = l->url };
	struct have *f = h->n ? bsearch(&key, h->v, h->n, sizeof *h->v, cmp_have) : NULL;
	/* the same source twice: the first line counts */
	if (f ? f->matched : urls_find(u, l->url) != l)
		return STORE_OK;
	char *tags = store_join_lines((const char *const *)l->tags, l->n_tags);
	char *opts = l->n_options ? store_join_lines((const char *const *)l->options, l->n_options)
				  : NULL;
	int status = STORE_OK;
	if (!f || !f->subscribed || f->position != position || !same_str(f->title, l->title) ||
	    !same_str(f->tags ? f->tags : "", tags) || !same_str(f->options, opts)) {
		if (!*begun && (status = store_begin(s)) == STORE_OK)
			*begun = true;
		sqlite3_stmt *st = status == STORE_OK ? store_stmt(s, sql) : NULL;
		if (st) {
			store_bind_text(st, 1, l->url);
			store_bind_text(st, 2, l->title);
			store_bind_text(st, 3, tags);
			sqlite3_bind_int(st, 4, position);
			store_bind_text(st, 5, opts);
			status = store_step_done(s, st, N_("adding a feed"));
		} else if (status == STORE_OK) {
			status = STORE_ERR;
		}
	}
	if (f)
		f->matched = true;
	free(tags);
	free(opts);
	return status;
}

/* Hide the feeds the file no longer names. */
static int
unsubscribe_rest(struct store *s, struct have_list *h, bool *begun)
{
	static const char sql[] = "UPDATE feeds SET subscribed = 0 WHERE id = ?";
	int status = STORE_OK;
	for (size_t i = 0; i < h->n && status == STORE_OK; i++) {
		if (h->v[i].matched || !h->v[i].subscribed)
			continue;
		if (!*begun && (status = store_begin(s)) == STORE_OK)
			*begun = true;
		sqlite3_stmt *st = status == STORE_OK ? store_stmt(s, sql) : NULL;
		if (!st)
			return STORE_ERR;
		sqlite3_bind_int64(st, 1, h->v[i].id);
		status = store_step_done(s, st, N_("hiding a feed"));
	}
	return status;
}

int
store_sync_urls(struct store *s, const struct urls *u)
{
	struct have_list h = { NULL, 0 };
	bool begun = false;
	int status = load_have(s, &h);
	int position = 0;
	for (size_t i = 0; i < u->n && status == STORE_OK; i++) {
		const struct urls_line *l = &u->lines[i];
		if (urls_is_feed(l->kind))
			status = apply_line(s, &h, u, l, position++, &begun);
	}
	if (status == STORE_OK)
		status = unsubscribe_rest(s, &h, &begun);
	have_free(&h);
	/* the first read ran outside a transaction: a writer in between only
	 * means the next sync finds less to do */
	return begun ? store_tx_end(s, status) : status;
}
