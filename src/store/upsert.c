/* upsert.c: storing a refreshed feed's items: stable keys, in-place updates, one transaction per feed. */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/internal.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

#define DAY (24 * 60 * 60)

/* FNV-1a, 64 bits: enough to tell items of one feed apart and to notice
 * that an item changed; not a defence against a feed forging collisions
 * (a feed can only confuse its own items). */
#define FNV_OFFSET UINT64_C(0xcbf29ce484222325)
#define FNV_PRIME UINT64_C(0x100000001b3)

static uint64_t
fnv_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* A string and its absence hash differently, and fields cannot run into
 * each other. */
static uint64_t
fnv_str(uint64_t h, const char *s)
{
	unsigned char tag = s ? 1 : 0;
	h = fnv_bytes(h, &tag, 1);
	return s ? fnv_bytes(h, s, strlen(s) + 1) : h;
}

/* The change-detection hash reads eight bytes a step (FNV's byte loop was
 * a tenth of a cold refresh). Only compared with itself, never a key. */
static uint64_t
mix_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	const uint64_t m = UINT64_C(0x9E3779B97F4A7C15);
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, b, 8);
		h = (h ^ w) * m;
		h ^= h >> 29;
		b += 8;
		n -= 8;
	}
	uint64_t tail = n;
	for (size_t i = 0; i < n; i++)
		tail = (tail << 8) | b[i];
	h = (h ^ tail) * m;
	return h ^ (h >> 32);
}

static uint64_t
mix_str(uint64_t h, const char *s)
{
	/* absent and empty differ, and fields cannot run into each other */
	return s ? mix_bytes(h, s, strlen(s)) + 1 : mix_bytes(h, "", 0);
}

static uint64_t
mix_int(uint64_t h, int64_t v)
{
	return mix_bytes(h, &v, sizeof v);
}

/* The item's key within its feed: its guid, else its link, else a hash of
 * what it says. The prefixes keep a guid from meeting a link. */
static char *
item_key(const struct item *it)
{
	if (!str_blank(it->id))
		return xasprintf("g:%s", it->id);
	if (!str_blank(it->link))
		return xasprintf("l:%s", it->link);
	uint64_t h = fnv_str(fnv_str(fnv_str(FNV_OFFSET, it->title), it->summary), it->content);
	return xasprintf("h:%016" PRIx64, h);
}

static void
put_field(struct buf *b, const char *s)
{
	for (; s && *s; s++)
		buf_putc(b, *s == '\t' || *s == '\n' ? ' ' : *s);
}

static void
put_enclosure(struct buf *b, const struct enclosure *e)
{
	if (b->len)
		buf_putc(b, '\n');
	put_field(b, e->url);
	buf_putc(b, '\t');
	put_field(b, e->type);
	buf_printf(b, "\t%" PRId64, e->length);
}

/* Enclosures in one column: a line each, "url TAB type TAB length": the
 * item's own, else its Media RSS audio or video (a podcast that names its
 * episode in both would otherwise be downloaded twice). */
static char *
encode_enclosures(const struct item *it)
{
	if (!it->n_enclosures && !it->n_media)
		return NULL;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < it->n_enclosures; i++)
		put_enclosure(&b, &it->enclosures[i]);
	if (!it->n_enclosures)
		put_enclosure(&b, &it->media[0]);
	return buf_take(&b);
}

static char *
encode_categories(const struct item *it)
{
	if (!it->n_categories)
		return NULL;
	return store_join_lines((const char *const *)it->categories, it->n_categories);
}

/* What an item's row holds besides its state, encoded once per upsert. */
struct payload {
	char *key;
	char *enclosures;
	char *categories;
	int64_t hash;
};

static void
payload_make(struct payload *p, const struct item *it)
{
	p->key = item_key(it);
	p->enclosures = encode_enclosures(it);
	p->categories = encode_categories(it);
	uint64_t h = FNV_OFFSET;
	h = mix_str(h, it->id);
	h = mix_str(h, it->title);
	h = mix_str(h, it->link);
	h = mix_str(h, it->author);
	h = mix_int(h, it->published);
	h = mix_int(h, it->updated);
	h = mix_str(h, it->summary);
	h = mix_str(h, it->content);
	h = mix_str(h, p->enclosures);
	h = mix_str(h, p->categories);
	p->hash = (int64_t)h;
}

static void
payload_free(struct payload *p)
{
	free(p->key);
	free(p->enclosures);
	free(p->categories);
}

/* The sort date: what the item says, else when we first saw it; a date in
 * the future would pin the item to the top, so it counts as first seen. */
static int64_t
sort_date(const struct item *it, int64_t first_seen)
{
	int64_t d = it->published != DATE_NONE ? it->published : it->updated;
	return d == DATE_NONE || d > first_seen + DAY ? first_seen : d;
}

/* Bind text that outlives the statement's step (the item and payload do):
 * SQLite reads it in place instead of copying it first. */
static void
bind_static(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Bind the payload columns ?1..?11 shared by insert and update. */
static void
bind_payload(sqlite3_stmt *st, const struct item *it, const struct payload *p)
{
	bind_static(st, 1, it->id);
	bind_static(st, 2, it->title);
	bind_static(st, 3, it->link);
	bind_static(st, 4, it->author);
	store_bind_date(st, 5, it->published);
	store_bind_date(st, 6, it->updated);
	bind_static(st, 7, it->summary);
	bind_static(st, 8, it->content);
	bind_static(st, 9, p->enclosures);
	bind_static(st, 10, p->categories);
	sqlite3_bind_int64(st, 11, p->hash);
}

static int
insert_item(struct store *s, int64_t feed_id, const struct item *it, const struct payload *p,
	    int64_t now)
{
	static const char sql[] =
		"INSERT INTO items(guid, title, link, author, published, updated, summary,"
		" content, enclosures, categories, hash, feed_id, key, first_seen, date)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	bind_payload(st, it, p);
	sqlite3_bind_int64(st, 12, feed_id);
	bind_static(st, 13, p->key);
	sqlite3_bind_int64(st, 14, now);
	sqlite3_bind_int64(st, 15, sort_date(it, now));
	return store_step_done(s, st, N_("storing an item"));
}

static int
update_item(struct store *s, int64_t id, const struct item *it, const struct payload *p,
	    int64_t first_seen)
{
	static const char sql[] =
		"UPDATE items SET guid = ?1, title = ?2, link = ?3, author = ?4, published = ?5,"
		" updated = ?6, summary = ?7, content = ?8, enclosures = ?9, categories = ?10,"
		" hash = ?11, date = ?12 WHERE id = ?13";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	bind_payload(st, it, p);
	sqlite3_bind_int64(st, 12, sort_date(it, first_seen));
	sqlite3_bind_int64(st, 13, id);
	return store_step_done(s, st, N_("updating an item"));
}

/* A tombstone the feed still carries: note it (at most once a day, so a
 * refresh of an unchanged feed stays nearly free). */
static int
touch_tombstone(struct store *s, int64_t id, int64_t seen, int64_t now)
{
	static const char sql[] = "UPDATE items SET seen = ?1 WHERE id = ?2";
	if (seen != DATE_NONE && seen > now - DAY)
		return STORE_OK;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, now);
	sqlite3_bind_int64(st, 2, id);
	return store_step_done(s, st, N_("updating an item"));
}

/* Look the key up and insert, update or leave the row. */
static int
upsert(struct store *s, int64_t feed_id, const struct item *it, const struct payload *p,
       int64_t now, enum store_change *what)
{
	static const char sql[] = "SELECT id, hash, deleted, seen, first_seen FROM items"
				  " WHERE feed_id = ?1 AND key = ?2";
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, feed_id);
	store_bind_text(st, 2, p->key);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		int status = store_fail(s, rc, N_("looking up an item"));
		sqlite3_reset(st);
		return status;
	}
	bool found = rc == SQLITE_ROW;
	int64_t id = found ? sqlite3_column_int64(st, 0) : 0;
	int64_t hash = found ? sqlite3_column_int64(st, 1) : 0;
	bool deleted = found && sqlite3_column_int(st, 2);
	int64_t seen = found ? store_col_date(st, 3) : DATE_NONE;
	int64_t first_seen = found ? sqlite3_column_int64(st, 4) : now;
	sqlite3_reset(st);
	*what = STORE_ITEM_SAME;
	if (!found) {
		*what = STORE_ITEM_NEW;
		return insert_item(s, feed_id, it, p, now);
	}
	if (deleted)
		return touch_tombstone(s, id, seen, now);
	if (hash == p->hash)
		return STORE_OK;
	*what = STORE_ITEM_CHANGED;
	return update_item(s, id, it, p, first_seen);
}

/* New items count in the feed's total and unread (schema step 6: not a
 * trigger, so that inserting a row needs no statement journal). */
static int
count_new(struct store *s, int64_t feed_id, size_t added)
{
	static const char sql[] =
		"UPDATE feeds SET total = total + ?1, unread = unread + ?1 WHERE id = ?2";
	if (added == 0)
		return STORE_OK;
	sqlite3_stmt *st = store_stmt(s, sql);
	if (!st)
		return STORE_ERR;
	sqlite3_bind_int64(st, 1, (int64_t)added);
	sqlite3_bind_int64(st, 2, feed_id);
	return store_step_done(s, st, N_("storing an item"));
}

static int
upsert_one(struct store *s, int64_t feed_id, const struct item *it, int64_t now,
	   enum store_change *what)
{
	struct payload p;
	payload_make(&p, it);
	int status = upsert(s, feed_id, it, &p, now, what);
	payload_free(&p);
	return status;
}

int
store_upsert_item(struct store *s, int64_t feed_id, const struct item *it, int64_t now,
		  enum store_change *what)
{
	enum store_change dummy;
	if (!what)
		what = &dummy;
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = upsert_one(s, feed_id, it, now, what);
	if (status == STORE_OK && *what == STORE_ITEM_NEW)
		status = count_new(s, feed_id, 1);
	return store_tx_end(s, status);
}

/* The writes of store_apply_feed, inside its transaction. */
static int
apply_steps(struct store *s, int64_t feed_id, const struct feed_info *info,
	    const struct item *items, size_t n, const struct store_retention *r,
	    const struct store_fetch *f, struct store_update_stats *st)
{
	int64_t now = f ? f->time : (int64_t)time(NULL);
	int status = info ? store_feed_set_info(s, feed_id, info) : STORE_OK;
	for (size_t i = 0; i < n && status == STORE_OK; i++) {
		enum store_change what;
		status = upsert_one(s, feed_id, &items[i], now, &what);
		if (status == STORE_OK) {
			st->added += what == STORE_ITEM_NEW;
			st->changed += what == STORE_ITEM_CHANGED;
			st->same += what == STORE_ITEM_SAME;
		}
	}
	if (status == STORE_OK)
		status = count_new(s, feed_id, st->added);
	if (status == STORE_OK && r)
		status = store_prune(s, feed_id, r, now, &st->dropped);
	if (status == STORE_OK && f)
		status = store_feed_record_fetch(s, feed_id, f);
	return status;
}

int
store_apply_feed(struct store *s, int64_t feed_id, const struct feed_info *info,
		 const struct item *items, size_t n, const struct store_retention *r,
		 const struct store_fetch *f, struct store_update_stats *st)
{
	struct store_update_stats dummy;
	if (!st)
		st = &dummy;
	memset(st, 0, sizeof *st);
	int status = store_begin(s);
	if (status != STORE_OK)
		return status;
	status = apply_steps(s, feed_id, info, items, n, r, f, st);
	/* a feed that is gone is a failure here: nothing of it may stay */
	if (status == STORE_NOT_FOUND)
		status = STORE_ERR;
	status = store_tx_end(s, status);
	if (status != STORE_OK)
		memset(st, 0, sizeof *st);
	return status;
}
