/* store.c: opening the cache, its pragmas, errors, transactions and the statement cache. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/filter_int.h"
#include "store/internal.h"
#include "util/i18n.h"
#include "util/xalloc.h"
#include "util/xdg.h"

char *
store_default_path(void)
{
	return xdg_path(XDG_DATA, "cache.db");
}

const char *
store_error(const struct store *s)
{
	return s->err.len ? buf_str(&s->err) : _("no error");
}

int
store_failf(struct store *s, int status, const char *fmt, ...)
{
	va_list ap;
	buf_reset(&s->err);
	va_start(ap, fmt);
	buf_vprintf(&s->err, fmt, ap);
	va_end(ap);
	return status;
}

int
store_fail(struct store *s, int rc, const char *what)
{
	int primary = rc & 0xff;
	int status = primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? STORE_BUSY : STORE_ERR;
	if (status == STORE_BUSY)
		return store_failf(s, status, _("%s: the cache is locked by another tidings"), _(what));
	return store_failf(s, status, "%s: %s", _(what), sqlite3_errmsg(s->db));
}

sqlite3_stmt *
store_stmt(struct store *s, const char *sql)
{
	for (size_t i = 0; i < s->n_cache; i++) {
		if (s->cache[i].sql == sql) {
			sqlite3_reset(s->cache[i].st);
			sqlite3_clear_bindings(s->cache[i].st);
			return s->cache[i].st;
		}
	}
	sqlite3_stmt *st = NULL;
	unsigned flags = s->n_cache < STORE_STMT_CACHE ? SQLITE_PREPARE_PERSISTENT : 0;
	int rc = sqlite3_prepare_v3(s->db, sql, -1, flags, &st, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, N_("preparing a query"));
		return NULL;
	}
	if (s->n_cache == STORE_STMT_CACHE) {
		/* the cache is sized for every static statement we have; if it is
		 * ever too small, forget the oldest rather than leak */
		sqlite3_finalize(s->cache[0].st);
		memmove(s->cache, s->cache + 1, sizeof s->cache[0] * (STORE_STMT_CACHE - 1));
		s->n_cache--;
	}
	s->cache[s->n_cache].sql = sql;
	s->cache[s->n_cache].st = st;
	s->n_cache++;
	return st;
}

int
store_exec(struct store *s, const char *sql)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? STORE_OK : store_fail(s, rc, N_("writing the cache"));
}

int
store_step_done(struct store *s, sqlite3_stmt *st, const char *what)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	int status = rc == SQLITE_DONE ? STORE_OK : store_fail(s, rc, what);
	sqlite3_reset(st);
	return status;
}

void
store_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void
store_bind_date(sqlite3_stmt *st, int i, int64_t t)
{
	if (t == DATE_NONE)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, t);
}

char *
store_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrndup((const char *)t, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

int64_t
store_col_date(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? DATE_NONE : sqlite3_column_int64(st, i);
}

/* ---- transactions ----------------------------------------------------- */

int
store_begin(struct store *s)
{
	if (s->depth++ > 0)
		return STORE_OK;
	s->failed = false;
	int rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		s->depth = 0;
		return store_fail(s, rc, N_("starting a transaction"));
	}
	return STORE_OK;
}

void
store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->depth = 0;
	s->failed = false;
}

int
store_commit(struct store *s)
{
	if (s->depth <= 0)
		return store_failf(s, STORE_ERR, _("commit without a transaction"));
	if (--s->depth > 0)
		return STORE_OK;
	if (s->failed) {
		store_rollback(s);
		return store_failf(s, STORE_ERR, _("a step of the transaction failed; nothing was written"));
	}
	int rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int status = store_fail(s, rc, N_("committing"));
		store_rollback(s);
		return status;
	}
	return STORE_OK;
}

int
store_tx_end(struct store *s, int status)
{
	if (status == STORE_OK || status == STORE_NOT_FOUND || status == STORE_BAD_QUERY) {
		int rc = store_commit(s);
		return rc != STORE_OK ? rc : status;
	}
	if (s->depth > 1) {
		s->depth--;
		s->failed = true;
	} else {
		store_rollback(s); /* keeps the message of what failed */
	}
	return status;
}

int
store_set_memory(struct store *s, int kib)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", kib > 0 ? kib : 2048);
	return store_exec(s, sql);
}

int
store_data_version(struct store *s, int64_t *version)
{
	sqlite3_stmt *st = store_stmt(s, "PRAGMA data_version");
	if (!st)
		return STORE_ERR;
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, N_("reading the data version"));
	*version = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return STORE_OK;
}

/* ---- opening ---------------------------------------------------------- */

static int
pragmas(struct store *s)
{
	/* Pages of 16 KiB for a new cache (an existing one keeps its size): a
	 * refresh writes each page twice (to the WAL, then at the checkpoint),
	 * two system calls a page; at 4 KiB that was a quarter of the CPU time
	 * of a cold refresh (bench/refresh: 2.1 -> 1.8 CPU-s). Reads are no
	 * slower (bench/cache). */
	int status = store_exec(s, "PRAGMA page_size=16384");
	if (status != STORE_OK)
		return status;
	/* WAL: readers never block the writer, so a cron refresh and the UI
	 * run at once. synchronous=NORMAL in WAL: a commit appends to the WAL
	 * without fsync, the checkpoint fsyncs. A killed process loses nothing
	 * committed (the OS has the WAL); a power loss or OS crash may lose the
	 * last commits but never the cache's integrity. */
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode=WAL", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	const unsigned char *mode = rc == SQLITE_ROW ? sqlite3_column_text(st, 0) : NULL;
	bool wal = mode && strcmp((const char *)mode, "wal") == 0;
	sqlite3_finalize(st);
	if (!wal)
		return rc == SQLITE_ROW ? store_failf(s, STORE_ERR, _("the cache cannot use WAL mode"))
					: store_fail(s, rc, N_("opening the cache"));
	return store_exec(s, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
}

/* Open the connection and set it up; the schema is left to the caller. */
static int
connect(struct store *s, const char *path)
{
	if (mkdir_parents(path) != 0)
		return store_failf(s, STORE_ERR, _("cannot create the directory of %s: %s"), path,
				   strerror(errno));
	int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK)
		return store_failf(s, STORE_ERR, _("cannot open %s: %s"), path,
				   s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if (store_register_functions(s->db) != SQLITE_OK ||
	    store_register_filter_functions(s->db) != SQLITE_OK)
		return store_fail(s, SQLITE_ERROR, N_("registering functions"));
	return pragmas(s);
}

int
store_open(const char *path, struct store **out, char **err)
{
	struct store *s = xcalloc(1, sizeof *s);
	buf_init(&s->err, 4096);
	*out = NULL;
	*err = NULL;
	int status = connect(s, path);
	if (status == STORE_OK) {
		char *why = NULL;
		status = store_migrate(s->db, store_schema_latest, &why);
		if (status != STORE_OK) {
			store_failf(s, status, "%s: %s", path, why);
			free(why);
		}
	}
	if (status == STORE_OK)
		status = store_fts_check(s);

	if (status != STORE_OK) {
		*err = xstrdup(store_error(s));
		store_close(&s);
		return status;
	}
	*out = s;
	return STORE_OK;
}

void
store_close(struct store **sp)
{
	struct store *s = *sp;
	if (!s)
		return;
	store_checkpoints_here(s);
	if (s->depth > 0)
		store_rollback(s);
	for (size_t i = 0; i < s->n_cache; i++)
		sqlite3_finalize(s->cache[i].st);
	sqlite3_close(s->db);
	buf_free(&s->err);
	free(s);
	*sp = NULL;
}

/* ---- lists in one column ---------------------------------------------- */

char *
store_join_lines(const char *const *v, size_t n)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&b, '\n');
		for (const char *p = v[i]; *p; p++)
			buf_putc(&b, *p == '\n' ? ' ' : *p);
	}
	return buf_take(&b);
}

char **
store_split_lines(const char *text, size_t *n)
{
	*n = 0;
	if (!text || !*text)
		return NULL;
	size_t count = 1;
	for (const char *p = text; *p; p++)
		count += *p == '\n';
	char **v = xcalloc(count, sizeof *v);
	const char *start = text;
	for (const char *p = text;; p++) {
		if (*p == '\n' || *p == '\0') {
			v[(*n)++] = xstrndup(start, (size_t)(p - start));
			if (!*p)
				break;
			start = p + 1;
		}
	}
	return v;
}

void
store_free_lines(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
