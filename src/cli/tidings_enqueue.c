/* tidings_enqueue.c: `tidings enqueue ID...`: queue the enclosures of items for download. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/item_id.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "download/download.h"
#include "util/i18n.h"

/* "ID: N queued" a line each; a refused or missing one on stderr. */
static int
enqueue(struct store *s, int argc, char **argv)
{
	int rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		int64_t id;
		size_t added = 0;
		char *err = NULL;
		if (cli_parse_id(argv[i], &id) != 0) {
			rc = cli_usage_error(_("'%s' is not an article id"), argv[i]);
			continue;
		}
		if (download_enqueue_item(s, id, &added, &err) != 0) {
			/* TRANSLATORS: "ID: what went wrong" */
			rc = cli_fail(_("%lld: %s"), (long long)id, err);
			free(err);
		}
		/* TRANSLATORS: "ID: N queued (enclosures of the article)" */
		printf(ngettext("%lld: %zu queued\n", "%lld: %zu queued\n", added), (long long)id, added);
	}
	return rc;
}

int
cli_enqueue(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(_("usage: tidings enqueue ID..."));
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	rc = enqueue(s, argc, argv);
	store_close(&s);
	int out = cli_flush_stdout();
	return rc != EXIT_OK ? rc : out;
}
