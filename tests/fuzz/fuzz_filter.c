/* fuzz_filter.c: libFuzzer target for the filter language: an expression is refused with a reason, or is SQL that runs. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/filter.h"
#include "store/store.h"
#include "util/xalloc.h"

/*
 * The input is an expression (query lines, ignore rules, highlights). One
 * the checker takes must compile to SQL that the cache runs without an
 * error (the checker and the SQL must agree), over a cache made once.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *
cache(void)
{
	static struct store *s;
	if (s)
		return s;
	char dir[] = "/tmp/tidings-fuzz-filter.XXXXXX";
	if (!mkdtemp(dir))
		abort();
	char *path = xasprintf("%s/cache.db", dir);
	char *err = NULL;
	if (store_open(path, &s, &err) != STORE_OK)
		abort();
	free(path);
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *expr = xstrndup((const char *)data, size);
	char *err = NULL;
	if (store_filter_check(expr, &err) != 0) {
		if (!err)
			abort();
		free(err);
		free(expr);
		return 0;
	}
	struct store_query q = { .filter = expr };
	int64_t n = 0;
	int rc = store_count(cache(), &q, &n);
	if (rc != STORE_OK && rc != STORE_BAD_QUERY) {
		fprintf(stderr, "checked but failed: %s\n", store_error(cache()));
		abort();
	}
	free(expr);
	return 0;
}
