/* confdump.c: writing the configuration in effect back as config lines that read back to the same thing. */
#include "config.h"

#include <string.h>

#include "cmd/actions.h"
#include "cmd/colors.h"
#include "cmd/confdump.h"
#include "cmd/confscan.h"
#include "util/i18n.h"

void
conf_dump_value(const struct options *o, enum opt_id id, struct buf *out)
{
	const struct opt_def *d = &opt_table[id];
	long long n = options_num(o, id);
	static const struct { long long mul; char c; } units[] = {
		{ 1024LL * 1024 * 1024, 'G' }, { 1024 * 1024, 'M' }, { 1024, 'K' },
	};
	switch (d->type) {
	case OPT_BOOL:
		buf_puts(out, n ? "yes" : "no");
		return;
	case OPT_STR:
		conf_quote(out, options_str(o, id) ? options_str(o, id) : "");
		return;
	case OPT_SIZE:
		for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
			if (n && n % units[i].mul == 0) {
				buf_printf(out, "%lld%c", n / units[i].mul, units[i].c);
				return;
			}
		}
		/* fall through */
	case OPT_INT:
		buf_printf(out, "%lld", n);
		return;
	}
}

static void
dump_settings(const struct options *o, struct buf *out)
{
	buf_printf(out, "# %s\n", _("Settings"));
	for (int i = 0; i < OPT_COUNT; i++) {
		buf_printf(out, "# %s\nset %s ", _(opt_table[i].help), opt_table[i].name);
		conf_dump_value(o, (enum opt_id)i, out);
		buf_putc(out, '\n');
	}
}

static void
put_keys(struct buf *out, const struct key_binding *b)
{
	struct buf k = BUF_INIT;
	for (int i = 0; i < b->nkeys; i++) {
		if (i)
			buf_putc(&k, ' ');
		key_describe(b->keys[i], &k);
	}
	conf_quote(out, buf_str(&k));
	buf_free(&k);
}

static void
put_binding(struct buf *out, const struct key_binding *b)
{
	bool macro = b->action == A_DO;
	buf_puts(out, macro ? "macro " : "bind ");
	if (b->ctx != CTX_GLOBAL)
		buf_printf(out, "%s ", key_ctx_name(b->ctx));
	put_keys(out, b);
	if (!macro)
		buf_printf(out, " %s", action_table[b->action].name);
	for (size_t i = 0; b->args && b->args[i]; i++) {
		buf_puts(out, macro ? (i ? "; " : " ") : " ");
		if (macro) /* a command line as it was written */
			buf_puts(out, b->args[i]);
		else
			conf_quote(out, b->args[i]);
	}
	buf_putc(out, '\n');
}

static bool
has_keys(const struct keymap *km, const struct key_binding *b)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].ctx == b->ctx && km->v[i].nkeys == b->nkeys &&
		    memcmp(km->v[i].keys, b->keys, (size_t)b->nkeys * sizeof *b->keys) == 0)
			return true;
	return false;
}

static void
dump_bindings(const struct options *o, const struct keymap *km, struct buf *out)
{
	struct keymap defaults;
	keymap_init(&defaults);
	keymap_load_defaults(&defaults);
	buf_printf(out, "\n# %s\n", _("Key bindings (the defaults with yours over them)"));
	for (size_t i = 0; i < defaults.n; i++) {
		if (has_keys(km, &defaults.v[i]))
			continue;
		buf_puts(out, "unbind ");
		if (defaults.v[i].ctx != CTX_GLOBAL)
			buf_printf(out, "%s ", key_ctx_name(defaults.v[i].ctx));
		put_keys(out, &defaults.v[i]);
		buf_putc(out, '\n');
	}
	keymap_clear(&defaults);
	for (size_t i = 0; i < km->n; i++)
		put_binding(out, &km->v[i]);
	for (size_t i = 0; i < o->n_bind; i++) {
		if (!o->bind[i].feed)
			continue;
		buf_puts(out, "feed ");
		conf_quote(out, o->bind[i].feed);
		buf_puts(out, " bind");
		for (char **w = o->bind[i].words; *w; w++) {
			buf_putc(out, ' ');
			conf_quote(out, *w);
		}
		buf_putc(out, '\n');
	}
}

static void
dump_lines(const struct options *o, struct buf *out)
{
	buf_printf(out, "\n# %s\n", _("Colors"));
	for (int i = 0; i < COLOR_ELEMENTS; i++) {
		colors_dump(o, i, out);
		buf_putc(out, '\n');
	}
	buf_printf(out, "\n# %s\n", _("Share services (besides the built-in ones)"));
	for (size_t i = 0; i < o->n_share; i++) {
		buf_puts(out, "share ");
		conf_quote(out, o->share[i].name);
		buf_putc(out, ' ');
		conf_quote(out, o->share[i].tmpl);
		buf_putc(out, '\n');
	}
	buf_printf(out, "\n# %s\n", _("Hooks, filters, query feeds, per-feed settings"));
	if (o->run_on_new) {
		buf_puts(out, "run-on-new");
		for (char **w = o->run_on_new; *w; w++) {
			buf_putc(out, ' ');
			conf_quote(out, *w);
		}
		buf_putc(out, '\n');
	}
	for (size_t i = 0; i < o->n_ignore; i++) {
		buf_puts(out, "ignore ");
		conf_quote(out, o->ignore[i].pattern);
		buf_putc(out, ' ');
		conf_quote(out, o->ignore[i].expr);
		buf_putc(out, '\n');
	}
	for (size_t i = 0; i < o->n_query; i++) {
		/* the urls file's own queries stay there */
		if (o->query[i].from_urls)
			buf_printf(out, "# %s ", _("(from the urls file)"));
		buf_puts(out, "query ");
		conf_quote(out, o->query[i].name);
		buf_putc(out, ' ');
		conf_quote(out, o->query[i].expr);
		buf_putc(out, '\n');
	}
	for (size_t i = 0; i < o->n_feed; i++) {
		buf_puts(out, "feed ");
		conf_quote(out, o->feed[i].pattern);
		buf_printf(out, " set %s ", o->feed[i].name);
		conf_quote(out, o->feed[i].value);
		buf_putc(out, '\n');
	}
}

void
conf_dump(const struct options *o, const struct keymap *km, struct buf *out)
{
	buf_printf(out, "# tidings --dump-config: %s\n", _("the configuration in effect, in the config language"));
	dump_settings(o, out);
	dump_bindings(o, km, out);
	dump_lines(o, out);
}
