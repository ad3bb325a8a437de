/* x.c: `tidings -x ACTION...`: run actions from the action table without the interface, printing their result. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/session.h"
#include "cli/store_cli.h"
#include "cmd/actions.h"
#include "cmd/hooks.h"
#include "cmd/urls_conf.h"
#include "refresh/refresh.h"
#include "net/loop.h"
#include "net/net.h"
#include "text/sanitize.h"
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

static void
on_feed(void *ctx, const struct update_report *r, const struct refresh_progress *p)
{
	(void)ctx; (void)p;
	char *url = text_sanitize(r->url);
	if (r->outcome == UPDATE_FAILED)
		printf(_("%s: error: %s\n"), url, r->error ? r->error : "?");
	else if (r->added)
		printf(ngettext("%s: %zu new\n", "%s: %zu new\n", r->added), url, r->added);
	free(url);
}

static void
on_done(void *ctx, const struct refresh_progress *p, const char *error)
{
	struct headless *h = ctx;
	if (error) {
		fprintf(stderr, _("tidings: cannot record the fetches: %s\n"), error);
		h->failed = true;
	}
	char *feeds = xasprintf(ngettext("%zu feed", "%zu feeds", p->total), p->total);
	char *items = xasprintf(ngettext("%zu new article", "%zu new articles", p->added), p->added);
	/* TRANSLATORS: "3 feeds: 5 new articles, 0 failed" (the parts above) */
	printf(_("%s: %s, %zu failed\n"), feeds, items, p->failed);
	free(feeds);
	free(items);
	fflush(stdout);
	if (p->total && p->failed == p->total)
		h->failed = true;
	pid_t pid;
	char *err = NULL;
	if (p->added && hooks_run_on_new(&h->s->opts, h->s->store, p->before_id, true, false, &pid,
					 &err) != 0) {
		fprintf(stderr, "tidings: %s\n", err);
		free(err);
	}
}

/* A refresh run to its end in a loop of its own. */
static int
refresh(void *ctx, int64_t feed_id, bool due_only)
{
	struct headless *h = ctx;
	struct net_config nc;
	refresh_net_config(&h->s->opts, &nc);
	struct poller *p = poller_new(&nc);
	struct loop *l = loop_new(p);
	struct refresh_job *job = NULL;
	struct refresh_job_spec spec = { h->s->cache_path, h->s->urls_path, feed_id, due_only };
	struct refresh_job_cb cb = { h, on_feed, on_done };
	char *err = NULL;
	int rc = refresh_job_start(&job, l, p, h->s->store, &h->s->opts, &spec, &cb, &err);
	if (rc == 0)
		loop_run(l);
	else
		say(h, MSG_ERROR, err);
	free(err);
	poller_free(&p);
	refresh_job_free(&job);
	loop_free(&l);
	fflush(stdout);
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
	struct action_host host = { .ctx = &h, .screen = false, .message = say, .refresh = refresh };
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
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail(_("cannot write the output"));
	return h.failed ? EXIT_FAIL : EXIT_OK;
}
