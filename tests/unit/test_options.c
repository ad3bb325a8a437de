/* test_options.c: the settings table and the config reader (`set NAME VALUE`, bad lines reported). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/conffile.h"
#include "cmd/options.h"
#include "tap.h"
#include "util/buf.h"

static void
collect(void *ctx, const char *msg)
{
	buf_printf(ctx, "%s\n", msg);
}

static void
test_defaults(void)
{
	struct options o;
	options_init(&o);
	is_int(options_num(&o, OPT_MAX_CONNECTIONS), 16, "max-connections defaults to 16");
	is_int(options_num(&o, OPT_MAX_HOST_CONNECTIONS), 4, "max-host-connections to 4");
	is_int(options_num(&o, OPT_MAX_BODY_SIZE), 32 << 20, "max-body-size to 32 MiB");
	is_str(options_str(&o, OPT_PROXY), NULL, "proxy empty");
	for (size_t i = 0; i < OPT_COUNT; i++)
		ok(opt_table[i].name && opt_table[i].help && *opt_table[i].help, "row %zu has a name and help", i);
	options_clear(&o);
}

static void
test_lines(void)
{
	static const struct { const char *line; int rc; const char *err; } rows[] = {
		{ "", 0, NULL },
		{ "   # a comment", 0, NULL },
		{ "set max-connections 64", 0, NULL },
		{ "set max-body-size 512K", 0, NULL },
		{ "set user-agent \"my reader/1.0\"", 0, NULL },
		{ "set proxy ''", 0, NULL },
		{ "set max-connections", -1, "'set' takes 2 arguments, not 1 (set NAME VALUE)" },
		{ "set max-connections many", -1, "max-connections wants a number, not 'many'" },
		{ "set max-connections 0", -1, "max-connections must be between 1 and 1024" },
		{ "set max-body-size 3X", -1, "max-body-size wants a size like 512K or 32M, not '3X'" },
		{ "set nonsense 1", -1, "unknown setting 'nonsense'" },
		{ "frobnicate", -1, "unknown command 'frobnicate'" },
		{ "set user-agent 'open", -1, "unterminated quote" },
		{ "bind j down", 0, NULL },
	};
	struct options o;
	options_init(&o);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *err = NULL;
		int rc = conf_line(rows[i].line, &o, &err);
		is_int(rc, rows[i].rc, "[%s] returns %d", rows[i].line, rows[i].rc);
		is_str(err, rows[i].err, "[%s] message", rows[i].line);
		free(err);
	}
	is_int(options_num(&o, OPT_MAX_CONNECTIONS), 64, "a good line sets the value");
	is_int(options_num(&o, OPT_MAX_BODY_SIZE), 512 * 1024, "sizes take K");
	is_str(options_str(&o, OPT_USER_AGENT), "my reader/1.0", "quoted values keep blanks");
	options_clear(&o);
}

static void
test_file(void)
{
	char path[] = "/tmp/tidings-conf.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs("set max-connections 8\nset bogus 1\n\nset total-timeout x\nset keep-days 30\n", f);
	fclose(f);
	struct options o;
	options_init(&o);
	struct buf msgs = BUF_INIT;
	int bad = conf_load(path, true, &o, collect, &msgs);
	is_int(bad, 2, "two bad lines counted");
	is_str(buf_str(&msgs), "config:2: unknown setting 'bogus'\n"
			       "config:4: total-timeout wants a number, not 'x'\n",
	       "each bad line reported with its number");
	is_int(options_num(&o, OPT_MAX_CONNECTIONS), 8, "lines before a bad one load");
	is_int(options_num(&o, OPT_KEEP_DAYS), 30, "lines after a bad one load");
	unlink(path);
	buf_reset(&msgs);
	is_int(conf_load(path, false, &o, collect, &msgs), 0, "a missing default file is fine");
	is_int(conf_load(path, true, &o, collect, &msgs), -1, "a missing explicit file is not");
	buf_free(&msgs);
	options_clear(&o);
}

int
main(void)
{
	test_defaults();
	test_lines();
	test_file();
	return tap_done();
}
