/* fuzz_opml.c: libFuzzer target for OPML import (untrusted subscription lists). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/opml.h"
#include "parse/parse.h"

/*
 * Whatever the document, opml_parse returns a list or a reason, and every
 * outline has a URL and no tag that starts with '~' or '!' (the urls file
 * gives those a meaning) or is empty.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	if (!ready) {
		parse_init();
		ready = true;
	}
	struct opml o;
	const char *why = NULL;
	if (opml_parse((const char *)data, size, &o, &why) != 0) {
		if (!why)
			abort();
		return 0;
	}
	for (size_t i = 0; i < o.n; i++) {
		if (!o.v[i].url)
			abort();
		for (size_t k = 0; k < o.v[i].n_tags; k++) {
			const char *t = o.v[i].tags[k];
			if (!t || !*t || t[0] == '~' || t[0] == '!')
				abort();
		}
	}
	opml_free(&o);
	return 0;
}
