/* tidings_x.c: `tidings -x ACTION...`: run actions from the action table without the interface, printing their result. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/item_id.h"
#include "cli/output.h"
#include "cli/refresh_run.h"
#include "cli/session.h"
#include "cli/subscribe_print.h"
#include "cmd/actions.h"
#include "cmd/urls_conf.h"
#include "download/download.h"
#include "util/i18n.h"
#include "util/xalloc.h"

struct headless {
	struct session *s;
	bool failed;
};

static void
say(void *ctx, enum msg_level level, const char *text)
{
	struct headless *h = ctx;
	if (level == MSG_ERROR) {
		h->failed = true;
		fprintf(stderr, "tidings: %s\n", text);
	} else {
		printf("%s\n", text);
		fflush(stdout); /* before what a program run by exec writes */
	}
}

/* A refresh run to its end, printed as `tidings refresh` prints it. */
static int
refresh(void *ctx, int64_t feed_id, bool due_only)
{
	struct headless *h = ctx;
	struct refresh_spec spec = { .cache_path = h->s->cache_path, .urls_path = h->s->urls_path,
				     .feed_id = feed_id, .due_only = due_only };
	if (cli_run_refresh(h->s->store, &h->s->opts, &spec, false) == EXIT_OK)
		return 0;
	h->failed = true;
	return -1;
}

/* Subscribe as `tidings add` does, then fetch the feed, as the interface
 * does after `a`. */
static int
subscribe(void *ctx, int argc, char **argv)
{
	struct headless *h = ctx;
	int64_t id = 0;
	if (cli_subscribe(&h->s->opts, h->s->store, h->s->urls_path, argc, argv, true, &id) != EXIT_OK) {
		h->failed = true;
		return -1;
	}
	return id ? refresh(h, id, false) : 0;
}

/* Queued only: nothing here waits for a download (the interface, or
 * tidings download, fetches them). */
static int
enqueue(void *ctx, int64_t item_id)
{
	struct headless *h = ctx;
	size_t added = 0;
	char *err = NULL;
	int rc = download_enqueue_item(h->s->store, item_id, &added, &err);
	if (err)
		say(h, MSG_ERROR, err);
	free(err);
	if (added) {
		char *line = xasprintf(ngettext("%zu queued; tidings download fetches it",
						"%zu queued; tidings download fetches them", added), added);
		say(h, MSG_INFO, line);
		free(line);
	} else if (rc == 0) {
		say(h, MSG_INFO, _("already in the download queue"));
	}
	return rc;
}

/* --item ID and --feed URL|query:NAME: what the actions act on (the
 * interface's selection). Returns the index of the first action, or -1
 * (said). */
static int
selection(struct session *s, int argc, char **argv, struct action_env *env, struct store_query *q)
{
	int i = 1;
	for (; i + 1 < argc && (strcmp(argv[i], "--item") == 0 || strcmp(argv[i], "--feed") == 0); i += 2) {
		char *err = NULL;
		struct store_feed f;
		if (argv[i][2] == 'i') {
			if (cli_parse_id(argv[i + 1], &env->item_id) != 0)
				return cli_usage_error(_("--item takes an article id, not '%s'"), argv[i + 1]), -1;
		} else if (urls_conf_query_feed(&s->opts, argv[i + 1], q, &err) < 0) {
			cli_usage_error("%s", err);
			free(err);
			return -1;
		} else if (!q->filter) {
			if (store_feed_get(s->store, argv[i + 1], &f) != STORE_OK)
				return cli_fail(_("%s is not a subscribed feed"), argv[i + 1]), -1;
			env->feed_id = q->feed_id = f.id;
			store_feed_clear(&f);
		}
		env->list = q;
	}
	return i;
}

int
cli_x(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(_("usage: tidings -x [--item ID] [--feed URL|query:NAME] ACTION... "
					 "(e.g. refresh-all print-unread)"));
	struct session s;
	int rc = session_open(env, &s);
	if (rc != EXIT_OK)
		return rc;
	for (size_t i = 0; i < s.nwarnings; i++)
		fprintf(stderr, "tidings: %s\n", s.warnings[i]);
	struct headless h = { &s, false };
	struct action_host host = { .ctx = &h, .screen = false, .message = say, .refresh = refresh,
				    .subscribe = subscribe, .enqueue = enqueue };
	struct action_env aenv = { .store = s.store, .opts = &s.opts, .host = &host };
	struct store_query q = { 0 };
	int first = selection(&s, argc, argv, &aenv, &q);
	if (first < 0) {
		session_close(&s);
		return EXIT_USAGE;
	}
	if (first >= argc) {
		session_close(&s);
		return cli_usage_error(_("no action to run"));
	}
	for (int i = first; i < argc && !h.failed; i++)
		if (action_run_line(&aenv, argv[i]) != 0)
			h.failed = true;
	session_close(&s);
	if (cli_flush_stdout() != EXIT_OK)
		return EXIT_FAIL;
	return h.failed ? EXIT_FAIL : EXIT_OK;
}
