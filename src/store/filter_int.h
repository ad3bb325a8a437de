/* filter_int.h: the filter language's syntax tree and its SQL, shared by filter.c, filter_sql.c and query.c. */
#ifndef TIDINGS_FILTER_INT_H
#define TIDINGS_FILTER_INT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "store/filter.h"
#include "util/buf.h"

enum ftype { FT_STR, FT_TAGS, FT_NUM, FT_BOOL, FT_TEXT };

enum fattr {
	FA_TITLE, FA_AUTHOR, FA_LINK, FA_FEED, FA_FEEDURL, FA_TAGS, FA_AGE, FA_UNREAD,
	FA_FLAGGED, FA_TEXT, FA_COUNT
};

enum fop { FO_EQ, FO_NE, FO_MATCH, FO_NMATCH, FO_HAS, FO_NHAS, FO_LT, FO_GT, FO_LE, FO_GE,
	   FO_BETWEEN };

enum fkind { FN_AND, FN_OR, FN_NOT, FN_CMP };

struct filter_node {
	enum fkind kind;
	struct filter_node *a, *b; /* AND/OR: both; NOT: a */
	enum fattr attr;           /* CMP */
	enum fop op;
	char *str;                 /* the value as written (unquoted) */
	int64_t num, num2;         /* numbers and yes/no (1/0); between: num..num2 */
};

/* The attribute's type and SQL over items i and feeds f. */
enum ftype filter_attr_type(enum fattr a);

int filter_parse(const char *expr, struct filter_node **out, char **err);
void filter_free(struct filter_node **n);

/* A compiled expression: SQL text over items i CROSS JOIN feeds f, with
 * parameters :f1, :f2 ... bound by filter_bind. */
struct filter_param {
	char *text; /* NULL: num */
	int64_t num;
};
struct filter_sql {
	struct buf sql;
	struct filter_param *p;
	size_t n;
};

/* Parse and compile expr; STORE_OK, or STORE_BAD_QUERY with the store's
 * error saying why. out is always safe to free. */
int store_filter_compile(struct store *s, const char *expr, struct filter_sql *out);
void filter_bind(sqlite3_stmt *st, const struct filter_sql *f);
void filter_sql_free(struct filter_sql *f);

/* tidings_regexp(pattern, text) on this connection. */
int store_register_filter_functions(sqlite3 *db);

#endif
