/* fuzz_newsboat.c: libFuzzer target for newsboat's config lines turned into ours (import --newsboat). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/conffile.h"
#include "cmd/newsboat_conf.h"
#include "cmd/options.h"
#include "util/xalloc.h"

/*
 * The input is a newsboat config, a line at a time. A line is carried over
 * or refused with a reason, and every line of tidings' config it makes
 * (also at the end: the proxy, auto-reload, podboat's paths) must read
 * back without a complaint.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_output(const char *text)
{
	char *copy = xstrdup(text);
	struct options o;
	options_init(&o);
	for (char *line = copy, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *err = NULL;
		if (conf_line(line, &o, &err) != 0)
			abort();
	}
	options_clear(&o);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xstrndup((const char *)data, size);
	struct nb_conf c;
	nb_conf_init(&c);
	for (char *line = text, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *why = NULL;
		if (nb_conf_line(&c, line, &why) != 0 && !why)
			abort();
		free(why);
	}
	nb_conf_finish(&c);
	check_output(buf_str(&c.out));
	nb_conf_clear(&c);
	free(text);
	return 0;
}
