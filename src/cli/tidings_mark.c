/* tidings_mark.c: `tidings read|unread|flag|unflag ID...`: four faces of one state change. */
#include "config.h"

#include <stdlib.h>

#include "cli/item_id.h"
#include "cli/open_store.h"
#include "util/i18n.h"
#include "util/xalloc.h"

enum mark { MARK_READ, MARK_UNREAD, MARK_FLAG, MARK_UNFLAG };

/* Every id is checked before anything changes (bad usage changes nothing);
 * then all are marked in one transaction, and unknown ids are reported. */
static int
mark(const struct cli_env *env, int argc, char **argv, enum mark how)
{
	static const char *const names[] = { "read", "unread", "flag", "unflag" };
	if (argc < 2)
		return cli_usage_error(_("usage: tidings %s ID..."), names[how]);
	int64_t *ids = xcalloc((size_t)argc, sizeof *ids);
	for (int i = 1; i < argc; i++)
		if (cli_parse_id(argv[i], &ids[i]) != 0) {
			free(ids);
			return cli_usage_error(_("'%s' is not an item id"), argv[i]);
		}
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK) {
		free(ids);
		return rc;
	}
	int st = store_begin(s);
	for (int i = 1; i < argc && st == STORE_OK; i++) {
		if (how == MARK_READ || how == MARK_UNREAD)
			st = store_item_set_read(s, ids[i], how == MARK_READ);
		else
			st = store_item_set_flagged(s, ids[i], how == MARK_FLAG);
		if (st == STORE_NOT_FOUND) {
			rc = cli_fail(_("no item %lld"), (long long)ids[i]);
			st = STORE_OK;
		}
	}
	st = st == STORE_OK ? store_commit(s) : (store_rollback(s), st);
	if (st != STORE_OK)
		rc = cli_fail(_("cannot update the cache: %s"), store_error(s));
	store_close(&s);
	free(ids);
	return rc;
}

int
cli_read(const struct cli_env *env, int argc, char **argv)
{
	return mark(env, argc, argv, MARK_READ);
}

int
cli_unread(const struct cli_env *env, int argc, char **argv)
{
	return mark(env, argc, argv, MARK_UNREAD);
}

int
cli_flag(const struct cli_env *env, int argc, char **argv)
{
	return mark(env, argc, argv, MARK_FLAG);
}

int
cli_unflag(const struct cli_env *env, int argc, char **argv)
{
	return mark(env, argc, argv, MARK_UNFLAG);
}
