/* share.c: share links: the built-in services, `share NAME TEMPLATE` lines, and expanding %u %t %s. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/share.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/url.h"
#include "util/xalloc.h"

#define MASTODON_DEFAULT "https://mastodon.social"

/* The order is part of the contract (`tidings share`, the share view, tests).
 * Formats as each service documents its share link; Mastodon's host comes
 * from `mastodon-instance` (NULL here). */
static const struct {
	const char *name, *label, *tmpl;
} builtins[] = {
	{ "email", N_("E-mail"), "mailto:?subject=%t&body=%u" },
	{ "mastodon", "Mastodon", NULL },
	{ "bluesky", "Bluesky", "https://bsky.app/intent/compose?text=%t%20%u" },
	{ "x", "X", "https://x.com/intent/tweet?text=%t&url=%u" },
	{ "facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=%u" },
	{ "linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=%u" },
	{ "reddit", "Reddit", "https://www.reddit.com/submit?url=%u&title=%t" },
	{ "hackernews", "Hacker News", "https://news.ycombinator.com/submitlink?u=%u&t=%t" },
	{ "telegram", "Telegram", "https://t.me/share/url?url=%u&text=%t" },
	{ "whatsapp", "WhatsApp", "https://wa.me/?text=%t%20%u" },
};

static bool
is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool
name_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > SHARE_NAME_MAX)
		return false;
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_' || c == '.'))
			return false;
	}
	return true;
}

int
share_check(const char *name, const char *tmpl, char **err)
{
	if (!name_ok(name)) {
		*err = xasprintf(_("share name '%s' must be letters, digits, '-', '_' or '.'"), name);
		return -1;
	}
	if (!url_has_scheme(tmpl)) {
		*err = xasprintf(_("share template for %s must be a URL with a scheme (https:, mailto: ...)"),
				 name);
		return -1;
	}
	for (const char *p = tmpl; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || c == 0x7f) {
			*err = xasprintf(_("share template for %s contains a blank or control character"),
					 name);
			return -1;
		}
		if (c != '%')
			continue;
		if (p[1] == 'u' || p[1] == 't' || p[1] == 's' || p[1] == '%')
			p++;
		else if (is_hex((unsigned char)p[1]) && is_hex((unsigned char)p[2]))
			p += 2;
		else {
			*err = xasprintf(_("share template for %s: '%%' must start %%u, %%t, %%s, %%%% or an escape like %%20"),
					 name);
			return -1;
		}
	}
	return 0;
}

int
share_conf_add(struct options *o, const char *name, const char *tmpl, char **err)
{
	if (share_check(name, tmpl, err) != 0)
		return -1;
	for (size_t i = 0; i < o->n_share; i++)
		if (str_eq_ci(o->share[i].name, name)) {
			free(o->share[i].tmpl);
			o->share[i].tmpl = xstrdup(tmpl);
			return 0;
		}
	o->share = xreallocarray(o->share, o->n_share + 1, sizeof *o->share);
	o->share[o->n_share].name = xstrdup(name);
	o->share[o->n_share].tmpl = xstrdup(tmpl);
	o->n_share++;
	return 0;
}

/* "mastodon.social", "https://host/" -> "https://host" with '%' doubled for
 * the template; anything with blanks or controls gives the default. */
static char *
mastodon_template(const char *inst)
{
	struct buf b = BUF_INIT;
	if (str_blank(inst))
		inst = MASTODON_DEFAULT;
	for (const char *p = inst; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			inst = MASTODON_DEFAULT;
	if (!url_is_http(inst))
		buf_puts(&b, "https://");
	size_t n = strlen(inst);
	while (n > 0 && inst[n - 1] == '/')
		n--;
	for (size_t i = 0; i < n; i++) {
		if (inst[i] == '%')
			buf_putc(&b, '%');
		buf_putc(&b, inst[i]);
	}
	buf_puts(&b, "/share?text=%t%20%u");
	return buf_take(&b);
}

static void
list_append(struct share_list *l, const char *name, const char *label, char *tmpl)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n].name = xstrdup(name);
	l->v[l->n].label = xstrdup(label);
	l->v[l->n].tmpl = tmpl;
	l->n++;
}

void
share_list_build(struct share_list *l, const struct options *o)
{
	memset(l, 0, sizeof *l);
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
		char *t = builtins[i].tmpl ? xstrdup(builtins[i].tmpl)
					   : mastodon_template(options_str(o, OPT_MASTODON_INSTANCE));
		list_append(l, builtins[i].name, _(builtins[i].label), t);
	}
	for (size_t i = 0; i < o->n_share; i++)
		share_list_set(l, o->share[i].name, o->share[i].tmpl);
}

void
share_list_set(struct share_list *l, const char *name, const char *tmpl)
{
	for (size_t i = 0; i < l->n; i++)
		if (str_eq_ci(l->v[i].name, name)) {
			free(l->v[i].tmpl);
			l->v[i].tmpl = xstrdup(tmpl);
			return;
		}
	list_append(l, name, name, xstrdup(tmpl));
}

const struct share_service *
share_list_find(const struct share_list *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (str_eq_ci(l->v[i].name, name))
			return &l->v[i];
	return NULL;
}

void
share_list_clear(struct share_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].label);
		free(l->v[i].tmpl);
	}
	FREE_AND_NULL(l->v);
	l->n = 0;
}

/* Text on one line (feeds break titles across lines), the summary cut to
 * SHARE_SUMMARY_MAX bytes at a character boundary with an ellipsis. */
static char *
one_line(const char *s, size_t max)
{
	char *t = str_collapse_ws(xstrdup(s ? s : ""));
	size_t n = strlen(t);
	if (max && n > max) {
		size_t cut = max - 3; /* room for the ellipsis' three bytes */
		while (cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80)
			cut--;
		memcpy(t + cut, "\xE2\x80\xA6", 4);
	}
	return t;
}

void
share_expand(struct buf *out, const char *tmpl, const struct share_article *a)
{
	char *val[3] = { one_line(a->link, 0), one_line(a->title, 0),
			 one_line(a->summary, SHARE_SUMMARY_MAX) };
	for (const char *p = tmpl; *p; p++) {
		const char *k = *p == '%' ? strchr("uts", p[1]) : NULL;
		if (k && p[1]) {
			const char *v = val[k - "uts"];
			url_pct_encode(out, v);
			p++;
			if (!*v && str_starts_with(p + 1, "%20"))
				p += 3; /* no blank before the next value */
		} else if (*p == '%' && p[1] == '%') {
			buf_putc(out, '%');
			p++;
		} else if (*p == '%' && !(is_hex((unsigned char)p[1]) && is_hex((unsigned char)p[2]))) {
			buf_puts(out, "%25"); /* a stray '%' stays a valid URL */
		} else {
			buf_putc(out, *p);
		}
	}
	for (int i = 0; i < 3; i++)
		free(val[i]);
}

char *
share_url(const struct share_service *s, const struct share_article *a)
{
	struct buf b = BUF_INIT;
	share_expand(&b, s->tmpl, a);
	return buf_take(&b);
}
