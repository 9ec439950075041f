/* strv.h — a growable array of malloc'd strings, the one list of names of
 * the generator and the translators' tool (paths found in a folder, message
 * keys, language codes). */
#ifndef SN_STRV_H
#define SN_STRV_H

#include <stddef.h>

typedef struct {
    char **items;
    size_t count, cap;
} sn_strv;

/* Appends a copy of the `n` bytes at `s`, or of the string `s`. */
void sn_strv_addn(sn_strv *v, const char *s, size_t n);
void sn_strv_add(sn_strv *v, const char *s);
/* Sorts by strcmp; then sn_strv_find looks a string up by bisection. */
void sn_strv_sort(sn_strv *v);
int sn_strv_find(const sn_strv *v, const char *s);
void sn_strv_free(sn_strv *v);

/* Drops each of items[from..] equal to one before it in that range,
 * keeping the order of the rest; O(n log n) for n items. */
void sn_strv_unique_from(sn_strv *v, size_t from);

/* strcmp for qsort and bsearch over an array of `char *`. */
int sn_strcmp_ptr(const void *a, const void *b);

#endif
