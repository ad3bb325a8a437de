/* item_json.c: an article of the cache as JSON, with its enclosures and the files downloaded from them. */
#include "config.h"

#include <stdlib.h>

#include "cmd/item_json.h"
#include "store/downloads.h"

static void
enclosures(struct json_out *j, struct store *s, const struct store_row *r)
{
	json_key(j, "enclosures");
	json_arr_begin(j);
	for (size_t i = 0; i < r->n_enclosures; i++) {
		const struct enclosure *e = &r->enclosures[i];
		char *path = NULL;
		store_download_file(s, e->url, &path);
		json_obj_begin(j);
		json_kv_str(j, "url", e->url);
		json_kv_str(j, "type", e->type);
		json_key(j, "length");
		if (e->length < 0)
			json_null(j);
		else
			json_int(j, e->length);
		json_kv_str(j, "path", path);
		json_obj_end(j);
		free(path);
	}
	json_arr_end(j);
}

void
item_json_row(struct json_out *j, struct store *s, const struct store_row *r, bool feed_title)
{
	json_obj_begin(j);
	json_kv_int(j, "id", r->id);
	json_kv_str(j, "feed", r->feed_url);
	if (feed_title)
		json_kv_str(j, "feed_title", r->feed_title);
	json_kv_str(j, "title", r->title);
	json_kv_str(j, "link", r->link);
	json_kv_str(j, "author", r->author);
	json_key(j, "published");
	json_date(j, r->published);
	json_kv_bool(j, "read", r->read);
	json_kv_bool(j, "flagged", r->flagged);
	enclosures(j, s, r);
	json_obj_end(j);
}
