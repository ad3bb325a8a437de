/* act_play.c: `play`: an episode to the player setting: the file downloaded for it, else its enclosure's URL (http(s) only). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd/act.h"
#include "store/downloads.h"
#include "text/sanitize.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/url.h"
#include "util/xalloc.h"

/* What the player gets, and the article it belongs to (0: gone). */
struct play_target {
	char *what;
	int64_t item_id;
};

/* A feed names its enclosures: only a web address ever reaches the
 * player (a file:// or a command a feed names could do anything). */
static char *
web_address(const struct action_env *env, const char *url)
{
	if (url && url_is_web_address(url))
		return xstrdup(url);
	char *shown = text_sanitize(url ? url : "");
	action_say(env, MSG_ERROR, _("not an http(s) address, not played: %s"), shown);
	free(shown);
	return NULL;
}

/* A finished file still where it was put (it may have been deleted since). */
static bool
file_there(const char *path)
{
	return path && access(path, R_OK) == 0;
}

/* A row of the downloads list: its file when whole, else its URL. */
static int
target_of_download(const struct action_env *env, struct play_target *t)
{
	struct store_download d;
	if (store_download_get(env->store, env->download_id, &d) != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot read the downloads: %s"), store_error(env->store));
		store_download_clear(&d);
		return -1;
	}
	t->item_id = d.item_id;
	t->what = d.state == DL_DONE && file_there(d.path) ? xstrdup(d.path) : web_address(env, d.url);
	store_download_clear(&d);
	return t->what ? 0 : -1;
}

/* The first enclosure that is a web address, else the first one (which
 * web_address then refuses, naming it). */
static const char *
enclosure_url(const struct item *it)
{
	for (size_t i = 0; i < it->n_enclosures; i++)
		if (url_is_web_address(it->enclosures[i].url))
			return it->enclosures[i].url;
	return it->enclosures[0].url;
}

/* An article: the file downloaded for it, else its enclosure's URL. */
static int
target_of_item(const struct action_env *env, struct play_target *t)
{
	t->item_id = env->item_id;
	if (store_download_done_path(env->store, env->item_id, &t->what) == STORE_OK && file_there(t->what))
		return 0;
	FREE_AND_NULL(t->what);
	struct store_item it;
	if (store_item_get(env->store, env->item_id, &it) != STORE_OK)
		action_say(env, MSG_ERROR, _("cannot read the article: %s"), store_error(env->store));
	else if (it.item.n_enclosures == 0)
		action_say(env, MSG_ERROR, _("this article has no enclosure to play"));
	else
		t->what = web_address(env, enclosure_url(&it.item));
	store_item_clear(&it);
	return t->what ? 0 : -1;
}

/* On the terminal, waited for (a player may be mpv in the terminal). */
static int
run_player(const struct action_env *env, char **argv)
{
	const struct action_host *h = env->host;
	struct spawn_child ch;
	if (h->leave)
		h->leave(h->ctx);
	int rc = spawn_start(argv, -1, SPAWN_KEEP_TTY, &ch);
	int status = rc == 0 ? spawn_wait(&ch) : -1;
	if (h->enter)
		h->enter(h->ctx, false);
	if (rc != 0) {
		action_say(env, MSG_ERROR, _("cannot run %s: %s"), argv[0], strerror(rc));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		action_say(env, MSG_ERROR, _("%s exited with status %d"), argv[0], WEXITSTATUS(status));
	else
		action_say(env, MSG_ERROR, _("%s was ended by signal %d"), argv[0], WTERMSIG(status));
	return -1;
}

static void
mark_played(const struct action_env *env, int64_t item_id)
{
	if (item_id <= 0 || !options_num(env->opts, OPT_PLAY_MARKS_READ))
		return;
	if (store_item_set_read(env->store, item_id, true) != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot change the article: %s"), store_error(env->store));
		return;
	}
	if (env->host->changed)
		env->host->changed(env->host->ctx);
}

int
act_play(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	const char *player = options_str(env->opts, OPT_PLAYER);
	if (!player || !*player) {
		/* xgettext:no-c-format */
		action_say(env, MSG_ERROR, "%s", _("no player set: e.g. set player \"mpv %f\""));
		return -1;
	}
	if (env->download_id <= 0 && env->item_id <= 0) {
		action_say(env, MSG_ERROR, _("no article selected"));
		return -1;
	}
	struct play_target t = { NULL, 0 };
	int rc = env->download_id > 0 ? target_of_download(env, &t) : target_of_item(env, &t);
	const char *why = NULL;
	char **words = rc == 0 ? spawn_split_fill(player, 'f', t.what, &why) : NULL;
	if (rc == 0 && !words) {
		action_say(env, MSG_ERROR, _("the player setting: %s"), why ? _(why) : "?");
		rc = -1;
	}
	if (rc == 0)
		rc = run_player(env, words);
	if (rc == 0)
		mark_played(env, t.item_id);
	spawn_argv_free(&words);
	free(t.what);
	return rc;
}
