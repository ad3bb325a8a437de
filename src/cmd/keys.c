/* keys.c: key names (config and help), per-context key tables, and the `bind` line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/actions.h"
#include "cmd/keys.h"
#include "util/i18n.h"
#include "util/spawn.h"
#include "util/str.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static const char *const ctx_names[CTX_COUNT] = {
	[CTX_GLOBAL] = "global", [CTX_FEEDS] = "feeds", [CTX_HEADLINES] = "headlines",
	[CTX_ARTICLE] = "article", [CTX_LINKS] = "links", [CTX_SHARE] = "share",
	[CTX_SEARCH] = "search", [CTX_HELP] = "help", [CTX_ERRORS] = "errors",
	[CTX_DOWNLOADS] = "downloads",
};

/* Keys without a character, by name; the first name of a key is the one
 * help shows. */
static const struct { const char *name; int key; } named[] = {
	{ "ENTER", TK_ENTER }, { "RETURN", TK_ENTER }, { "SPACE", ' ' }, { "TAB", TK_TAB },
	{ "ESC", TK_ESC }, { "BACKSPACE", TK_BACKSPACE }, { "DEL", TK_DELETE },
	{ "DELETE", TK_DELETE }, { "INS", TK_INSERT }, { "INSERT", TK_INSERT },
	{ "HOME", TK_HOME }, { "END", TK_END }, { "UP", TK_UP }, { "DOWN", TK_DOWN },
	{ "LEFT", TK_LEFT }, { "RIGHT", TK_RIGHT }, { "PGUP", TK_PGUP }, { "PAGEUP", TK_PGUP },
	{ "PGDN", TK_PGDN }, { "PAGEDOWN", TK_PGDN }, { "WHEELUP", TK_WHEEL_UP },
	{ "WHEELDOWN", TK_WHEEL_DOWN }, { "CLICK", TK_CLICK },
};

const char *
key_ctx_name(enum key_ctx c)
{
	return (int)c >= 0 && c < CTX_COUNT ? ctx_names[c] : NULL;
}

int
key_ctx_find(const char *name)
{
	for (int i = 0; i < CTX_COUNT; i++)
		if (strcmp(ctx_names[i], name) == 0)
			return i;
	return -1;
}

/* One character (a whole UTF-8 sequence, nothing after it), or TK_NONE. */
static int
one_char(const char *s)
{
	size_t n = strlen(s);
	if (n == 0)
		return TK_NONE;
	uint32_t cp;
	size_t used = utf8_decode(s, n, &cp);
	if (used != n || cp == UTF8_REPLACEMENT || cp < 0x20 || cp == 0x7f)
		return TK_NONE;
	return (int)cp;
}

int
key_parse(const char *name)
{
	if (!name || !*name)
		return TK_NONE;
	int c = one_char(name);
	if (c != TK_NONE)
		return c;
	if ((name[0] == 'M' || name[0] == 'm') && name[1] == '-') {
		int k = key_parse(name + 2);
		return k == TK_NONE || (k & TK_META) ? TK_NONE : k | TK_META;
	}
	if (name[0] == '^' && name[1] && !name[2]) {
		int ch = name[1] >= 'a' && name[1] <= 'z' ? name[1] - 'a' + 'A' : name[1];
		return ch >= '@' && ch <= '_' ? ch - '@' : TK_NONE;
	}
	if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' && name[1] <= '9') {
		char *end;
		long n = strtol(name + 1, &end, 10);
		return !*end && n >= 1 && n <= 12 ? TK_F1 + (int)n - 1 : TK_NONE;
	}
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		if (str_eq_ci(named[i].name, name))
			return named[i].key;
	return TK_NONE;
}

int
key_parse_seq(const char *text, int keys[KEY_SEQ_MAX])
{
	char *copy = xstrdup(text);
	int n = 0;
	char *save = NULL;
	for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		int k = key_parse(w);
		if (k == TK_NONE) {
			/* a word of lowercase letters is one key each ("gg"); anything
			 * else that is no key name (F13, ENTR) is a mistake */
			for (const char *c = w; *c; c++) {
				if (*c < 'a' || *c > 'z' || n == KEY_SEQ_MAX)
					goto bad;
				keys[n++] = *c;
			}
			continue;
		}
		if (n == KEY_SEQ_MAX)
			goto bad;
		keys[n++] = k;
	}
	free(copy);
	return n > 0 ? n : -1;
bad:
	free(copy);
	return -1;
}

void
key_describe(int key, struct buf *out)
{
	if (key & TK_META) {
		buf_puts(out, "M-");
		key &= ~TK_META;
	}
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (named[i].key == key) {
			buf_puts(out, named[i].name);
			return;
		}
	}
	if (key >= TK_F1 && key <= TK_F12)
		buf_printf(out, "F%d", key - TK_F1 + 1);
	else if (key >= 0 && key < 0x20)
		buf_printf(out, "^%c", key + '@');
	else if (key >= 0x20 && key < TK_SPECIAL)
		buf_put_utf8(out, (unsigned long)key);
	else
		buf_puts(out, "?");
}

void
keymap_init(struct keymap *km)
{
	memset(km, 0, sizeof *km);
}

static void
binding_clear(struct key_binding *b)
{
	if (b->args)
		spawn_argv_free(&b->args);
}

void
keymap_clear(struct keymap *km)
{
	for (size_t i = 0; i < km->n; i++)
		binding_clear(&km->v[i]);
	free(km->v);
	memset(km, 0, sizeof *km);
}

static bool
same_keys(const struct key_binding *b, enum key_ctx ctx, const int *keys, int nkeys)
{
	return b->ctx == ctx && b->nkeys == nkeys && memcmp(b->keys, keys, (size_t)nkeys * sizeof *keys) == 0;
}

static char **
copy_args(char *const *args)
{
	if (!args || !args[0])
		return NULL;
	size_t n = 0;
	while (args[n])
		n++;
	char **v = xcalloc(n + 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = xstrdup(args[i]);
	return v;
}

void
keymap_bind(struct keymap *km, enum key_ctx ctx, const int *keys, int nkeys, int action,
	    char *const *args)
{
	struct key_binding *b = NULL;
	for (size_t i = 0; i < km->n && !b; i++)
		if (same_keys(&km->v[i], ctx, keys, nkeys))
			b = &km->v[i];
	if (b) {
		binding_clear(b);
	} else {
		if (km->n == km->cap) {
			km->cap = km->cap ? km->cap * 2 : 64;
			km->v = xreallocarray(km->v, km->cap, sizeof *km->v);
		}
		b = &km->v[km->n++];
	}
	memset(b, 0, sizeof *b);
	b->ctx = ctx;
	b->nkeys = nkeys;
	memcpy(b->keys, keys, (size_t)nkeys * sizeof *keys);
	b->action = action;
	b->args = copy_args(args);
}

bool
keymap_unbind(struct keymap *km, enum key_ctx ctx, const int *keys, int nkeys)
{
	for (size_t i = 0; i < km->n; i++) {
		if (same_keys(&km->v[i], ctx, keys, nkeys)) {
			binding_clear(&km->v[i]);
			memmove(&km->v[i], &km->v[i + 1], (km->n - i - 1) * sizeof *km->v);
			km->n--;
			return true;
		}
	}
	return false;
}

/* The match of keys in one context. */
static enum key_match
match_ctx(const struct keymap *km, enum key_ctx ctx, const int *keys, int nkeys,
	  const struct key_binding **found)
{
	bool exact = false, longer = false;
	for (size_t i = 0; i < km->n; i++) {
		const struct key_binding *b = &km->v[i];
		if (b->ctx != ctx || b->nkeys < nkeys ||
		    memcmp(b->keys, keys, (size_t)nkeys * sizeof *keys) != 0)
			continue;
		if (b->nkeys == nkeys) {
			exact = true;
			*found = b;
		} else {
			longer = true;
		}
	}
	return exact ? (longer ? KEY_AMBIGUOUS : KEY_EXACT) : longer ? KEY_PREFIX : KEY_NO_MATCH;
}

enum key_match
keymap_lookup(const struct keymap *km, const enum key_ctx *chain, size_t nchain,
	      const int *keys, int nkeys, const struct key_binding **found)
{
	bool prefix = false;
	*found = NULL;
	for (size_t c = 0; c < nchain; c++) {
		enum key_match m = match_ctx(km, chain[c], keys, nkeys, found);
		if (m == KEY_EXACT || m == KEY_AMBIGUOUS)
			return prefix && m == KEY_EXACT ? KEY_AMBIGUOUS : m;
		if (m == KEY_PREFIX)
			prefix = true;
	}
	return prefix ? KEY_PREFIX : KEY_NO_MATCH;
}

int
keymap_bind_words(struct keymap *km, char **words, int n, char **err)
{
	int ctx = CTX_GLOBAL;
	if (n >= 3 && key_ctx_find(words[0]) >= 0) {
		ctx = key_ctx_find(words[0]);
		words++;
		n--;
	}
	if (n < 2) {
		*err = xstrdup(_("usage: bind [CONTEXT] KEY ACTION [ARG...]"));
		return -1;
	}
	int keys[KEY_SEQ_MAX];
	int nkeys = key_parse_seq(words[0], keys);
	if (nkeys < 0) {
		*err = xasprintf(_("unknown key '%s'"), words[0]);
		return -1;
	}
	int action = action_find(words[1]);
	if (action < 0) {
		*err = xasprintf(_("unknown action '%s'"), words[1]);
		return -1;
	}
	const struct action *a = &action_table[action];
	if (n - 2 < a->min_args || n - 2 > a->max_args) {
		*err = xasprintf(_("action '%s' takes %d to %d arguments"), a->name, a->min_args,
				 a->max_args);
		return -1;
	}
	keymap_bind(km, (enum key_ctx)ctx, keys, nkeys, action, n > 2 ? words + 2 : NULL);
	return 0;
}
