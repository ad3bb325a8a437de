/* buf.h: a growable byte buffer with a size cap and an explicit hand-over. */
#ifndef TIDINGS_BUF_H
#define TIDINGS_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/* Bytes are always NUL-terminated (data[len] == 0) once anything was
 * appended, so text can be used as a C string. max == 0 means no cap. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
};

#define BUF_INIT { NULL, 0, 0, 0 }

enum buf_status { BUF_OK = 0, BUF_FULL = -1 };

void buf_init(struct buf *b, size_t max);
/* Append n bytes; BUF_FULL (and nothing appended) when the cap would be passed. */
int buf_append_slow(struct buf *b, const void *p, size_t n);
static inline int
buf_append(struct buf *b, const void *p, size_t n)
{
	/* the common case, room enough and no cap in the way, stays inline */
	if (b->len + n < b->cap && (!b->max || b->len + n <= b->max)) {
		if (n) {
			memcpy(b->data + b->len, p, n);
			b->len += n;
			b->data[b->len] = '\0';
		}
		return BUF_OK;
	}
	return buf_append_slow(b, p, n);
}
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Encode one code point as UTF-8. */
int buf_put_utf8(struct buf *b, unsigned long cp);
/* Forget the contents but keep the memory. */
void buf_reset(struct buf *b);
/* Drop trailing bytes so that len becomes n (n <= len). */
void buf_truncate(struct buf *b, size_t n);
/* The text, never NULL ("" when empty); still owned by b. */
const char *buf_str(const struct buf *b);
/* Hand the bytes over: caller frees; b is empty afterwards. Never NULL. */
char *buf_take(struct buf *b);
void buf_free(struct buf *b);

#endif
