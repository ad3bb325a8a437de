/* cli.h: the commands of the tidings binary (each in src/cli/tidings_NAME.c), their table, exit statuses and error lines. */
#ifndef TIDINGS_CLI_H
#define TIDINGS_CLI_H

/* Paths and switches that every subcommand may need (from global options). */
struct cli_env {
	const char *config; /* --config FILE, NULL: default location */
	const char *urls;   /* --urls FILE */
	const char *cache;  /* --cache FILE */
};

/* Exit statuses of the command-line contract. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli_command {
	const char *name;
	int (*run)(const struct cli_env *env, int argc, char **argv);
	const char *synopsis; /* untranslated; printed through gettext */
};

/* The table, terminated by a row with name NULL. */
extern const struct cli_command cli_commands[];

const struct cli_command *cli_find(const char *name);
/* Print "tidings: MESSAGE" on stderr and return EXIT_USAGE or EXIT_FAIL. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int cli_extract(const struct cli_env *env, int argc, char **argv);
int cli_parse(const struct cli_env *env, int argc, char **argv);
int cli_render(const struct cli_env *env, int argc, char **argv);
int cli_refresh(const struct cli_env *env, int argc, char **argv);
/* the cache (read, unread, flag and unflag: src/cli/tidings_mark.c) */
int cli_add(const struct cli_env *env, int argc, char **argv);
int cli_remove(const struct cli_env *env, int argc, char **argv);
int cli_feeds(const struct cli_env *env, int argc, char **argv);
int cli_items(const struct cli_env *env, int argc, char **argv);
int cli_show(const struct cli_env *env, int argc, char **argv);
int cli_read(const struct cli_env *env, int argc, char **argv);
int cli_unread(const struct cli_env *env, int argc, char **argv);
int cli_flag(const struct cli_env *env, int argc, char **argv);
int cli_unflag(const struct cli_env *env, int argc, char **argv);
int cli_import(const struct cli_env *env, int argc, char **argv);
/* `import --newsboat [DIR]` (src/cli/tidings_import_newsboat.c) */
int cli_import_newsboat(const struct cli_env *env, int argc, char **argv);
int cli_export(const struct cli_env *env, int argc, char **argv);
int cli_import_feed(const struct cli_env *env, int argc, char **argv);
int cli_share(const struct cli_env *env, int argc, char **argv);
/* podcasts: the download queue (tidings_enqueue.c, tidings_downloads.c, tidings_download.c) */
int cli_enqueue(const struct cli_env *env, int argc, char **argv);
int cli_downloads(const struct cli_env *env, int argc, char **argv);
int cli_download(const struct cli_env *env, int argc, char **argv);
/* the interface (src/cli/tidings_tui.c) and running its actions headless (src/cli/tidings_x.c) */
int cli_tui(const struct cli_env *env, int argc, char **argv);
int cli_x(const struct cli_env *env, int argc, char **argv);
/* the configuration (src/cli/tidings_check_config.c, src/cli/tidings_dump_config.c) */
int cli_check_config(const struct cli_env *env, int argc, char **argv);
int cli_dump_config(const struct cli_env *env, int argc, char **argv);
/* words for shell completion (src/cli/tidings_complete.c) */
int cli_complete(const struct cli_env *env, int argc, char **argv);

#endif
