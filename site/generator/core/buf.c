/* buf.c — see buf.h. */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static void out_of_memory(void)
{
    fputs("sidenotes: out of memory\n", stderr);
    exit(70);
}

void *sn_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

void *sn_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *sn_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

/* A buffer of many MB (a page of 100,000 formulas is 70 MB) is filled once
 * and soon freed: in 4 KiB pages, faulting its memory in costs more than
 * copying into it. So big buffers ask for transparent huge pages (given on
 * request in Debian's default), before they are written: cut the faults
 * 512-fold. */
#define HUGE_BUF ((size_t)2 << 20)

static void *huge_alloc(size_t n)
{
    void *p = sn_xmalloc(n);
#ifdef MADV_HUGEPAGE
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = ((uintptr_t)p + page - 1) & ~(page - 1);
    uintptr_t end = ((uintptr_t)p + n) & ~(page - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
#endif
    return p;
}

void sn_buf_grow(sn_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    if (cap < HUGE_BUF) {
        b->data = sn_xrealloc(b->data, cap);
    } else {
        char *p = huge_alloc(cap);
        if (b->len) memcpy(p, b->data, b->len);
        free(b->data);
        b->data = p;
    }
    b->cap = cap;
}

void sn_buf_add(sn_buf *b, const char *s, size_t n)
{
    sn_buf_grow(b, n);
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sn_buf_puts(sn_buf *b, const char *s) { sn_buf_add(b, s, strlen(s)); }

void sn_buf_putc(sn_buf *b, char c) { sn_buf_add(b, &c, 1); }

void sn_buf_vprintf(sn_buf *b, const char *fmt, va_list ap)
{
    if (!fmt) return; /* never; but saying so keeps GCC's -Wformat-truncation
                         quiet when it is built with -fsanitize=undefined */
    va_list again;
    va_copy(again, ap);
    sn_buf_grow(b, 128); /* most pieces fit; otherwise measure, grow, redo */
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap);
    if (n < 0) n = 0;
    if ((size_t)n >= room) {
        sn_buf_grow(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    b->len += (size_t)n;
    b->data[b->len] = '\0';
}

void sn_buf_printf(sn_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void sn_buf_add_html(sn_buf *b, const char *s, size_t n)
{
    size_t plain = 0; /* start of the run not yet copied */
    for (size_t i = 0; i < n; i++) {
        const char *entity;
        switch (s[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        default: continue;
        }
        sn_buf_add(b, s + plain, i - plain);
        sn_buf_puts(b, entity);
        plain = i + 1;
    }
    sn_buf_add(b, s + plain, n - plain);
}

char *sn_buf_take(sn_buf *b)
{
    char *s = b->data ? b->data : sn_strndup("", 0);
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void sn_buf_free(sn_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *sn_strdup_printf(const char *fmt, ...)
{
    sn_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return sn_buf_take(&b);
}

char *sn_strndup(const char *s, size_t n)
{
    char *p = sn_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *sn_strdup(const char *s) { return sn_strndup(s, strlen(s)); }

char *sn_error_at(const char *file, int line, int col, const char *fmt, ...)
{
    sn_buf b = {0};
    sn_buf_puts(&b, file);
    if (line > 0) sn_buf_printf(&b, ":%d", line);
    if (line > 0 && col > 0) sn_buf_printf(&b, ":%d", col);
    sn_buf_puts(&b, ": error: ");
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return sn_buf_take(&b);
}
