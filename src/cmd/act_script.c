/* act_script.c: the actions of scripting that work on any host: do (macros) and undo. */
#include "config.h"

#include <stdlib.h>

#include "cmd/act.h"
#include "store/undo.h"
#include "util/i18n.h"

int
act_do(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id;
	for (int i = 0; i < argc; i++) {
		int rc = env->host->run_line ? env->host->run_line(env->host->ctx, argv[i])
					     : action_run_line(env, argv[i]);
		if (rc != 0)
			return -1; /* the command said why; the rest does not run */
	}
	return 0;
}

int
act_undo(const struct action_env *env, enum action_id id, int argc, char **argv)
{
	(void)id; (void)argc; (void)argv;
	char *label = NULL;
	int64_t n = 0;
	int rc = store_undo(env->store, &label, &n);
	if (rc == STORE_NOT_FOUND) {
		action_say(env, MSG_ERROR, _("nothing to undo"));
		return -1;
	}
	if (rc != STORE_OK) {
		action_say(env, MSG_ERROR, _("cannot undo: %s"), store_error(env->store));
		return -1;
	}
	action_say(env, MSG_INFO, ngettext("undone: %s (%lld article)", "undone: %s (%lld articles)",
					   (unsigned long)n), label, (long long)n);
	free(label);
	if (env->host->changed)
		env->host->changed(env->host->ctx);
	return 0;
}
