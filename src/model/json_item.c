/* json_item.c: an item written as the JSON object DESIGN.md fixes for the parse contract. */
#include "config.h"

#include "model/json_item.h"
#include "util/date.h"

static void
write_enclosures(struct json_out *j, const struct item *it)
{
	json_arr_begin(j);
	for (size_t i = 0; i < it->n_enclosures; i++) {
		const struct enclosure *e = &it->enclosures[i];
		json_obj_begin(j);
		json_kv_str(j, "url", e->url);
		json_kv_str(j, "type", e->type);
		json_key(j, "length");
		if (e->length < 0)
			json_null(j);
		else
			json_int(j, e->length);
		json_obj_end(j);
	}
	json_arr_end(j);
}

void
json_write_item(struct json_out *j, const struct item *it)
{
	json_obj_begin(j);
	json_kv_str(j, "id", it->id);
	json_kv_str(j, "title", it->title);
	json_kv_str(j, "link", it->link);
	json_kv_str(j, "author", it->author);
	json_key(j, "published");
	json_date(j, it->published);
	json_key(j, "updated");
	json_date(j, it->updated);
	json_kv_str(j, "summary", it->summary);
	json_kv_str(j, "content", it->content);
	json_key(j, "enclosures");
	write_enclosures(j, it);
	json_key(j, "categories");
	json_arr_begin(j);
	for (size_t i = 0; i < it->n_categories; i++)
		json_str(j, it->categories[i]);
	json_arr_end(j);
	json_obj_end(j);
}
