/* refresh.c: `tidings refresh [URL...]`: poll feeds now, a line per feed that changed or failed, then a summary. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/store_cli.h"
#include "cmd/conffile.h"
#include "cmd/hooks.h"
#include "cmd/options.h"
#include "refresh/hooks.h"
#include "refresh/refresh.h"
#include "net/loop.h"
#include "net/net.h"
#include "store/new_items.h"
#include "store/store.h"
#include "store/urls.h"
#include "refresh/update.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/lockfile.h"
#include "util/xalloc.h"

/* How long a second refresh waits for the first before it gives up. */
#define LOCK_WAIT_MS 2000

struct tally {
	bool quiet;
	size_t feeds, updated, new_items, unchanged, failed, deferred;
};

static void
on_report(void *ctx, const struct update_report *r)
{
	struct tally *t = ctx;
	switch (r->outcome) {
	case UPDATE_STORED:
		if (r->added || r->changed) {
			t->updated++;
			t->new_items += r->added;
			/* TRANSLATORS: "URL: N new (items of that feed)" */
			if (!t->quiet && r->changed)
				printf(ngettext("%s: %zu new, %zu updated\n", "%s: %zu new, %zu updated\n",
						r->added), r->url, r->added, r->changed);
			else if (!t->quiet)
				printf(ngettext("%s: %zu new\n", "%s: %zu new\n", r->added), r->url, r->added);
		} else {
			t->unchanged++;
		}
		break;
	case UPDATE_NOT_MODIFIED:
		t->unchanged++;
		break;
	case UPDATE_FAILED:
		t->failed++;
		if (!t->quiet)
			printf(_("%s: error: %s\n"), r->url, r->error);
		break;
	case UPDATE_DEFERRED: {
		char when[DATE_ISO_LEN] = "?";
		date_format_iso(r->retry_at, when);
		t->deferred++;
		if (!t->quiet)
			printf(_("%s: not fetched: the server asked us to wait until %s\n"), r->url, when);
		break;
	}
	}
	if (r->moved_to && !t->quiet)
		printf(_("%s: moved permanently to %s (the urls file still has the old address)\n"),
		       r->url, r->moved_to);
}

static void
conf_warn(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "tidings: %s\n", msg);
}

static bool
wanted(const struct store_feed *f, int argc, char **argv)
{
	if (argc == 0)
		return true;
	for (int i = 0; i < argc; i++)
		if (strcmp(argv[i], f->url) == 0)
			return true;
	return false;
}

/* Names on the command line that are not subscribed count as failures. */
static void
check_args(const struct store_feed_list *l, int argc, char **argv, struct tally *t)
{
	for (int i = 0; i < argc; i++) {
		size_t k = 0;
		while (k < l->n && strcmp(l->v[k].url, argv[i]) != 0)
			k++;
		if (k < l->n)
			continue;
		t->feeds++;
		t->failed++;
		if (!t->quiet)
			printf(_("%s: error: not in the urls file (add it with 'tidings add')\n"), argv[i]);
	}
}

/* Start the wanted feeds (all of them without URL arguments). */
static void
start_feeds(struct update *u, const struct store_feed_list *l, bool due_only, int argc,
	    char **argv, struct tally *t)
{
	const struct store_feed **v = xcalloc(l->n ? l->n : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (wanted(&l->v[i], argc, argv))
			v[n++] = &l->v[i];
	t->feeds += update_feeds(u, v, n, due_only);
	free(v);
}

static void
print_summary(const struct tally *t)
{
	if (t->quiet)
		return;
	char *feeds = xasprintf(ngettext("%zu feed", "%zu feeds", t->feeds), t->feeds);
	char *items = xasprintf(ngettext("%zu new item", "%zu new items", t->new_items), t->new_items);
	/* TRANSLATORS: "3 feeds: 2 updated (5 new items), 1 unchanged, 0 failed"; the %s are the two parts above */
	printf(_("%s: %zu updated (%s), %zu unchanged, %zu failed"), feeds, t->updated, items,
	       t->unchanged, t->failed);
	free(feeds);
	free(items);
	if (t->deferred)
		printf(_(", %zu deferred"), t->deferred);
	putchar('\n');
}

/* The run-on-new hook, when the refresh brought something; its failure
 * is said, not fatal (the items are stored). */
static void
run_on_new(const struct options *o, struct store *s, int64_t before, const struct tally *t)
{
	pid_t pid;
	char *err = NULL;
	fflush(stdout);
	if (t->new_items && hooks_run_on_new(o, s, before, true, t->quiet, &pid, &err) != 0) {
		fprintf(stderr, "tidings: %s\n", err);
		free(err);
	}
}

/* Fetch, parse and store; the store is open and locked. */
static int
poll_feeds(const struct options *o, struct store *s, bool due_only, int argc, char **argv,
	   struct tally *t)
{
	struct store_feed_list l = { 0 };
	if (store_feed_list(s, false, &l) != STORE_OK)
		return cli_fail(_("cannot read the feeds: %s"), store_error(s));
	if (l.n == 0 && argc == 0) {
		if (!t->quiet)
			printf("%s\n", _("no feeds to refresh: add one with 'tidings add URL'"));
		store_feed_list_clear(&l);
		return EXIT_OK;
	}
	struct net_config nc;
	struct update_config uc;
	refresh_net_config(o, &nc);
	refresh_update_config(o, &uc);
	/* nothing else writes through this store while the refresh runs, so
	 * fetched feeds may share transactions (a cold refresh of 500 feeds:
	 * 1.9 -> 1.7 CPU-s; a kill loses at most this much of the run) */
	uc.batch_ms = 250;
	struct poller *p = poller_new(&nc);
	struct loop *lp = loop_new(p);
	struct refresh_hooks rh; /* per-feed settings, ignore rules, full articles */
	refresh_hooks_init(&rh, o, s, p);
	uc.hooks = &rh.h;
	int64_t before = 0;
	store_last_item_id(s, &before);
	struct update *u = update_new(lp, p, s, &uc, on_report, t);
	check_args(&l, argc, argv, t);
	start_feeds(u, &l, due_only, argc, argv, t);
	/* the WAL's checkpoints on another core while this one writes */
	store_checkpoints_apart(s, 1000);
	loop_run(lp);
	int rc = update_flush(u);
	store_checkpoints_here(s);
	poller_free(&p);
	update_free(&u);
	refresh_hooks_clear(&rh);
	loop_free(&lp);
	store_feed_list_clear(&l);
	fflush(stdout);
	if (rc != STORE_OK)
		return cli_fail(_("cannot record the fetches: %s"), store_error(s));
	print_summary(t);
	run_on_new(o, s, before, t);
	if (t->feeds > 0 && t->failed == t->feeds)
		return cli_fail(_("every feed failed"));
	return EXIT_OK;
}

/* Lock, open, sync with the urls file, poll. */
static int
run(const struct cli_env *env, const struct options *o, bool due_only, int argc, char **argv,
    struct tally *t)
{
	char *cache = cli_cache_path(env);
	char *err = NULL;
	struct store *s = NULL;
	int rc = store_open(cache, &s, &err); /* creates the directory the lock lives in */
	if (rc != STORE_OK) {
		rc = cli_fail(_("cannot open the cache %s: %s"), cache, err ? err : "");
		free(err);
		free(cache);
		return rc;
	}
	char *lockpath = xasprintf("%s.lock", cache);
	pid_t holder = 0;
	int lock = lockfile_take(lockpath, LOCK_WAIT_MS, &holder);
	if (lock < 0 && errno == EWOULDBLOCK)
		rc = holder ? cli_fail(_("another refresh is running (pid %ld)"), (long)holder)
			    : cli_fail(_("another refresh is running"));
	else if (lock < 0)
		rc = cli_fail(_("cannot lock %s: %s"), lockpath, strerror(errno));
	else if (cli_sync_urls(env, s) != EXIT_OK)
		rc = EXIT_FAIL;
	else
		rc = poll_feeds(o, s, due_only, argc, argv, t);
	lockfile_release(&lock);
	store_close(&s);
	free(lockpath);
	free(cache);
	return rc;
}

int
cli_refresh(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "due", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	struct tally t = { 0 };
	bool due_only = false;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "+q", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': t.quiet = true; break;
		case 'd': due_only = true; break;
		default: return EXIT_USAGE;
		}
	}
	struct options o;
	options_init(&o);
	char *conf = cli_config_path(env);
	int bad = conf_load(conf, env->config != NULL, &o, conf_warn, NULL);
	free(conf);
	int rc = bad < 0 ? EXIT_FAIL : run(env, &o, due_only, argc - optind, argv + optind, &t);
	options_clear(&o);
	return rc;
}
