/* keys.h: key codes, key names as the config writes them, and the per-context key tables. */
#ifndef TIDINGS_KEYS_H
#define TIDINGS_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/*
 * A key is an int: a Unicode code point for a character (control keys are
 * their code points, ^A = 1 ... ^Z = 26, ESC = 27), or one of the TK_
 * values above the Unicode range for keys without a character. TK_META
 * is added for a key typed with Alt (or after ESC).
 */
enum tkey {
	TK_NONE = -1,
	TK_SPECIAL = 0x110000,
	TK_ENTER,
	TK_UP, TK_DOWN, TK_LEFT, TK_RIGHT,
	TK_PGUP, TK_PGDN, TK_HOME, TK_END,
	TK_INSERT, TK_DELETE, TK_BACKSPACE,
	TK_F1, /* TK_F1 + n - 1 for Fn, up to F12 */
	TK_F12 = TK_F1 + 11,
	TK_WHEEL_UP, TK_WHEEL_DOWN, /* mouse wheel (when the terminal sends it) */
	TK_CLICK,                   /* button 1; where is told separately */
	TK_RESIZE,                  /* not a key: the terminal changed size */
	TK_LAST,
};
#define TK_META 0x40000000
#define TK_ESC 27
#define TK_TAB 9

#define KEY_SEQ_MAX 4 /* keys in one binding ("g g" is two) */

/* Where a binding applies. The views look a key up in their own context
 * first, then in CTX_GLOBAL. */
enum key_ctx {
	CTX_GLOBAL,
	CTX_FEEDS,
	CTX_HEADLINES,
	CTX_ARTICLE,
	CTX_LINKS,
	CTX_SHARE,
	CTX_SEARCH, /* search results; falls back to headlines, then global */
	CTX_HELP,
	CTX_ERRORS,
	CTX_DOWNLOADS,
	CTX_COUNT
};

/* "feeds", "headlines", ...; NULL for an unknown index. */
const char *key_ctx_name(enum key_ctx c);
/* The context named name; -1 when there is none. */
int key_ctx_find(const char *name);

/* Parse one key name: a character ("a", "?", "é"), ^X, M-x, F1..F12,
 * ENTER, SPACE, TAB, ESC, BACKSPACE, DEL, INS, HOME, END, UP, DOWN, LEFT,
 * RIGHT, PGUP, PGDN (names in any case). Returns the key or TK_NONE. */
int key_parse(const char *name);
/* Parse a key sequence: key names separated by blanks ("g g"); a word of
 * lowercase letters that is no key name is one key per letter ("gg").
 * Returns the number of keys (1..KEY_SEQ_MAX) or -1. */
int key_parse_seq(const char *text, int keys[KEY_SEQ_MAX]);
/* Append the name of key to out, as key_parse reads it. */
void key_describe(int key, struct buf *out);

/* One binding: a key sequence in a context runs an action with arguments. */
struct key_binding {
	enum key_ctx ctx;
	int keys[KEY_SEQ_MAX];
	int nkeys;
	int action;  /* index in the action table (cmd/actions.h) */
	char **args; /* NULL-terminated, owned; NULL when none */
};

struct keymap {
	struct key_binding *v;
	size_t n, cap;
};

void keymap_init(struct keymap *km);
void keymap_clear(struct keymap *km);
/* Bind (replacing the same sequence in the same context). args are copied. */
void keymap_bind(struct keymap *km, enum key_ctx ctx, const int *keys, int nkeys, int action,
		 char *const *args);
/* Remove a binding; false when there was none. */
bool keymap_unbind(struct keymap *km, enum key_ctx ctx, const int *keys, int nkeys);

enum key_match {
	KEY_NO_MATCH, /* nothing starts with these keys */
	KEY_PREFIX,   /* only longer bindings start with them: wait for more */
	KEY_EXACT,    /* a binding; nothing longer */
	KEY_AMBIGUOUS /* a binding, and longer ones start with it too */
};
/* Look keys up in the contexts of chain (first wins), nchain of them.
 * *found gets the binding for KEY_EXACT and KEY_AMBIGUOUS. */
enum key_match keymap_lookup(const struct keymap *km, const enum key_ctx *chain, size_t nchain,
			     const int *keys, int nkeys, const struct key_binding **found);

/* The `bind` config line, its words after "bind": [CONTEXT] KEY ACTION
 * [ARG...]. Returns 0, or -1 with *err (caller frees). */
int keymap_bind_words(struct keymap *km, char **words, int n, char **err);

/* ---- the config's key lines (keys_conf.c) ----------------------------- */

struct options;
/* The config's `bind` verb (conffile.c calls it): check the words after
 * "bind" (a bad key or action is an error for that line) and keep them in
 * o->bind. 0, or -1 and *err (caller frees). */
int keys_conf_add(struct options *o, char **words, int n, char **err);
/* Apply the `bind`, `unbind` and `macro` lines kept in o over what km
 * has (the defaults); `feed PATTERN bind` lines are left out. */
void keymap_apply(struct keymap *km, const struct options *o);
/* Apply an `unbind` line's words ([CONTEXT] KEY). */
void keymap_unbind_words(struct keymap *km, char **words, int n);
/* Add to km the `feed PATTERN bind` lines of o whose pattern
 * matches the feed (cmd/feedopts.h), e.g. into a keymap the interface
 * looks at first while that feed's headlines or articles are shown. */
void keymap_feed_bindings(struct keymap *km, const struct options *o, const char *url,
			  char *const *tags, size_t ntags);

/* The default bindings, written in the config language (one per line). */
extern const char *const keymap_defaults[];
/* Load the defaults into km. */
void keymap_load_defaults(struct keymap *km);

#endif
