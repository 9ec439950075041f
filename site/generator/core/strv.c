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
