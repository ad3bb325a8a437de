/* xalloc.h: allocation that never returns NULL; out of memory ends the program. */
#ifndef TIDINGS_XALLOC_H
#define TIDINGS_XALLOC_H

#include <stddef.h>

/* All return memory the caller frees with free(). On exhaustion they print
 * one line and exit(1), so atexit handlers (the UI restoring the terminal)
 * still run. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of count elements of size bytes, with overflow checked. */
void *xreallocarray(void *p, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Duplicate s, or return NULL when s is NULL. */
char *xstrdup_or_null(const char *s);
/* printf into a fresh string; caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Free *p and set it to NULL. */
#define FREE_AND_NULL(p) do { free(p); (p) = NULL; } while (0)

#endif
