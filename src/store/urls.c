/* urls.c: reading and atomically rewriting the subscriptions file, keeping every line the user wrote. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/urls.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"
#include "util/xdg.h"

/* A subscriptions file is a few hundred lines; this only stops a mistake
 * (--urls pointing at a disk image) from eating memory. */
#define URLS_MAX_SIZE (16u << 20)

char *
urls_default_path(void)
{
	return xdg_path(XDG_CONFIG, "urls");
}

bool
urls_is_feed(enum urls_kind kind)
{
	return kind == URLS_URL || kind == URLS_EXEC || kind == URLS_FILTER;
}

/* The "quoted" text at s (\" and \\ inside) onto out; returns what follows. */
static const char *
read_quoted(const char *s, struct buf *out)
{
	for (s++; *s && *s != '"'; s++) {
		if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
			s++;
		buf_putc(out, *s);
	}
	return *s == '"' ? s + 1 : s;
}

/* The next token at *s (quoted or bare), unquoted into out; false at the
 * end. *quoted (may be NULL) tells whether it started with a quote. */
static bool
next_token_q(const char **sp, struct buf *out, bool *quoted)
{
	const char *s = *sp;
	while (str_is_space(*s))
		s++;
	if (!*s)
		return false;
	buf_reset(out);
	if (quoted)
		*quoted = *s == '"';
	if (*s == '"') {
		s = read_quoted(s, out);
	} else {
		/* NAME="a value" is one token (a per-feed setting) */
		while (*s && !str_is_space(*s)) {
			if (*s == '"' && out->len && out->data[out->len - 1] == '=') {
				s = read_quoted(s, out);
				continue;
			}
			buf_putc(out, *s++);
		}
	}
	buf_str(out);
	*sp = s;
	return true;
}

static bool
next_token(const char **sp, struct buf *out)
{
	return next_token_q(sp, out, NULL);
}

static enum urls_kind
kind_of(const char *url)
{
	if (str_starts_with(url, "exec:"))
		return URLS_EXEC;
	if (str_starts_with(url, "filter:"))
		return URLS_FILTER;
	if (str_starts_with(url, "query:"))
		return URLS_QUERY;
	return URLS_URL;
}

/* A per-feed setting: NAME=VALUE with NAME in [a-z][a-z0-9-]*. */
static bool
is_option(const char *t)
{
	if (!(*t >= 'a' && *t <= 'z'))
		return false;
	while ((*t >= 'a' && *t <= 'z') || (*t >= '0' && *t <= '9') || *t == '-')
		t++;
	return *t == '=';
}

/* Fill l from its raw text. */
static void
parse_line(struct urls_line *l)
{
	const char *s = l->raw;
	struct buf tok = BUF_INIT;
	while (str_is_space(*s))
		s++;
	if (*s == '#' || !next_token(&s, &tok)) {
		l->kind = URLS_COMMENT;
		buf_free(&tok);
		return;
	}
	l->url = buf_take(&tok);
	l->kind = kind_of(l->url);
	bool comment = false, quoted = false;
	while (next_token_q(&s, &tok, &quoted)) {
		if (is_option(buf_str(&tok))) {
			l->options = xreallocarray(l->options, l->n_options + 1, sizeof *l->options);
			l->options[l->n_options++] = buf_take(&tok);
		} else if (comment || (!quoted && buf_str(&tok)[0] == '#')) {
			comment = true;
		} else if (buf_str(&tok)[0] == '~') {
			free(l->title);
			l->title = xstrdup(buf_str(&tok) + 1);
		} else {
			l->tags = xreallocarray(l->tags, l->n_tags + 1, sizeof *l->tags);
			l->tags[l->n_tags++] = buf_take(&tok);
		}
	}
	buf_free(&tok);
}

static void
push_line(struct urls *u, char *raw)
{
	u->lines = xreallocarray(u->lines, u->n + 1, sizeof *u->lines);
	struct urls_line *l = &u->lines[u->n++];
	memset(l, 0, sizeof *l);
	l->raw = raw;
	parse_line(l);
}

void
urls_parse(const char *text, size_t len, struct urls *u)
{
	u->lines = NULL;
	u->n = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		if (i == len && i == start)
			break; /* no line after the last newline */
		size_t end = i;
		if (end > start && text[end - 1] == '\r')
			end--;
		push_line(u, xstrndup(text + start, end - start));
		start = i + 1;
	}
}

static void
line_clear(struct urls_line *l)
{
	free(l->raw);
	free(l->url);
	for (size_t i = 0; i < l->n_tags; i++)
		free(l->tags[i]);
	free(l->tags);
	free(l->title);
	for (size_t i = 0; i < l->n_options; i++)
		free(l->options[i]);
	free(l->options);
}

void
urls_free(struct urls *u)
{
	for (size_t i = 0; i < u->n; i++)
		line_clear(&u->lines[i]);
	free(u->lines);
	u->lines = NULL;
	u->n = 0;
}

int
urls_load(const char *path, struct urls *u, char **err)
{
	u->lines = NULL;
	u->n = 0;
	*err = NULL;
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		if (errno == ENOENT)
			return URLS_MISSING;
		*err = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return URLS_ERR;
	}
	struct buf b;
	buf_init(&b, URLS_MAX_SIZE);
	char chunk[8192];
	size_t n;
	int status = URLS_OK;
	while (status == URLS_OK && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_append(&b, chunk, n) != BUF_OK)
			status = URLS_ERR;
	if (status == URLS_OK && ferror(fp))
		status = URLS_ERR;
	fclose(fp);
	if (status != URLS_OK)
		*err = xasprintf(_("cannot read %s"), path);
	else
		urls_parse(buf_str(&b), b.len, u);
	buf_free(&b);
	return status;
}

/* Write every line to fd; 0 or -1. */
static int
write_lines(int fd, const struct urls *u)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < u->n; i++) {
		buf_puts(&b, u->lines[i].raw);
		buf_putc(&b, '\n');
	}
	size_t off = 0;
	while (off < b.len) {
		ssize_t w = write(fd, b.data + off, b.len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	int rc = off == b.len ? 0 : -1;
	buf_free(&b);
	return rc;
}

/* The file to replace: through a symlink to its target, so that a
 * subscriptions file kept in a dotfiles repository stays a link. */
static char *
real_target(const char *path)
{
	char *real = realpath(path, NULL);
	return real ? real : xstrdup(path);
}

int
urls_save(const char *path, const struct urls *u, char **err)
{
	*err = NULL;
	char *target = real_target(path);
	char *tmp = xasprintf("%s.tmp.XXXXXX", target);
	struct stat old;
	int fd = -1, rc = -1;
	if (mkdir_parents(target) == 0 && (fd = mkstemp(tmp)) >= 0) {
		/* keep the old file's permissions (mkstemp made it 0600) */
		if (stat(target, &old) == 0)
			fchmod(fd, old.st_mode & 07777);
		rc = write_lines(fd, u);
		if (rc == 0)
			rc = fsync(fd);
		if (close(fd) != 0)
			rc = -1;
		if (rc == 0)
			rc = rename(tmp, target);
	}
	if (rc != 0) {
		int e = errno;
		if (fd >= 0)
			unlink(tmp);
		*err = xasprintf(_("cannot write %s: %s"), path, strerror(e));
	}
	free(tmp);
	free(target);
	return rc == 0 ? URLS_OK : URLS_ERR;
}

const struct urls_line *
urls_find(const struct urls *u, const char *url)
{
	for (size_t i = 0; i < u->n; i++)
		if (u->lines[i].url && strcmp(u->lines[i].url, url) == 0)
			return &u->lines[i];
	return NULL;
}

/* Append a token, quoted when a bare one would be read differently. */
static void
put_token(struct buf *b, const char *t)
{
	bool quote = *t == '\0' || *t == '"' || *t == '#';
	for (const char *p = t; *p && !quote; p++)
		quote = str_is_space(*p) || *p == '"' || *p == '\\';
	if (b->len)
		buf_putc(b, ' ');
	if (!quote) {
		buf_puts(b, t);
		return;
	}
	buf_putc(b, '"');
	for (const char *p = t; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_putc(b, '\\');
		/* a line break would split the line: it becomes a space */
		buf_putc(b, *p == '\n' || *p == '\r' ? ' ' : *p);
	}
	buf_putc(b, '"');
}

bool
urls_add(struct urls *u, const char *url, const char *const *tags, size_t n_tags,
	 const char *title)
{
	if (urls_find(u, url))
		return false;
	struct buf b = BUF_INIT;
	put_token(&b, url);
	for (size_t i = 0; i < n_tags; i++)
		put_token(&b, tags[i]);
	if (title) {
		char *t = xasprintf("~%s", title);
		put_token(&b, t);
		free(t);
	}
	push_line(u, buf_take(&b));
	return true;
}

bool
urls_remove(struct urls *u, const char *url)
{
	for (size_t i = 0; i < u->n; i++) {
		if (!u->lines[i].url || strcmp(u->lines[i].url, url) != 0)
			continue;
		line_clear(&u->lines[i]);
		memmove(&u->lines[i], &u->lines[i + 1], (u->n - i - 1) * sizeof *u->lines);
		u->n--;
		return true;
	}
	return false;
}
