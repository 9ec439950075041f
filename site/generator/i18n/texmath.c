/* texmath.c — see texmath.h: protecting the spans sn_math_find
 * (texmath_find.c) located behind placeholders, and putting them back;
 * and the plain dollars' helpers (sn_math_copies_add, sn_math_plain_dollars,
 * sn_math_reopened). */
#include "texmath.h"
#include "texmath_scan.h"

#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sn_math_list_free(sn_math_list *list)
{
    free(list->spans);
    free(list->unclosed);
    list->spans = NULL;
    list->count = 0;
    list->unclosed = NULL;
    list->nunclosed = 0;
}

/* Placeholder k: U+E000, k in decimal, U+E001. Digits by hand: a page of
 * 100,000 formulas is protected for every parse, and printf's reading of
 * its format cost a tenth of such a build. */
static void put_placeholder(sn_buf *b, size_t k)
{
    char digits[24];
    size_t n = 0;
    do digits[n++] = (char)('0' + k % 10); while (k /= 10);
    sn_buf_add(b, SN_MATH_MARK_OPEN, sizeof SN_MATH_MARK_OPEN - 1);
    while (n) sn_buf_putc(b, digits[--n]);
    sn_buf_add(b, SN_MATH_MARK_CLOSE, sizeof SN_MATH_MARK_CLOSE - 1);
}

char *sn_math_protect(const char *md, size_t len, const sn_math_list *list)
{
    sn_buf b = {0};
    sn_buf_grow(&b, len + 1);
    size_t done = 0;
    for (size_t k = 0; k < list->count; k++) {
        const sn_math_span *m = &list->spans[k];
        sn_buf_add(&b, md + done, m->start - done);
        put_placeholder(&b, k);
        done = m->end;
    }
    sn_buf_add(&b, md + done, len - done);
    return sn_buf_take(&b);
}

char *sn_math_restore(const char *text, size_t len, size_t count,
                      sn_math_replacement replace, void *ctx, size_t *bad)
{
    const size_t open_len = sizeof SN_MATH_MARK_OPEN - 1;
    const size_t close_len = sizeof SN_MATH_MARK_CLOSE - 1;
    unsigned char *seen = sn_xcalloc(count ? count : 1, 1);
    sn_buf b = {0};
    size_t done = 0, i = 0;
    *bad = count;
    while (i + open_len <= len) {
        if (memcmp(text + i, SN_MATH_MARK_OPEN, open_len) != 0) {
            i++;
            continue;
        }
        size_t j = i + open_len, index = 0, digits = 0;
        while (j < len && text[j] >= '0' && text[j] <= '9' && digits < 9) {
            index = index * 10 + (size_t)(text[j] - '0');
            j++, digits++;
        }
        if (!digits || j + close_len > len ||
            memcmp(text + j, SN_MATH_MARK_CLOSE, close_len) != 0 || index >= count ||
            seen[index]) {
            if (digits && index < count) *bad = index;
            goto fail;
        }
        seen[index] = 1;
        size_t n;
        const char *with = replace(ctx, index, &n);
        sn_buf_add(&b, text + done, i - done);
        sn_buf_add(&b, with, n);
        i = done = j + close_len;
    }
    for (size_t k = 0; k < count; k++) {
        if (!seen[k]) {
            *bad = k;
            goto fail;
        }
    }
    sn_buf_add(&b, text + done, len - done);
    free(seen);
    return sn_buf_take(&b);
fail:
    free(seen);
    sn_buf_free(&b);
    return NULL;
}

const char *sn_math_original(void *source, size_t index, size_t *len)
{
    const sn_math_source *src = source;
    const sn_math_span *m = &src->list->spans[index];
    *len = m->end - m->start;
    return src->md + m->start;
}

/* ------------------------------------------------------------------------
 * Plain dollars kept plain in a rewrite (texmath.h). */

void sn_math_copies_add(sn_math_copies *c, size_t at, size_t from, size_t len)
{
    if (!len) return;
    sn_math_run *last = c->count ? &c->runs[c->count - 1] : NULL;
    if (last && last->at + last->len == at && last->from + last->len == from) {
        last->len += len;
        return;
    }
    if (c->count == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        c->runs = sn_xrealloc(c->runs, c->cap * sizeof *c->runs);
    }
    c->runs[c->count++] = (sn_math_run){at, from, len};
}

void sn_math_copies_free(sn_math_copies *c)
{
    free(c->runs);
    *c = (sn_math_copies){0};
}

size_t *sn_math_plain_dollars(const char *notes, size_t len, const sn_math_list *math, size_t *n)
{
    size_t *plain = NULL, cap = 0, k = 0;
    *n = 0;
    for (const char *p = notes; (p = memchr(p, '$', len - (size_t)(p - notes))) != NULL; p++) {
        size_t at = (size_t)(p - notes);
        while (k < math->count && math->spans[k].end <= at) k++;
        if (k < math->count && math->spans[k].start <= at) continue;
        if (*n == cap) plain = sn_xrealloc(plain, (cap = cap ? 2 * cap : 8) * sizeof *plain);
        plain[(*n)++] = at;
    }
    return plain;
}

/* The byte of the notes that text byte `at` was copied from, or (size_t)-1. */
static size_t copied_from(const sn_math_copies *c, size_t at)
{
    size_t lo = 0, hi = c->count;
    while (lo < hi) { /* the first run ending after at */
        size_t mid = lo + (hi - lo) / 2;
        if (c->runs[mid].at + c->runs[mid].len <= at) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->count && c->runs[lo].at <= at ? c->runs[lo].from + (at - c->runs[lo].at) : (size_t)-1;
}

static int compare_offsets(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

size_t sn_math_reopened(const char *text, size_t len, const sn_math_copies *copies,
                        const size_t *plain, size_t nplain, size_t **escape, size_t *nescape)
{
    sn_math_list math;
    sn_error err = {0};
    int rc = sn_math_find(text, len, &math, &err);
    sn_error_free(&err);
    size_t added = 0, n = *nescape;
    if (rc == 0 && math.count) *escape = sn_xrealloc(*escape, (n + 2 * math.count) * sizeof **escape);
    for (size_t k = 0; rc == 0 && k < math.count; k++) {
        size_t from = copied_from(copies, math.spans[k].start);
        for (size_t d = 0; from != (size_t)-1 && d <= (size_t)math.spans[k].display; d++) {
            if (!texmath_listed(plain, nplain, from + d) || texmath_listed(*escape, *nescape, from + d)) continue;
            (*escape)[n++] = from + d;
            added++;
        }
    }
    sn_math_list_free(&math);
    if (added) qsort(*escape, n, sizeof **escape, compare_offsets);
    *nescape = n;
    return added;
}
