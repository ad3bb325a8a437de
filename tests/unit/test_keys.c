/* test_keys.c: key names, key sequences, per-context tables, `bind` lines, the default bindings and the action table's checks. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/actions.h"
#include "cmd/conffile.h"
#include "cmd/keys.h"
#include "tap.h"
#include "util/buf.h"

static void
test_names(void)
{
	is_int(key_parse(NULL), TK_NONE, "NULL is no key");
	is_int(key_parse(""), TK_NONE, "the empty name is no key");
	is_int(key_parse("a"), 'a', "a letter");
	is_int(key_parse("?"), '?', "a sign");
	is_int(key_parse("\xc3\xa9"), 0xe9, "a UTF-8 character");
	is_int(key_parse("ab"), TK_NONE, "two letters are not one key");
	is_int(key_parse("^X"), 24, "^X is control-X");
	is_int(key_parse("^x"), 24, "^x too");
	is_int(key_parse("M-x"), 'x' | TK_META, "M-x is Alt-x");
	is_int(key_parse("M-M-x"), TK_NONE, "M-M-x is not a key");
	is_int(key_parse("F1"), TK_F1, "F1");
	is_int(key_parse("F12"), TK_F12, "F12");
	is_int(key_parse("F13"), TK_NONE, "F13 is not a key here");
	is_int(key_parse("ENTER"), TK_ENTER, "ENTER");
	is_int(key_parse("enter"), TK_ENTER, "names in any case");
	is_int(key_parse("SPACE"), ' ', "SPACE is the space character");
	is_int(key_parse("PGUP"), TK_PGUP, "PGUP");
	is_int(key_parse("PGDN"), TK_PGDN, "PGDN");
	is_int(key_parse("UP"), TK_UP, "UP");

	int keys[KEY_SEQ_MAX];
	is_int(key_parse_seq("g g", keys), 2, "'g g' is two keys");
	ok(keys[0] == 'g' && keys[1] == 'g', "both g");
	is_int(key_parse_seq("gg", keys), 2, "'gg' is two keys too");
	is_int(key_parse_seq("^X ENTER", keys), 2, "names mix in a sequence");
	ok(keys[0] == 24 && keys[1] == TK_ENTER, "^X then ENTER");
	is_int(key_parse_seq("a b c d e", keys), -1, "more than KEY_SEQ_MAX keys is refused");
	is_int(key_parse_seq("", keys), -1, "no key is refused");

	static const char *const round[] = { "a", "^X", "M-x", "F5", "ENTER", "SPACE", "PGDN", "\xc3\xa9" };
	for (size_t i = 0; i < sizeof round / sizeof round[0]; i++) {
		struct buf b = BUF_INIT;
		key_describe(key_parse(round[i]), &b);
		is_str(buf_str(&b), round[i], "the name of %s reads back", round[i]);
		buf_free(&b);
	}
}

static void
test_keymap(void)
{
	struct keymap km;
	keymap_init(&km);
	int k_g[1] = { 'g' }, k_gg[2] = { 'g', 'g' }, k_x[1] = { 'x' };
	enum key_ctx chain[2] = { CTX_HEADLINES, CTX_GLOBAL };
	const struct key_binding *b = NULL;
	is_int(keymap_lookup(&km, chain, 2, k_g, 1, &b), KEY_NO_MATCH, "an empty table matches nothing");
	keymap_bind(&km, CTX_GLOBAL, k_g, 1, A_TOP, NULL);
	is_int(keymap_lookup(&km, chain, 2, k_g, 1, &b), KEY_EXACT, "a global key is found from a view");
	ok(b && b->action == A_TOP, "with its action");
	keymap_bind(&km, CTX_HEADLINES, k_g, 1, A_BOTTOM, NULL);
	keymap_lookup(&km, chain, 2, k_g, 1, &b);
	ok(b && b->action == A_BOTTOM, "the view's own binding wins over the global one");
	keymap_bind(&km, CTX_HEADLINES, k_g, 1, A_UP, NULL);
	keymap_lookup(&km, chain, 2, k_g, 1, &b);
	ok(b && b->action == A_UP, "binding again replaces");
	is_int((int)km.n, 2, "and adds no row");
	keymap_bind(&km, CTX_HEADLINES, k_gg, 2, A_BOTTOM, NULL);
	is_int(keymap_lookup(&km, chain, 2, k_g, 1, &b), KEY_AMBIGUOUS, "g is a key and starts 'g g'");
	is_int(keymap_lookup(&km, chain, 2, k_gg, 2, &b), KEY_EXACT, "'g g' is found");
	ok(b && b->action == A_BOTTOM, "with its action");
	ok(keymap_unbind(&km, CTX_HEADLINES, k_g, 1), "unbind finds the binding");
	ok(!keymap_unbind(&km, CTX_HEADLINES, k_g, 1), "and not twice");
	is_int(keymap_lookup(&km, chain, 2, k_g, 1, &b), KEY_AMBIGUOUS,
	       "the global g still answers, and 'g g' waits");
	enum key_ctx feeds[2] = { CTX_FEEDS, CTX_GLOBAL };
	is_int(keymap_lookup(&km, feeds, 2, k_g, 1, &b), KEY_EXACT, "another view sees only the global g");
	is_int(keymap_lookup(&km, chain, 2, k_x, 1, &b), KEY_NO_MATCH, "an unbound key");
	keymap_clear(&km);
}

static int
bind_line(struct keymap *km, const char *line, char **err)
{
	char *copy = strdup(line);
	char *w[16];
	int n = 0;
	for (char *t = strtok(copy, " "); t && n < 15; t = strtok(NULL, " "))
		w[n++] = t;
	w[n] = NULL;
	int rc = keymap_bind_words(km, w, n, err);
	free(copy);
	return rc;
}

static void
test_bind_words(void)
{
	struct keymap km;
	char *err = NULL;
	keymap_init(&km);
	is_int(bind_line(&km, "m toggle-flag", &err), 0, "bind KEY ACTION");
	is_int(km.v[0].ctx, CTX_GLOBAL, "without a context it is global");
	is_int(bind_line(&km, "headlines m toggle-read", &err), 0, "bind CONTEXT KEY ACTION");
	is_int(km.v[1].ctx, CTX_HEADLINES, "in its context");
	is_int(bind_line(&km, "article F2 search harbour", &err), 0, "arguments follow the action");
	ok(km.v[2].args && strcmp(km.v[2].args[0], "harbour") == 0, "and are kept");
	is_int(bind_line(&km, "feeds F13 help", &err), -1, "an unknown key is refused");
	is_str(err, "unknown key 'F13'", "and named");
	free(err);
	err = NULL;
	is_int(bind_line(&km, "feeds x fly", &err), -1, "an unknown action is refused");
	is_str(err, "unknown action 'fly'", "and named");
	free(err);
	err = NULL;
	is_int(bind_line(&km, "feeds x up 3", &err), -1, "too many arguments are refused");
	free(err);
	err = NULL;
	is_int(bind_line(&km, "x", &err), -1, "a key alone is refused");
	free(err);
	keymap_clear(&km);
}

static void
test_defaults_and_table(void)
{
	struct keymap km;
	keymap_init(&km);
	keymap_load_defaults(&km); /* aborts on a default the parser cannot read */
	size_t lines = 0;
	while (keymap_defaults[lines])
		lines++;
	is_int((int)km.n, (int)lines, "every default line is a binding of its own");
	for (int i = 0; i < A_COUNT; i++) {
		ok(action_table[i].name && action_table[i].run && action_table[i].help && *action_table[i].help,
		   "action %d has a name, a handler and help", i);
		is_int(action_find(action_table[i].name), i, "%s is found by name", action_table[i].name);
	}
	is_int(action_find("nosuch"), -1, "an unknown name");
	keymap_clear(&km);

	struct options o;
	options_init(&o);
	char *err = NULL;
	is_int(conf_line("bind feeds x print-unread", &o, &err), 0, "the config reads bind lines");
	is_int((int)o.n_bind, 1, "and keeps them");
	is_int(conf_line("bind feeds x print-everything", &o, &err), -1, "a bad bind line is an error");
	is_str(err, "unknown action 'print-everything'", "that says what is wrong");
	free(err);
	keymap_init(&km);
	keymap_load_defaults(&km);
	keymap_apply(&km, &o);
	int x[1] = { 'x' };
	enum key_ctx chain[2] = { CTX_FEEDS, CTX_GLOBAL };
	const struct key_binding *b = NULL;
	is_int(keymap_lookup(&km, chain, 2, x, 1, &b), KEY_EXACT, "a user's binding joins the defaults");
	ok(b && b->action == A_PRINT_UNREAD, "with its action");
	keymap_clear(&km);
	options_clear(&o);
}

struct said {
	struct buf text;
	int n;
};

static void
say(void *ctx, enum msg_level level, const char *text)
{
	struct said *s = ctx;
	(void)level;
	buf_printf(&s->text, "%s\n", text);
	s->n++;
}

static void
test_prerequisites(void)
{
	struct said s = { BUF_INIT, 0 };
	struct action_host host = { .ctx = &s, .screen = false, .message = say };
	struct options o;
	options_init(&o);
	struct action_env env = { .opts = &o, .host = &host };
	is_int(action_run(&env, A_UP, 0, NULL), -1, "a screen action fails headless");
	is_str(buf_str(&s.text), "up works only in the interface\n", "and says so");
	buf_reset(&s.text);
	host.screen = true;
	is_int(action_run(&env, A_TOGGLE_READ, 0, NULL), -1, "an item action without an item fails");
	is_str(buf_str(&s.text), "no article selected\n", "and says so");
	buf_reset(&s.text);
	is_int(action_run(&env, A_MARK_FEED_READ, 0, NULL), -1, "a feed action without a feed fails");
	is_str(buf_str(&s.text), "no feed selected\n", "and says so");
	buf_reset(&s.text);
	is_int(action_run(&env, A_SET, 1, (char *[]){ "mouse", NULL }), -1, "set with one argument fails");
	is_str(buf_str(&s.text), "usage: set NAME VALUE\n", "with the usage");
	buf_reset(&s.text);
	is_int(action_run_line(&env, "set mouse no"), 0, "a command line runs set");
	is_int((int)options_num(&o, OPT_MOUSE), 0, "which changed the setting");
	is_int(action_run_line(&env, "fly away"), -1, "an unknown action");
	is_str(buf_str(&s.text), "no action named 'fly' (? lists them)\n", "is named");
	buf_reset(&s.text);
	is_int(action_run_line(&env, "search 'open quote"), -1, "an open quote is refused");
	buf_free(&s.text);
	options_clear(&o);
}

int
main(void)
{
	test_names();
	test_keymap();
	test_bind_words();
	test_defaults_and_table();
	test_prerequisites();
	return tap_done();
}
