/* act.h: the handlers of the actions that work on the cache, with or without a screen (cmd/act_*.c). */
#ifndef TIDINGS_ACT_H
#define TIDINGS_ACT_H

#include "cmd/actions.h"

action_fn act_refresh;        /* refresh-all, refresh-due, refresh-feed: host->refresh */
action_fn act_add_feed;       /* add-feed [URL [TAG...]]: host->subscribe */
action_fn act_enqueue;        /* the item's enclosures: host->enqueue */
action_fn act_mark_feed_read; /* every item of env->feed_id */
action_fn act_mark_all_read;  /* every item of env->list (NULL: all) */
action_fn act_toggle;         /* toggle-read, toggle-flag on env->item_id */
action_fn act_set;            /* set NAME VALUE */
action_fn act_print_unread;   /* "N unread articles" */
action_fn act_do;             /* do CMD...: a macro (act_script.c) */
action_fn act_undo;           /* undo the last read/flag change (act_script.c) */
action_fn act_exec;           /* exec and pipe (act_exec.c) */
action_fn act_play;           /* the episode to the player (act_play.c) */

#endif
