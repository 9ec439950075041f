/* strv.c — see strv.h. */
#include "strv.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

void sn_strv_addn(sn_strv *v, const char *s, size_t n)
{
    if (v->count == v->cap)
        v->items = sn_xrealloc(v->items, (v->cap = v->cap ? v->cap * 2 : 16) * sizeof *v->items);
    v->items[v->count++] = sn_strndup(s, n);
}

void sn_strv_add(sn_strv *v, const char *s) { sn_strv_addn(v, s, strlen(s)); }

int sn_strcmp_ptr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void sn_strv_sort(sn_strv *v)
{
    if (v->count) qsort(v->items, v->count, sizeof *v->items, sn_strcmp_ptr);
}

int sn_strv_find(const sn_strv *v, const char *s)
{
    return v->count && bsearch(&s, v->items, v->count, sizeof *v->items, sn_strcmp_ptr) != NULL;
}

void sn_strv_free(sn_strv *v)
{
    for (size_t i = 0; i < v->count; i++) free(v->items[i]);
    free(v->items);
    memset(v, 0, sizeof *v);
}

/* Indices into the items, sorted by string and then by index, so that
 * the first of each run of equal strings is the one to keep. */
typedef struct {
    const char *s;
    size_t at;
} keyed;

static int compare_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->s, y->s);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

void sn_strv_unique_from(sn_strv *v, size_t from)
{
    size_t n = v->count > from ? v->count - from : 0;
    if (n < 2) return;
    keyed *k = sn_xcalloc(n, sizeof *k);
    for (size_t i = 0; i < n; i++) k[i] = (keyed){v->items[from + i], from + i};
    qsort(k, n, sizeof *k, compare_keyed);
    const char *kept_one = k[0].s; /* of each run of equal strings, the first */
    for (size_t i = 1; i < n; i++) {
        if (strcmp(k[i].s, kept_one) != 0) {
            kept_one = k[i].s;
            continue;
        }
        free(v->items[k[i].at]);
        v->items[k[i].at] = NULL;
    }
    free(k);
    size_t kept = from;
    for (size_t i = from; i < v->count; i++)
        if (v->items[i]) v->items[kept++] = v->items[i];
    v->count = kept;
}
