/* json_out.h: a small streaming JSON writer (output only; input uses json-c). */
#ifndef TIDINGS_JSON_OUT_H
#define TIDINGS_JSON_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "util/buf.h"

#define JSON_OUT_DEPTH 32

/* Writes into out; when fp is set, the text is flushed to fp as it grows so
 * that a long array of items never sits in memory whole. */
struct json_out {
	struct buf out;
	FILE *fp;
	int depth;
	bool first[JSON_OUT_DEPTH];
	bool after_key;
};

void json_out_init(struct json_out *j, FILE *fp);
void json_obj_begin(struct json_out *j);
void json_obj_end(struct json_out *j);
void json_arr_begin(struct json_out *j);
void json_arr_end(struct json_out *j);
void json_key(struct json_out *j, const char *key);
/* A string value; NULL writes null. Invalid UTF-8 becomes U+FFFD. */
void json_str(struct json_out *j, const char *s);
void json_strn(struct json_out *j, const char *s, size_t n);
void json_int(struct json_out *j, long long v);
void json_bool(struct json_out *j, bool v);
void json_null(struct json_out *j);
/* A date (epoch seconds) as "YYYY-MM-DDTHH:MM:SSZ", or null for DATE_NONE. */
void json_date(struct json_out *j, int64_t t);
/* Key and value in one call. */
void json_kv_str(struct json_out *j, const char *key, const char *s);
void json_kv_int(struct json_out *j, const char *key, long long v);
void json_kv_bool(struct json_out *j, const char *key, bool v);
/* Write what is buffered to fp (no-op without fp). Returns 0 or -1 on a write error. */
int json_out_flush(struct json_out *j);
/* Flush, release; returns 0 or -1 when writing failed. */
int json_out_finish(struct json_out *j);
/* Escape s as a JSON string literal (with quotes) into b. */
void json_escape(struct buf *b, const char *s, size_t n);

#endif
