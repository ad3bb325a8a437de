/* format.c: newsboat's format strings expanded in display columns. */
#include "config.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/format.h"
#include "util/width.h"
#include "util/xalloc.h"

struct expansion {
	format_value_fn *value;
	void *ctx;
	struct buf *out;
	size_t fill_at;  /* where %> was met in out; SIZE_MAX: not met */
	char fill;
};

/* value in cols columns: padded (left-aligned when left) or cut */
static void
put_width(struct buf *out, const char *v, size_t cols, bool left)
{
	size_t n = strlen(v), used = 0;
	size_t keep = width_fit(v, n, cols, &used);
	if (!left)
		for (size_t i = used; i < cols; i++)
			buf_putc(out, ' ');
	buf_append(out, v, keep);
	if (left)
		for (size_t i = used; i < cols; i++)
			buf_putc(out, ' ');
}

static const char *
value_of(const struct expansion *e, char key)
{
	const char *v = e->value(e->ctx, key);
	return v ? v : "";
}

/* One placeholder at *pp (after the '%'); *pp moves past it. */
static void
placeholder(struct expansion *e, const char **pp)
{
	const char *p = *pp;
	bool left = *p == '-';
	if (left)
		p++;
	size_t cols = 0;
	bool sized = false;
	while (isdigit((unsigned char)*p) && cols < 1000) {
		cols = cols * 10 + (size_t)(*p++ - '0');
		sized = true;
	}
	if (!*p) {
		*pp = p;
		return;
	}
	const char *v = value_of(e, *p++);
	if (sized)
		put_width(e->out, v, cols, left);
	else
		buf_puts(e->out, v);
	*pp = p;
}

static void expand_run(struct expansion *e, const char *s, size_t n);

/* %?x?A&B? at *pp (after the "%?"); *pp moves past its closing '?'. */
static void
conditional(struct expansion *e, const char **pp)
{
	const char *p = *pp;
	if (!p[0] || p[1] != '?') {
		*pp = p + (*p != '\0');
		return;
	}
	bool yes = *value_of(e, p[0]) != '\0';
	const char *a = p + 2;
	const char *end = strchr(a, '?');
	if (!end)
		end = a + strlen(a);
	const char *amp = memchr(a, '&', (size_t)(end - a));
	if (yes)
		expand_run(e, a, (size_t)((amp ? amp : end) - a));
	else if (amp)
		expand_run(e, amp + 1, (size_t)(end - amp - 1));
	*pp = *end ? end + 1 : end;
}

/* Expand s[0..n) (a whole format, or a branch of a conditional). */
static void
expand_run(struct expansion *e, const char *s, size_t n)
{
	const char *p = s, *stop = s + n;
	char *copy = NULL;
	if (stop[0] != '\0') { /* a branch: work on a terminated copy */
		p = copy = xstrndup(s, n);
		stop = copy + n;
	}
	while (p < stop) {
		if (*p != '%') {
			buf_putc(e->out, *p++);
			continue;
		}
		p++;
		if (*p == '%') {
			buf_putc(e->out, *p++);
		} else if (*p == '?') {
			p++;
			conditional(e, &p);
		} else if (*p == '>') {
			e->fill = p[1] ? p[1] : ' ';
			e->fill_at = e->out->len;
			p += p[1] ? 2 : 1;
		} else {
			placeholder(e, &p);
		}
	}
	free(copy);
}

/* %> fills the columns the line lacks at the place it stood. */
static void
fill_line(struct expansion *e, size_t start, int width)
{
	struct buf *out = e->out;
	size_t cols = width_str(out->data + start, out->len - start);
	if (e->fill_at != SIZE_MAX && cols < (size_t)width) {
		struct buf tail = BUF_INIT;
		buf_append(&tail, out->data + e->fill_at, out->len - e->fill_at);
		buf_truncate(out, e->fill_at);
		for (size_t i = cols; i < (size_t)width; i++)
			buf_putc(out, e->fill);
		buf_append(out, tail.data ? tail.data : "", tail.len);
		buf_free(&tail);
	}
	buf_truncate(out, start + width_fit(out->data + start, out->len - start, (size_t)width, NULL));
}

void
format_expand(const char *fmt, format_value_fn *value, void *ctx, int width, struct buf *out)
{
	struct expansion e = { value, ctx, out, SIZE_MAX, ' ' };
	size_t start = out->len;
	expand_run(&e, fmt, strlen(fmt));
	if (width > 0 && out->data)
		fill_line(&e, start, width);
}
