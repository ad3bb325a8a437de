/* name.c: a download's file name from download-filename-format and untrusted feed text, always a safe relative path. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "download/download.h"
#include "util/buf.h"
#include "util/format.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define PART_MAX 120  /* bytes of one name (file systems allow 255; leave room for " (2).part") */
#define DEPTH_MAX 4   /* directories a format may make, and the file */
#define EXT_MAX 8

/* The text of one placeholder, made safe as (part of) one name: no '/',
 * no '\', no control character, no invalid UTF-8, blanks collapsed. */
static char *
clean_value(const char *v)
{
	struct buf b = BUF_INIT;
	size_t n = v ? strlen(v) : 0;
	bool blank = false;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(v + i, n - i, &cp);
		/* a malformed byte decodes as U+FFFD from one byte (a real
		 * U+FFFD takes three) */
		bool malformed = cp == UTF8_REPLACEMENT && len == 1;
		bool bad = malformed || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == '/' || cp == '\\';
		if (cp == ' ' || cp == '\t') {
			blank = true;
		} else {
			if (blank && b.len)
				buf_putc(&b, ' ');
			blank = false;
			if (bad)
				buf_putc(&b, '_');
			else
				buf_append(&b, v + i, len);
		}
		i += len;
	}
	return buf_take(&b);
}

static int
hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The URL's last path segment, without its query (then cleaned). */
static char *
url_file(const char *url)
{
	const char *path = strstr(url, "://");
	path = path ? strchr(path + 3, '/') : NULL;
	if (!path)
		return xstrdup("");
	size_t end = strcspn(path, "?#");
	const char *last = path;
	for (size_t i = 0; i < end; i++)
		if (path[i] == '/')
			last = path + i + 1;
	/* percent-escapes decoded: "a%20b.mp3" is "a b.mp3" (and a "%2F" a
	 * '/' that clean_value takes out) */
	struct buf b = BUF_INIT;
	for (const char *p = last; p < path + end; p++) {
		int hi, lo;
		if (*p == '%' && (hi = hexval(p[1])) >= 0 && (lo = hexval(p[2])) >= 0) {
			buf_putc(&b, (char)(hi * 16 + lo));
			p += 2;
		} else {
			buf_putc(&b, *p);
		}
	}
	return buf_take(&b);
}

static const struct {
	const char *type, *ext;
} type_ext[] = {
	{ "audio/mpeg", "mp3" }, { "audio/mp3", "mp3" }, { "audio/mp4", "m4a" },
	{ "audio/x-m4a", "m4a" }, { "audio/aac", "aac" }, { "audio/ogg", "ogg" },
	{ "audio/opus", "opus" }, { "audio/flac", "flac" }, { "audio/wav", "wav" },
	{ "audio/webm", "webm" }, { "video/mp4", "mp4" }, { "video/x-m4v", "m4v" },
	{ "video/webm", "webm" }, { "video/quicktime", "mov" }, { "application/ogg", "ogg" },
	{ "application/pdf", "pdf" }, { "image/jpeg", "jpg" }, { "image/png", "png" },
};

/* The extension: the URL file's when it has a short alphanumeric one,
 * else the type's, else "bin". */
static char *
extension(const char *file, const char *type)
{
	const char *dot = strrchr(file, '.');
	size_t n = dot ? strlen(dot + 1) : 0;
	bool ok = n > 0 && n <= EXT_MAX;
	for (size_t i = 0; ok && i < n; i++)
		ok = (dot[1 + i] >= 'a' && dot[1 + i] <= 'z') || (dot[1 + i] >= 'A' && dot[1 + i] <= 'Z') ||
		     (dot[1 + i] >= '0' && dot[1 + i] <= '9');
	if (ok)
		return xstrdup(dot + 1);
	for (size_t i = 0; type && i < sizeof type_ext / sizeof type_ext[0]; i++)
		if (strncasecmp(type, type_ext[i].type, strlen(type_ext[i].type)) == 0)
			return xstrdup(type_ext[i].ext);
	return xstrdup("bin");
}

/* What the placeholders of a file name stand for. */
struct name_values {
	char *feed, *title, *host, *file, *ext;
	struct tm when;
	bool dated;
	char scratch[16];
};

static const char *
time_value(struct name_values *v, char key)
{
	static const char *const fmts[] = { "F%Y-%m-%d", "m%m", "b%b", "d%d", "H%H", "M%M", "S%S",
					    "y%y", "Y%Y" };
	for (size_t i = 0; v->dated && i < sizeof fmts / sizeof fmts[0]; i++)
		if (fmts[i][0] == key && strftime(v->scratch, sizeof v->scratch, fmts[i] + 1, &v->when))
			return v->scratch;
	return NULL;
}

static const char *
name_value(void *ctx, char key)
{
	struct name_values *v = ctx;
	switch (key) {
	case 'n': case 'N': return v->feed;
	case 't': return v->title;
	case 'h': return v->host;
	case 'u': return v->file;
	case 'e': return v->ext;
	default: return time_value(v, key);
	}
}

static void
values_init(struct name_values *v, const struct store_download *d)
{
	memset(v, 0, sizeof *v);
	char *file = url_file(d->url);
	char *origin = url_origin(d->url);
	const char *host = origin && strstr(origin, "://") ? strstr(origin, "://") + 3 : "";
	v->feed = clean_value(d->feed_title);
	v->title = clean_value(d->item_title);
	v->host = clean_value(host);
	v->file = clean_value(file);
	v->ext = extension(v->file, d->type);
	time_t t = (time_t)(d->item_date != DATE_NONE && d->item_date ? d->item_date : d->added);
	v->dated = localtime_r(&t, &v->when) != NULL;
	free(file);
	free(origin);
}

static void
values_clear(struct name_values *v)
{
	free(v->feed);
	free(v->title);
	free(v->host);
	free(v->file);
	free(v->ext);
}

/* One component of the path, or NULL when nothing is left of it. It is
 * cleaned again (the format's own text is the config's, not a feed's, but
 * a path holds no control character whoever wrote it), trimmed, has no
 * leading '.', '-' or blank, and is cut to PART_MAX bytes on a character
 * boundary keeping a short extension. */
static char *
clean_part(const char *raw, size_t len)
{
	char *copy = xstrndup(raw, len);
	char *clean = clean_value(copy);
	free(copy);
	const char *s = clean;
	size_t n = strlen(s);
	while (n && (*s == ' ' || *s == '.' || *s == '-'))
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	char *part = NULL;
	if (n) {
		const char *dot = memrchr(s, '.', n);
		size_t ext = dot && (size_t)(s + n - dot) <= EXT_MAX + 1 ? (size_t)(s + n - dot) : 0;
		/* never half a character: the valid prefix stops before one */
		size_t keep = n > PART_MAX ? utf8_valid_prefix(s, PART_MAX - ext) : n;
		struct buf b = BUF_INIT;
		buf_append(&b, s, keep);
		if (keep < n && ext)
			buf_append(&b, dot, ext);
		part = buf_take(&b);
	}
	free(clean);
	return part;
}

/* The components the format made: "", "." and ".." are dropped (nothing
 * leads out of the download directory), at most DEPTH_MAX - 1 directories
 * are kept, and a file name always ends it. */
char *
download_file_name(const char *fmt, const struct store_download *d)
{
	struct name_values v;
	values_init(&v, d);
	struct buf raw = BUF_INIT, out = BUF_INIT;
	format_expand(fmt && *fmt ? fmt : "%?u?%u&%F-%t.%e?", name_value, &v, 0, &raw);
	values_clear(&v);
	char *file = NULL;
	size_t dirs = 0;
	for (const char *p = buf_str(&raw); *p;) {
		size_t k = strcspn(p, "/");
		char *part = clean_part(p, k);
		bool last = p[k] == '\0';
		if (part && last) {
			file = part;
		} else if (part && dirs < DEPTH_MAX - 1) {
			buf_printf(&out, "%s/", part);
			dirs++;
			free(part);
		} else {
			free(part);
		}
		p += k + !last;
	}
	buf_free(&raw);
	if (file)
		buf_puts(&out, file);
	else
		buf_printf(&out, "download-%lld", (long long)d->id);
	free(file);
	return buf_take(&out);
}
