/* act_items.c: the actions on the cache itself: read and flag state, counts, settings, refresh, subscribing, queueing downloads. */
#include "config.h"

#include <stdlib.h>

#include "cmd/act.h"
#include "store/undo.h"
#include "util/i18n.h"

static void
changed(const struct action_env *env)
{
	if (env->host->changed)
		env->host->changed(env->host->ctx);
}

int
act_refresh(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)argc; (void)argv;
	if (!env->host->refresh) {
		action_say(env, MSG_ERROR, _("refreshing is not possible here"));
		return -1;
	}
	int64_t feed = id == A_REFRESH_FEED ? env->feed_id : 0;
	return env->host->refresh(env->host->ctx, feed, id == A_REFRESH_DUE);
}

int
act_add_feed(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id;
	if (!env->host->subscribe) {
		action_say(env, MSG_ERROR, _("subscribing is not possible here"));
		return -1;
	}
	if (argc == 0 && !env->host->screen) {
		action_say(env, MSG_ERROR, _("usage: %s %s"), "add-feed", "URL [TAG...]");
		return -1;
	}
	return env->host->subscribe(env->host->ctx, argc, argv);
}

int
act_enqueue(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	if (!env->host->enqueue) {
		action_say(env, MSG_ERROR, _("downloading is not possible here"));
		return -1;
	}
	return env->host->enqueue(env->host->ctx, env->item_id);
}

static int
mark_read(const struct action_env *env, const struct store_query *q, const char *label)
{
	int64_t n = 0;
	/* recorded as an undo step (store/undo.h), whatever its size */
	int rc = store_undo_begin(env->store, label);
	if (rc == STORE_OK)
		rc = store_undo_end(env->store, store_mark_read(env->store, q, &n));
	if (rc != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot mark read: %s"), store_error(env->store));
		return -1;
	}
	action_say(env, MSG_INFO, ngettext("%lld article marked read", "%lld articles marked read",
					   (unsigned long)n), (long long)n);
	changed(env);
	return 0;
}

int
act_mark_feed_read(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	struct store_query q = { .feed_id = env->feed_id };
	return mark_read(env, &q, "mark-feed-read");
}

int
act_mark_all_read(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	struct store_query all = { 0 };
	return mark_read(env, env->list ? env->list : &all, "mark-all-read");
}

int
act_toggle(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)argc; (void)argv;
	struct store_item it;
	int rc = store_item_get(env->store, env->item_id, &it);
	if (rc == STORE_OK)
		rc = store_undo_begin(env->store, action_table[id].name);
	if (rc == STORE_OK) {
		if (id == A_TOGGLE_READ)
			rc = store_item_set_read(env->store, env->item_id, !it.read);
		else
			rc = store_item_set_flagged(env->store, env->item_id, !it.flagged);
		rc = store_undo_end(env->store, rc);
	}
	if (rc != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot change the article: %s"), store_error(env->store));
		store_item_clear(&it); /* store_item_get zeroes it first, so this is always safe */
		return -1;
	}
	if (id == A_TOGGLE_FLAG)
		action_say(env, MSG_INFO, it.flagged ? _("flag taken off") : _("flagged"));
	else if (!env->host->screen) /* the interface shows it; -x says it */
		action_say(env, MSG_INFO, it.read ? _("marked unread") : _("marked read"));
	store_item_clear(&it);
	changed(env);
	return 0;
}

int
act_set(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc;
	char *err = NULL;
	if (options_set(env->opts, argv[0], argv[1], &err) != 0) {
		action_say(env, MSG_ERROR, "%s", err);
		free(err);
		return -1;
	}
	changed(env);
	return 0;
}

int
act_print_unread(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	struct store_query q = { .unread = true };
	int64_t n = 0;
	if (store_count(env->store, &q, &n) != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot count: %s"), store_error(env->store));
		return -1;
	}
	action_say(env, MSG_INFO, ngettext("%lld unread article", "%lld unread articles",
					   (unsigned long)n), (long long)n);
	return 0;
}
