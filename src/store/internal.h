/* internal.h: what the files of src/store share and nobody else sees (the connection, statements). */
#ifndef TIDINGS_STORE_INTERNAL_H
#define TIDINGS_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "store/store.h"
#include "util/buf.h"

/* Prepared statements are cached by the address of their SQL text (a
 * static string in the file that uses it), so a loop of upserts prepares
 * each statement once. */
#define STORE_STMT_CACHE 48
/* How long a write waits for another connection's transaction: long
 * enough for a UI to wait out a cron refresh's (a batch of feeds, 250 ms
 * at most), short enough that a stuck lock is reported. */
#define BUSY_TIMEOUT_MS 10000

struct store {
	sqlite3 *db;
	int depth;          /* store_begin nesting */
	bool failed;        /* a nested step failed: the outer commit rolls back */
	struct buf err;     /* the last error, one line */
	struct {
		const char *sql;
		sqlite3_stmt *st;
	} cache[STORE_STMT_CACHE];
	size_t n_cache;
	struct store_ckpt *ckpt; /* checkpoints on another thread (checkpoint.c) */
};

/* A prepared statement for sql (a string with static storage), reset and
 * with its bindings cleared; NULL on failure (the error is recorded). */
sqlite3_stmt *store_stmt(struct store *s, const char *sql);
/* Record "what: sqlite's message" as the error; returns the status that
 * goes with rc (STORE_BUSY for SQLITE_BUSY/LOCKED, else STORE_ERR).
 * what is marked N_() by the caller and translated here. */
int store_fail(struct store *s, int rc, const char *what);
/* Record a message of our own; returns status. */
int store_failf(struct store *s, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Finish a transaction a store function began with store_begin: commit
 * unless status is a failure; on failure roll back (or, when nested in the
 * caller's transaction, mark it failed so its commit rolls back). Returns
 * status, or the commit's failure. */
int store_tx_end(struct store *s, int status);
/* Run SQL without results (several statements allowed). */
int store_exec(struct store *s, const char *sql);

/* Bind helpers: NULL strings and DATE_NONE dates bind as SQL NULL. */
void store_bind_text(sqlite3_stmt *st, int i, const char *s);
void store_bind_date(sqlite3_stmt *st, int i, int64_t t);
/* Column helpers: owned copies (NULL for SQL NULL), DATE_NONE for NULL dates. */
char *store_col_text(sqlite3_stmt *st, int i);
int64_t store_col_date(sqlite3_stmt *st, int i);

/* Step a statement that returns no rows (or whose rows do not matter);
 * what (marked N_()) names the step in an error. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *what);

/* Schema (schema.c). */
int store_schema_version(sqlite3 *db);
/* Bring db from its version to target (a step per version, each in its own
 * transaction). *err gets a line the caller frees on failure. */
int store_migrate(sqlite3 *db, int target, char **err);
extern const int store_schema_latest;

/* Search-index text (fts_text.c). */
#define STORE_FTS_TEXT_VERSION 1
/* Register the SQL functions the triggers call on this connection. */
int store_register_functions(sqlite3 *db);
/* Rebuild the search index when another STORE_FTS_TEXT_VERSION made it
 * (fts_index.c). */
int store_fts_check(struct store *s);
/* Append the indexed text of html to out. */
void store_html_text(struct buf *out, const char *html);
/* Append the body text indexed for an item: the text of its summary, then
 * of its content unless that only repeats the summary. False (nothing
 * appended) when it has neither: the index gets NULL. */
bool store_fts_body(struct buf *out, const char *summary, const char *content);

/* The FTS5 expression for what the user typed (search.c); NULL when
 * nothing searchable is left. Caller frees. */
char *store_fts_expr(const char *user_query);

/* A list row from a SELECT of i.id, i.feed_id, f.url, feed title,
 * i.title, i.link, i.author, published, i.date, i.read, i.flagged,
 * i.first_seen, i.enclosures (query.c). */
void store_read_row(sqlite3_stmt *st, struct store_row *r);

/* The enclosures column ("url TAB type TAB length" lines) into the item's
 * enclosures (item.c). */
void store_decode_enclosures(struct item *it, const char *text);

/* Lists kept in one column: items joined by '\n' (store.c). */
char *store_join_lines(const char *const *v, size_t n);
/* Split a column back; *n gets the count; NULL text gives NULL/0. */
char **store_split_lines(const char *text, size_t *n);
void store_free_lines(char **v, size_t n);

#endif
