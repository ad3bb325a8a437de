/* jsonfeed.c: JSON Feed (jsonfeed.org) documents -> items. */
#include "config.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/htmltext.h"
#include "parse/jsonfeed.h"
#include "util/i18n.h"
#include "util/date.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

/* A JSON document is held whole by json-c; this caps how big it may be. */
#define JSON_MAX_BYTES (64u * 1024 * 1024)

struct jsonfeed {
	struct parse_sink sink;
	const char *opt_base;
	json_tokener *tok;
	json_object *root;
	size_t bytes;
	bool failed;
	char why[160];
};

struct jsonfeed *
jsonfeed_new(const struct parse_opts *opts, const struct parse_sink *sink)
{
	struct jsonfeed *j = xcalloc(1, sizeof *j);
	j->sink = *sink;
	j->opt_base = opts->base_url;
	j->tok = json_tokener_new_ex(64);
	if (!j->tok) {
		fputs("tidings: out of memory\n", stderr);
		exit(EXIT_FAILURE);
	}
	return j;
}

void
jsonfeed_free(struct jsonfeed **jp)
{
	struct jsonfeed *j = *jp;
	if (!j)
		return;
	json_tokener_free(j->tok);
	if (j->root)
		json_object_put(j->root);
	free(j);
	*jp = NULL;
}

static void
fail(struct jsonfeed *j, const char *why)
{
	if (!j->failed)
		snprintf(j->why, sizeof j->why, "%s", why);
	j->failed = true;
}

void
jsonfeed_push(struct jsonfeed *j, const char *s, size_t n)
{
	if (j->failed || j->root || n == 0)
		return;
	j->bytes += n;
	if (j->bytes > JSON_MAX_BYTES) {
		fail(j, N_("JSON document too large"));
		return;
	}
	while (n > 0 && !j->root && !j->failed) {
		int part = n > (1u << 30) ? (1 << 30) : (int)n;
		j->root = json_tokener_parse_ex(j->tok, s, part);
		enum json_tokener_error e = json_tokener_get_error(j->tok);
		if (!j->root && e != json_tokener_continue)
			fail(j, json_tokener_error_desc(e));
		s += part;
		n -= (size_t)part;
	}
}

static const char *
get_str(json_object *o, const char *key)
{
	json_object *v;
	if (!o || !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	const char *s = json_object_get_string(v);
	return str_blank(s) ? NULL : s;
}

static char *
dup_plain(const char *s)
{
	return s ? str_collapse_ws(xstrdup(s)) : NULL;
}

/* The first author's name: 1.1's "authors" array or 1.0's "author". */
static const char *
author_of(json_object *o)
{
	json_object *v;
	if (json_object_object_get_ex(o, "authors", &v) && json_object_is_type(v, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			const char *n = get_str(json_object_array_get_idx(v, i), "name");
			if (n)
				return n;
		}
	}
	if (json_object_object_get_ex(o, "author", &v))
		return get_str(v, "name");
	return NULL;
}

static void
item_dates(struct item *it, json_object *o)
{
	int64_t t;
	if (date_parse(get_str(o, "date_published"), &t) == 0)
		it->published = t;
	if (date_parse(get_str(o, "date_modified"), &t) == 0)
		it->updated = t;
}

static void
item_lists(struct item *it, json_object *o, const char *base)
{
	json_object *v;
	if (json_object_object_get_ex(o, "tags", &v) && json_object_is_type(v, json_type_array))
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			json_object *t = json_object_array_get_idx(v, i);
			if (json_object_is_type(t, json_type_string) && !str_blank(json_object_get_string(t)))
				item_add_category(it, dup_plain(json_object_get_string(t)));
		}
	if (json_object_object_get_ex(o, "attachments", &v) && json_object_is_type(v, json_type_array))
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			json_object *a = json_object_array_get_idx(v, i), *size;
			const char *url = get_str(a, "url");
			if (!url)
				continue;
			int64_t len = -1;
			if (json_object_object_get_ex(a, "size_in_bytes", &size) &&
			    json_object_is_type(size, json_type_int))
				len = json_object_get_int64(size);
			item_add_enclosure(it, url_join(base, url), xstrdup_or_null(get_str(a, "mime_type")), len);
		}
}

static void
item_body(struct item *it, json_object *o)
{
	const char *html = get_str(o, "content_html");
	const char *text = get_str(o, "content_text");
	const char *summary = get_str(o, "summary");
	if (html) {
		it->content = xstrdup(html);
	} else if (text) {
		struct buf b = BUF_INIT;
		html_escape(&b, text, strlen(text));
		it->content = buf_take(&b);
	}
	if (summary) {
		struct buf b = BUF_INIT;
		html_escape(&b, summary, strlen(summary));
		it->summary = buf_take(&b);
	}
}

static int
emit_item(struct jsonfeed *j, json_object *o, const struct feed_info *feed, const char *author)
{
	struct item it;
	json_object *id;
	const char *base = j->opt_base ? j->opt_base : feed->link;
	item_init(&it);
	if (json_object_object_get_ex(o, "id", &id) && !json_object_is_type(id, json_type_null) &&
	    !json_object_is_type(id, json_type_object) && !json_object_is_type(id, json_type_array))
		it.id = dup_plain(json_object_get_string(id));
	it.title = dup_plain(get_str(o, "title"));
	const char *url = get_str(o, "url");
	it.link = url ? url_join(base, url) : NULL;
	const char *a = author_of(o);
	it.author = dup_plain(a ? a : author);
	item_dates(&it, o);
	item_body(&it, o);
	item_lists(&it, o, base);
	int rc = j->sink.item ? j->sink.item(j->sink.ctx, feed, &it) : 0;
	item_clear(&it);
	return rc;
}

int
jsonfeed_finish(struct jsonfeed *j, struct feed_info *feed, const char **why)
{
	feed_info_init(feed);
	*why = j->why;
	if (!j->failed && !j->root)
		fail(j, N_("not a feed (JSON document ends early)"));
	if (j->failed)
		return PARSE_NOT_FEED;
	const char *version = get_str(j->root, "version");
	json_object *items;
	if (!version || !strstr(version, "jsonfeed.org") ||
	    !json_object_object_get_ex(j->root, "items", &items) ||
	    !json_object_is_type(items, json_type_array)) {
		fail(j, N_("not a feed (JSON without a JSON Feed version and items)"));
		return PARSE_NOT_FEED;
	}
	feed->format = FORMAT_JSONFEED;
	feed->title = dup_plain(get_str(j->root, "title"));
	const char *home = get_str(j->root, "home_page_url");
	feed->link = home ? url_join(j->opt_base, home) : NULL;
	feed->description = xstrdup_or_null(get_str(j->root, "description"));
	const char *author = author_of(j->root);
	for (size_t i = 0; i < json_object_array_length(items); i++) {
		json_object *o = json_object_array_get_idx(items, i);
		if (json_object_is_type(o, json_type_object) && emit_item(j, o, feed, author) != 0)
			return PARSE_STOPPED;
	}
	return PARSE_OK;
}
