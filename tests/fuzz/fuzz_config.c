/* fuzz_config.c: libFuzzer target for the config language: every line kind, and --dump-config reading back as itself. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/confdump.h"
#include "cmd/conffile.h"
#include "cmd/keys.h"
#include "cmd/options.h"
#include "util/buf.h"
#include "util/xalloc.h"

/*
 * The input is config text, a line at a time. A line is taken or refused
 * with a reason; then what --dump-config writes for the result must read
 * back line by line without a complaint and dump to the same text (the
 * dump is the configuration in the language itself).
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each line into o; bad ones need their reason. */
static void
read_lines(const char *text, struct options *o, bool must_take)
{
	char *copy = xstrdup(text);
	for (char *line = copy, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *err = NULL;
		int rc = conf_line(line, o, &err);
		if ((rc != 0 && !err) || (rc != 0 && must_take))
			abort();
		free(err);
	}
	free(copy);
}

static char *
dump(struct options *o)
{
	struct keymap km;
	keymap_init(&km);
	keymap_load_defaults(&km);
	keymap_apply(&km, o);
	struct buf out = BUF_INIT;
	conf_dump(o, &km, &out);
	keymap_clear(&km);
	return buf_take(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* lines of text: a NUL ends the input as it ends a C string */
	char *text = xstrndup((const char *)data, size);
	struct options a, b;
	options_init(&a);
	options_init(&b);
	read_lines(text, &a, false);
	char *first = dump(&a);
	read_lines(first, &b, true);
	char *second = dump(&b);
	if (strcmp(first, second) != 0)
		abort();
	free(first);
	free(second);
	free(text);
	options_clear(&a);
	options_clear(&b);
	return 0;
}
