/* texmath.c — see texmath.h: protecting the spans sn_math_find
 * (texmath_find.c) located behind placeholders, and putting them back. */
#include "texmath.h"

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
