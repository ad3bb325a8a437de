/* x.c: `tidings -x ACTION...`: run actions from the action table without the interface, printing their result. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/session.h"
#include "cmd/actions.h"
#include "cmd/refresh_job.h"
#include "loop.h"
#include "net/net.h"
#include "text/sanitize.h"
#include "util/i18n.h"

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
		printf(_("%s: %zu new\n"), url, r->added);
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
	printf(_("%zu feeds: %zu new articles, %zu failed\n"), p->total, p->added, p->failed);
	if (p->total && p->failed == p->total)
		h->failed = true;
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

int
cli_x(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(_("usage: tidings -x ACTION... (e.g. refresh-all print-unread)"));
	struct session s;
	int rc = session_open(env, &s);
	if (rc != EXIT_OK)
		return rc;
	for (size_t i = 0; i < s.nwarnings; i++)
		fprintf(stderr, "tidings: %s\n", s.warnings[i]);
	struct headless h = { &s, false };
	struct action_host host = { .ctx = &h, .screen = false, .message = say, .refresh = refresh };
	struct action_env aenv = { .store = s.store, .opts = &s.opts, .host = &host };
	for (int i = 1; i < argc && !h.failed; i++)
		if (action_run_line(&aenv, argv[i]) != 0)
			h.failed = true;
	session_close(&s);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail(_("cannot write the output"));
	return h.failed ? EXIT_FAIL : EXIT_OK;
}
