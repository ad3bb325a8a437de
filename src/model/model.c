/* model.c: constructors and destructors for the parse -> store structs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "util/xalloc.h"

const char *
feed_format_name(enum feed_format f)
{
	switch (f) {
	case FORMAT_RSS20: return "rss2.0";
	case FORMAT_RSS10: return "rss1.0";
	case FORMAT_RSS09X: return "rss0.9x";
	case FORMAT_ATOM10: return "atom1.0";
	case FORMAT_ATOM03: return "atom0.3";
	case FORMAT_JSONFEED: return "jsonfeed";
	case FORMAT_UNKNOWN: break;
	}
	return NULL;
}

void
item_init(struct item *it)
{
	memset(it, 0, sizeof *it);
	it->published = DATE_NONE;
	it->updated = DATE_NONE;
}

void
item_clear(struct item *it)
{
	free(it->id);
	free(it->title);
	free(it->link);
	free(it->author);
	free(it->summary);
	free(it->content);
	for (size_t i = 0; i < it->n_enclosures; i++) {
		free(it->enclosures[i].url);
		free(it->enclosures[i].type);
	}
	free(it->enclosures);
	for (size_t i = 0; i < it->n_media; i++) {
		free(it->media[i].url);
		free(it->media[i].type);
	}
	free(it->media);
	for (size_t i = 0; i < it->n_categories; i++)
		free(it->categories[i]);
	free(it->categories);
	item_init(it);
}

void
item_add_enclosure(struct item *it, char *url, char *type, int64_t length)
{
	it->enclosures = xreallocarray(it->enclosures, it->n_enclosures + 1, sizeof *it->enclosures);
	it->enclosures[it->n_enclosures++] = (struct enclosure){ url, type, length };
}

void
item_add_media(struct item *it, char *url, char *type, int64_t length)
{
	it->media = xreallocarray(it->media, it->n_media + 1, sizeof *it->media);
	it->media[it->n_media++] = (struct enclosure){ url, type, length };
}

static size_t
len_of(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

size_t
item_bytes(const struct item *it)
{
	size_t n = sizeof *it + len_of(it->id) + len_of(it->title) + len_of(it->link) +
		   len_of(it->author) + len_of(it->summary) + len_of(it->content);
	for (size_t i = 0; i < it->n_enclosures; i++)
		n += sizeof *it->enclosures + len_of(it->enclosures[i].url) + len_of(it->enclosures[i].type);
	for (size_t i = 0; i < it->n_media; i++)
		n += sizeof *it->media + len_of(it->media[i].url) + len_of(it->media[i].type);
	for (size_t i = 0; i < it->n_categories; i++)
		n += sizeof *it->categories + len_of(it->categories[i]);
	return n;
}

void
item_add_category(struct item *it, char *term)
{
	it->categories = xreallocarray(it->categories, it->n_categories + 1, sizeof *it->categories);
	it->categories[it->n_categories++] = term;
}

void
feed_info_init(struct feed_info *f)
{
	memset(f, 0, sizeof *f);
}

void
feed_info_clear(struct feed_info *f)
{
	free(f->title);
	free(f->link);
	free(f->description);
	feed_info_init(f);
}
