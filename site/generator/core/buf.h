/* buf.h — a growable byte buffer, the one string type of the generator.
 *
 * Every stage builds its output by appending to an sn_buf; the bytes are
 * always NUL-terminated so `b.data` can be passed to C string functions. On
 * allocation failure the generator stops with a message: there is no
 * sensible partial result to return. */
#ifndef SN_BUF_H
#define SN_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct {
    char *data; /* NULL until the first append */
    size_t len;
    size_t cap;
} sn_buf;

void sn_buf_grow(sn_buf *b, size_t extra);
void sn_buf_add(sn_buf *b, const char *s, size_t n);
void sn_buf_puts(sn_buf *b, const char *s);
void sn_buf_putc(sn_buf *b, char c);
void sn_buf_printf(sn_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sn_buf_vprintf(sn_buf *b, const char *fmt, va_list ap);
/* Appends `s` with &, <, >, " and ' escaped for HTML text and attributes. */
void sn_buf_add_html(sn_buf *b, const char *s, size_t n);
/* Hands the bytes over (never NULL: an empty buffer gives "") and resets b. */
char *sn_buf_take(sn_buf *b);
void sn_buf_free(sn_buf *b);

/* malloc'd printf, and allocation that cannot return NULL. */
char *sn_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *sn_strndup(const char *s, size_t n);
char *sn_strdup(const char *s);
void *sn_xmalloc(size_t n);
void *sn_xcalloc(size_t n, size_t size);
void *sn_xrealloc(void *p, size_t n);

/* An error message in the form compilers use, malloc'd:
 * "file:line:col: error: message". A line or col of 0 is left out. */
char *sn_error_at(const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
